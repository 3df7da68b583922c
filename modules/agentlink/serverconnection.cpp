#include "agentlink/serverconnection.h"

#include "agentlink/logging.h"
#include "crypto/certificate.h"

#include <QtEndian>

namespace tafel::agentlink {

namespace {
constexpr int kCloseGraceMs = 3000; // a refused peer that does not read its refusal is cut off after this
}

ServerConnection::ServerConnection(QSslSocket *socket, AgentLinkServer *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_handshakeTimer(new QTimer(socket))
    , m_idleTimer(new QTimer(socket))
{
    m_socket->setParent(this);
    m_context.peer = m_socket->peerAddress().toString() + QLatin1Char(':') + QString::number(m_socket->peerPort());
    // The socket never buffers more than one maximal frame of decrypted data before we look at it.
    m_socket->setReadBufferSize(kHeaderSize + server->settings().maxFrameSize);

    m_handshakeTimer->setSingleShot(true);
    m_idleTimer->setSingleShot(true);
    connect(m_handshakeTimer, &QTimer::timeout, this, &ServerConnection::onHandshakeTimeout);
    connect(m_idleTimer, &QTimer::timeout, this, &ServerConnection::onIdleTimeout);
    connect(m_socket, &QSslSocket::encrypted, this, &ServerConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_state = State::Closing;
        m_socket->deleteLater();
        deleteLater();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        qCDebug(lcLink).noquote() << m_context.peer << "socket error:" << m_socket->errorString();
        if (m_state == State::Handshaking) {
            m_server->audit({m_context.peer, {}, {}, {}, QStringLiteral("refused"), QStringLiteral("tls"), m_socket->errorString()});
            m_state = State::Closing;
        }
        m_socket->abort(); // emits disconnected() if still connected
        if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_socket->deleteLater();
            deleteLater();
        }
    });
    connect(server, &AgentLinkServer::trustChanged, this, &ServerConnection::recheckTrust);
    m_handshakeTimer->start(server->settings().handshakeTimeoutMs);
    m_socket->startServerEncryption();
}

void ServerConnection::recheckTrust()
{
    if (!m_authenticated || m_state != State::Open || !m_server || m_context.role == Role::Peer)
        return;
    if (const auto trusted = m_server->lookupKey(m_key)) {
        m_context.role = trusted->role;
        return;
    }
    // Revoked (config.push) or removed from the file while connected: from now on the key is treated like any
    // unknown key — a peer for the peer commands if the agent has them, refused (unknown-key) otherwise.
    if (m_server->acceptsPeers()) {
        m_context.role = Role::Peer;
        return;
    }
    m_authenticated = false;
    refuseUnknownKey();
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::onHandshakeTimeout()
{
    if (m_state != State::Handshaking)
        return;
    m_server->audit({m_context.peer, {}, {}, {}, QStringLiteral("refused"), QString::fromLatin1(refusal::Timeout),
                     QStringLiteral("TLS handshake not completed within %1 ms").arg(m_server->settings().handshakeTimeoutMs)});
    m_state = State::Closing;
    m_socket->abort();
}

void ServerConnection::onIdleTimeout()
{
    if (m_state != State::Open)
        return;
    refuse(0, refusal::Timeout, tr("No request for %1 seconds; closing the connection. Send heartbeat to keep it open.")
                                    .arg(m_server->settings().idleTimeoutMs / 1000.0));
}

void ServerConnection::onEncrypted()
{
    m_handshakeTimer->stop();
    m_state = State::Open;
    m_idleTimer->start(m_server->settings().idleTimeoutMs);

    const QSslCertificate cert = m_socket->peerCertificate();
    if (cert.isNull()) {
        refuse(0, refusal::Unauthenticated, tr("This agent only accepts clients with a key. Create one with 'tafelctl keys create' and add its public key to the agent's trusted keys."));
        return;
    }
    auto key = crypto::certificatePublicKey(cert);
    if (!key) {
        refuse(0, refusal::Unauthenticated, tr("The client certificate does not carry an Ed25519 key. Create keys with 'tafelctl keys create'."));
        return;
    }
    m_context.keyId = key->keyId();
    m_context.publicKey = key->raw();
    const auto trusted = m_server->lookupKey(*key);
    if (!trusted && !m_server->acceptsPeers()) {
        refuseUnknownKey();
        return;
    }
    // An unknown key may only run the peer commands (another agent relaying material with a relay grant); its
    // first other request gets the same unknown-key refusal as at the handshake.
    m_context.role = trusted ? trusted->role : Role::Peer;
    m_key = *key;
    m_authenticated = true;
    qCDebug(lcLink).noquote() << m_context.peer << "authenticated key" << m_context.keyId << "role" << roleName(m_context.role)
                              << "protocol" << m_socket->sessionProtocol();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void ServerConnection::onReadyRead()
{
    if (m_state != State::Open || !m_authenticated) {
        // Handshaking data is consumed by QSslSocket; a refused peer's data is discarded unread.
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    const qsizetype maxFrame = m_server->settings().maxFrameSize;
    // The buffer holds at most one frame: read the header, then exactly the announced payload. So a complete frame
    // never has the start of the next behind it that would have to be moved down after handling it (for 512 KiB
    // package pieces that move was a copy of every byte received), and an oversized header is refused before the
    // body is read.
    while (m_state == State::Open && m_socket->bytesAvailable() > 0) {
        // parse() has accepted the header by the time the payload length is used here.
        const qsizetype want = m_buffer.size() < kHeaderSize
            ? kHeaderSize - m_buffer.size()
            : kHeaderSize + qsizetype(qFromBigEndian<quint32>(m_buffer.constData())) - m_buffer.size();
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + want);
        const qint64 got = m_socket->read(m_buffer.data() + old, want);
        m_buffer.resize(old + qMax<qint64>(got, 0));
        if (got <= 0)
            break;
        if (m_buffer.size() < kHeaderSize)
            continue;
        const ParseResult r = parse(m_buffer, maxFrame);
        if (r.state == ParseResult::State::Error) {
            refuse(0, r.errorCode.toLatin1().constData(), r.errorString);
            return;
        }
        if (r.state == ParseResult::State::Incomplete)
            continue;
        m_buffer.resize(0); // keeps the allocation for the next frame
        handleFrame(r.frame);
    }
}

void ServerConnection::handleFrame(const Frame &frame)
{
    if (frame.type != FrameType::Request) {
        refuse(frame.id, refusal::BadFrame, tr("A client may only send requests."));
        return;
    }
    if (frame.seq <= m_lastPeerSeq) {
        refuse(frame.id, refusal::Replay, tr("Frame sequence %1 is not after %2: replayed or reordered frame.").arg(frame.seq).arg(m_lastPeerSeq), frame.command);
        return;
    }
    m_lastPeerSeq = frame.seq;
    m_idleTimer->start(m_server->settings().idleTimeoutMs);

    if (m_context.role == Role::Peer && !isAllowed(frame.command, Role::Peer)) {
        refuseUnknownKey(frame.command);
        return;
    }
    const CommandHandler *handler = m_server->handler(frame.command);
    if (!handler) {
        refuse(frame.id, refusal::UnknownCommand, tr("This agent does not know the command '%1'. Update the agent.").arg(frame.command), frame.command, false);
        return;
    }
    if (!isAllowed(frame.command, m_context.role)) {
        refuse(frame.id, refusal::Forbidden,
               tr("The role %1 may not run '%2'. Use an admin key.").arg(roleName(m_context.role), frame.command), frame.command, false);
        return;
    }
    CallContext ctx = m_context;
    ctx.command = frame.command;
    const quint64 id = frame.id;
    QPointer<ServerConnection> self(this);
    (*handler)(ctx, frame.body, [self, id](Result<QCborMap> result) {
        if (!self || self->m_state != State::Open)
            return;
        if (result)
            self->send(Frame::response(id, *result));
        else
            self->send(Frame::error(id, QString::fromLatin1(failureCode(result.error().code)), result.errorString()));
    });
}

void ServerConnection::send(Frame frame)
{
    frame.seq = ++m_sendSeq;
    m_socket->write(encode(frame));
}

void ServerConnection::refuse(quint64 id, const char *code, const QString &message, const QString &command, bool close)
{
    m_server->audit({m_context.peer, m_context.keyId, m_authenticated ? roleName(m_context.role) : QString(), command,
                     QStringLiteral("refused"), QString::fromLatin1(code), message});
    if (m_state != State::Open)
        return;
    send(Frame::error(id, QString::fromLatin1(code), message));
    if (close)
        closeConnection();
}

void ServerConnection::refuseUnknownKey(const QString &command)
{
    refuse(0, refusal::UnknownKey, tr("The agent does not trust key %1. Add the line from the key's .pub file to the agent's trusted keys file.").arg(m_context.keyId),
           command);
}

void ServerConnection::closeConnection()
{
    m_state = State::Closing;
    m_idleTimer->stop();
    m_buffer.clear();
    // disconnectFromHost() flushes the refusal frame first; a peer that never reads it is cut off.
    QTimer::singleShot(kCloseGraceMs, m_socket, [socket = m_socket] { socket->abort(); });
    m_socket->disconnectFromHost();
}

} // namespace tafel::agentlink
