// LibreSpeed-compatible HTTP test against the module's test server on loopback: parallel HTTP/1.1 connections,
// warm-up, latency idle and under load; a stalling server, a dead port, a wrong endpoint.
#include "monitoring/librespeedclient.h"
#include "monitoring/librespeedserver.h"

#include <QTcpServer>
#include <QTest>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

Result<BroadbandResult> run(LibreSpeedClient &client, const LibreSpeedOptions &o)
{
    std::optional<Result<BroadbandResult>> out;
    client.start(o, [&out](const Result<BroadbandResult> &r) { out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
    if (!out)
        return Error::make(ErrorCode::Timeout, QStringLiteral("test gave up waiting"));
    return *out;
}

LibreSpeedOptions options(quint16 port)
{
    LibreSpeedOptions o;
    o.base = QUrl(QStringLiteral("http://127.0.0.1:%1/backend/").arg(port));
    o.durationSec = 1;
    o.warmupMs = 300;
    o.streams = 3;
    o.garbageMiB = 8;
    o.uploadMiB = 2;
    o.idlePings = 5;
    o.requestTimeoutMs = 3000;
    return o;
}

} // namespace

class LibreSpeedTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void downloadAndUpload()
    {
        LibreSpeedServer server;
        QVERIFY(server.listen());
        LibreSpeedClient client;
        auto r = run(client, options(server.port()));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r->downloadMbps && *r->downloadMbps > 1.0);
        QVERIFY2(r->uploadMbps && *r->uploadMbps > 1.0, qPrintable(QString::number(r->uploadMbps.value_or(-1))));
        QVERIFY(r->rttIdle && r->rttIdle->count == 5);
        QVERIFY(r->rttLoaded.has_value());
        QVERIFY(r->jitterMs.has_value());
        QCOMPARE(*r->lossPct, 0.0);
        QCOMPARE(client.clientIp(), QStringLiteral("127.0.0.1"));
        // Three transfer connections really ran side by side (HTTP/1.1, no HTTP/2 multiplexing), plus the pings'.
        QVERIFY2(server.peakConnections() >= 4, qPrintable(QString::number(server.peakConnections())));
        QVERIFY(server.bytesReceived() > 0);
        const QJsonObject json = r->toJson();
        QVERIFY(json.value(QStringLiteral("download_mbps")).toDouble() > 0);
        QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("http"));
    }

    void downloadOnlyWithPhpLessPaths()
    {
        LibreSpeedServer server;
        QVERIFY(server.listen());
        LibreSpeedClient client;
        LibreSpeedOptions o = options(server.port());
        o.garbagePath = QStringLiteral("garbage");
        o.emptyPath = QStringLiteral("empty");
        o.getIpPath = QStringLiteral("getIP");
        o.upload = false;
        auto r = run(client, o);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r->downloadMbps.has_value());
        QVERIFY(!r->uploadMbps.has_value());
    }

    void stallingServer()
    {
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        LibreSpeedClient client;
        LibreSpeedOptions o = options(mute.serverPort());
        o.requestTimeoutMs = 300;
        auto r = run(client, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
    }

    void deadPort()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            port = s.serverPort();
        }
        LibreSpeedClient client;
        auto r = run(client, options(port));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
    }

    void wrongEndpoint()
    {
        LibreSpeedServer server;
        QVERIFY(server.listen());
        LibreSpeedClient client;
        LibreSpeedOptions o = options(server.port());
        o.getIpPath = QStringLiteral("nothing-here");
        auto r = run(client, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ProtocolError);
        QVERIFY(r.errorString().contains(QLatin1String("404")));
    }
};

QTEST_GUILESS_MAIN(LibreSpeedTest)
#include "test_librespeed.moc"
