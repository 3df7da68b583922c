// The iperf3 client against the real Debian `iperf3 -s` on a free loopback port (upload and reverse), a busy
// server (ACCESS_DENIED), a server that stalls, a dead port, a server speaking garbage; control-codec vectors.
#include "monitoring/iperf3client.h"
#include "monitoring/iperf3protocol.h"

#include <QJsonArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// `iperf3 -s` on 127.0.0.1:<free port>, ready once it prints "Server listening".
class IperfServer {
public:
    bool start(const QStringList &extra = {})
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("iperf3"));
        if (exe.isEmpty())
            return false;
        port = freePort();
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(exe, QStringList{QStringLiteral("-s"), QStringLiteral("-B"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("-p"), QString::number(port), QStringLiteral("--forceflush")}
                            + extra);
        QDeadlineTimer deadline(5000);
        while (!output.contains("Server listening") && !deadline.hasExpired()) {
            proc.waitForReadyRead(100);
            output += proc.readAll();
        }
        return output.contains("Server listening");
    }
    ~IperfServer()
    {
        proc.kill();
        proc.waitForFinished(3000);
    }
    QProcess proc;
    QByteArray output;
    quint16 port = 0;
};

Result<BroadbandResult> run(Iperf3Client &client, const Iperf3Options &o)
{
    std::optional<Result<BroadbandResult>> out;
    client.start(o, [&out](const Result<BroadbandResult> &r) { out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 25000); }();
    if (!out)
        return Error::make(ErrorCode::Timeout, QStringLiteral("test gave up waiting"));
    return *out;
}

Iperf3Options options(quint16 port)
{
    Iperf3Options o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.durationSec = 2;
    o.omitSec = 1;
    o.streams = 3;
    o.replyTimeoutMs = 3000;
    return o;
}

} // namespace

class Iperf3Test : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codec()
    {
        using namespace iperf3;
        QCOMPARE(makeCookie().size(), kCookieSize);
        QCOMPARE(makeCookie().back(), '\0');
        auto d = decode(QByteArray("\x09", 1), Expect::State);
        QCOMPARE(d.kind, Decoded::StateByte);
        QCOMPARE(d.state, qint8(ParamExchange));
        QCOMPARE(decode(QByteArray("\xff", 1), Expect::State).state, qint8(AccessDenied));
        // SERVER_ERROR waits for its two ints
        QCOMPARE(decode(QByteArray("\xfe\x00\x00", 3), Expect::State).kind, Decoded::Incomplete);
        d = decode(QByteArray("\xfe\x00\x00\x00\x76\x00\x00\x00\x0d", 9), Expect::State);
        QCOMPARE(d.serverErrno, 118);
        QCOMPARE(d.systemErrno, 13);
        QCOMPARE(decode(QByteArray("\x63", 1), Expect::State).kind, Decoded::Failed);
        // JSON framing round trip
        Params p;
        p.streams = 4;
        p.reverse = true;
        const QByteArray framed = frameJson(paramsToJson(p));
        QCOMPARE(decode(framed.left(framed.size() - 1), Expect::Json).kind, Decoded::Incomplete);
        d = decode(framed, Expect::Json);
        QCOMPARE(d.kind, Decoded::Json);
        QCOMPARE(d.consumed, framed.size());
        QCOMPARE(paramsFromJson(d.json)->streams, 4);
        QVERIFY(paramsFromJson(d.json)->reverse);
        QCOMPARE(decode(QByteArray("\x7f\xff\xff\xff", 4), Expect::Json).kind, Decoded::Failed); // over the cap
        QCOMPARE(decode(QByteArray("\x00\x00\x00\x02[]", 6), Expect::Json).kind, Decoded::Failed); // not an object
        // results round trip, ids 1, 3, 4 as iperf numbers streams
        Results r;
        for (int i = 0; i < 3; ++i)
            r.streams.append(StreamResult{streamId(i), 1000 * (i + 1), -1, 0, 0, 0, 0, 2.0});
        auto back = resultsFromJson(resultsToJson(r));
        QVERIFY(back.ok());
        QCOMPARE(back->streams.size(), 3);
        QCOMPARE(back->streams[1].id, 3);
        QCOMPARE(back->streams[2].bytes, 3000);
        QVERIFY(!resultsFromJson(QJsonObject{{QStringLiteral("streams"), QJsonArray{}}}).ok());
    }

    void upload()
    {
        IperfServer server;
        if (!server.start())
            QSKIP("iperf3 is not installed (installer/dev.sh installs it)");
        Iperf3Client client;
        auto r = run(client, options(server.port));
        QVERIFY2(r.ok(), qPrintable(r.errorString() + QString::fromLocal8Bit(server.output + server.proc.readAll())));
        QVERIFY(r->uploadMbps.has_value());
        QVERIFY(!r->downloadMbps.has_value());
        QVERIFY(*r->uploadMbps > 1.0);
        QCOMPARE(r->streams, 3);
        QVERIFY(r->durationSec > 1.5 && r->durationSec < 3.0);
        QVERIFY(r->rttIdle.has_value());
        QVERIFY(r->rttLoaded.has_value());
        QVERIFY(r->lossPct.has_value());
        // The server's own results came back: three receiving streams with bytes.
        auto server_ = iperf3::resultsFromJson(r->serverResults);
        QVERIFY2(server_.ok(), qPrintable(server_.errorString()));
        QCOMPARE(server_->streams.size(), 3);
        QVERIFY(server_->streams[0].bytes > 0);
        QCOMPARE(r->toJson().value(QStringLiteral("streams")).toInt(), 3);
    }

    void reverse()
    {
        IperfServer server;
        if (!server.start())
            QSKIP("iperf3 is not installed (installer/dev.sh installs it)");
        Iperf3Client client;
        Iperf3Options o = options(server.port);
        o.reverse = true;
        o.streams = 2;
        auto r = run(client, o);
        QVERIFY2(r.ok(), qPrintable(r.errorString() + QString::fromLocal8Bit(server.output + server.proc.readAll())));
        QVERIFY(r->downloadMbps.has_value());
        QVERIFY(*r->downloadMbps > 1.0);
        auto server_ = iperf3::resultsFromJson(r->serverResults);
        QVERIFY(server_.ok());
        QCOMPARE(server_->streams.size(), 2);
        // The same server serves a second test afterwards (we ended the first one cleanly).
        o.reverse = false;
        o.measureRtt = false;
        auto again = run(client, o);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
    }

    void busyServerDeniesAccess()
    {
        IperfServer server;
        if (!server.start())
            QSKIP("iperf3 is not installed (installer/dev.sh installs it)");
        // Occupy the server with a running test (the server prints its data streams once they are connected).
        Iperf3Client first;
        Iperf3Options busy = options(server.port);
        busy.measureRtt = false;
        busy.durationSec = 4;
        busy.streams = 1;
        std::optional<Result<BroadbandResult>> firstResult;
        first.start(busy, [&firstResult](const Result<BroadbandResult> &r) { firstResult = r; });
        QTRY_VERIFY_WITH_TIMEOUT((server.output += server.proc.readAll()).contains("connected to"), 10000);
        Iperf3Client client;
        Iperf3Options o = options(server.port);
        o.measureRtt = false;
        auto r = run(client, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Locked);
        QVERIFY(r.errorString().contains(QLatin1String("busy")));
        // The first test is not disturbed.
        QTRY_VERIFY_WITH_TIMEOUT(firstResult.has_value(), 15000);
        QVERIFY2(firstResult->ok(), qPrintable(firstResult->errorString()));
    }

    void stallingServerTimesOut()
    {
        QTcpServer mute; // accepts, reads the cookie, never answers
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        Iperf3Client client;
        Iperf3Options o = options(mute.serverPort());
        o.measureRtt = false;
        o.replyTimeoutMs = 300;
        auto r = run(client, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY(r.errorString().contains(QLatin1String("did not answer")));
    }

    void deadPort()
    {
        Iperf3Client client;
        Iperf3Options o = options(freePort());
        o.measureRtt = false;
        auto r = run(client, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
    }

    void garbageServer()
    {
        QTcpServer bad;
        QVERIFY(bad.listen(QHostAddress::LocalHost, 0));
        connect(&bad, &QTcpServer::newConnection, &bad, [&bad] { bad.nextPendingConnection()->write("HTTP/1.0 400\r\n"); });
        Iperf3Client client;
        Iperf3Options o = options(bad.serverPort());
        o.measureRtt = false;
        auto r = run(client, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ProtocolError);
    }
};

QTEST_GUILESS_MAIN(Iperf3Test)
#include "test_iperf3.moc"
