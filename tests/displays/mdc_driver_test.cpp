// MdcDriver against the in-product MdcSimulator over loopback, plain MDC: every command of the driver.
#include "displays/mdcdriver.h"
#include "displays/mdcprotocol.h"
#include "displays/mdcsimulator.h"

#include "mdc_testutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tafel;
using namespace tafel::displays;
using tafel::displays::test::await;

class MdcDriverTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void statusInStandby();
    void powerOnAndOff();
    void powerOnWaitsUntilSettled();
    void rebootReconnects();
    void volumeSetAndAdjust();
    void volumeOutOfRange();
    void muteAudioVideoAll();
    void inputByCodeAndName();
    void unknownInputIsRejectedLocally();
    void info();
    void nakIsAClearError();
    void freezeIsUnsupported();
    void displayIdIsUsed();
    void wrongDisplayIdTimesOut();
    void oneCommandInFlight();
    void statusChangedSignal();
    void idleCloseReconnectsQuietly();
    void driverClosesIdleConnection();

private:
    std::unique_ptr<MdcSimulator> startSim(MdcSimulator::Options o = {});
    std::unique_ptr<MdcDriver> driverFor(const MdcSimulator &sim, int timeoutMs = 3000);

    std::unique_ptr<MdcSimulator> m_sim;
    std::unique_ptr<MdcDriver> m_driver;
};

std::unique_ptr<MdcSimulator> MdcDriverTest::startSim(MdcSimulator::Options o)
{
    auto sim = std::make_unique<MdcSimulator>(o);
    const Status s = sim->listen();
    if (!s)
        qWarning() << s.errorString();
    return sim;
}

std::unique_ptr<MdcDriver> MdcDriverTest::driverFor(const MdcSimulator &sim, int timeoutMs)
{
    DisplayTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = sim.port();
    t.protocol = Protocol::Mdc;
    t.mdcId = sim.options().displayId;
    t.timeoutMs = timeoutMs;
    return std::make_unique<MdcDriver>(t);
}

void MdcDriverTest::init()
{
    m_sim = startSim();
    QVERIFY(m_sim->port() != 0);
    m_driver = driverFor(*m_sim);
}

void MdcDriverTest::cleanup()
{
    m_driver.reset();
    m_sim.reset();
}

void MdcDriverTest::statusInStandby()
{
    auto r = await([&](Callback cb) { m_driver->refreshStatus(cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
    QCOMPARE(r->status.power, PowerState::Standby);
    QCOMPARE(r->status.volume, std::optional<int>(20));
    QCOMPARE(r->status.audioMuted, std::optional<bool>(false));
    QCOMPARE(r->status.videoMuted, std::optional<bool>(false));
    QCOMPARE(r->status.input, QStringLiteral("0x21"));
    QCOMPARE(r->status.errors.fan, Health::Ok);
    QVERIFY(r->status.inputs.contains(QStringLiteral("0x21")));
    QCOMPARE(r->status.inputNames.at(r->status.inputs.indexOf(QStringLiteral("0x21"))), QStringLiteral("HDMI1"));
    QCOMPARE(m_driver->lastStatus().power, PowerState::Standby);
    QVERIFY(m_driver->isConnected());
}

void MdcDriverTest::powerOnAndOff()
{
    auto r = await([&](Callback cb) { m_driver->setPower(true, cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.power, PowerState::On);
    QCOMPARE(m_sim->state().power, quint8(1));

    r = await([&](Callback cb) { m_driver->setPower(false, cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.power, PowerState::Standby);
    QCOMPARE(m_sim->state().power, quint8(0));
}

void MdcDriverTest::powerOnWaitsUntilSettled()
{
    MdcSimulator::Options o;
    o.powerOnDelayMs = 500;
    m_sim = startSim(o);
    m_driver = driverFor(*m_sim, 2000);
    QList<quint8> commands;
    connect(m_sim.get(), &MdcSimulator::commandReceived, this,
            [&](quint8 cmd, quint8, const QByteArray &) { commands.append(cmd); });

    auto r = await([&](Callback cb) { m_driver->setPower(true, cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
    QCOMPARE(r->status.power, PowerState::On);
    QCOMPARE(commands.first(), mdc::Cmd::Power);
    QVERIFY2(commands.count(mdc::Cmd::Status) >= 2, "status re-queried until the display reported on");
}

void MdcDriverTest::rebootReconnects()
{
    QVERIFY(await([&](Callback cb) { m_driver->setPower(true, cb); })->outcome.ok());
    QCOMPARE(m_sim->connectionCount(), 1);
    auto r = await([&](Callback cb) { m_driver->reboot(cb); });
    QVERIFY(r && r->outcome.ok());
    // The simulated display drops the connection after acknowledging the reboot.
    QTRY_VERIFY(!m_driver->isConnected());
    r = await([&](Callback cb) { m_driver->refreshStatus(cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.power, PowerState::On);
    QCOMPARE(m_sim->connectionCount(), 2);
}

void MdcDriverTest::volumeSetAndAdjust()
{
    QVERIFY(await([&](Callback cb) { m_driver->setPower(true, cb); })->outcome.ok());
    auto r = await([&](Callback cb) { m_driver->setVolume(40, cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.volume, std::optional<int>(40));
    QCOMPARE(m_sim->state().volume, quint8(40));

    r = await([&](Callback cb) { m_driver->adjustVolume(5, cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(m_sim->state().volume, quint8(45));
    QCOMPARE(r->status.volume, std::optional<int>(45));

    r = await([&](Callback cb) { m_driver->adjustVolume(-100, cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(m_sim->state().volume, quint8(0)); // clamped

    r = await([&](Callback cb) { m_driver->adjustVolume(0, cb); }); // read only
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.volume, std::optional<int>(0));
}

void MdcDriverTest::volumeOutOfRange()
{
    auto r = await([&](Callback cb) { m_driver->setVolume(101, cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_sim->commandCount(), 0);
}

void MdcDriverTest::muteAudioVideoAll()
{
    QVERIFY(await([&](Callback cb) { m_driver->setPower(true, cb); })->outcome.ok());
    auto r = await([&](Callback cb) { m_driver->setMute(MuteTarget::Audio, true, cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.audioMuted, std::optional<bool>(true));
    QVERIFY(m_sim->state().mute);
    QVERIFY(!m_sim->state().panelOff);

    r = await([&](Callback cb) { m_driver->setMute(MuteTarget::Video, true, cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.videoMuted, std::optional<bool>(true));
    QVERIFY(m_sim->state().panelOff);

    r = await([&](Callback cb) { m_driver->setMute(MuteTarget::All, false, cb); });
    QVERIFY(r && r->outcome.ok());
    QVERIFY(!m_sim->state().mute);
    QVERIFY(!m_sim->state().panelOff);
    QCOMPARE(r->status.audioMuted, std::optional<bool>(false));
    QCOMPARE(r->status.videoMuted, std::optional<bool>(false));
}

void MdcDriverTest::inputByCodeAndName()
{
    QVERIFY(await([&](Callback cb) { m_driver->setPower(true, cb); })->outcome.ok());
    auto r = await([&](Callback cb) { m_driver->setInput(QStringLiteral("0x25"), cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.input, QStringLiteral("0x25"));
    QCOMPARE(m_sim->state().input, quint8(0x25));

    r = await([&](Callback cb) { m_driver->setInput(QStringLiteral("hdmi2"), cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(m_sim->state().input, quint8(0x23));

    r = await([&](Callback cb) { m_driver->refreshStatus(cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(r->status.input, QStringLiteral("0x23"));
}

void MdcDriverTest::unknownInputIsRejectedLocally()
{
    auto r = await([&](Callback cb) { m_driver->setInput(QStringLiteral("VGA7"), cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::InvalidInput);
    QVERIFY(r->outcome.errorString().contains(QStringLiteral("HDMI1")));
    QCOMPARE(m_sim->commandCount(), 0);
}

void MdcDriverTest::info()
{
    auto r = await([&](Callback cb) { m_driver->refreshInfo(cb); });
    QVERIFY(r);
    QVERIFY2(r->outcome.ok(), qPrintable(r->outcome.errorString()));
    QCOMPARE(r->status.serial, m_sim->options().serial);
    QCOMPARE(r->status.model, m_sim->options().model);
    QCOMPARE(r->status.softwareVersion, m_sim->options().softwareVersion);
    QCOMPARE(r->status.name, m_sim->options().deviceName);
    QCOMPARE(r->status.manufacturer, QStringLiteral("Samsung"));
    QVERIFY(r->status.otherInfo.contains(QStringLiteral("LCD")));
}

void MdcDriverTest::nakIsAClearError()
{
    // The simulated display, like real ones, refuses picture and sound settings in standby.
    auto r = await([&](Callback cb) { m_driver->setVolume(30, cb); });
    QVERIFY(r);
    QVERIFY(!r->outcome.ok());
    QCOMPARE(r->outcome.error().code, ErrorCode::Failed);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("NAK")), qPrintable(r->outcome.errorString()));
    QVERIFY(r->outcome.errorString().contains(QStringLiteral("0x12")));
    // The connection stays usable.
    r = await([&](Callback cb) { m_driver->refreshStatus(cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(m_sim->connectionCount(), 1);
}

void MdcDriverTest::freezeIsUnsupported()
{
    auto r = await([&](Callback cb) { m_driver->setFreeze(true, cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::Failed);
    QCOMPARE(m_sim->commandCount(), 0);
}

void MdcDriverTest::displayIdIsUsed()
{
    MdcSimulator::Options o;
    o.displayId = 7;
    m_sim = startSim(o);
    m_driver = driverFor(*m_sim);
    quint8 seenId = 0;
    connect(m_sim.get(), &MdcSimulator::commandReceived, this,
            [&](quint8, quint8 id, const QByteArray &) { seenId = id; });
    auto r = await([&](Callback cb) { m_driver->refreshStatus(cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(seenId, quint8(7));
    r = await([&](Callback cb) { m_driver->showDisplayId(true, cb); });
    QVERIFY(r && r->outcome.ok());
}

void MdcDriverTest::wrongDisplayIdTimesOut()
{
    MdcSimulator::Options o;
    o.displayId = 3;
    m_sim = startSim(o);
    DisplayTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_sim->port();
    t.mdcId = 4;
    t.timeoutMs = 400;
    m_driver = std::make_unique<MdcDriver>(t);
    auto r = await([&](Callback cb) { m_driver->refreshStatus(cb); });
    QVERIFY(r);
    QCOMPARE(r->outcome.error().code, ErrorCode::Timeout);
    QVERIFY2(r->outcome.errorString().contains(QStringLiteral("ID")), qPrintable(r->outcome.errorString()));
}

void MdcDriverTest::oneCommandInFlight()
{
    // Every reply leaves the simulator 30 ms after its request. With one command in flight the requests
    // therefore arrive at least that far apart; a pipelining driver would send them back to back.
    m_sim->setLatency(30);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    connect(m_sim.get(), &MdcSimulator::commandReceived, this,
            [&](quint8, quint8, const QByteArray &) { arrivals.append(clock.elapsed()); });
    QList<int> order;
    auto record = [&order](int n) {
        return [&order, n](const CommandResult &r) {
            if (r.outcome.ok())
                order.append(n);
            else
                order.append(-n);
        };
    };
    m_driver->setPower(true, record(1));
    m_driver->setVolume(10, record(2));
    m_driver->setInput(QStringLiteral("0x31"), record(3));
    m_driver->refreshStatus(record(4));
    QTRY_COMPARE(order.size(), 4);
    QCOMPARE(order, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(m_driver->lastStatus().volume, std::optional<int>(10));
    QCOMPARE(m_driver->lastStatus().input, QStringLiteral("0x31"));
    QCOMPARE(m_sim->connectionCount(), 1);
    QVERIFY(arrivals.size() >= 6); // power, settle status, volume, input, status, error status, panel
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        QVERIFY2(arrivals.at(i) - arrivals.at(i - 1) >= 20, "a request was sent before the previous reply");
}

void MdcDriverTest::statusChangedSignal()
{
    QSignalSpy spy(m_driver.get(), &DisplayDriver::statusChanged);
    QVERIFY(await([&](Callback cb) { m_driver->setPower(true, cb); })->outcome.ok());
    QVERIFY(spy.count() >= 1);
    QCOMPARE(spy.last().at(0).value<DisplayStatus>().power, PowerState::On);
    QVERIFY(await([&](Callback cb) { m_driver->refreshStatus(cb); })->outcome.ok()); // learns panel, errors
    const auto before = spy.count();
    QVERIFY(await([&](Callback cb) { m_driver->refreshStatus(cb); })->outcome.ok());
    QCOMPARE(spy.count(), before); // nothing changed, nothing emitted
    m_sim->setState([this] {
        auto s = m_sim->state();
        s.volume = 77; // changed on the display itself, e.g. with the remote
        return s;
    }());
    QVERIFY(await([&](Callback cb) { m_driver->refreshStatus(cb); })->outcome.ok());
    QCOMPARE(spy.count(), before + 1);
    QCOMPARE(spy.last().at(0).value<DisplayStatus>().volume, std::optional<int>(77));
}

void MdcDriverTest::idleCloseReconnectsQuietly()
{
    QVERIFY(await([&](Callback cb) { m_driver->refreshStatus(cb); })->outcome.ok());
    m_sim->disconnectAll(); // e.g. the display's idle timeout
    QTRY_VERIFY(!m_driver->isConnected());
    auto r = await([&](Callback cb) { m_driver->refreshStatus(cb); });
    QVERIFY(r && r->outcome.ok());
    QCOMPARE(m_sim->connectionCount(), 2);
}

void MdcDriverTest::driverClosesIdleConnection()
{
    // Displays take one MDC client at a time; the driver must not hog the port.
    m_driver->setIdleTimeout(150);
    QVERIFY(await([&](Callback cb) { m_driver->refreshStatus(cb); })->outcome.ok());
    QVERIFY(m_driver->isConnected());
    QTRY_VERIFY(!m_driver->isConnected());
    // A second client now gets the display.
    auto other = driverFor(*m_sim);
    QVERIFY(await([&](Callback cb) { other->refreshStatus(cb); })->outcome.ok());
    QCOMPARE(m_sim->connectionCount(), 2);
}

QTEST_GUILESS_MAIN(MdcDriverTest)
#include "mdc_driver_test.moc"
