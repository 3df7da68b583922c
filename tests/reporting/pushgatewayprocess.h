#pragma once

// The real Debian prometheus-pushgateway, started on a free loopback port (tests and bench_report_drain).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace tafel::reporting::testing {

inline QString pushgatewayBinary()
{
    QString p = QStandardPaths::findExecutable(QStringLiteral("prometheus-pushgateway"));
    if (p.isEmpty())
        p = QStandardPaths::findExecutable(QStringLiteral("pushgateway"));
    return p;
}

inline quint16 freeLoopbackPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

// Blocking HTTP GET for tests (a nested event loop; test code only).
inline QByteArray httpGet(const QUrl &url, int *status = nullptr, int timeoutMs = 5000)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(nam.get(req));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

class PushgatewayProcess {
public:
    ~PushgatewayProcess() { stop(); }

    bool start(quint16 port = 0, QString *error = nullptr)
    {
        const QString bin = pushgatewayBinary();
        if (bin.isEmpty()) {
            if (error)
                *error = QStringLiteral("prometheus-pushgateway not installed (installer/dev.sh installs it)");
            return false;
        }
        m_port = port ? port : (m_port ? m_port : freeLoopbackPort());
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        m_proc->start(bin, {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port), QStringLiteral("--log.level=warn")});
        if (!m_proc->waitForStarted(5000)) {
            if (error)
                *error = m_proc->errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            int status = 0;
            httpGet(url(QStringLiteral("/-/ready")), &status, 1000);
            if (status == 200)
                return true;
            if (m_proc->state() == QProcess::NotRunning)
                break;
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (error)
            *error = QStringLiteral("pushgateway did not become ready: ") + QString::fromUtf8(m_proc->readAll());
        return false;
    }

    void stop()
    {
        if (!m_proc)
            return;
        m_proc->kill();
        m_proc->waitForFinished(5000);
        m_proc.reset();
    }

    qint64 pid() const { return m_proc ? m_proc->processId() : 0; }
    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

private:
    std::unique_ptr<QProcess> m_proc;
    quint16 m_port = 0;
};

} // namespace tafel::reporting::testing
