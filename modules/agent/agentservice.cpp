#include "agent/agentservice.h"
#include "agent/agentdatabase.h"
#include "agent/agentmonitoring.h"
#include "agent/agentpackages.h"
#include "agent/agentreporting.h"
#include "agent/logging.h"
#include "agent/reportingcommands.h"
#include "agent/schoolconfig.h"
#include "agent/statusreport.h"
#include "agentlink/agentlinkserver.h"
#include "agentlink/identity.h"
#include "crypto/certificate.h"
#include "screensession/socketpath.h"
#include "wol/wakeonlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QHostAddress>
#include <QTimer>

namespace tafel::agent {

AgentService::AgentService(AgentConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

AgentService::~AgentService()
{
    // The server's connections may still audit while they are torn down: delete them while agent.db is open.
    delete m_server.data();
}

namespace {
QCborMap screenStateToCbor(const screensession::ScreenState &s)
{
    QCborMap m{{QStringLiteral("blanked"), s.blanked},
               {QStringLiteral("messageShown"), s.messageShown},
               {QStringLiteral("media"), screensession::mediaStateName(s.media)},
               {QStringLiteral("positionMs"), s.positionMs},
               {QStringLiteral("durationMs"), s.durationMs}};
    if (s.messageShown)
        m.insert(QStringLiteral("messageMode"),
                 s.messageStyle == screensession::ScreenMessage::Style::Banner ? QStringLiteral("banner") : QStringLiteral("fullscreen"));
    if (!s.mediaFile.isEmpty())
        m.insert(QStringLiteral("mediaFile"), QFileInfo(s.mediaFile).fileName()); // the name, not the agent's path
    if (!s.mediaError.isEmpty())
        m.insert(QStringLiteral("mediaError"), s.mediaError);
    return m;
}
} // namespace

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

    // The agent's own SQLite file (WAL): the audit trail of the LAN protocol.
    auto db = AgentDatabase::open(m_config.dataDir);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_media = MediaLibrary(m_config.mediaDirectory);
    QDir().mkpath(m_config.mediaDirectory);
    // The screen helper in the display's graphical session; stays connected (reconnecting while it is away) so
    // that status can report the screen without asking.
    m_screen = new screensession::ScreenSessionClient(screensession::resolveSocketPath(m_config.screenSocket), this);
    m_screen->start();

    agentlink::ServerSettings settings;
    settings.certificate = identity->certificate;
    settings.privateKey = identity->key;
    settings.trustedKeysFile = m_config.trustedKeysFile;
    // Audit entries go to agent.db (table agent_audit); the former audit.jsonl is no longer written.
    settings.auditSink = [db = m_db.get()](const agentlink::AuditLog::Entry &entry) {
        if (Status st = db->appendAudit(entry); !st)
            qCWarning(lcAgent).noquote() << "cannot write the audit entry to agent.db:" << st.errorString();
    };
    settings.handshakeTimeoutMs = m_config.handshakeTimeoutMs;
    settings.idleTimeoutMs = m_config.idleTimeoutMs;
    settings.maxConnections = m_config.maxConnections;
    m_server = new agentlink::AgentLinkServer(std::move(settings), this);
    // The configuration the admin pushed last (keys, revocations): applied before the first client connects.
    m_schoolConfig = std::make_unique<SchoolConfig>(m_config.dataDir);
    if (Status st = m_schoolConfig->load(); !st)
        return st;
    m_schoolConfig->attach(m_server);
    registerCommands();
    // Lesson material: package.* (receive into <DataDir>/material, relay to the next agent of a chain).
    auto material = MaterialConfig::load(m_config.configPath, m_config.dataDir);
    if (!material)
        return material.error();
    auto relayKey = crypto::certificatePublicKey(identity->certificate);
    if (!relayKey)
        return relayKey.error();
    (new AgentPackages(*material, {identity->certificate, identity->key, relayKey->keyId()}, m_fingerprint, this))->registerCommands(m_server);
    // Probes, history (history.db), health and broadband tests: health.get, history.query, measure.now.
    auto monitoringConfig = m_monitoringConfig ? Result<MonitoringConfig>(*m_monitoringConfig) : MonitoringConfig::load(m_config.configPath);
    if (!monitoringConfig)
        return monitoringConfig.error();
    m_monitoring = new AgentMonitoring(*monitoringConfig, m_config.room, m_config.dataDir, Clock::system(), this);
    if (Status st = m_monitoring->start(); !st)
        return st;
    m_monitoring->registerCommands(m_server);
    // Health reports to the city's monitoring ([Reporting], see reportingconfig.h); off without the section.
    // <DataDir>/reporting.ini (written by report.config.set) replaces the INI file's section.
    auto reportingConfig = ReportingConfig::loadForAgent(m_config.configPath, m_config.room, m_config.dataDir);
    if (!reportingConfig)
        return reportingConfig.error();
    registerReportingCommands(*m_server, *this);
    if (*reportingConfig) {
        m_reportingSource = QFileInfo::exists(ReportingConfig::overridePath(m_config.dataDir)) ? ReportingConfig::overridePath(m_config.dataDir)
                                                                                              : m_config.configPath;
        m_reporting = std::make_unique<AgentReporting>(**reportingConfig, m_db->database(), m_monitoring);
        if (Status st = m_reporting->start(); !st)
            return st;
    }
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
        QCborMap result = m_statusCache;
        QCborMap screen{{QStringLiteral("session"), m_screen && m_screen->isConnected()}};
        if (m_screen && m_screen->isConnected())
            screen.insert(QStringLiteral("state"), screenStateToCbor(m_screen->lastState()));
        result.insert(QStringLiteral("screen"), screen);
        reply(result);
    });
    registerScreenCommands();
    registerWake();
    m_server->addCommand(QStringLiteral("heartbeat"), [this](const agentlink::CallContext &, const QCborMap &, agentlink::Reply reply) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        reply(QCborMap{{QStringLiteral("time"), now.toMSecsSinceEpoch()}, {QStringLiteral("uptimeSecs"), m_startedAt.secsTo(now)}});
    });
    // Admin only (see the permission table): the effective configuration, without secrets.
    m_server->addCommand(QStringLiteral("config.get"), [this](const agentlink::CallContext &ctx, const QCborMap &, agentlink::Reply reply) {
        m_server->audit(ctx, QStringLiteral("ok"));
        reply(QCborMap{{QStringLiteral("name"), m_config.name},
                       {QStringLiteral("room"), m_config.room},
                       {QStringLiteral("dataDir"), m_config.dataDir},
                       {QStringLiteral("listen"), m_config.listen.toString()},
                       {QStringLiteral("trustedKeysFile"), m_config.trustedKeysFile},
                       {QStringLiteral("trustedKeys"), qint64(m_server->trustedKeyCount())},
                       {QStringLiteral("handshakeTimeoutMs"), m_config.handshakeTimeoutMs},
                       {QStringLiteral("idleTimeoutMs"), m_config.idleTimeoutMs},
                       {QStringLiteral("pushed"), m_schoolConfig->summary()}});
    });
}

void AgentService::audit(const agentlink::CallContext &ctx, const QString &outcome, const QString &reason, const QString &detail)
{
    if (m_server)
        m_server->audit(ctx, outcome, reason, detail);
}

void AgentService::screenCall(const std::function<void(screensession::ScreenSessionClient::Callback)> &send, agentlink::Reply reply)
{
    if (!m_screen) {
        reply(Error::make(ErrorCode::Unreachable, tr("No display session on this PC.")));
        return;
    }
    send([reply](const Result<screensession::ScreenState> &r) {
        if (!r) {
            // Unreachable (no helper listening) travels as "no-display-session"; the helper's own refusals as
            // invalid-args / not-found / failed.
            reply(r.error());
            return;
        }
        reply(QCborMap{{QStringLiteral("screen"), screenStateToCbor(*r)}});
    });
}

void AgentService::registerScreenCommands()
{
    using screensession::ScreenSessionClient;
    using Args = const QCborMap &;
    using Ctx = const agentlink::CallContext &;
    m_server->addCommand(QStringLiteral("message.show"), [this](Ctx, Args args, agentlink::Reply reply) {
        screensession::ScreenMessage message;
        message.text = args.value(QStringLiteral("text")).toString();
        const QString mode = args.value(QStringLiteral("mode")).toString(QStringLiteral("fullscreen"));
        if (mode == QLatin1String("banner")) {
            message.style = screensession::ScreenMessage::Style::Banner;
        } else if (mode != QLatin1String("fullscreen")) {
            reply(Error::make(ErrorCode::InvalidInput, tr("mode must be 'fullscreen' or 'banner', not '%1'.").arg(mode)));
            return;
        }
        const QCborValue seconds = args.value(QStringLiteral("seconds"));
        if (!seconds.isUndefined() && !seconds.isInteger()) {
            reply(Error::make(ErrorCode::InvalidInput, tr("seconds must be a whole number.")));
            return;
        }
        message.seconds = int(qBound<qint64>(-1, seconds.toInteger(30), qint64(screensession::kMaxMessageSeconds) + 1));
        message.sender = args.value(QStringLiteral("sender")).toString().left(screensession::kMaxSenderLength);
        if (Status valid = message.validate(); !valid) {
            reply(valid.error());
            return;
        }
        screenCall([this, message](ScreenSessionClient::Callback done) { m_screen->showMessage(message, std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("message.hide"), [this](Ctx, Args, agentlink::Reply reply) {
        screenCall([this](ScreenSessionClient::Callback done) { m_screen->hideMessage(std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("screen.blank"), [this](Ctx, Args, agentlink::Reply reply) {
        screenCall([this](ScreenSessionClient::Callback done) { m_screen->blankScreen(std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("screen.unblank"), [this](Ctx, Args, agentlink::Reply reply) {
        screenCall([this](ScreenSessionClient::Callback done) { m_screen->unblankScreen(std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("media.play"), [this](Ctx ctx, Args args, agentlink::Reply reply) {
        const QString name = args.value(QStringLiteral("file")).toString();
        auto path = m_media.resolve(name);
        if (!path) {
            if (path.error().code == ErrorCode::InvalidInput)
                audit(ctx, QStringLiteral("refused"), QStringLiteral("path"), path.errorString());
            reply(path.error());
            return;
        }
        screenCall([this, file = *path](ScreenSessionClient::Callback done) { m_screen->playMedia(file, std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("media.pause"), [this](Ctx, Args, agentlink::Reply reply) {
        screenCall([this](ScreenSessionClient::Callback done) { m_screen->pauseMedia(std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("media.resume"), [this](Ctx, Args, agentlink::Reply reply) {
        screenCall([this](ScreenSessionClient::Callback done) { m_screen->resumeMedia(std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("media.stop"), [this](Ctx, Args, agentlink::Reply reply) {
        screenCall([this](ScreenSessionClient::Callback done) { m_screen->stopMedia(std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("media.seek"), [this](Ctx, Args args, agentlink::Reply reply) {
        const QCborValue ms = args.value(QStringLiteral("ms"));
        if (!ms.isInteger() || ms.toInteger() < 0) {
            reply(Error::make(ErrorCode::InvalidInput, tr("media.seek needs ms: the position in milliseconds (0 or more).")));
            return;
        }
        screenCall([this, pos = ms.toInteger()](ScreenSessionClient::Callback done) { m_screen->seekMedia(pos, std::move(done)); }, std::move(reply));
    });
    m_server->addCommand(QStringLiteral("media.state"), [this](Ctx, Args, agentlink::Reply reply) {
        screenCall([this](ScreenSessionClient::Callback done) { m_screen->queryState(std::move(done)); }, std::move(reply));
    });
}

void AgentService::registerWake()
{
    // Wake-on-LAN relay: the magic packet leaves from this PC, inside its own subnet, so it works across VLANs.
    m_server->addCommand(QStringLiteral("wake"), [this](const agentlink::CallContext &ctx, const QCborMap &args, agentlink::Reply reply) {
        auto mac = wol::parseMac(args.value(QStringLiteral("mac")).toString());
        if (!mac) {
            reply(Error::make(ErrorCode::InvalidInput, tr("mac: %1").arg(mac.errorString())));
            return;
        }
        QHostAddress target(m_config.wakeBroadcast);
        if (const QCborValue b = args.value(QStringLiteral("broadcast")); !b.isUndefined()) {
            target = QHostAddress(b.toString());
            if (target.protocol() != QAbstractSocket::IPv4Protocol) {
                reply(Error::make(ErrorCode::InvalidInput, tr("broadcast must be an IPv4 address such as 192.168.20.255.")));
                return;
            }
        }
        quint16 port = m_config.wakePort;
        if (const QCborValue p = args.value(QStringLiteral("port")); !p.isUndefined()) {
            if (!p.isInteger() || p.toInteger() < 1 || p.toInteger() > 65535) {
                reply(Error::make(ErrorCode::InvalidInput, tr("port must be between 1 and 65535.")));
                return;
            }
            port = quint16(p.toInteger());
        }
        const QString where = target.toString() + QLatin1Char(':') + QString::number(port);
        if (Status sent = wol::sendMagicPacket(*mac, target, port); !sent) {
            audit(ctx, QStringLiteral("failed"), QStringLiteral("wake"), wol::formatMac(*mac) + QStringLiteral(" via ") + where);
            reply(Error::make(ErrorCode::Failed, tr("The magic packet for %1 could not be sent to %2: %3").arg(wol::formatMac(*mac), where, sent.errorString())));
            return;
        }
        audit(ctx, QStringLiteral("ok"), QStringLiteral("wake"), wol::formatMac(*mac) + QStringLiteral(" via ") + where);
        reply(QCborMap{{QStringLiteral("mac"), wol::formatMac(*mac)}, {QStringLiteral("sentTo"), where}});
    });
}

void AgentService::runPowerCommand(const agentlink::CallContext &ctx, const QString &commandLine, agentlink::Reply reply)
{
    const QStringList argv = QProcess::splitCommand(commandLine);
    if (argv.isEmpty()) {
        reply(Error::make(ErrorCode::InvalidInput, tr("No command is configured for %1 on this agent ([Power] in the agent config).").arg(ctx.command)));
        return;
    }
    m_server->audit(ctx, QStringLiteral("ok"), QStringLiteral("run"), commandLine);
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
    connect(process, &QProcess::finished, this, [finish, commandLine](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0)
            finish(QCborMap{{QStringLiteral("exitCode"), 0}});
        else
            finish(Error::make(ErrorCode::Failed, tr("'%1' failed with exit code %2. Check the agent's [Power] configuration.").arg(commandLine).arg(code)));
    });
    connect(process, &QProcess::errorOccurred, this, [finish, commandLine, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(Error::make(ErrorCode::Failed, tr("'%1' could not be started: %2").arg(commandLine, process->errorString())));
    });
    QTimer::singleShot(60'000, process, [process] { process->kill(); });
    process->start(argv.first(), argv.mid(1));
}

Status AgentService::applyReportingConfig(const ReportingConfig &config)
{
    const QString path = ReportingConfig::overridePath(m_config.dataDir);
    auto next = std::make_unique<AgentReporting>(config, m_db->database(), m_monitoring);
    // Stop the old reporter first: both would drain the same outbox.
    std::unique_ptr<AgentReporting> old = std::move(m_reporting);
    if (old)
        old->stop();
    old.reset();
    if (Status st = next->start(); !st) {
        // Back to what ran before (from its file); the new configuration is not written.
        auto previous = ReportingConfig::loadForAgent(m_config.configPath, m_config.room, m_config.dataDir);
        if (previous && *previous) {
            m_reporting = std::make_unique<AgentReporting>(**previous, m_db->database(), m_monitoring);
            if (Status again = m_reporting->start(); !again)
                qCWarning(lcAgent).noquote() << "reporting: cannot restart the previous configuration:" << again.errorString();
        }
        return st;
    }
    if (Status st = config.save(path); !st) {
        m_reporting = std::move(next); // runs, but would be lost on restart: say so
        return Error::make(st.error().code, tr("The new reporting settings are active but could not be saved: %1").arg(st.errorString()));
    }
    m_reporting = std::move(next);
    m_reportingSource = path;
    qCInfo(lcAgent).noquote() << "reporting: new configuration saved to" << path;
    return {};
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
    if (m_screen)
        m_screen->stop();
    if (m_monitoring)
        m_monitoring->stop();
    if (m_reporting)
        m_reporting->stop();
    // Services shut down here in reverse start order; the signal is queued so callers finish first.
    QTimer::singleShot(0, this, [this] {
        qCInfo(lcAgent) << "stopped cleanly";
        Q_EMIT stopped();
    });
}

} // namespace tafel::agent
