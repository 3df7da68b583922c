#include "screensession/screensessionclient.h"

#include "screensession/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace tafel::screensession {

namespace {
constexpr std::chrono::milliseconds kMaxBackoff{30000};
} // namespace

ScreenSessionClient::ScreenSessionClient(const QString &socketPath, QObject *parent)
    : QObject(parent), m_socketPath(socketPath)
{
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ScreenSessionClient::connectNow);
}

ScreenSessionClient::~ScreenSessionClient()
{
    // Outstanding callbacks are dropped: what they captured may already be gone.
    m_pending.clear();
    dropSocket();
}

bool ScreenSessionClient::isConnected() const
{
    return m_connected;
}

void ScreenSessionClient::start()
{
    m_started = true;
    m_currentBackoff = m_reconnectInterval;
    scheduleConnect();
}

void ScreenSessionClient::stop()
{
    m_started = false;
    m_reconnectTimer->stop();
    const bool wasConnected = m_connected;
    dropSocket();
    if (wasConnected)
        Q_EMIT connectedChanged(false);
    failAll(Error::make(ErrorCode::Cancelled,
                        QCoreApplication::translate("tafel::screensession", "The screen request was cancelled.")),
            false);
}

Error ScreenSessionClient::noDisplaySession() const
{
    return Error::make(ErrorCode::Unreachable,
                       QCoreApplication::translate("tafel::screensession",
                                                   "No display session: the screen helper (tafel --screen) is not "
                                                   "running on this computer, or nobody is logged in to the display "
                                                   "(no socket at %1).")
                           .arg(QDir::toNativeSeparators(m_socketPath)));
}

quint64 ScreenSessionClient::showMessage(const ScreenMessage &message, Callback done)
{
    Frame f = Frame::request(0, Command::ShowMessage);
    f.message = message;
    return send(std::move(f), std::move(done));
}

quint64 ScreenSessionClient::hideMessage(Callback done)
{
    return send(Frame::request(0, Command::HideMessage), std::move(done));
}

quint64 ScreenSessionClient::blankScreen(Callback done)
{
    return send(Frame::request(0, Command::Blank), std::move(done));
}

quint64 ScreenSessionClient::unblankScreen(Callback done)
{
    return send(Frame::request(0, Command::Unblank), std::move(done));
}

quint64 ScreenSessionClient::playMedia(const QString &filePath, Callback done)
{
    Frame f = Frame::request(0, Command::MediaPlay);
    f.filePath = filePath;
    return send(std::move(f), std::move(done));
}

quint64 ScreenSessionClient::pauseMedia(Callback done)
{
    return send(Frame::request(0, Command::MediaPause), std::move(done));
}

quint64 ScreenSessionClient::resumeMedia(Callback done)
{
    return send(Frame::request(0, Command::MediaResume), std::move(done));
}

quint64 ScreenSessionClient::stopMedia(Callback done)
{
    return send(Frame::request(0, Command::MediaStop), std::move(done));
}

quint64 ScreenSessionClient::seekMedia(qint64 positionMs, Callback done)
{
    Frame f = Frame::request(0, Command::MediaSeek);
    f.positionMs = positionMs;
    return send(std::move(f), std::move(done));
}

quint64 ScreenSessionClient::queryState(Callback done)
{
    return send(Frame::request(0, Command::QueryState), std::move(done));
}

quint64 ScreenSessionClient::send(Frame request, Callback done)
{
    const auto refuse = [&](ErrorCode code, const QString &message) -> quint64 {
        callLater(std::move(done), Error::make(code, message));
        return 0;
    };
    if (request.type != FrameType::Request)
        return refuse(ErrorCode::InvalidInput, QStringLiteral("ScreenSessionClient::send() takes requests only"));
    if (request.command == Command::ShowMessage) {
        if (const Status valid = request.message.validate(); !valid)
            return refuse(valid.error().code, valid.errorString());
    }
    if (request.command == Command::MediaPlay
        && (request.filePath.isEmpty() || !QDir::isAbsolutePath(request.filePath) || request.filePath.size() > kMaxPathLength))
        return refuse(ErrorCode::InvalidInput,
                      QCoreApplication::translate("tafel::screensession", "The display needs the full path of the media "
                                                                          "file, not \"%1\".")
                          .arg(request.filePath.left(200)));
    if (request.command == Command::MediaSeek && request.positionMs < 0)
        return refuse(ErrorCode::InvalidInput,
                      QCoreApplication::translate("tafel::screensession", "A seek position cannot be negative."));
    if (qsizetype(m_pending.size()) >= kMaxQueuedRequests)
        return refuse(ErrorCode::Failed, QCoreApplication::translate("tafel::screensession",
                                                                     "Too many screen requests are waiting; try again."));

    const quint64 id = m_nextId++;
    request.id = id;
    Pending p;
    p.bytes = encode(request);
    p.done = std::move(done);
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, id] {
        finish(id, Error::make(ErrorCode::Timeout,
                               QCoreApplication::translate("tafel::screensession",
                                                           "The screen helper did not answer within %1 seconds.")
                                   .arg(std::max<qint64>(1, m_requestTimeout.count() / 1000))));
    });
    p.timer->start(m_requestTimeout);
    auto &slot = m_pending[id] = std::move(p);
    qCDebug(lcScreenSession) << "request" << id << commandName(request.command);
    if (m_connected && m_socket) {
        m_socket->write(slot.bytes);
        slot.sent = true;
    } else {
        scheduleConnect();
    }
    return id;
}

void ScreenSessionClient::scheduleConnect()
{
    if (m_socket || m_connectScheduled)
        return;
    m_connectScheduled = true;
    // Queued, so that a connection that fails at once still reports from the event loop, not from send().
    QMetaObject::invokeMethod(this, &ScreenSessionClient::connectNow, Qt::QueuedConnection);
}

void ScreenSessionClient::connectNow()
{
    m_connectScheduled = false;
    m_reconnectTimer->stop();
    if (m_socket)
        return;
    auto *socket = new QLocalSocket(this);
    m_socket = socket;
    m_buffer.clear();
    connect(socket, &QLocalSocket::connected, this, &ScreenSessionClient::onConnected);
    connect(socket, &QLocalSocket::disconnected, this, &ScreenSessionClient::onDisconnected);
    connect(socket, &QLocalSocket::readyRead, this, &ScreenSessionClient::onReadyRead);
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError error) {
        if (socket != m_socket)
            return;
        qCDebug(lcScreenSession) << "socket error" << error << socket->errorString();
        if (!m_connected)
            onConnectFailed();
        // A connected socket's error is followed by disconnected().
    });
    socket->connectToServer(m_socketPath);
}

void ScreenSessionClient::onConnected()
{
    m_connected = true;
    m_currentBackoff = m_reconnectInterval;
    qCDebug(lcScreenSession) << "connected to" << m_socketPath;
    for (auto &[id, p] : m_pending) {
        if (!p.sent) {
            m_socket->write(p.bytes);
            p.sent = true;
        }
    }
    Q_EMIT connectedChanged(true);
}

void ScreenSessionClient::onConnectFailed()
{
    dropSocket();
    const QPointer<ScreenSessionClient> self(this);
    failAll(noDisplaySession(), false);
    if (self)
        scheduleReconnect();
}

void ScreenSessionClient::onDisconnected()
{
    const bool wasConnected = m_connected;
    dropSocket();
    const QPointer<ScreenSessionClient> self(this);
    if (wasConnected)
        Q_EMIT connectedChanged(false);
    if (!self)
        return;
    failAll(Error::make(ErrorCode::Unreachable,
                        QCoreApplication::translate("tafel::screensession",
                                                    "No display session: the screen helper closed the connection "
                                                    "before answering (the user logged out?).")),
            false);
    if (self)
        scheduleReconnect();
}

void ScreenSessionClient::scheduleReconnect()
{
    if (!m_started || m_socket)
        return;
    m_reconnectTimer->start(m_currentBackoff);
    m_currentBackoff = std::min(m_currentBackoff * 2, kMaxBackoff);
}

void ScreenSessionClient::dropSocket()
{
    m_connected = false;
    m_buffer.clear();
    if (!m_socket)
        return;
    QLocalSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void ScreenSessionClient::onReadyRead()
{
    if (!m_socket)
        return;
    QLocalSocket *const socket = m_socket;
    const QPointer<ScreenSessionClient> self(this);
    // Read no more than one frame's worth past what is buffered; parse() refuses an oversized header before
    // the payload arrives, so the buffer stays under header + kMaxFrameSize + one read.
    while (self && m_socket == socket && socket->bytesAvailable() > 0) {
        const qint64 room = kHeaderSize + kMaxFrameSize - m_buffer.size();
        m_buffer += socket->read(std::max<qint64>(room, kHeaderSize));
        while (self && m_socket == socket) {
            const ParseResult r = parse(m_buffer);
            if (r.state == ParseResult::State::Incomplete)
                break;
            if (r.state == ParseResult::State::Error) {
                qCWarning(lcScreenSession) << "unreadable data from the screen helper:" << r.errorString;
                onDisconnected();
                return;
            }
            m_buffer.remove(0, r.consumed);
            if (r.state == ParseResult::State::Invalid) {
                qCWarning(lcScreenSession) << "invalid frame from the screen helper:" << r.errorString;
                if (r.frame.id != 0)
                    finish(r.frame.id, Error::make(ErrorCode::ProtocolError, r.errorString));
                continue;
            }
            const Frame &f = r.frame;
            switch (f.type) {
            case FrameType::Response:
                finish(f.id, f.state);
                break;
            case FrameType::Error:
                finish(f.id, f.error);
                break;
            case FrameType::Event:
                m_lastState = f.state;
                Q_EMIT stateChanged(f.state);
                break;
            case FrameType::Request:
                qCWarning(lcScreenSession) << "ignoring a request from the screen helper";
                break;
            }
        }
    }
}

void ScreenSessionClient::finish(quint64 id, const Result<ScreenState> &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        qCDebug(lcScreenSession) << "answer for unknown or timed-out request" << id;
        return;
    }
    Pending p = std::move(it->second);
    m_pending.erase(it);
    p.timer->stop();
    p.timer->deleteLater();
    const QPointer<ScreenSessionClient> self(this);
    if (result.ok()) {
        m_lastState = result.value();
        Q_EMIT stateChanged(m_lastState);
    }
    if (self && p.done)
        p.done(result);
}

void ScreenSessionClient::failAll(const Error &error, bool onlySent)
{
    std::vector<Callback> callbacks;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (onlySent && !it->second.sent) {
            ++it;
            continue;
        }
        it->second.timer->stop();
        it->second.timer->deleteLater();
        if (it->second.done)
            callbacks.push_back(std::move(it->second.done));
        it = m_pending.erase(it);
    }
    const QPointer<ScreenSessionClient> self(this);
    for (const Callback &done : callbacks) {
        done(error);
        if (!self)
            return;
    }
}

void ScreenSessionClient::callLater(Callback done, const Result<ScreenState> &result)
{
    if (!done)
        return;
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

} // namespace tafel::screensession
