#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace tafel::reporting {

// What the agent knows about one device of the room when a report is built. Unknown values stay empty and
// produce no series (a missing series is "no data", not 0).
struct DeviceHealth {
    QString device; // inventory id
    QString kind;   // inventory kind: "display", "projector", "pc", "switch", ...
    std::optional<bool> up;
    std::optional<double> rttSeconds;
    std::optional<bool> displayPowerOn;
    std::optional<double> lampHours;
    std::optional<bool> displayError;
};

// The room's last broadband measurement (base units).
struct BroadbandHealth {
    double downloadBitsPerSecond = 0;
    double uploadBitsPerSecond = 0;
    double rttSeconds = 0;
    double jitterSeconds = 0;
    double lossRatio = 0;
};

// The school as the school reporter agent sees it ([Reporting] SchoolReporter=true): the rooms of the school's
// agents by their state (from each agent's health.get) and the agents that did not answer. Without a `state` label
// (the issue allows only school/room/device/kind): one metric per state, 6 series per school.
struct SchoolSummary {
    int rooms = 0;        // rooms whose agents answered
    int roomsOk = 0;
    int roomsDegraded = 0;
    int roomsDown = 0;
    int roomsUnknown = 0; // the agent answered but has no probe results yet
    int agentsUnreachable = 0;
};

// Input of a report, filled by the agent from monitoring (HealthTracker, Prober samples, BroadbandResult, the
// display drivers) and from the outbox. Reporting does not link monitoring: the agent composes this struct.
struct HealthSnapshot {
    QString school;
    QString room;
    qint64 timestampMs = 0;
    QList<DeviceHealth> devices;
    std::optional<BroadbandHealth> broadband;
    QString agentVersion;
    std::optional<SchoolSummary> schoolSummary; // only from the school reporter
    qint64 outboxSize = 0;    // filled by Reporter::enqueue
    qint64 outboxDropped = 0; // filled by Reporter::enqueue (cumulative)
};

// Metric names (Prometheus conventions, base units).
namespace metric {
inline constexpr char DeviceUp[] = "tafel_device_up";
inline constexpr char DeviceRtt[] = "tafel_device_rtt_seconds";
inline constexpr char BroadbandDownload[] = "tafel_broadband_download_bits_per_second";
inline constexpr char BroadbandUpload[] = "tafel_broadband_upload_bits_per_second";
inline constexpr char BroadbandRtt[] = "tafel_broadband_rtt_seconds";
inline constexpr char BroadbandJitter[] = "tafel_broadband_jitter_seconds";
inline constexpr char BroadbandLoss[] = "tafel_broadband_loss_ratio";
inline constexpr char DisplayPowerOn[] = "tafel_display_power_on";
inline constexpr char DisplayLampHours[] = "tafel_display_lamp_hours";
inline constexpr char DisplayError[] = "tafel_display_error";
inline constexpr char AgentInfo[] = "tafel_agent_info";
inline constexpr char OutboxSize[] = "tafel_report_outbox_size";
inline constexpr char OutboxDropped[] = "tafel_report_outbox_dropped_total";
inline constexpr char Timestamp[] = "tafel_report_timestamp_seconds";
inline constexpr char SchoolRooms[] = "tafel_school_rooms";
inline constexpr char SchoolRoomsOk[] = "tafel_school_rooms_ok";
inline constexpr char SchoolRoomsDegraded[] = "tafel_school_rooms_degraded";
inline constexpr char SchoolRoomsDown[] = "tafel_school_rooms_down";
inline constexpr char SchoolRoomsUnknown[] = "tafel_school_rooms_unknown";
inline constexpr char SchoolAgentsUnreachable[] = "tafel_school_agents_unreachable";
} // namespace metric

struct MetricInfo {
    const char *name;
    const char *help;
    const char *unit; // UCUM for OTLP
    bool counter;
};
// Every metric a report may carry, in the order the encoders write them.
const QList<MetricInfo> &metricInfos();
const MetricInfo *metricInfo(const QString &name);

// One series value. Labels other than school/room (those belong to the report): device, kind, and version for
// tafel_agent_info only.
struct Series {
    QString metric;
    QList<QPair<QString, QString>> labels;
    double value = 0;
};

// One report of one room; the unit the outbox stores and the sinks send. `id` is the idempotency key (UUID),
// identical on every resend.
struct HealthReport {
    static constexpr int MaxSeries = 60;

    QString id;
    QString school;
    QString room;
    qint64 timestampMs = 0;
    QList<Series> series;
    int droppedDevices = 0; // devices left out to stay within MaxSeries

    QByteArray toJson() const;
    static Result<HealthReport> fromJson(const QByteArray &json);
};

// Builds the report of `snapshot` with idempotency key `id` (a new UUID when empty). Room-level series come
// first (timestamp, agent info, outbox, broadband); devices are added in id order while the whole device fits
// into MaxSeries, the rest are counted in droppedDevices (and logged). Empty school or room -> InvalidInput.
Result<HealthReport> buildReport(const HealthSnapshot &snapshot, const QString &id = QString());

QString newReportId();

} // namespace tafel::reporting
