// MdcDriver failure paths against loopback peers: dead host, black hole, device closing mid-command,
// bad checksum, cancellation, reconnect with backoff.
#include "displays/mdcdriver.h"
#include "displays/mdcprotocol.h"
#include "displays/mdcsimulator.h"

#include "mdc_testutil.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace tafel;
using namespace tafel::displays;
using tafel::displays::test::await;

class MdcFaultsTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void deadHostIsUnreachable();
    void deadHostFailsTheWholeQueue();
    void hostComesBackAfterBackoff();
    void neverReplyTimesOutAndRecovers();
    void silentPeerWithoutMdcTimesOut();
    void blackHoleConnectTimesOut();
    void closeMidCommandRetriesOnceThenFails();
    void closeOnceMidCommandIsRetried();
    void badChecksumIsAProtocolError();
    void garbageReplyIsAProtocolError();
    void cancelAll();
    void destroyingTheDriverCancels();
    void queueIsCapped();

private:
    std::unique_ptr<MdcDriver> driverFor(quint16 port, int timeoutMs = 3000) const;
    static quint16 freePort();

    std::unique_ptr<MdcSimulator> m_sim;
};

void MdcFaultsTest::init()
{
    m_sim = std::make_unique<MdcSimulator>(MdcSimulator::Options{});
    QVERIFY(m_sim->listen().ok());
}

void MdcFaultsTest::cleanup()
{
    m_sim.reset();
}

std::unique_ptr<MdcDriver> MdcFaultsTest::driverFor(quint16 port, int timeoutMs) const
{
    DisplayTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.protocol = Protocol::Mdc;
    t.mdcId = 1;
    t.timeoutMs = timeoutMs;
    return std::make_unique<MdcDriver>(t);
}

quint16 MdcFaultsTest::freePort()
{
    // Bind, note the port, release it: nothing listens there afterwards, so connects are refused.
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

void MdcFaultsTest::deadHostIsUnreachable()
{
    const quint16 port = freePort();
    QVERIFY(port);
    auto driver = driverFor(port);
    QElapsedTimer t;
    t.start();
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::Unreachable);
    QVERIFY2(r->outcome.errorString().contains(QString::number(port)), qPrintable(r->outcome.errorString()));
    // Three attempts with backoff in between (200 ms, 400 ms), not an instant give-up and not a long hang.
    QVERIFY2(t.elapsed() >= 500, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
}

void MdcFaultsTest::deadHostFailsTheWholeQueue()
{
    auto driver = driverFor(freePort());
    QList<ErrorCode> codes;
    for (int i = 0; i < 3; ++i)
        driver->refreshStatus([&](const CommandResult &r) { codes.append(r.outcome.error().code); });
    QTRY_COMPARE(codes.size(), 3);
    QCOMPARE(codes, (QList<ErrorCode>{ErrorCode::Unreachable, ErrorCode::Unreachable, ErrorCode::Unreachable}));
}

void MdcFaultsTest::hostComesBackAfterBackoff()
{
    // The display is still booting: the port opens only after the driver's first attempt failed.
    const quint16 port = freePort();
    auto driver = driverFor(port);
    auto sim = std::make_unique<MdcSimulator>(MdcSimulator::Options{});
    QTimer::singleShot(100, this, [&] { QVERIFY(sim->listen(QHostAddress::LocalHost, port).ok()); });
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
    QCOMPARE(sim->connectionCount(), 1);
}

void MdcFaultsTest::neverReplyTimesOutAndRecovers()
{
    m_sim->setFault(MdcSimulator::Fault::NeverReply);
    auto driver = driverFor(m_sim->port(), 400);
    QElapsedTimer t;
    t.start();
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::Timeout);
    QVERIFY(t.elapsed() >= 350);
    QVERIFY(!driver->isConnected()); // dropped, so a late reply cannot be mistaken for the next answer

    m_sim->setFault(MdcSimulator::Fault::None);
    r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
    QCOMPARE(m_sim->connectionCount(), 2);
}

void MdcFaultsTest::silentPeerWithoutMdcTimesOut()
{
    // A "black hole": the port accepts, nothing ever answers (no MDC service behind it).
    QTcpServer hole;
    QVERIFY(hole.listen(QHostAddress::LocalHost, 0));
    auto driver = driverFor(hole.serverPort(), 300);
    auto r = await([&](Callback cb) { driver->setPower(true, cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::Timeout);
}

void MdcFaultsTest::blackHoleConnectTimesOut()
{
#ifdef Q_OS_LINUX
    // A loopback black hole: a listening socket with backlog 0 that never accepts. One filler connection
    // fills its accept queue; the kernel then drops further SYNs, so the driver's connect never completes.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) == 0);
    QVERIFY(::listen(fd, 0) == 0);
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
    const quint16 port = ntohs(addr.sin_port);
    QTcpSocket filler;
    filler.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(filler.state(), QAbstractSocket::ConnectedState);

    auto driver = driverFor(port, 400);
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    ::close(fd);
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::Timeout);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("did not accept")), qPrintable(r->outcome.errorString()));
#else
    QSKIP("needs Linux accept-queue semantics");
#endif
}

void MdcFaultsTest::closeMidCommandRetriesOnceThenFails()
{
    m_sim->setFault(MdcSimulator::Fault::CloseMidCommand);
    auto driver = driverFor(m_sim->port());
    auto r = await([&](Callback cb) { driver->setPower(true, cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::ProtocolError);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("closed")), qPrintable(r->outcome.errorString()));
    QCOMPARE(m_sim->connectionCount(), 2); // one retry on a fresh connection, no loop
    QCOMPARE(m_sim->commandCount(), 2);
}

void MdcFaultsTest::closeOnceMidCommandIsRetried()
{
    m_sim->setFault(MdcSimulator::Fault::CloseMidCommand);
    connect(m_sim.get(), &MdcSimulator::commandReceived, this,
            [this] { m_sim->setFault(MdcSimulator::Fault::None); }, Qt::QueuedConnection);
    auto driver = driverFor(m_sim->port());
    auto r = await([&](Callback cb) { driver->setPower(true, cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
    QCOMPARE(m_sim->state().power, quint8(1));
    QCOMPARE(m_sim->connectionCount(), 2);
}

void MdcFaultsTest::badChecksumIsAProtocolError()
{
    m_sim->setFault(MdcSimulator::Fault::BadChecksum);
    auto driver = driverFor(m_sim->port());
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::ProtocolError);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("checksum")), qPrintable(r->outcome.errorString()));

    m_sim->setFault(MdcSimulator::Fault::None);
    r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r && r->outcome.ok());
}

void MdcFaultsTest::garbageReplyIsAProtocolError()
{
    // A peer that answers every request with text, e.g. a web server on the wrong port.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *s = server.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.0 400 Bad Request\r\n\r\n");
        });
    });
    auto driver = driverFor(server.serverPort());
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::ProtocolError);
}

void MdcFaultsTest::cancelAll()
{
    m_sim->setLatency(200);
    auto driver = driverFor(m_sim->port());
    QList<ErrorCode> codes;
    for (int i = 0; i < 3; ++i)
        driver->refreshStatus([&](const CommandResult &r) {
            codes.append(r.outcome.ok() ? ErrorCode::Failed : r.outcome.error().code);
        });
    QTRY_VERIFY(m_sim->commandCount() >= 1);
    driver->cancelAll();
    QCOMPARE(codes, (QList<ErrorCode>{ErrorCode::Cancelled, ErrorCode::Cancelled, ErrorCode::Cancelled}));
    // Still usable afterwards.
    m_sim->setLatency(0);
    auto r = await([&](Callback cb) { driver->refreshStatus(cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
}

void MdcFaultsTest::destroyingTheDriverCancels()
{
    m_sim->setLatency(200);
    auto driver = driverFor(m_sim->port());
    int cancelled = 0;
    driver->setPower(true, [&](const CommandResult &r) {
        if (!r.outcome.ok() && r.outcome.error().code == ErrorCode::Cancelled)
            ++cancelled;
    });
    QTRY_VERIFY(m_sim->commandCount() >= 1);
    driver.reset();
    QCOMPARE(cancelled, 1);
}

void MdcFaultsTest::queueIsCapped()
{
    m_sim->setFault(MdcSimulator::Fault::NeverReply);
    auto driver = driverFor(m_sim->port());
    QList<ErrorCode> codes;
    for (int i = 0; i < 70; ++i)
        driver->refreshStatus([&](const CommandResult &r) {
            codes.append(r.outcome.ok() ? ErrorCode::Failed : r.outcome.error().code);
        });
    QTRY_COMPARE(codes.size(), 6); // the ones beyond the cap of 64 fail at once, asynchronously
    QCOMPARE(codes.count(ErrorCode::Locked), 6);
    driver->cancelAll();
    QCOMPARE(codes.size(), 70);
    QCOMPARE(codes.count(ErrorCode::Cancelled), 64);
}

QTEST_GUILESS_MAIN(MdcFaultsTest)
#include "mdc_faults_test.moc"
