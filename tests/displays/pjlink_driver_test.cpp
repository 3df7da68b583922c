// PjLinkDriver against PjLinkSimulator over loopback: auth (MD5, SHA-256, fallback, wrong password), dead
// hosts, devices closing mid-command / after each reply / when idle, ERR3 warm-up, power --wait, quirks,
// many drivers in parallel. Only 127.0.0.1 with ports chosen by the kernel.
#include "displays/pjlinkdriver.h"
#include "displays/pjlinksimulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace tafel;
using namespace tafel::displays;

Q_DECLARE_METATYPE(tafel::displays::DisplayStatus)

namespace {

constexpr int Patience = 8000; // upper bound for any single wait; tests normally finish far below

struct Device {
    std::unique_ptr<PjLinkSimulator> sim;
    std::unique_ptr<PjLinkDriver> driver;
};

Device makeDevice(PjLinkSimulatorConfig config, const QString &driverPassword = {}, int timeoutMs = 1500)
{
    Device d;
    d.sim = std::make_unique<PjLinkSimulator>(std::move(config));
    if (!d.sim->listen(QHostAddress::LocalHost, 0))
        qFatal("simulator cannot listen");
    DisplayTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = d.sim->port();
    t.password = driverPassword;
    t.timeoutMs = timeoutMs;
    d.driver = std::make_unique<PjLinkDriver>(t);
    d.driver->setPollIntervalMs(50);
    return d;
}

PjLinkSimulatorConfig fastConfig(int pjClass = 2)
{
    PjLinkSimulatorConfig c;
    c.pjlinkClass = pjClass;
    c.warmupMs = 300;
    c.cooldownMs = 300;
    return c;
}

// Runs one driver call and spins the event loop until its callback (or timeoutMs). A real event loop, not
// QTest::qWaitFor, whose 10 ms sleeps between polls would dominate a test of many short round trips.
template<typename Start>
std::optional<CommandResult> run(Start start, int timeoutMs = Patience)
{
    auto out = std::make_shared<std::optional<CommandResult>>();
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([out, guard](const CommandResult &r) {
        *out = r;
        if (guard)
            guard->quit();
    });
    if (!out->has_value())
        loop.exec();
    return *out;
}

#define RUN_OK(expr)                                                                                          \
    do {                                                                                                      \
        const auto r_ = run([&](Callback cb) { expr; });                                                      \
        QVERIFY2(r_.has_value(), "no callback");                                                              \
        QVERIFY2(r_->outcome.ok(), qPrintable(r_->outcome.errorString()));                                    \
    } while (false)

} // namespace

class PjLinkDriverTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DisplayStatus>(); }

    void factoryCreatesPjLinkDriver()
    {
        DisplayTarget t;
        t.host = QStringLiteral("127.0.0.1");
        QObject parent;
        DisplayDriver *d = createDriver(t, &parent);
        QVERIFY(qobject_cast<PjLinkDriver *>(d));
        QCOMPARE(d->target().port, quint16(4352));
    }

    void statusAndInfoWithoutAuth()
    {
        Device d = makeDevice(fastConfig(2));
        d.sim->setPower(PowerState::On);
        QSignalSpy changed(d.driver.get(), &DisplayDriver::statusChanged);
        RUN_OK(d.driver->refreshStatus(cb));
        const DisplayStatus s = d.driver->lastStatus();
        QCOMPARE(s.pjlinkClass, 2);
        QCOMPARE(s.power, PowerState::On);
        QCOMPARE(s.input, QStringLiteral("31"));
        QCOMPARE(s.videoMuted, std::optional(false));
        QCOMPARE(s.frozen, std::optional(false));
        QCOMPARE(s.lamps.size(), 1);
        QCOMPARE(s.lamps[0].hours, 1234);
        QCOMPARE(s.filterHours, std::optional(321));
        QCOMPARE(s.resolution, QStringLiteral("1920x1080"));
        QVERIFY(changed.count() >= 1);

        RUN_OK(d.driver->refreshInfo(cb));
        const DisplayStatus i = d.driver->lastStatus();
        QCOMPARE(i.name, QStringLiteral("Tafel Demo Projector"));
        QCOMPARE(i.manufacturer, QStringLiteral("Tafel"));
        QCOMPARE(i.model, QStringLiteral("SIM-2000"));
        QCOMPARE(i.serial, QStringLiteral("SIM0001"));
        QCOMPARE(i.softwareVersion, QStringLiteral("1.0.0"));
        QCOMPARE(i.inputs, QStringList({QStringLiteral("11"), QStringLiteral("31"), QStringLiteral("32"),
                                        QStringLiteral("52")}));
        QCOMPARE(i.inputNames.value(1), QStringLiteral("HDMI 1"));
        QCOMPARE(d.sim->connectionCount(), 1); // one connection for all of it
    }

    void authSchemes_data()
    {
        QTest::addColumn<bool>("simSha");
        QTest::addColumn<bool>("md5Only");
        QTest::addColumn<bool>("expectSha");
        QTest::addColumn<int>("expectConnections");
        QTest::newRow("sha256") << true << false << true << 1;
        QTest::newRow("md5-fallback-on-fresh-connection") << false << false << false << 2;
        QTest::newRow("md5-only-mode") << true << true << false << 1;
    }
    void authSchemes()
    {
        QFETCH(bool, simSha);
        QFETCH(bool, md5Only);
        QFETCH(bool, expectSha);
        QFETCH(int, expectConnections);
        PjLinkSimulatorConfig c = fastConfig(1);
        c.password = QStringLiteral("JBMIAProjectorLink");
        c.sha256 = simSha;
        Device d = makeDevice(c, QStringLiteral("JBMIAProjectorLink"));
        if (md5Only)
            d.driver->setAuthMode(PjLinkDriver::AuthMode::Md5Only);
        RUN_OK(d.driver->refreshStatus(cb));
        RUN_OK(d.driver->setPower(true, cb));
        QCOMPARE(d.driver->usesSha256(), expectSha);
        QCOMPARE(d.sim->connectionCount(), expectConnections);
        QCOMPARE(d.sim->authFailures(), 0);
        QCOMPARE(d.sim->power(), PowerState::Warming);
    }

    void wrongPasswordIsNotRetried_data()
    {
        QTest::addColumn<bool>("simSha");
        QTest::addColumn<int>("connections");
        QTest::newRow("sha256") << true << 1;
        QTest::newRow("md5") << false << 2; // SHA probe refused, then one MD5 attempt
    }
    void wrongPasswordIsNotRetried()
    {
        QFETCH(bool, simSha);
        QFETCH(int, connections);
        PjLinkSimulatorConfig c = fastConfig(1);
        c.password = QStringLiteral("right");
        c.sha256 = simSha;
        Device d = makeDevice(c, QStringLiteral("wrong"));
        auto r = run([&](Callback cb) { d.driver->setPower(true, cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::AuthFailed);
        QVERIFY2(r->outcome.errorString().contains(QStringLiteral("password")), qPrintable(r->outcome.errorString()));
        QVERIFY(d.driver->authFailed());
        // Later calls fail at once without touching the projector (it would lock us out).
        for (int i = 0; i < 3; ++i) {
            r = run([&](Callback cb) { d.driver->refreshStatus(cb); });
            QVERIFY(r);
            QCOMPARE(r->outcome.error().code, ErrorCode::AuthFailed);
        }
        QCOMPARE(d.sim->connectionCount(), connections);
        QCOMPARE(d.sim->authFailures(), 1);
        QCOMPARE(d.sim->power(), PowerState::Standby);
        // A corrected password clears the latch.
        d.driver->setPassword(QStringLiteral("right"));
        RUN_OK(d.driver->setPower(true, cb));
    }

    void passwordRequiredButNoneSet()
    {
        PjLinkSimulatorConfig c = fastConfig(1);
        c.password = QStringLiteral("secret");
        Device d = makeDevice(c);
        const auto r = run([&](Callback cb) { d.driver->refreshStatus(cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::AuthFailed);
        QCOMPARE(d.sim->connectionCount(), 1);
    }

    void closedPortIsUnreachableQuickly()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        DisplayTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = port;
        t.timeoutMs = 5000;
        PjLinkDriver driver(t);
        QElapsedTimer clock;
        clock.start();
        const auto r = run([&](Callback cb) { driver.refreshStatus(cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Unreachable);
        QVERIFY2(clock.elapsed() < 1000, "refused connection must fail fast, not wait for the timeout");
        QVERIFY(r->outcome.errorString().contains(QStringLiteral("127.0.0.1")));
    }

    void failedConnectsBackOff()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        DisplayTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = port;
        PjLinkDriver driver(t);
        auto r = run([&](Callback cb) { driver.refreshStatus(cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Unreachable);
        QCOMPARE(driver.connectionCount(), 1);
        // The next attempt waits out the backoff (0.5 s after one failure) instead of hammering the host.
        QElapsedTimer clock;
        clock.start();
        r = run([&](Callback cb) { driver.refreshStatus(cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Unreachable);
        QVERIFY2(clock.elapsed() >= 350, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(driver.connectionCount(), 2);
    }

    void blackHoleTimesOut()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.quirks.neverReply = true;
        Device d = makeDevice(c, {}, 300);
        QElapsedTimer clock;
        clock.start();
        const auto r = run([&](Callback cb) { d.driver->refreshStatus(cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Timeout);
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(r->outcome.errorString().contains(QStringLiteral("does not answer")));
    }

    void closeMidCommandIsRetriedOnce()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.quirks.closeMidCommand = 1;
        Device d = makeDevice(c);
        RUN_OK(d.driver->setPower(true, cb));
        QCOMPARE(d.sim->connectionCount(), 2);
        QCOMPARE(d.sim->power(), PowerState::Warming);
    }

    void closeMidCommandTwiceFails()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.quirks.closeMidCommand = 100;
        Device d = makeDevice(c);
        const auto r = run([&](Callback cb) { d.driver->setPower(true, cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::ProtocolError);
        QVERIFY(r->outcome.errorString().contains(QStringLiteral("closed the connection")));
        QCOMPARE(d.sim->connectionCount(), 2);
    }

    void err3DuringWarmupIsWaitedOut()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.warmupMs = 600;
        Device d = makeDevice(c);
        RUN_OK(d.driver->setPower(true, cb));
        QCOMPARE(d.sim->power(), PowerState::Warming);
        // The simulator answers ERR3 to INPT while warming; the driver waits instead of failing.
        RUN_OK(d.driver->setInput(QStringLiteral("32"), cb));
        QCOMPARE(d.sim->power(), PowerState::On);
        QCOMPARE(d.sim->config().input, QStringLiteral("32"));
        QCOMPARE(d.driver->lastStatus().input, QStringLiteral("32"));
    }

    void err3GivesUpAfterWarmupWait()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.warmupMs = 60000;
        Device d = makeDevice(c);
        d.driver->setWarmupWaitMs(400);
        RUN_OK(d.driver->setPower(true, cb));
        const auto r = run([&](Callback cb) { d.driver->setMute(MuteTarget::All, true, cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Locked);
    }

    void powerOnAndWait()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.password = QStringLiteral("pw");
        Device d = makeDevice(c, QStringLiteral("pw"));
        QSignalSpy changed(d.driver.get(), &DisplayDriver::statusChanged);
        const auto on = run([&](Callback cb) { d.driver->setPowerAndWait(true, 5000, cb); });
        QVERIFY(on && on->outcome.ok());
        QCOMPARE(on->status.power, PowerState::On);
        QCOMPARE(d.sim->power(), PowerState::On);
        bool sawWarming = false;
        for (const auto &args : std::as_const(changed))
            sawWarming |= args.at(0).value<DisplayStatus>().power == PowerState::Warming;
        QVERIFY(sawWarming);

        const auto off = run([&](Callback cb) { d.driver->setPowerAndWait(false, 5000, cb); });
        QVERIFY(off && off->outcome.ok());
        QCOMPARE(off->status.power, PowerState::Standby);
    }

    void powerWaitTimesOut()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.warmupMs = 60000;
        Device d = makeDevice(c);
        const auto r = run([&](Callback cb) { d.driver->setPowerAndWait(true, 300, cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Timeout);
        QCOMPARE(r->status.power, PowerState::Warming);
    }

    void powerOnWhileCoolingWaitsOut()
    {
        PjLinkSimulatorConfig c = fastConfig();
        Device d = makeDevice(c);
        d.sim->setPower(PowerState::On);
        RUN_OK(d.driver->setPower(false, cb));
        QCOMPARE(d.sim->power(), PowerState::Cooling);
        RUN_OK(d.driver->setPowerAndWait(true, 5000, cb)); // ERR3 while cooling, then on
        QCOMPARE(d.sim->power(), PowerState::On);
    }

    void quirks_data()
    {
        QTest::addColumn<int>("quirk");
        QTest::newRow("lf-only") << 0;
        QTest::newRow("leading-nul") << 1;
        QTest::newRow("lowercase") << 2;
        QTest::newRow("clss-Class 1") << 3;
        QTest::newRow("clss-Version1") << 4;
        QTest::newRow("unsolicited-lkup-on-tcp") << 5;
        QTest::newRow("close-after-each-reply") << 6;
        QTest::newRow("echoes-commands") << 7;
    }
    void quirks()
    {
        QFETCH(int, quirk);
        PjLinkSimulatorConfig c = fastConfig(quirk == 3 || quirk == 4 ? 1 : 2);
        c.password = QStringLiteral("pw");
        switch (quirk) {
        case 0: c.quirks.lfOnly = true; break;
        case 1: c.quirks.leadingNul = true; break;
        case 2: c.quirks.lowercase = true; break;
        case 3: c.quirks.classReply = "Class 1"; break;
        case 4: c.quirks.classReply = "Version1"; break;
        case 5: c.quirks.unsolicitedLinkUp = true; break;
        case 6: c.quirks.closeAfterReply = true; break;
        case 7: c.quirks.echo = true; break;
        }
        Device d = makeDevice(c, QStringLiteral("pw"));
        d.sim->setPower(PowerState::On);
        RUN_OK(d.driver->refreshStatus(cb));
        QCOMPARE(d.driver->lastStatus().power, PowerState::On);
        QCOMPARE(d.driver->lastStatus().input, QStringLiteral("31"));
        QCOMPARE(d.driver->lastStatus().pjlinkClass, (quirk == 3 || quirk == 4) ? 1 : 2);
        RUN_OK(d.driver->setMute(MuteTarget::Video, true, cb));
        QVERIFY(d.sim->videoMuted());
        RUN_OK(d.driver->refreshInfo(cb));
        QCOMPARE(d.driver->lastStatus().manufacturer,
                 quirk == 2 ? QStringLiteral("tafel") : QStringLiteral("Tafel"));
        if (quirk == 6)
            QVERIFY(d.sim->connectionCount() >= d.sim->commandCount() - 1); // reconnects transparently
        else
            QVERIFY(d.sim->connectionCount() <= 2);
        QCOMPARE(d.sim->authFailures(), 0);
    }

    void oversizeLineIsProtocolError()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.quirks.oversizeLine = true;
        Device d = makeDevice(c);
        const auto r = run([&](Callback cb) { d.driver->refreshStatus(cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::ProtocolError);
    }

    void idleCloseReconnects()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.idleCloseMs = 150;
        Device d = makeDevice(c);
        RUN_OK(d.driver->refreshStatus(cb));
        QTRY_COMPARE_WITH_TIMEOUT(d.sim->openConnections(), 0, Patience);
        RUN_OK(d.driver->setPower(true, cb));
        QCOMPARE(d.sim->connectionCount(), 2);
    }

    void deviceErrorsAreDistinct()
    {
        Device d = makeDevice(fastConfig(2));
        d.sim->setPower(PowerState::On);
        auto r = run([&](Callback cb) { d.driver->setInput(QStringLiteral("59"), cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::InvalidInput); // ERR2
        r = run([&](Callback cb) { d.driver->setInput(QStringLiteral("HDMI1"), cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::InvalidInput); // rejected before sending
        QVERIFY(r->outcome.errorString().contains(QStringLiteral("31")));

        Device one = makeDevice(fastConfig(1));
        r = run([&](Callback cb) { one.driver->setFreeze(true, cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Failed);
        QVERIFY(r->outcome.errorString().contains(QStringLiteral("Class 1")));
        r = run([&](Callback cb) { one.driver->adjustVolume(2, cb); });
        QVERIFY(r);
        QCOMPARE(r->outcome.error().code, ErrorCode::Failed);

        bool called = false;
        PjLinkDriver::Reply reply;
        one.driver->sendCommand(pjlink::serialQuery(), [&](const PjLinkDriver::Reply &rr) {
            reply = rr;
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, Patience);
        QCOMPARE(reply.deviceError, pjlink::DeviceError::Undefined); // ERR1
        QCOMPARE(reply.outcome.error().code, ErrorCode::Failed);
    }

    void class2Controls()
    {
        Device d = makeDevice(fastConfig(2));
        d.sim->setPower(PowerState::On);
        RUN_OK(d.driver->adjustVolume(3, cb));
        QCOMPARE(d.sim->speakerVolume(), 13);
        RUN_OK(d.driver->adjustVolume(-1, cb));
        QCOMPARE(d.sim->speakerVolume(), 12);
        RUN_OK(d.driver->adjustMicrophoneVolume(1, cb));
        RUN_OK(d.driver->setFreeze(true, cb));
        QVERIFY(d.sim->frozen());
        QCOMPARE(d.driver->lastStatus().frozen, std::optional(true));
        RUN_OK(d.driver->setMute(MuteTarget::Audio, true, cb));
        QVERIFY(d.sim->audioMuted());
        QVERIFY(!d.sim->videoMuted());
    }

    void displayWithoutLamp()
    {
        PjLinkSimulatorConfig c = fastConfig(1);
        c.lamps.clear();
        Device d = makeDevice(c);
        RUN_OK(d.driver->refreshStatus(cb));
        QVERIFY(d.driver->lastStatus().lamps.isEmpty());
    }

    void cancelAllCancelsQueue()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.latencyMs = 50;
        Device d = makeDevice(c);
        std::vector<std::optional<CommandResult>> results(3);
        for (auto &slot : results)
            d.driver->refreshStatus([&slot](const CommandResult &r) { slot = r; });
        d.driver->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(results[0] && results[1] && results[2], Patience);
        for (const auto &r : results)
            QCOMPARE(r->outcome.error().code, ErrorCode::Cancelled);
        RUN_OK(d.driver->refreshStatus(cb)); // still usable
    }

    void manyDriversInParallel()
    {
        constexpr int N = 12;
        std::vector<Device> devices;
        for (int i = 0; i < N; ++i) {
            PjLinkSimulatorConfig c = fastConfig(i % 2 ? 1 : 2);
            c.password = QStringLiteral("pw%1").arg(i);
            c.latencyMs = 30;
            c.warmupMs = 400;
            devices.push_back(makeDevice(c, QStringLiteral("pw%1").arg(i)));
        }
        int done = 0;
        int ok = 0;
        QElapsedTimer clock;
        clock.start();
        for (Device &d : devices)
            d.driver->setPowerAndWait(true, 5000, [&](const CommandResult &r) {
                ++done;
                ok += r.outcome.ok() && r.status.power == PowerState::On;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, N, Patience);
        QCOMPARE(ok, N);
        QVERIFY2(clock.elapsed() < 3000, "drivers must run concurrently, not one after another");
        for (Device &d : devices)
            QCOMPARE(d.sim->power(), PowerState::On);
    }

    void destroyingDriverDropsCallbacks()
    {
        PjLinkSimulatorConfig c = fastConfig();
        c.latencyMs = 100;
        Device d = makeDevice(c);
        bool called = false;
        d.driver->refreshStatus([&called](const CommandResult &) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(d.sim->openConnections(), 1, Patience);
        d.driver.reset();
        QTRY_COMPARE_WITH_TIMEOUT(d.sim->openConnections(), 0, Patience); // the driver's socket is gone
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(PjLinkDriverTest)
#include "pjlink_driver_test.moc"
