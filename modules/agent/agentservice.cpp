#include "agent/agentservice.h"
#include "agent/logging.h"
#include "agent/statusreport.h"
#include "agentlink/agentlinkserver.h"
#include "agentlink/identity.h"

#include <QDir>
#include <QHostAddress>
#include <QTimer>

namespace tafel::agent {

AgentService::AgentService(AgentConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

AgentService::~AgentService() = default;

quint16 AgentService::listenPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

Status AgentService::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    auto identity = agentlink::AgentIdentity::loadOrCreate(m_config.dataDir, m_config.name);
    if (!identity)
        return identity.error();
    m_fingerprint = identity->fingerprint;

    agentlink::ServerSettings settings;
    settings.certificate = identity->certificate;
    settings.privateKey = identity->key;
    settings.trustedKeysFile = m_config.trustedKeysFile;
    settings.auditLogFile = QDir(m_config.dataDir).filePath(QStringLiteral("audit.jsonl"));
    settings.handshakeTimeoutMs = m_config.handshakeTimeoutMs;
    settings.idleTimeoutMs = m_config.idleTimeoutMs;
    settings.maxConnections = m_config.maxConnections;
    m_server = new agentlink::AgentLinkServer(std::move(settings), this);
    registerCommands();
    if (auto st = m_server->start(QHostAddress(m_config.listen.host), m_config.listen.port); !st) {
        delete m_server;
        return st;
    }

    m_running = true;
    qCInfo(lcAgent).noquote() << "tafel-agent" << TAFEL_VERSION << "started: name" << m_config.name << "room"
                              << (m_config.room.isEmpty() ? QStringLiteral("-") : m_config.room) << "data" << m_config.dataDir
                              << "listen" << m_config.listen.toString();
    const QString host = m_config.listen.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_config.listen.host + QLatin1Char(']')
                                                                         : m_config.listen.host;
    // Tests and installers read this line: the bound port (for --listen ADDR:0) and the fingerprint to pin.
    qCInfo(lcAgent).noquote() << QStringLiteral("listening on %1:%2 (TLS); %3 trusted keys in %4; certificate fingerprint %5")
                                     .arg(host)
                                     .arg(m_server->serverPort())
                                     .arg(m_server->trustedKeyCount())
                                     .arg(m_config.trustedKeysFile, m_fingerprint);
    return {};
}

void AgentService::registerCommands()
{
    m_server->addCommand(QStringLiteral("status"), [this](const agentlink::CallContext &, const QCborMap &, agentlink::Reply reply) {
        constexpr qint64 kStatusCacheMs = 2000;
        if (!m_statusAge.isValid() || m_statusAge.elapsed() > kStatusCacheMs) {
            m_statusCache = collectStatus(m_config, m_startedAt);
            m_statusAge.start();
        } else {
            m_statusCache.insert(QStringLiteral("uptimeSecs"), m_startedAt.secsTo(QDateTime::currentDateTimeUtc()));
        }
        reply(m_statusCache);
    });
    m_server->addCommand(QStringLiteral("heartbeat"), [this](const agentlink::CallContext &, const QCborMap &, agentlink::Reply reply) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        reply(QCborMap{{QStringLiteral("time"), now.toMSecsSinceEpoch()}, {QStringLiteral("uptimeSecs"), m_startedAt.secsTo(now)}});
    });
    // Admin only (see the permission table): the effective configuration, without secrets.
    m_server->addCommand(QStringLiteral("config.get"), [this](const agentlink::CallContext &ctx, const QCborMap &, agentlink::Reply reply) {
        m_server->audit({ctx.peer, ctx.keyId, agentlink::roleName(ctx.role), ctx.command, QStringLiteral("ok"), {}, {}});
        reply(QCborMap{{QStringLiteral("name"), m_config.name},
                       {QStringLiteral("room"), m_config.room},
                       {QStringLiteral("dataDir"), m_config.dataDir},
                       {QStringLiteral("listen"), m_config.listen.toString()},
                       {QStringLiteral("trustedKeysFile"), m_config.trustedKeysFile},
                       {QStringLiteral("trustedKeys"), qint64(m_server->trustedKeyCount())},
                       {QStringLiteral("handshakeTimeoutMs"), m_config.handshakeTimeoutMs},
                       {QStringLiteral("idleTimeoutMs"), m_config.idleTimeoutMs}});
    });
}

void AgentService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    qCInfo(lcAgent) << "stopping";
    if (m_server) {
        m_server->close(); // no new connections; open ones end with the process
    }
    // Services shut down here in reverse start order; the signal is queued so callers finish first.
    QTimer::singleShot(0, this, [this] {
        qCInfo(lcAgent) << "stopped cleanly";
        Q_EMIT stopped();
    });
}

} // namespace tafel::agent
