#include "agentlink/agentclient.h"
#include "agentlink/logging.h"
#include "crypto/certificate.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace tafel::agentlink {

Result<ClientCredentials> ClientCredentials::fromKey(const crypto::KeyPair &key)
{
    auto cert = crypto::makeSelfSignedCertificate(key, QStringLiteral("tafel-client ") + key.keyId(), 365);
    if (!cert)
        return cert.error();
    ClientCredentials c;
    c.certificate = *cert;
    c.key = crypto::toSslKey(key);
    c.keyId = key.keyId();
    if (c.key.isNull())
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::agentlink::AgentClient", "Qt's TLS backend did not accept the Ed25519 key."));
    return c;
}

Result<ClientCredentials> ClientCredentials::fromKeyFile(const QString &privateKeyPath)
{
    auto key = crypto::KeyPair::load(privateKeyPath);
    if (!key)
        return key.error();
    return fromKey(*key);
}

AgentClient::AgentClient(QObject *parent)
    : QObject(parent)
{
}

AgentClient::~AgentClient() = default;

void AgentClient::setCredentials(const ClientCredentials &credentials)
{
    m_credentials = credentials;
}

void AgentClient::setPinnedFingerprint(const QString &fingerprint)
{
    m_pin = fingerprint;
}

void AgentClient::setAcceptAnyCertificate(bool accept)
{
    m_acceptAny = accept;
}

QSslCertificate AgentClient::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

QString AgentClient::hostPort() const
{
    return m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(m_host).arg(m_port) : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void AgentClient::connectToAgent(const QString &host, quint16 port)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_host = host;
    m_port = port;
    m_buffer.clear();
    m_sendSeq = 0;
    m_lastPeerSeq = 0;
    m_peerFingerprint.clear();
    m_failed = false;
    m_state = State::Connecting;

    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(kHeaderSize + kMaxFrameSize);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    // The agent's certificate is self-signed; it is checked against the pinned fingerprint in onEncrypted(),
    // before a single request is written.
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!m_credentials.isNull()) {
        conf.setLocalCertificate(m_credentials.certificate);
        conf.setPrivateKey(m_credentials.key);
    }
    m_socket->setSslConfiguration(conf);

    auto *handshakeTimer = new QTimer(m_socket);
    handshakeTimer->setSingleShot(true);
    connect(handshakeTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            fail(Error::make(ErrorCode::Timeout, tr("%1 did not complete the connection within %2 seconds. Is tafel-agent running there?")
                                                     .arg(hostPort())
                                                     .arg(m_handshakeTimeoutMs / 1000.0)));
    });
    connect(m_socket, &QSslSocket::encrypted, handshakeTimer, &QTimer::stop);
    connect(m_socket, &QSslSocket::encrypted, this, &AgentClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &AgentClient::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &AgentClient::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError err) {
        if (err == QAbstractSocket::RemoteHostClosedError && m_state == State::Connected)
            return; // onDisconnected reports it, after any refusal frame has been read
        const ErrorCode code = err == QAbstractSocket::SocketTimeoutError ? ErrorCode::Timeout
            : (err == QAbstractSocket::SslHandshakeFailedError || err == QAbstractSocket::SslInternalError) ? ErrorCode::AuthFailed
                                                                                                           : ErrorCode::Unreachable;
        fail(Error::make(code, tr("Connection to %1 failed: %2").arg(hostPort(), m_socket->errorString())));
    });
    handshakeTimer->start(m_handshakeTimeoutMs);
    m_socket->connectToHostEncrypted(host, port);
}

void AgentClient::disconnectFromAgent()
{
    failAll(Error::make(ErrorCode::Cancelled, tr("The connection to %1 was closed.").arg(hostPort())));
    if (m_socket)
        m_socket->disconnectFromHost();
}

quint64 AgentClient::call(const QString &command, const QCborMap &args, Callback callback)
{
    const quint64 id = ++m_nextId;
    m_queue.append({Frame::request(id, command, args), std::move(callback)});
    if (m_state == State::Connected)
        flushQueue();
    else if (m_state == State::Disconnected && m_failed) {
        // Fail asynchronously so callers see one behaviour.
        QTimer::singleShot(0, this, [this] { failAll(Error::make(ErrorCode::Unreachable, tr("Not connected to %1.").arg(hostPort()))); });
    }
    return id;
}

void AgentClient::onEncrypted()
{
    m_peerFingerprint = crypto::certificateFingerprint(m_socket->peerCertificate());
    if (!m_acceptAny && !crypto::fingerprintsMatch(m_pin, m_peerFingerprint)) {
        fail(Error::make(ErrorCode::AuthFailed,
                         m_pin.isEmpty() ? tr("No certificate fingerprint is pinned for %1. Enroll the agent first: tafelctl agent enroll %1").arg(hostPort())
                                         : tr("The certificate of %1 does not match the pinned fingerprint (got %2). The agent may have been "
                                              "reinstalled or someone is intercepting the connection. If the change is expected, enroll the agent again.")
                                               .arg(hostPort(), m_peerFingerprint)));
        return;
    }
    m_state = State::Connected;
    if (m_keepAliveMs > 0) {
        auto *keepAlive = new QTimer(m_socket);
        connect(keepAlive, &QTimer::timeout, this, [this] {
            if (m_state == State::Connected && m_inFlight.isEmpty() && m_queue.isEmpty())
                call(QStringLiteral("heartbeat"), {}, [](const Result<QCborMap> &) {});
        });
        keepAlive->start(m_keepAliveMs);
    }
    Q_EMIT connected();
    flushQueue();
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void AgentClient::flushQueue()
{
    const QList<Pending> queue = std::exchange(m_queue, {});
    for (const Pending &p : queue) {
        Frame f = p.frame;
        f.seq = ++m_sendSeq;
        const QByteArray bytes = encode(f);
        if (bytes.size() - kHeaderSize > kMaxFrameSize) {
            const Callback cb = p.callback;
            QTimer::singleShot(0, this, [this, cb] { cb(Error::make(ErrorCode::InvalidInput, tr("The request is larger than the protocol allows (1 MiB)."))); });
            continue;
        }
        m_inFlight.insert(f.id, p.callback);
        m_socket->write(bytes);
        const quint64 id = f.id;
        QTimer::singleShot(m_callTimeoutMs, m_socket, [this, id] {
            const auto cb = m_inFlight.take(id);
            if (cb)
                cb(Error::make(ErrorCode::Timeout, tr("%1 did not answer within %2 seconds.").arg(hostPort()).arg(m_callTimeoutMs / 1000.0)));
        });
    }
}

void AgentClient::onReadyRead()
{
    if (m_state != State::Connected)
        return;
    const qsizetype cap = kHeaderSize + kMaxFrameSize;
    while (m_socket && m_state == State::Connected && m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->read(qMax<qint64>(cap - m_buffer.size(), kHeaderSize));
        while (m_state == State::Connected) {
            const ParseResult r = parse(m_buffer);
            if (r.state == ParseResult::State::Incomplete)
                break;
            if (r.state == ParseResult::State::Error) {
                fail(Error::make(ErrorCode::ProtocolError, tr("%1 sent an invalid frame (%2). Update tafel or the agent.").arg(hostPort(), r.errorString)));
                return;
            }
            m_buffer.remove(0, r.consumed);
            const Frame &f = r.frame;
            if (f.seq <= m_lastPeerSeq) {
                fail(Error::make(ErrorCode::ProtocolError, tr("%1 sent a replayed frame; the connection was closed.").arg(hostPort())));
                return;
            }
            m_lastPeerSeq = f.seq;
            if (f.type == FrameType::Request) {
                fail(Error::make(ErrorCode::ProtocolError, tr("%1 sent a request; agents only answer.").arg(hostPort())));
                return;
            }
            if (f.id == 0) {
                // Connection-level refusal: it applies to everything pending; the agent closes next.
                fail(errorForRefusal(f.errorCode, f.errorMessage));
                return;
            }
            const Callback cb = m_inFlight.take(f.id);
            if (!cb)
                continue; // answer after our timeout
            if (f.type == FrameType::Response)
                cb(f.body);
            else
                cb(errorForRefusal(f.errorCode, f.errorMessage));
        }
    }
}

void AgentClient::onDisconnected()
{
    if (m_state == State::Disconnected)
        return;
    // Read what arrived before the close (a refusal frame explains why).
    if (m_state == State::Connected && m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_state != State::Disconnected)
        fail(Error::make(ErrorCode::Unreachable, tr("%1 closed the connection.").arg(hostPort())));
}

void AgentClient::fail(const Error &error)
{
    if (m_state == State::Disconnected && m_failed)
        return;
    m_failed = true;
    m_state = State::Disconnected;
    qCDebug(lcLink).noquote() << hostPort() << "failed:" << error.message;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    QPointer<AgentClient> self(this);
    Q_EMIT failed(error);
    if (!self)
        return;
    failAll(error);
    if (self)
        Q_EMIT disconnected();
}

void AgentClient::failAll(const Error &error)
{
    const QList<Pending> queue = std::exchange(m_queue, {});
    const QHash<quint64, Callback> inFlight = std::exchange(m_inFlight, {});
    for (const Pending &p : queue)
        p.callback(error);
    for (const Callback &cb : inFlight)
        cb(error);
}

Error AgentClient::errorForRefusal(const QString &code, const QString &agentMessage)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("tafel::agentlink::AgentClient", s); };
    const QString detail = agentMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(agentMessage);
    if (code == QLatin1String(refusal::Unauthenticated))
        return Error::make(ErrorCode::AuthFailed, tr("The agent requires a client key. Pass one with --key FILE (create it with 'tafelctl keys create').") + detail);
    if (code == QLatin1String(refusal::UnknownKey))
        return Error::make(ErrorCode::AuthFailed, tr("The agent does not trust this key. Ask the administrator to add its .pub line to the agent's trusted keys.") + detail);
    if (code == QLatin1String(refusal::Forbidden))
        return Error::make(ErrorCode::PermissionDenied, tr("Your key's role may not do this; it needs an admin key.") + detail);
    if (code == QLatin1String(refusal::UnknownCommand))
        return Error::make(ErrorCode::Incompatible, tr("The agent does not support this command. Update the agent.") + detail);
    if (code == QLatin1String(refusal::UnsupportedVersion))
        return Error::make(ErrorCode::Incompatible, tr("The agent speaks another protocol version. Update tafel or the agent.") + detail);
    if (code == QLatin1String(refusal::Timeout))
        return Error::make(ErrorCode::Timeout, tr("The agent closed the idle connection.") + detail);
    if (code == QLatin1String(refusal::NoDisplaySession))
        return Error::make(ErrorCode::Unreachable, tr("No screen helper on this PC: nobody is logged in to the display, or 'tafel --screen' is not running there."));
    if (code == QLatin1String(refusal::InvalidArgs))
        return Error::make(ErrorCode::InvalidInput, agentMessage.isEmpty() ? tr("The agent refused the arguments of the command.") : agentMessage);
    if (code == QLatin1String(refusal::NotFound))
        return Error::make(ErrorCode::NotFound, agentMessage.isEmpty() ? tr("The agent did not find what the command names.") : agentMessage);
    if (code == QLatin1String(refusal::StaleVersion))
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("stale-version: ")
                                                         + (agentMessage.isEmpty() ? tr("The agent has a newer configuration.") : agentMessage));
    if (code == QLatin1String(refusal::Failed))
        return Error::make(ErrorCode::Failed, agentMessage.isEmpty() ? tr("The command failed on the agent.") : agentMessage);
    return Error::make(ErrorCode::ProtocolError, tr("The agent refused the request: %1").arg(code) + detail);
}

} // namespace tafel::agentlink
