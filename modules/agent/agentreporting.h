#pragma once

#include "agent/reportingconfig.h"
#include "core/result.h"
#include "reporting/healthreport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace tafel::store {
class Database;
}
namespace tafel::reporting {
class Reporter;
}
namespace tafel::displays {
class DisplayDriver;
}

namespace tafel::agent {

class AgentMonitoring;
class SchoolSummaryCollector;

// The agent's health reports (issue 7): every IntervalSecs a HealthSnapshot of the room is built from the
// monitoring state (device up/down from the HealthTracker, the latest sample where the tracker does not know yet,
// RTT of the latest good sample, the last broadband result, the agent's version) and handed to a
// reporting::Reporter, which stores it in agent.db's outbox first and then delivers it to every configured sink.
// What was queued before a crash or kill -9 is sent after the next start.
class AgentReporting final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentReporting)
public:
    // `monitoring` may be null (reports then carry only the agent's own series); `db` must outlive this object.
    AgentReporting(ReportingConfig config, store::Database &db, AgentMonitoring *monitoring, QObject *parent = nullptr);
    ~AgentReporting() override;

    Status start();
    void stop();

    reporting::HealthSnapshot snapshot() const;
    // Builds a snapshot now and queues it (nothing when no sink is enabled).
    Status reportNow();
    // Reads the status of the room's displays ([Monitoring] Displays) with the display drivers, then calls
    // `then` (once every display answered or timed out). The timer does this before every report.
    void pollDisplays(std::function<void()> then);
    // Before every report: the displays, then (school reporter only) the school summary from the school's agents.
    void prepare(std::function<void()> then);
    reporting::Reporter *reporter() const { return m_reporter; }
    const ReportingConfig &config() const { return m_config; }

    // report.status: {school, room, intervalSecs, outboxSize, outboxDropped, oldestQueuedMs,
    //   sinks:[{name, kind, url, enabled, queued, delivered, lastSuccessMs, lastErrorMs, lastError, failures, nextAttemptMs}]}
    QCborMap status();
    // report.test: sends one report of the room now to `sink` (enabled or not), outside the outbox, and answers
    // with the server's answer {sink, url, ok, httpStatus, body (start), error, reportId}; an unknown sink is NotFound.
    void test(const QString &sink, std::function<void(Result<QCborMap>)> done);

private:
    void tick(); // displays, school summary, then one report
    ReportingConfig m_config;
    QPointer<AgentMonitoring> m_monitoring;
    reporting::Reporter *m_reporter; // child
    QTimer *m_timer;                 // child
    QNetworkAccessManager *m_testNam = nullptr; // child, created on the first test
    struct Display {
        QString id;
        QString kind;
        displays::DisplayDriver *driver = nullptr; // child
        bool polled = false;
        bool reachable = false;
        std::optional<bool> powerOn;
        std::optional<double> lampHours;
        bool error = false;
    };
    QList<Display> m_displays;
    bool m_polling = false;
    SchoolSummaryCollector *m_schoolCollector = nullptr; // child; school reporter only
    std::optional<reporting::SchoolSummary> m_school;
};

} // namespace tafel::agent
