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
} // namespace

Result<AgentConfig> AgentConfig::load(const QString &path, const QString &dataDirOverride, const QString &listenOverride)
{
    AgentConfig c;
    QString trustFile = kTrustKeysFile.defaultValue;
    c.powerOffCommand = kPowerOff.defaultValue;
    c.rebootCommand = kReboot.defaultValue;
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
    return c;
}

} // namespace tafel::agent
