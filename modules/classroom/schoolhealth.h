#pragma once

#include "core/domain.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::classroom {

// One device as the room's agent reports it in health.get.
struct DeviceHealth {
    QString id;      // the monitoring target id (the inventory device id when the agent was provisioned from it)
    QString name;    // inventory name when known, else the id
    QString kind;    // "display", "projector", "switch", ...
    QString state;   // "ok", "degraded", "down", "unknown"
    bool answered = false; // the last probe succeeded
    qint64 atMs = 0;       // time of the last probe (agent clock), 0 = none yet
    double rttMs = -1;
    QString error;         // last error, if any
};

// A room's health.get answer boiled down to what the school overview and `tafelctl school health` show.
struct RoomHealthSummary {
    QString state;  // the agent's room state: "ok", "degraded", "down", "unknown"
    QString reason; // translated, one line: what is wrong (or "All 4 devices answer")
    std::optional<double> downloadMbps, uploadMbps;
    qint64 broadbandAtMs = 0;
    QString broadbandError;
    int ok = 0, degraded = 0, down = 0, unknown = 0;             // devices by state
    int displaysAnswering = 0, displaysNotAnswering = 0, displaysUnknown = 0; // displays and projectors
    qint64 agentTimeMs = 0;  // the agent's clock when it answered
    qint64 newestSampleMs = 0; // the newest probe of any device (agent clock), 0 = none yet
    QList<DeviceHealth> devices;
};

// Pure functions shared by the GUI overview and the CLI (no network, no widgets).
class SchoolHealth final {
    Q_DECLARE_TR_FUNCTIONS(tafel::classroom::SchoolHealth)
public:
    // names: device id -> inventory name (ids without a name stay as they are).
    static RoomHealthSummary summarise(const QCborMap &healthGet, const QHash<QString, QString> &names = {});
    // Worst first: down 0, unreachable 1, degraded 2, unknown 3, checking 4, no-agent 5, ok 6.
    static int severity(const QString &state);
    // Translated words for a state key, incl. "unreachable" (agent unreachable), "no-agent", "checking".
    static QString words(const QString &state);
    // The room's agents: devices with has_agent or protocol "agent".
    static QList<Device> agentsOf(const QList<Device> &roomDevices);
    // "3 s", "5 min", "2 h", "3 d" (translated units).
    static QString age(qint64 ms);
};

} // namespace tafel::classroom
