#include "agent/agentservice.h"
#include "agent/logging.h"
#include "agent/statusreport.h"
#include "agentlink/agentlinkserver.h"
#include "agentlink/identity.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
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
    // Admin only: run the configured system command; the answer comes when it has finished.
    m_server->addCommand(QStringLiteral("power.off"), [this](const agentlink::CallContext &ctx, const QCborMap &, agentlink::Reply reply) {
        runPowerCommand(ctx, m_config.powerOffCommand, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("power.reboot"), [this](const agentlink::CallContext &ctx, const QCborMap &, agentlink::Reply reply) {
        runPowerCommand(ctx, m_config.rebootCommand, std::move(reply));
    });
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

void AgentService::runPowerCommand(const agentlink::CallContext &ctx, const QString &commandLine, agentlink::Reply reply)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("tafel::agent::AgentService", s); };
    const QStringList argv = QProcess::splitCommand(commandLine);
    if (argv.isEmpty()) {
        reply(Error::make(ErrorCode::InvalidInput, tr("No command is configured for %1 on this agent ([Power] in the agent config).").arg(ctx.command)));
        return;
    }
    m_server->audit({ctx.peer, ctx.keyId, agentlink::roleName(ctx.role), ctx.command, QStringLiteral("ok"), QStringLiteral("run"), commandLine});
    qCInfo(lcAgent).noquote() << ctx.command << "requested by key" << ctx.keyId << "- running" << commandLine;
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    auto done = std::make_shared<bool>(false);
    auto finish = [process, reply, done](Result<QCborMap> r) {
        if (std::exchange(*done, true))
            return;
        reply(std::move(r));
        process->deleteLater();
    };
    connect(process, &QProcess::finished, this, [finish, commandLine, tr](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            finish(QCborMap{{QStringLiteral("exitCode"), 0}});
        else
            finish(Error::make(ErrorCode::Failed, tr("'%1' failed with exit code %2. Check the agent's [Power] configuration.").arg(commandLine).arg(code)));
    });
    connect(process, &QProcess::errorOccurred, this, [finish, commandLine, process, tr](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(Error::make(ErrorCode::Failed, tr("'%1' could not be started: %2").arg(commandLine, process->errorString())));
    });
    QTimer::singleShot(60'000, process, [process] { process->kill(); });
    process->start(argv.first(), argv.mid(1));
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
