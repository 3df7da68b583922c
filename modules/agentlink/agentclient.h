#pragma once

#include "agentlink/frame.h"
#include "core/result.h"
#include "crypto/keys.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <functional>

namespace tafel::agentlink {

// The client's TLS identity: its Ed25519 key and a self-signed certificate made from it (the agent trusts the
// key, not the certificate, so the certificate is simply regenerated in memory).
struct ClientCredentials {
    QSslCertificate certificate;
    QSslKey key;
    QString keyId;

    static Result<ClientCredentials> fromKey(const crypto::KeyPair &key);
    static Result<ClientCredentials> fromKeyFile(const QString &privateKeyPath);
    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

// Async client of one agent (used by tafel and tafelctl). connectToAgent() starts TLS; the agent's certificate
// must match the pinned SHA-256 fingerprint (from enrollment) or the connection is dropped before any request
// is sent. Requests made before the connection is up are queued. One socket, no threads, never waitFor*.
class AgentClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentClient)
public:
    enum class State { Disconnected, Connecting, Connected };
    using Callback = std::function<void(Result<QCborMap>)>;

    explicit AgentClient(QObject *parent = nullptr);
    ~AgentClient() override;

    void setCredentials(const ClientCredentials &credentials); // none: the agent refuses with "unauthenticated"
    // Hex SHA-256 of the agent certificate, any case, colons optional.
    void setPinnedFingerprint(const QString &fingerprint);
    // Enrollment only: accept any agent certificate, so its fingerprint can be shown and pinned.
    void setAcceptAnyCertificate(bool accept);
    void setHandshakeTimeout(int ms) { m_handshakeTimeoutMs = ms; }
    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }
    // While connected, send "heartbeat" every `ms` so the agent's idle timeout (90 s by default) does not close a
    // long-lived connection (tafel's views). 0 = off (the default; one-shot CLI calls need none).
    void setKeepAliveInterval(int ms) { m_keepAliveMs = ms; }

    void connectToAgent(const QString &host, quint16 port);
    void disconnectFromAgent();

    // Sends a request; `callback` runs exactly once on this object's thread with the result or an error
    // (refusal, timeout, disconnect) — unless the client is destroyed first. Returns the request id.
    quint64 call(const QString &command, const QCborMap &args, Callback callback);

    State state() const { return m_state; }
    QString peerFingerprint() const { return m_peerFingerprint; }
    QSslCertificate peerCertificate() const;
    QString hostPort() const;

    // A refusal code from the agent as a user-facing message saying what to do.
    static Error errorForRefusal(const QString &code, const QString &agentMessage);

Q_SIGNALS:
    void connected();                            // TLS up, fingerprint pinned or accepted
    void disconnected();
    void failed(const tafel::Error &error);      // connection-level: pin mismatch, refusal, timeout, network

private:
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void fail(const Error &error);
    void flushQueue();
    void failAll(const Error &error);

    struct Pending {
        Frame frame;
        Callback callback;
    };

    QSslSocket *m_socket = nullptr;
    State m_state = State::Disconnected;
    ClientCredentials m_credentials;
    QString m_pin;
    bool m_acceptAny = false;
    int m_handshakeTimeoutMs = 10'000;
    int m_callTimeoutMs = 30'000;
    int m_keepAliveMs = 0;
    QString m_host;
    quint16 m_port = 0;
    QString m_peerFingerprint;
    QByteArray m_buffer;
    quint64 m_nextId = 0;
    quint64 m_sendSeq = 0;
    quint64 m_lastPeerSeq = 0;
    QList<Pending> m_queue;            // not yet sent (connecting)
    QHash<quint64, Callback> m_inFlight;
    bool m_failed = false;
};

} // namespace tafel::agentlink
