#pragma once

#include "agentlink/auditlog.h"
#include "agentlink/frame.h"
#include "agentlink/permissions.h"
#include "agentlink/truststore.h"
#include "core/result.h"

#include <QCborMap>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>
#include <memory>

namespace tafel::agentlink {

class ServerConnection;

struct ServerSettings {
    QSslCertificate certificate; // the agent's self-signed Ed25519 certificate
    QSslKey privateKey;          // crypto::toSslKey() of the agent's key (opaque)
    QString trustedKeysFile;     // see TrustStore
    QString auditLogFile;        // see AuditLog; empty = no audit file
    // Also (or instead) receives every audit entry, e.g. to store it in the agent's database.
    std::function<void(const AuditLog::Entry &)> auditSink;
    int handshakeTimeoutMs = 10'000;
    int idleTimeoutMs = 90'000;  // no complete frame for this long closes the connection
    int maxConnections = 1000;
    qsizetype maxFrameSize = kMaxFrameSize;
};

// Who is calling: filled in after the TLS handshake from the client's certificate and the trusted keys.
struct CallContext {
    QString peer;    // "address:port"
    QString keyId;
    QByteArray publicKey; // the client's raw Ed25519 key (32 bytes)
    Role role = Role::Teacher; // Role::Peer: a key not in trusted-keys, for the peer commands only
    QString command;
};

// A command handler answers exactly once through `reply` (now or later, on the event loop). A reply for a
// connection that has gone away is dropped.
using Reply = std::function<void(Result<QCborMap>)>;
using CommandHandler = std::function<void(const CallContext &, const QCborMap &args, Reply reply)>;

// The agent's side of the LAN protocol: a TLS 1.2+/1.3 listener with mutual authentication, one ServerConnection
// state machine per peer, all on the thread's event loop (no thread per peer). Requests are checked against
// the trusted keys and the permission table before a handler sees them; refusals are answered with an "err"
// frame and written to the audit log.
class AgentLinkServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLinkServer)
public:
    explicit AgentLinkServer(ServerSettings settings, QObject *parent = nullptr);
    ~AgentLinkServer() override;

    // Loads the trusted keys (an error if the file is malformed) and listens.
    Status start(const QHostAddress &address, quint16 port);

    // Registers a handler; the command must be in the permission table.
    void addCommand(const QString &command, CommandHandler handler);

    int connectionCount() const { return m_connections; }
    const ServerSettings &settings() const { return m_settings; }
    qsizetype trustedKeyCount() const { return m_trust.size(); }

    // Keys the school's admin pushed (config.push): trusted in addition to the trusted-keys file, replacing the
    // previously pushed set. A key in `revoked` is refused even when the file lists it (keys deployed by the
    // installer are revoked this way). Open connections of keys no longer trusted are closed (unknown-key).
    void setManagedTrust(const QList<TrustedKey> &keys, const QList<crypto::PublicKey> &revoked);
    qsizetype managedKeyCount() const { return m_managed.size(); }
    qsizetype revokedKeyCount() const { return m_revoked.size(); }

    // Internal API for ServerConnection.
    std::optional<TrustedKey> lookupKey(const crypto::PublicKey &key);
    const CommandHandler *handler(const QString &command) const;
    // A command open to Role::Peer is registered: keys outside trusted-keys may connect, for those commands only.
    bool acceptsPeers() const { return m_acceptsPeers; }
    void audit(const AuditLog::Entry &entry);
    // An entry for the call `ctx` (its peer, key, role and command) with this outcome.
    void audit(const CallContext &ctx, const QString &outcome, const QString &reason = {}, const QString &detail = {});

Q_SIGNALS:
    void connectionCountChanged(int count);
    // The set of trusted keys changed: connections re-check their key.
    void trustChanged();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void reloadTrustIfChanged();

    ServerSettings m_settings;
    TrustStore m_trust;
    QDateTime m_trustModified;
    qint64 m_trustSize = -1;
    QList<TrustedKey> m_managed;
    QList<crypto::PublicKey> m_revoked;
    std::unique_ptr<AuditLog> m_audit;
    QHash<QString, CommandHandler> m_handlers;
    int m_connections = 0;
    bool m_acceptsPeers = false;
};

} // namespace tafel::agentlink
