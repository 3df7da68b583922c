#include "monitoring/librespeedserver.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace tafel::monitoring {

namespace {

constexpr qsizetype kHeaderCap = 16 * 1024;
constexpr qint64 kMiB = 1024 * 1024;
constexpr qsizetype kChunk = 256 * 1024;

struct Connection {
    QByteArray buffer;
    qint64 bodyRemaining = 0;   // request body still to discard
    qint64 garbageRemaining = 0; // response body still to send
    QByteArray pendingResponse;  // sent when the request body is in
    bool closeAfter = false;
};

const QByteArray &randomChunk()
{
    static const QByteArray chunk = [] {
        QByteArray c(kChunk, Qt::Uninitialized);
        QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(c.data()),
                                             reinterpret_cast<quint32 *>(c.data() + c.size()));
        return c;
    }();
    return chunk;
}

QByteArray response(int status, const QByteArray &reason, const QByteArray &type, const QByteArray &body, bool close,
                    qint64 contentLength = -1)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    r += "Content-Type: " + type + "\r\n";
    r += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) + "\r\n";
    r += "Cache-Control: no-store, no-cache, must-revalidate, max-age=0\r\n";
    r += "Access-Control-Allow-Origin: *\r\n";
    r += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    return r + body;
}

} // namespace

LibreSpeedServer::LibreSpeedServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LibreSpeedServer::onNewConnection);
}

LibreSpeedServer::~LibreSpeedServer() = default;

bool LibreSpeedServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void LibreSpeedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_peak = std::max(m_peak, ++m_open);
        auto c = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
        const auto sendGarbage = [this, socket, c] {
            while (c->garbageRemaining > 0 && socket->bytesToWrite() < 2 * kChunk) {
                const qint64 n = std::min<qint64>(c->garbageRemaining, kChunk);
                socket->write(randomChunk().constData(), n);
                c->garbageRemaining -= n;
                m_sent += n;
            }
            if (c->garbageRemaining == 0 && c->closeAfter)
                socket->disconnectFromHost();
            else if (c->garbageRemaining == 0 && socket->bytesAvailable() > 0) // a request that waited for us
                QTimer::singleShot(0, socket, [socket] { Q_EMIT socket->readyRead(); });
        };
        connect(socket, &QTcpSocket::bytesWritten, this, [sendGarbage](qint64) { sendGarbage(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, c, sendGarbage] {
            for (;;) {
                if (c->bodyRemaining > 0) {
                    const qint64 n = socket->skip(c->bodyRemaining);
                    if (n <= 0)
                        return;
                    c->bodyRemaining -= n;
                    m_received += n;
                    if (c->bodyRemaining > 0)
                        return;
                    socket->write(c->pendingResponse);
                    c->pendingResponse.clear();
                    if (c->closeAfter)
                        socket->disconnectFromHost();
                    continue;
                }
                if (c->garbageRemaining > 0)
                    return; // HTTP/1.1 without pipelining: finish this response first
                c->buffer += socket->read(kHeaderCap + 1 - c->buffer.size());
                const qsizetype end = c->buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (c->buffer.size() > kHeaderCap) {
                        socket->write(response(431, "Request Header Fields Too Large", "text/plain", {}, true));
                        socket->disconnectFromHost();
                    }
                    return;
                }
                const QList<QByteArray> lines = c->buffer.left(end).split('\n');
                c->buffer.remove(0, end + 4);
                const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
                if (request.size() != 3) {
                    socket->write(response(400, "Bad Request", "text/plain", {}, true));
                    socket->disconnectFromHost();
                    return;
                }
                qint64 contentLength = 0;
                bool chunked = false;
                c->closeAfter = request[2] == "HTTP/1.0";
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines[i].trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    if (name == "content-length")
                        contentLength = std::max<qint64>(0, value.toLongLong());
                    else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                        chunked = true;
                    else if (name == "connection")
                        c->closeAfter = value.toLower() == "close";
                }
                const QUrl url(QString::fromLatin1(request[1]));
                QString name = url.path().section(QLatin1Char('/'), -1);
                if (name.endsWith(QLatin1String(".php")))
                    name.chop(4);
                const QByteArray &method = request[0];
                if (chunked) {
                    socket->write(response(411, "Length Required", "text/plain", {}, true));
                    socket->disconnectFromHost();
                    return;
                }
                QByteArray reply;
                if (name == QLatin1String("garbage") && method == "GET") {
                    const int mib = std::clamp(QUrlQuery(url).queryItemValue(QStringLiteral("ckSize")).toInt(), 0, 1024);
                    c->garbageRemaining = (mib > 0 ? mib : 4) * kMiB;
                    socket->write(response(200, "OK", "application/octet-stream", {}, c->closeAfter, c->garbageRemaining));
                    sendGarbage();
                    continue;
                }
                if (name == QLatin1String("empty") && (method == "GET" || method == "POST"))
                    reply = response(200, "OK", "text/plain", {}, c->closeAfter);
                else if (name == QLatin1String("getIP") && method == "GET")
                    reply = response(200, "OK", "application/json",
                                     "{\"processedString\":\"" + socket->peerAddress().toString().toLatin1()
                                         + "\",\"rawIspInfo\":\"\"}",
                                     c->closeAfter);
                else
                    reply = response(404, "Not Found", "text/plain", {}, c->closeAfter);
                if (contentLength > 0) {
                    // Part of the body may already be in the buffer, read together with the header.
                    const qint64 buffered = std::min<qint64>(contentLength, c->buffer.size());
                    c->buffer.remove(0, buffered);
                    m_received += buffered;
                    c->bodyRemaining = contentLength - buffered;
                    if (c->bodyRemaining > 0) {
                        c->pendingResponse = reply;
                        continue;
                    }
                }
                socket->write(reply);
                if (c->closeAfter) {
                    socket->disconnectFromHost();
                    return;
                }
            }
        });
    }
}

} // namespace tafel::monitoring
