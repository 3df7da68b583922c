#pragma once

#include "agent/agentconfig.h"

#include <QDateTime>
#include <QObject>

namespace tafel::agent {

// The running agent: owns every service the agent offers (the LAN protocol, probes, material, reporting
// arrive with later work) on one event loop. start() brings them up; stop() shuts them down in order and
// emits stopped() when everything is flushed.
class AgentService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentService)
public:
    explicit AgentService(AgentConfig config, QObject *parent = nullptr);
    ~AgentService() override;

    Status start();
    void stop();

    const AgentConfig &config() const { return m_config; }
    QDateTime startedAt() const { return m_startedAt; }

Q_SIGNALS:
    void stopped();

private:
    AgentConfig m_config;
    QDateTime m_startedAt;
    bool m_running = false;
};

} // namespace tafel::agent
