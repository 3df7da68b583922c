#include "agentlink/agentlinkserver.h"
#include "agentlink/logging.h"
#include "agentlink/serverconnection.h"

#include <QFileInfo>
#include <QSslConfiguration>
#include <QSslSocket>

#include <unistd.h>

namespace tafel::agentlink {

AgentLinkServer::AgentLinkServer(ServerSettings settings, QObject *parent)
    : QTcpServer(parent)
    , m_settings(std::move(settings))
{
    if (!m_settings.auditLogFile.isEmpty())
        m_audit = std::make_unique<AuditLog>(m_settings.auditLogFile);
}

AgentLinkServer::~AgentLinkServer() = default;

Status AgentLinkServer::start(const QHostAddress &address, quint16 port)
{
    if (m_settings.certificate.isNull() || m_settings.privateKey.isNull())
        return Error::make(ErrorCode::InvalidInput, tr("The agent has no TLS certificate or key."));
    if (!QSslSocket::supportsSsl())
        return Error::make(ErrorCode::Failed, tr("TLS is not available: Qt's OpenSSL backend could not be loaded. Install OpenSSL 3 (libssl3)."));
    auto trust = TrustStore::load(m_settings.trustedKeysFile);
    if (!trust)
        return trust.error();
    m_trust = std::move(trust).value();
    const QFileInfo fi(m_settings.trustedKeysFile);
    m_trustModified = fi.exists() ? fi.lastModified() : QDateTime();
    m_trustSize = fi.exists() ? fi.size() : -1;
    if (m_trust.size() == 0)
        qCWarning(lcLink).noquote() << "no trusted keys: every client will be refused. Add keys to" << m_settings.trustedKeysFile;
    // Accept connections as fast as they come; the per-connection limit is enforced in incomingConnection().
    setMaxPendingConnections(m_settings.maxConnections);
    // A classroom's clients reconnect together (after a network blip, an admin's bulk command): Qt's default
    // backlog of 50 would make the rest wait for SYN retries.
    setListenBacklogSize(qBound(50, m_settings.maxConnections, 1024));
    if (!listen(address, port))
        return Error::make(ErrorCode::Unreachable, tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(errorString()));
    return {};
}

void AgentLinkServer::addCommand(const QString &command, CommandHandler handler)
{
    Q_ASSERT_X(isKnownCommand(command), "AgentLinkServer::addCommand", "command missing from the permission table");
    m_handlers.insert(command, std::move(handler));
    if (isAllowed(command, Role::Peer))
        m_acceptsPeers = true;
}

void AgentLinkServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_connections >= m_settings.maxConnections) {
        qCWarning(lcLink) << "connection limit" << m_settings.maxConnections << "reached; dropping a new connection";
        ::close(int(socketDescriptor));
        return;
    }
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcLink) << "cannot adopt an incoming socket:" << socket->errorString();
        delete socket;
        ::close(int(socketDescriptor));
        return;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setLocalCertificate(m_settings.certificate);
    conf.setPrivateKey(m_settings.privateKey);
    // Ask for the client's certificate but let the handshake finish without one: trust is decided by its
    // public key after the handshake, so a missing or unknown key gets a clear refusal frame instead of a
    // bare TLS alert. (TLS itself proves the client holds the certificate's private key.)
    conf.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket->setSslConfiguration(conf);
    ++m_connections;
    auto *connection = new ServerConnection(socket, this);
    connect(connection, &QObject::destroyed, this, [this] {
        --m_connections;
        Q_EMIT connectionCountChanged(m_connections);
    });
    Q_EMIT connectionCountChanged(m_connections);
}

void AgentLinkServer::reloadTrustIfChanged()
{
    const QFileInfo fi(m_settings.trustedKeysFile);
    const QDateTime modified = fi.exists() ? fi.lastModified() : QDateTime();
    const qint64 size = fi.exists() ? fi.size() : -1;
    if (modified == m_trustModified && size == m_trustSize)
        return;
    m_trustModified = modified;
    m_trustSize = size;
    auto trust = TrustStore::load(m_settings.trustedKeysFile);
    if (!trust) {
        qCWarning(lcLink).noquote() << "keeping the previous trusted keys:" << trust.errorString();
        return;
    }
    m_trust = std::move(trust).value();
    qCInfo(lcLink).noquote() << "trusted keys reloaded:" << m_trust.size() << "keys from" << m_settings.trustedKeysFile;
    Q_EMIT trustChanged();
}

std::optional<TrustedKey> AgentLinkServer::lookupKey(const crypto::PublicKey &key)
{
    reloadTrustIfChanged();
    if (m_revoked.contains(key))
        return std::nullopt;
    if (auto k = m_trust.find(key))
        return k;
    for (const auto &k : std::as_const(m_managed)) {
        if (k.key == key)
            return k;
    }
    return std::nullopt;
}

void AgentLinkServer::setManagedTrust(const QList<TrustedKey> &keys, const QList<crypto::PublicKey> &revoked)
{
    m_managed = keys;
    m_revoked = revoked;
    qCInfo(lcLink).noquote() << "pushed keys applied:" << m_managed.size() << "trusted," << m_revoked.size() << "revoked";
    Q_EMIT trustChanged();
}

const CommandHandler *AgentLinkServer::handler(const QString &command) const
{
    const auto it = m_handlers.constFind(command);
    return it == m_handlers.cend() ? nullptr : &it.value();
}

void AgentLinkServer::audit(const CallContext &ctx, const QString &outcome, const QString &reason, const QString &detail)
{
    audit(AuditLog::Entry{ctx.peer, ctx.keyId, roleName(ctx.role), ctx.command, outcome, reason, detail});
}

void AgentLinkServer::audit(const AuditLog::Entry &entry)
{
    qCInfo(lcLink).noquote() << "audit:" << entry.outcome << entry.reason << "peer" << entry.peer << "key"
                             << (entry.keyId.isEmpty() ? QStringLiteral("-") : entry.keyId) << "command"
                             << (entry.command.isEmpty() ? QStringLiteral("-") : entry.command);
    if (m_audit)
        m_audit->append(entry);
    if (m_settings.auditSink)
        m_settings.auditSink(entry);
}

} // namespace tafel::agentlink
