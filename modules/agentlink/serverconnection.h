#pragma once

#include "agentlink/agentlinkserver.h"

#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace tafel::agentlink {

// One peer of AgentLinkServer: owns its QSslSocket (deleted with deleteLater on disconnect, which also deletes
// this object); handshake and idle timers are children of the socket. States: handshaking → open → closing.
class ServerConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnection)
public:
    ServerConnection(QSslSocket *socket, AgentLinkServer *server);
    ~ServerConnection() override;

private:
    enum class State { Handshaking, Open, Closing };

    void onEncrypted();
    void onReadyRead();
    void onHandshakeTimeout();
    void onIdleTimeout();
    void handleFrame(const Frame &frame);
    void send(Frame frame);
    // Sends an "err" frame, audits it and (if `close`) ends the connection once the frame is written.
    void refuse(quint64 id, const char *code, const QString &message, const QString &command = {}, bool close = true);
    void refuseUnknownKey(const QString &command = {});
    void closeConnection();
    void recheckTrust();

    QPointer<AgentLinkServer> m_server;
    QSslSocket *m_socket;
    QTimer *m_handshakeTimer;
    QTimer *m_idleTimer;
    State m_state = State::Handshaking;
    QByteArray m_buffer;
    quint64 m_lastPeerSeq = 0;
    quint64 m_sendSeq = 0;
    bool m_authenticated = false;
    CallContext m_context;
    crypto::PublicKey m_key;
};

} // namespace tafel::agentlink
