// PJLink Class 2 UDP: %2SRCH discovery and status notifications updating a driver live. Loopback only:
// every datagram goes to 127.0.0.x on a kernel-chosen port, never to a broadcast or LAN address.
#include "displays/pjlinkdriver.h"
#include "displays/pjlinksimulator.h"
#include "displays/pjlinkudp.h"

#include <QSignalSpy>
#include <QUdpSocket>
#include <QTest>

using namespace tafel;
using namespace tafel::displays;

Q_DECLARE_METATYPE(tafel::displays::DisplayStatus)

namespace {
constexpr int Patience = 5000;

DisplayTarget targetFor(const PjLinkSimulator &sim)
{
    DisplayTarget t;
    t.host = sim.address().toString();
    t.port = sim.port();
    t.timeoutMs = 1500;
    return t;
}
} // namespace

class PjLinkUdpTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DisplayStatus>();
        qRegisterMetaType<DiscoveredDisplay>();
        qRegisterMetaType<QList<DiscoveredDisplay>>();
    }

    void discoveryCollectsAckn()
    {
        PjLinkSimulatorConfig c;
        c.mac = "02:00:00:00:00:01";
        PjLinkSimulator sim(c);
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0));
        QVERIFY(sim.listenUdp(0));

        PjLinkDiscovery discovery;
        QSignalSpy found(&discovery, &PjLinkDiscovery::found);
        QSignalSpy finished(&discovery, &PjLinkDiscovery::finished);
        QVERIFY2(discovery.start(400, QHostAddress::LocalHost, sim.udpPort(), 0), qPrintable(discovery.errorString()));
        QVERIFY(finished.count() || finished.wait(Patience));
        QCOMPARE(found.count(), 1);
        const QList<DiscoveredDisplay> results = discovery.results();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].mac, QStringLiteral("02:00:00:00:00:01"));
        QCOMPARE(results[0].address, QHostAddress(QHostAddress::LocalHost));
    }

    void discoveryWithNoAnswerFinishesEmpty()
    {
        quint16 deadPort = 0;
        {
            QUdpSocket probe; // a loopback port nobody listens on
            QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
            deadPort = probe.localPort();
        }
        PjLinkDiscovery discovery;
        QSignalSpy finished(&discovery, &PjLinkDiscovery::finished);
        QVERIFY(discovery.start(200, QHostAddress::LocalHost, deadPort, 0));
        QVERIFY(finished.count() || finished.wait(Patience));
        QVERIFY(discovery.results().isEmpty());
    }

    void notificationsUpdateDriverState()
    {
        PjLinkSimulator sim;
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0));
        PjLinkDriver driver(targetFor(sim));

        PjLinkNotificationListener listener;
        QVERIFY2(listener.listen(QHostAddress::LocalHost, 0), qPrintable(listener.errorString()));
        listener.addDriver(&driver);
        sim.setNotificationTarget(QHostAddress::LocalHost, listener.port());

        QSignalSpy changed(&driver, &DisplayDriver::statusChanged);
        QSignalSpy received(&listener, &PjLinkNotificationListener::notificationReceived);

        sim.setPower(PowerState::Warming);
        QTRY_COMPARE_WITH_TIMEOUT(driver.lastStatus().power, PowerState::Warming, Patience);
        sim.setPower(PowerState::On);
        QTRY_COMPARE_WITH_TIMEOUT(driver.lastStatus().power, PowerState::On, Patience);
        sim.setInput(QStringLiteral("32"));
        QTRY_COMPARE_WITH_TIMEOUT(driver.lastStatus().input, QStringLiteral("32"), Patience);
        ErrorFlags e;
        e.lamp = Health::Warning;
        sim.setErrors(e);
        QTRY_COMPARE_WITH_TIMEOUT(driver.lastStatus().errors.lamp, Health::Warning, Patience);
        sim.sendNotification("LKUP", sim.config().mac);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 5, Patience);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(received.at(4).at(1).toByteArray(), QByteArray("%2LKUP=02:00:00:00:43:52"));
    }

    void notificationsGoOnlyToTheSendingDevice()
    {
        // Two simulated devices on different loopback addresses; each driver follows only its own.
        PjLinkSimulator a;
        PjLinkSimulator b;
        QVERIFY(a.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        if (!b.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0))
            QSKIP("127.0.0.2 is not usable on this host");
        PjLinkDriver da(targetFor(a));
        PjLinkDriver db(targetFor(b));
        PjLinkNotificationListener listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        listener.addDriver(&da);
        listener.addDriver(&db);
        a.setNotificationTarget(QHostAddress::LocalHost, listener.port());
        b.setNotificationTarget(QHostAddress::LocalHost, listener.port());
        QVERIFY(b.listenUdp(0)); // binds b's UDP side to 127.0.0.2 so its datagrams come from there

        b.setPower(PowerState::On);
        QTRY_COMPARE_WITH_TIMEOUT(db.lastStatus().power, PowerState::On, Patience);
        QCOMPARE(da.lastStatus().power, PowerState::Unknown);
        a.setPower(PowerState::Cooling);
        QTRY_COMPARE_WITH_TIMEOUT(da.lastStatus().power, PowerState::Cooling, Patience);
        QCOMPARE(db.lastStatus().power, PowerState::On);
    }

    void garbageDatagramsAreIgnored()
    {
        PjLinkSimulator sim;
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0));
        PjLinkDriver driver(targetFor(sim));
        PjLinkNotificationListener listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        listener.addDriver(&driver);
        QSignalSpy received(&listener, &PjLinkNotificationListener::notificationReceived);
        QUdpSocket s;
        s.writeDatagram(QByteArray(600, '\x01'), QHostAddress::LocalHost, listener.port());
        s.writeDatagram(QByteArray("%2POWR=9\r"), QHostAddress::LocalHost, listener.port());
        s.writeDatagram(QByteArray("%2POWR=1"), QHostAddress::LocalHost, listener.port()); // no terminator
        QTRY_COMPARE_WITH_TIMEOUT(driver.lastStatus().power, PowerState::On, Patience);
        QCOMPARE(received.count(), 2);
    }
};

QTEST_GUILESS_MAIN(PjLinkUdpTest)
#include "pjlink_udp_test.moc"
