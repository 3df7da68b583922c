#include "agent/agentconfig.h"

#include "core/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QStandardPaths>

namespace tafel::agent {

namespace {
const Setting<QString> kName{"Agent/Name", QString()};
const Setting<QString> kRoom{"Agent/Room", QString()};
const Setting<QString> kDataDir{"Agent/DataDir", QString()};
const Setting<QString> kListen{"Agent/Listen", QString()};
const Setting<QString> kTrustKeysFile{"Trust/KeysFile", QStringLiteral("trusted-keys")};
const Setting<int> kHandshakeTimeout{"Link/HandshakeTimeoutMs", 10'000};
const Setting<int> kIdleTimeout{"Link/IdleTimeoutMs", 90'000};
const Setting<int> kMaxConnections{"Link/MaxConnections", 1000};
const Setting<QString> kPowerOff{"Power/OffCommand", QStringLiteral("systemctl poweroff")};
const Setting<QString> kReboot{"Power/RebootCommand", QStringLiteral("systemctl reboot")};
const Setting<QString> kScreenSocket{"Screen/Socket", QString()};
const Setting<QString> kMediaDirectory{"Media/Directory", QStringLiteral("media")};
const Setting<QString> kWakeBroadcast{"Wake/Broadcast", QStringLiteral("255.255.255.255")};
const Setting<int> kWakePort{"Wake/Port", 9};
} // namespace

Result<AgentConfig> AgentConfig::load(const QString &path, const QString &dataDirOverride, const QString &listenOverride)
{
    AgentConfig c;
    QString trustFile = kTrustKeysFile.defaultValue;
    c.powerOffCommand = kPowerOff.defaultValue;
    c.rebootCommand = kReboot.defaultValue;
    QString mediaDir = kMediaDirectory.defaultValue;
    if (!path.isEmpty()) {
        const QFileInfo fi(path);
        if (!fi.exists())
            return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::agent::AgentConfig", "Configuration file %1 does not exist.").arg(path));
        if (!fi.isReadable())
            return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::agent::AgentConfig", "Configuration file %1 is not readable.").arg(path));
        c.configPath = fi.absoluteFilePath();
        Settings s(c.configPath);
        if (auto st = s.status(); !st)
            return st.error();
        c.name = s.value(kName);
        c.room = s.value(kRoom);
        c.dataDir = s.value(kDataDir);
        const QString listen = s.value(kListen);
        if (!listen.isEmpty()) {
            auto hp = parseHostPort(listen, kDefaultPort, PortZero::Allow);
            if (!hp)
                return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::agent::AgentConfig", "%1: Agent/Listen: %2").arg(path, hp.errorString()));
            c.listen = *hp;
        }
        trustFile = s.value(kTrustKeysFile);
        c.handshakeTimeoutMs = s.value(kHandshakeTimeout);
        c.idleTimeoutMs = s.value(kIdleTimeout);
        c.maxConnections = s.value(kMaxConnections);
        c.powerOffCommand = s.value(kPowerOff).trimmed();
        c.rebootCommand = s.value(kReboot).trimmed();
        c.screenSocket = s.value(kScreenSocket).trimmed();
        mediaDir = s.value(kMediaDirectory).trimmed();
        c.wakeBroadcast = s.value(kWakeBroadcast).trimmed();
        const int wakePort = s.value(kWakePort);
        if (QHostAddress(c.wakeBroadcast).protocol() != QAbstractSocket::IPv4Protocol)
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::agent::AgentConfig", "%1: Wake/Broadcast must be an IPv4 address, not '%2'.").arg(path, c.wakeBroadcast));
        if (wakePort < 1 || wakePort > 65535)
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::agent::AgentConfig", "%1: Wake/Port must be between 1 and 65535.").arg(path));
        c.wakePort = quint16(wakePort);
        if (c.handshakeTimeoutMs < 100 || c.idleTimeoutMs < 100)
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::agent::AgentConfig", "%1: Link/HandshakeTimeoutMs and Link/IdleTimeoutMs must be at least 100.").arg(path));
        if (c.maxConnections < 1)
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::agent::AgentConfig", "%1: Link/MaxConnections must be at least 1.").arg(path));
    }
    if (!listenOverride.isEmpty()) {
        auto hp = parseHostPort(listenOverride, kDefaultPort, PortZero::Allow);
        if (!hp)
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::agent::AgentConfig", "--listen: %1").arg(hp.errorString()));
        c.listen = *hp;
    }
    if (c.listen.host.isEmpty())
        c.listen = HostPort{QStringLiteral("0.0.0.0"), kDefaultPort};
    if (QHostAddress(c.listen.host).isNull())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::agent::AgentConfig", "The listen address must be an IP address, not '%1'.").arg(c.listen.host));
    if (c.name.isEmpty())
        c.name = QHostInfo::localHostName();
    if (!dataDirOverride.isEmpty())
        c.dataDir = dataDirOverride;
    if (c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(c.dataDir))
        return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::agent::AgentConfig", "Cannot create the data directory %1.").arg(c.dataDir));
    const QFileInfo dd(c.dataDir);
    if (!dd.isDir() || !dd.isWritable())
        return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::agent::AgentConfig", "The data directory %1 is not writable.").arg(c.dataDir));
    c.dataDir = dd.absoluteFilePath();
    if (trustFile.isEmpty())
        trustFile = kTrustKeysFile.defaultValue;
    c.trustedKeysFile = QDir(c.dataDir).absoluteFilePath(trustFile);
    if (mediaDir.isEmpty())
        mediaDir = kMediaDirectory.defaultValue;
    c.mediaDirectory = QDir::cleanPath(QDir(c.dataDir).absoluteFilePath(mediaDir));
    return c;
}

} // namespace tafel::agent
