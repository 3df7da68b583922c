// Probes on one event loop: ICMP on loopback (raw or ping socket, and the labelled TCP fallback), TCP connect,
// HTTP status, display status through a DisplayDriver, agent heartbeat through a callback; ICMP codec vectors.
#include "displays/displaydriver.h"
#include "monitoring/icmppacket.h"
#include "monitoring/prober.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QtEndian>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

// A display driver whose refreshStatus answers with a fixed outcome (the prober must not care which protocol).
class FakeDriver final : public displays::DisplayDriver {
public:
    explicit FakeDriver(Status outcome, QObject *parent = nullptr) : DisplayDriver(parent), m_outcome(std::move(outcome)) {}
    displays::Protocol protocol() const override { return displays::Protocol::PjLink; }
    displays::DisplayTarget target() const override { return {}; }
    displays::DisplayStatus lastStatus() const override { return {}; }
    void refreshStatus(displays::Callback done) override
    {
        QTimer::singleShot(1, this, [this, done] { done(displays::CommandResult{m_outcome, {}}); });
    }
    void refreshInfo(displays::Callback) override {}
    void setPower(bool, displays::Callback) override {}
    void setInput(const QString &, displays::Callback) override {}
    void setMute(displays::MuteTarget, bool, displays::Callback) override {}
    void setFreeze(bool, displays::Callback) override {}
    void adjustVolume(int, displays::Callback) override {}
    void cancelAll() override {}

private:
    Status m_outcome;
};

ProbeSample probeOnce(Prober &prober, const ProbeTarget &target)
{
    std::optional<ProbeSample> result;
    prober.probe(target, [&result](const ProbeSample &s) { result = s; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result.value_or(ProbeSample{});
}

ProbeTarget icmpTarget(const QString &host, quint16 port = 0)
{
    ProbeTarget t;
    t.id = host;
    t.kind = ProbeKind::Icmp;
    t.host = host;
    t.port = port;
    t.timeoutMs = 2000;
    return t;
}

bool haveIpv6Loopback()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class ProbesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void icmpCodec()
    {
        const QByteArray req = icmp::buildEchoRequest(icmp::Family::V4, 0x1234, 7, "abcd");
        QCOMPARE(req.size(), 12);
        QCOMPARE(quint8(req[0]), icmp::kEchoRequestV4);
        QCOMPARE(icmp::checksum(req), quint16(0)); // a valid checksum sums to zero
        // Turn it into a reply (type 0) with a fresh checksum, behind a 20-byte IPv4 header.
        QByteArray reply = req;
        reply[0] = 0;
        reply[2] = reply[3] = 0;
        qToBigEndian<quint16>(icmp::checksum(reply), reinterpret_cast<uchar *>(reply.data()) + 2);
        QByteArray ip(20, '\0');
        ip[0] = char(0x45);
        ip[9] = 1;
        auto m = icmp::parse(QByteArray(ip + reply), icmp::Family::V4, true);
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QVERIFY(m->isEchoReply);
        QCOMPARE(m->id, quint16(0x1234));
        QCOMPARE(m->seq, quint16(7));
        QCOMPARE(m->payload, QByteArray("abcd"));
        // Corruptions
        QByteArray bad = reply;
        bad[9] = char(bad[9] ^ 1);
        QCOMPARE(icmp::parse(bad, icmp::Family::V4, false).error().code, ErrorCode::Corrupt);
        QVERIFY(!icmp::parse(reply.left(7), icmp::Family::V4, false).ok());
        QByteArray badIhl = ip;
        badIhl[0] = char(0x4f); // 60-byte header in a 32-byte packet
        QVERIFY(!icmp::parse(QByteArray(badIhl + reply), icmp::Family::V4, true).ok());
        // ICMPv6: no checksum check here (the kernel verifies the pseudo-header sum)
        QByteArray v6 = icmp::buildEchoRequest(icmp::Family::V6, 1, 2, "x");
        v6[0] = char(icmp::kEchoReplyV6);
        QVERIFY(icmp::parse(v6, icmp::Family::V6, false)->isEchoReply);
    }

    void targetParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::newRow("icmp") << "icmp://127.0.0.1" << true << int(ProbeKind::Icmp);
        QTest::newRow("icmp6") << "icmp://::1" << true << int(ProbeKind::Icmp);
        QTest::newRow("tcp") << "tcp://127.0.0.1:22" << true << int(ProbeKind::Tcp);
        QTest::newRow("tcp-no-port") << "tcp://127.0.0.1" << false << 0;
        QTest::newRow("http") << "http://127.0.0.1:8080/x" << true << int(ProbeKind::Http);
        QTest::newRow("display") << "display://beamer-1" << true << int(ProbeKind::Display);
        QTest::newRow("junk") << "ftp://x" << false << 0;
        QTest::newRow("empty") << "icmp://" << false << 0;
    }
    void targetParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        auto t = ProbeTarget::parse(text);
        QCOMPARE(t.ok(), ok);
        if (ok)
            QCOMPARE(int(t->kind), kind);
    }

    void icmpLoopback()
    {
        Prober prober;
        if (prober.icmpMethod() == IcmpMethod::TcpFallback)
            QSKIP("no ICMP socket here (neither ping_group_range nor CAP_NET_RAW); fallback tested separately");
        const ProbeSample s = probeOnce(prober, icmpTarget(QStringLiteral("127.0.0.1")));
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.rttMs >= 0 && s.rttMs < 2000);
        QVERIFY(s.method == IcmpMethod::Raw || s.method == IcmpMethod::Datagram);
        QVERIFY(s.timestamp.isValid());
    }

    void icmpLoopbackIpv6()
    {
        if (!haveIpv6Loopback())
            QSKIP("no IPv6 loopback");
        Prober prober;
        if (prober.icmpMethod(true) == IcmpMethod::TcpFallback)
            QSKIP("no ICMPv6 socket here");
        const ProbeSample s = probeOnce(prober, icmpTarget(QStringLiteral("::1")));
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.method != IcmpMethod::TcpFallback);
    }

    void icmpDatagramSocketWhereAllowed()
    {
        Prober::Options o;
        o.icmpMode = IcmpEngine::Mode::DatagramOnly;
        Prober prober(o, Clock::system());
        if (prober.icmpMethod() != IcmpMethod::Datagram)
            QSKIP("net.ipv4.ping_group_range excludes this process's group");
        const ProbeSample s = probeOnce(prober, icmpTarget(QStringLiteral("127.0.0.1")));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.method, IcmpMethod::Datagram);
    }

    void icmpManyAtOnce()
    {
        Prober prober;
        QList<ProbeTarget> targets;
        for (int i = 1; i <= 300; ++i)
            targets.append(icmpTarget(QStringLiteral("127.0.%1.%2").arg(i / 250).arg(i % 250 + 1)));
        QSignalSpy samples(&prober, &Prober::sampleReady);
        QSignalSpy finished(&prober, &Prober::batchFinished);
        prober.probeAll(targets);
        QVERIFY(finished.count() || finished.wait(15000));
        QCOMPARE(samples.count(), 300);
        int ok = 0;
        for (const auto &args : samples)
            ok += args.at(0).value<ProbeSample>().ok ? 1 : 0;
        QCOMPARE(ok, 300);
    }

    void icmpFallbackIsLabelled()
    {
        Prober::Options o;
        o.icmpMode = IcmpEngine::Mode::Disabled; // as without ping_group_range and without CAP_NET_RAW
        Prober prober(o, Clock::system());
        QCOMPARE(prober.icmpMethod(), IcmpMethod::TcpFallback);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ProbeSample s = probeOnce(prober, icmpTarget(QStringLiteral("127.0.0.1"), server.serverPort()));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.method, IcmpMethod::TcpFallback);
        QCOMPARE(icmpMethodKey(s.method), QStringLiteral("tcp-fallback"));
        // A closed port answers with RST: the host is alive.
        const quint16 closed = server.serverPort();
        server.close();
        s = probeOnce(prober, icmpTarget(QStringLiteral("127.0.0.1"), closed));
        QVERIFY2(s.ok, qPrintable(s.error));
    }

    void tcpConnect()
    {
        Prober prober;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto t = ProbeTarget::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()));
        QVERIFY(t.ok());
        ProbeSample s = probeOnce(prober, *t);
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.rttMs >= 0);
        server.close();
        s = probeOnce(prober, *t); // dead port on a live host: refused
        QVERIFY(!s.ok);
        QCOMPARE(s.errorCode, ErrorCode::Unreachable);
        QVERIFY(!s.error.isEmpty());
    }

    void http_data()
    {
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("status");
        QTest::newRow("200") << QByteArray("HTTP/1.1 200 OK") << true << 200;
        QTest::newRow("503") << QByteArray("HTTP/1.1 503 Service Unavailable") << false << 503;
    }
    void http()
    {
        QFETCH(QByteArray, statusLine);
        QFETCH(bool, ok);
        QFETCH(int, status);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server, statusLine] {
            QTcpSocket *c = server.nextPendingConnection();
            connect(c, &QTcpSocket::readyRead, c, [c, statusLine] {
                if (!c->readAll().contains("\r\n\r\n"))
                    return;
                c->write(statusLine + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
                c->disconnectFromHost();
            });
        });
        Prober prober;
        auto t = ProbeTarget::parse(QStringLiteral("http://127.0.0.1:%1/status").arg(server.serverPort()));
        QVERIFY(t.ok());
        const ProbeSample s = probeOnce(prober, *t);
        QCOMPARE(s.ok, ok);
        QCOMPARE(s.httpStatus, status);
        QCOMPARE(s.kind, ProbeKind::Http);
    }

    void displayStatus()
    {
        FakeDriver good(Status{});
        FakeDriver bad(Error::make(ErrorCode::AuthFailed, QStringLiteral("wrong password")));
        Prober prober;
        prober.setDisplayLookup([&](const QString &id) -> displays::DisplayDriver * {
            return id == QLatin1String("good") ? &good : id == QLatin1String("bad") ? &bad : nullptr;
        });
        ProbeSample s = probeOnce(prober, *ProbeTarget::parse(QStringLiteral("display://good")));
        QVERIFY(s.ok);
        s = probeOnce(prober, *ProbeTarget::parse(QStringLiteral("display://bad")));
        QVERIFY(!s.ok);
        QCOMPARE(s.errorCode, ErrorCode::AuthFailed);
        s = probeOnce(prober, *ProbeTarget::parse(QStringLiteral("display://missing")));
        QCOMPARE(s.errorCode, ErrorCode::NotFound);
    }

    void heartbeat()
    {
        Prober prober;
        prober.setHeartbeat([](const QString &id, std::function<void(const Status &)> reply) {
            if (id == QLatin1String("alive"))
                reply(Status{});
            else if (id == QLatin1String("sick"))
                reply(Error::make(ErrorCode::Failed, QStringLiteral("disk full")));
            // "silent": never answers
        });
        ProbeSample s = probeOnce(prober, *ProbeTarget::parse(QStringLiteral("heartbeat://alive")));
        QVERIFY(s.ok);
        s = probeOnce(prober, *ProbeTarget::parse(QStringLiteral("heartbeat://sick")));
        QVERIFY(!s.ok);
        QCOMPARE(s.error, QStringLiteral("disk full"));
        auto silent = *ProbeTarget::parse(QStringLiteral("heartbeat://silent"));
        silent.timeoutMs = 100;
        s = probeOnce(prober, silent);
        QCOMPARE(s.errorCode, ErrorCode::Timeout);
    }
};

QTEST_GUILESS_MAIN(ProbesTest)
#include "test_probes.moc"
