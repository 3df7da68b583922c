#include "screensession/screensessionserver.h"

#include "screensession/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>

#include <algorithm>

namespace tafel::screensession {

ScreenSessionServer::ScreenSessionServer(ScreenHandler &handler, QObject *parent) : QObject(parent), m_handler(handler)
{
}

ScreenSessionServer::~ScreenSessionServer()
{
    close();
}

Status ScreenSessionServer::listen(const QString &socketPath)
{
    close();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    m_server->setMaxPendingConnections(kMaxClients);
    connect(m_server, &QLocalServer::newConnection, this, &ScreenSessionServer::onNewConnection);
    bool ok = m_server->listen(socketPath);
    if (!ok && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        qCInfo(lcScreenSession) << "replacing the socket" << socketPath << "(left by another or a crashed helper)";
        QLocalServer::removeServer(socketPath);
        ok = m_server->listen(socketPath);
    }
    if (!ok) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::screensession",
                                                                      "The screen helper cannot listen at %1: %2")
                                              .arg(socketPath, why));
    }
    m_socketPath = m_server->fullServerName();
    qCInfo(lcScreenSession) << "screen helper listening at" << m_socketPath;
    return {};
}

void ScreenSessionServer::close()
{
    const QList<Client> clients = std::exchange(m_clients, {});
    for (const Client &c : clients) {
        if (c.socket) {
            disconnect(c.socket, nullptr, this, nullptr);
            c.socket->abort();
            c.socket->deleteLater();
        }
    }
    if (m_server) {
        m_server->close(); // removes the socket file
        delete m_server;
        m_server = nullptr;
    }
    if (!clients.isEmpty())
        Q_EMIT clientCountChanged(0);
}

bool ScreenSessionServer::isListening() const
{
    return m_server && m_server->isListening();
}

void ScreenSessionServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QLocalSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (m_clients.size() >= kMaxClients) {
            qCWarning(lcScreenSession) << "refusing a connection: already" << kMaxClients << "clients";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_clients.append(Client{socket, {}});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] { removeClient(socket); });
        qCDebug(lcScreenSession) << "client connected;" << m_clients.size() << "now";
        Q_EMIT clientCountChanged(int(m_clients.size()));
    }
}

QList<ScreenSessionServer::Client>::iterator ScreenSessionServer::findClient(QLocalSocket *socket)
{
    return std::find_if(m_clients.begin(), m_clients.end(), [socket](const Client &c) { return c.socket == socket; });
}

bool ScreenSessionServer::hasClient(QLocalSocket *socket)
{
    return findClient(socket) != m_clients.end();
}

void ScreenSessionServer::removeClient(QLocalSocket *socket)
{
    const auto it = findClient(socket);
    if (it == m_clients.end())
        return;
    m_clients.erase(it);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
    Q_EMIT clientCountChanged(int(m_clients.size()));
}

void ScreenSessionServer::onReadyRead(QLocalSocket *socket)
{
    const QPointer<ScreenSessionServer> self(this);
    const QPointer<QLocalSocket> guard(socket);
    while (self && guard && guard->bytesAvailable() > 0) {
        const auto it = findClient(socket);
        if (it == m_clients.end())
            return;
        const qint64 room = kHeaderSize + kMaxFrameSize - it->buffer.size();
        it->buffer += socket->read(std::max<qint64>(room, kHeaderSize));
        QByteArray buffer = std::exchange(it->buffer, {});
        qsizetype offset = 0;
        for (;;) {
            const ParseResult r = parse(QByteArrayView(buffer).sliced(offset));
            if (r.state == ParseResult::State::Incomplete)
                break;
            if (r.state == ParseResult::State::Error) {
                qCWarning(lcScreenSession) << "closing a client that sent unframeable data:" << r.errorString;
                write(socket, Frame::failure(0, Error::make(ErrorCode::ProtocolError, r.errorString)));
                socket->flush();
                removeClient(socket);
                return;
            }
            offset += r.consumed;
            if (!hasClient(socket))
                return; // dropped meanwhile (stopped reading its replies)
            if (r.state == ParseResult::State::Invalid) {
                qCWarning(lcScreenSession) << "invalid request:" << r.errorString;
                write(socket, Frame::failure(r.frame.id, Error::make(ErrorCode::InvalidInput, r.errorString)));
                continue;
            }
            if (r.frame.type != FrameType::Request) {
                write(socket, Frame::failure(r.frame.id, Error::make(ErrorCode::ProtocolError,
                                                                     QStringLiteral("the screen helper takes requests only"))));
                continue;
            }
            const Frame reply = handle(r.frame);
            if (!self || !guard)
                return;
            write(socket, reply);
            Q_EMIT requestHandled(r.frame.command, reply.type == FrameType::Response);
            if (!self || !guard)
                return;
        }
        const auto again = findClient(socket);
        if (again == m_clients.end())
            return;
        again->buffer = buffer.mid(offset);
    }
}

Frame ScreenSessionServer::handle(const Frame &request)
{
    Status status;
    switch (request.command) {
    case Command::ShowMessage: status = m_handler.showMessage(request.message); break;
    case Command::HideMessage: status = m_handler.hideMessage(); break;
    case Command::Blank: status = m_handler.setBlanked(true); break;
    case Command::Unblank: status = m_handler.setBlanked(false); break;
    case Command::MediaPlay: status = m_handler.playMedia(request.filePath); break;
    case Command::MediaPause: status = m_handler.pauseMedia(); break;
    case Command::MediaResume: status = m_handler.resumeMedia(); break;
    case Command::MediaStop: status = m_handler.stopMedia(); break;
    case Command::MediaSeek: status = m_handler.seekMedia(request.positionMs); break;
    case Command::QueryState: break;
    }
    qCDebug(lcScreenSession) << "handled" << commandName(request.command) << (status ? "ok" : qPrintable(status.errorString()));
    if (!status)
        return Frame::failure(request.id, status.error());
    return Frame::response(request.id, m_handler.state());
}

void ScreenSessionServer::write(QLocalSocket *socket, const Frame &frame)
{
    if (!socket || socket->state() != QLocalSocket::ConnectedState)
        return;
    if (socket->bytesToWrite() > kMaxPendingOutput) {
        qCWarning(lcScreenSession) << "closing a client that does not read its replies";
        removeClient(socket);
        return;
    }
    socket->write(encode(frame));
}

void ScreenSessionServer::publishState(const ScreenState &state)
{
    const QByteArray bytes = encode(Frame::event(state));
    const QList<Client> clients = m_clients;
    for (const Client &c : clients) {
        if (!c.socket || c.socket->state() != QLocalSocket::ConnectedState)
            continue;
        if (c.socket->bytesToWrite() > kMaxPendingOutput) {
            qCWarning(lcScreenSession) << "closing a client that does not read its events";
            removeClient(c.socket);
            continue;
        }
        c.socket->write(bytes);
    }
}

} // namespace tafel::screensession
