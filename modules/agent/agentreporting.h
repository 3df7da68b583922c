#pragma once

#include "agent/reportingconfig.h"
#include "core/result.h"
#include "reporting/healthreport.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace tafel::store {
class Database;
}
namespace tafel::reporting {
class Reporter;
}

namespace tafel::agent {

class AgentMonitoring;

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
    // Builds a snapshot now and queues it.
    Status reportNow();
    reporting::Reporter *reporter() const { return m_reporter; }

private:
    ReportingConfig m_config;
    QPointer<AgentMonitoring> m_monitoring;
    reporting::Reporter *m_reporter; // child
    QTimer *m_timer;                 // child
};

} // namespace tafel::agent
