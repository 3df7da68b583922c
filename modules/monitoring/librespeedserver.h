#pragma once

#include <QObject>
#include <QTcpServer>

namespace tafel::monitoring {

// A minimal LibreSpeed-compatible HTTP/1.1 backend for tests and the demo school (not for production: no TLS,
// no telemetry). Serves, under any directory prefix, with or without ".php":
//   GET  garbage?ckSize=N  N MiB (default 4, at most 1024) of random bytes, streamed with flow control
//   GET|POST empty        reads and discards the body, answers 200 with no body
//   GET  getIP            {"processedString": "<peer address>", "rawIspInfo": ""}
// Keep-alive, Content-Length bodies only (chunked uploads get 411), 16 KiB header cap.
class LibreSpeedServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibreSpeedServer)
public:
    explicit LibreSpeedServer(QObject *parent = nullptr);
    ~LibreSpeedServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    // Peak number of simultaneously open connections (tests check that streams really run in parallel).
    int peakConnections() const { return m_peak; }
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesSent() const { return m_sent; }

private:
    void onNewConnection();

    QTcpServer m_server;
    int m_open = 0;
    int m_peak = 0;
    qint64 m_received = 0;
    qint64 m_sent = 0;
};

} // namespace tafel::monitoring
