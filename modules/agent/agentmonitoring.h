#pragma once

#include "agent/monitoringconfig.h"
#include "agentlink/agentlinkserver.h"
#include "core/clock.h"
#include "monitoring/broadband.h"
#include "monitoring/healthtracker.h"
#include "monitoring/historystore.h"
#include "monitoring/sample.h"

#include <QCborMap>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace tafel::monitoring {
class Iperf3Client;
class LibreSpeedClient;
class MeasurementScheduler;
class Prober;
} // namespace tafel::monitoring

namespace tafel::agent {

// The agent's monitoring (issue 6, item 3): a Prober + MeasurementScheduler probing the configured targets every
// ProbeIntervalSecs, a HistoryStore (<DataDir>/history.db, rolled up every minute, pruned every hour), a
// HealthTracker with the configured hysteresis, and broadband tests (iperf3 upload + reverse, or LibreSpeed HTTP)
// at the scheduler's random times outside lesson hours or on request, never two at once. Broadband results are
// appended to <DataDir>/broadband.jsonl.
//
// Commands on the LAN protocol (registerCommands):
//   health.get                      -> {time, room, roomState, devices:[{id, kind, probe, state, ok, rttMs, error, at}],
//                                       broadband:{at, method, server, downloadMbps, uploadMbps, rttIdleMs, error}, measuring}
//   history.query {device|room, since, until (ms UTC), resolution raw|minute|hour, combine?, bucketSecs?}
//                                   -> {resolution, rows:[{target, room, kind, bucket, count, failures, min, median, p90, max}],
//                                       broadband:[{at, downloadMbps, uploadMbps, error}]}
//                                   combine: one row per bucket over all devices (bucketSecs wide, for raw rows)
//   health.events {since, until (ms UTC), limit?}
//                                   -> {events:[{time, scope (room|device), subject, from, to, reason}]} oldest first,
//                                       the room's and every target's health changes (at most limit, default 500,
//                                       the newest kept), from the HistoryStore's events table
//   measure.now {wait?}             -> {queued} at once, or the result when wait is true (admin only)
class AgentMonitoring final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentMonitoring)
public:
    AgentMonitoring(MonitoringConfig config, QString room, QString dataDir, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~AgentMonitoring() override;

    Status start();
    void stop();
    void registerCommands(agentlink::AgentLinkServer *server);

    QCborMap health() const;
    const MonitoringConfig &config() const { return m_config; }
    Result<QCborMap> history(const QCborMap &args);
    Result<QCborMap> events(const QCborMap &args) const;
    // Queues a broadband test; done (optional) gets the result entry.
    void measureNow(std::function<void(const QCborMap &)> done = {});

private:
    struct Last {
        monitoring::ProbeSample sample;
        QString lastError;
        QDateTime lastErrorAt;
    };
    void onSample(const monitoring::ProbeSample &sample);
    void runBroadband(std::function<void()> finished, std::function<void(const QCborMap &)> done);
    void recordBroadband(const QCborMap &entry);
    void loadBroadband();
    void maintain();

    MonitoringConfig m_config;
    QString m_room;
    QString m_dataDir;
    const Clock &m_clock;
    std::unique_ptr<monitoring::HistoryStore> m_history;
    QPointer<monitoring::HealthTracker> m_health;
    QPointer<monitoring::Prober> m_prober;
    QPointer<monitoring::MeasurementScheduler> m_scheduler;
    QPointer<monitoring::Iperf3Client> m_iperf;
    QPointer<monitoring::LibreSpeedClient> m_http;
    QPointer<QTimer> m_maintenance;
    QHash<QString, Last> m_last;
    QList<QCborMap> m_broadband; // oldest first
    bool m_measuring = false;
    int m_maintenanceRounds = 0;
};

} // namespace tafel::agent
