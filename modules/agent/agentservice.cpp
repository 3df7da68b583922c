#include "agent/agentservice.h"
#include "agent/logging.h"

#include <QTimer>

namespace tafel::agent {

AgentService::AgentService(AgentConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

AgentService::~AgentService() = default;

Status AgentService::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_running = true;
    qCInfo(lcAgent).noquote() << "tafel-agent" << TAFEL_VERSION << "started: name" << m_config.name << "room"
                              << (m_config.room.isEmpty() ? QStringLiteral("-") : m_config.room) << "data" << m_config.dataDir
                              << "listen" << m_config.listen.toString();
    return {};
}

void AgentService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    qCInfo(lcAgent) << "stopping";
    // Services shut down here in reverse start order; the signal is queued so callers finish first.
    QTimer::singleShot(0, this, [this] {
        qCInfo(lcAgent) << "stopped cleanly";
        Q_EMIT stopped();
    });
}

} // namespace tafel::agent
