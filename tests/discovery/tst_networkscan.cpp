// The discovery assistant's scan against real peers on loopback: a PJLink simulator without password (greeting,
// NAME, CLSS, and its UDP side answering %2SRCH), one with a password, a Samsung MDC simulator on 127.0.0.2, a REAL
// tafel-agent process, and closed ports. Proposals are matched to the inventory; `tafelctl devices discover`
// prints the same and adds the new ones to a room with audit entries.
#include "../agent/schoolagents.h"
#include "../cli/tafelctlrunner.h"

#include "discovery/networkscan.h"
#include "displays/mdcsimulator.h"
#include "displays/pjlinksimulator.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace tafel;
using namespace tafel::discovery;

class NetworkScanTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseSubnets_data();
    void parseSubnets();
    void hostsOfASubnet();
    void scanFindsSimulatorsAndAgent();
    void loopbackRangeFindsOnlyTheAnsweringAddress();
    void searchOnlyFindsTheProjector();
    void proposalsMatchTheInventory();
    void cliDiscoverListsAndAdds();
    void cliRejectsBadInput();

private:
    ScanOptions loopbackOptions() const;
    QList<Finding> scan(const ScanOptions &options);

    QTemporaryDir m_dir;
    std::unique_ptr<testing::SchoolAgents> m_school;
    std::unique_ptr<displays::PjLinkSimulator> m_pjlink;
    std::unique_ptr<displays::PjLinkSimulator> m_locked;
    std::unique_ptr<displays::MdcSimulator> m_mdc;
    quint16 m_closed = 0;
    bool m_haveLoopback2 = false;
};

void NetworkScanTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_school = std::make_unique<testing::SchoolAgents>(m_dir);
    QVERIFY(m_school->init());
    QByteArray why;
    QVERIFY2(m_school->addRoom(QStringLiteral("Raum 204"), {}, &why), why.constData());
    displays::PjLinkSimulatorConfig config;
    config.name = QStringLiteral("Beamer Physik");
    config.mac = QByteArrayLiteral("02:00:00:00:43:52");
    m_pjlink = std::make_unique<displays::PjLinkSimulator>(config);
    QVERIFY(m_pjlink->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_pjlink->listenUdp(0));
    displays::PjLinkSimulatorConfig locked;
    locked.password = QStringLiteral("geheim");
    m_locked = std::make_unique<displays::PjLinkSimulator>(locked);
    QVERIFY(m_locked->listen(QHostAddress::LocalHost, 0));
    m_mdc = std::make_unique<displays::MdcSimulator>(displays::MdcSimulator::Options{});
    // 127.0.0.2 is loopback on Linux; elsewhere the MDC simulator stays on 127.0.0.1.
    m_haveLoopback2 = bool(m_mdc->listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
    if (!m_haveLoopback2)
        QVERIFY(m_mdc->listen(QHostAddress::LocalHost, 0));
    QTcpServer tmp;
    QVERIFY(tmp.listen(QHostAddress::LocalHost, 0));
    m_closed = tmp.serverPort();
}

void NetworkScanTest::parseSubnets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("subnet"); // empty: refused
    QTest::newRow("class-c") << "192.168.20.0/24" << "192.168.20.0/24";
    QTest::newRow("host-bits-cleared") << "192.168.20.77/24" << "192.168.20.0/24";
    QTest::newRow("slash-22-max") << "10.1.7.9/22" << "10.1.4.0/22";
    QTest::newRow("single-host") << "127.0.0.1" << "127.0.0.1/32";
    QTest::newRow("too-large") << "10.0.0.0/16" << "";
    QTest::newRow("bad-prefix") << "10.0.0.0/33" << "";
    QTest::newRow("not-a-number") << "10.0.0.0/x" << "";
    QTest::newRow("ipv6") << "fe80::1/64" << "";
    QTest::newRow("garbage") << "raum-204" << "";
}

void NetworkScanTest::parseSubnets()
{
    QFETCH(QString, text);
    QFETCH(QString, subnet);
    auto s = Subnets::parse(text);
    if (subnet.isEmpty()) {
        QVERIFY(!s);
        QVERIFY2(s.errorString().contains(text), qPrintable(s.errorString()));
    } else {
        QVERIFY2(s, qPrintable(s.errorString()));
        QCOMPARE(s->toString(), subnet);
    }
}

void NetworkScanTest::hostsOfASubnet()
{
    QCOMPARE(Subnets::hosts(*Subnets::parse(QStringLiteral("192.168.1.0/24"))).size(), 254);
    QCOMPARE(Subnets::hosts(*Subnets::parse(QStringLiteral("192.168.1.0/24"))).constFirst(), QHostAddress(QStringLiteral("192.168.1.1")));
    QCOMPARE(Subnets::hosts(*Subnets::parse(QStringLiteral("10.0.0.0/22"))).size(), 1022);
    QCOMPARE(Subnets::hosts(*Subnets::parse(QStringLiteral("127.0.0.0/29"))).size(), 6);
    QCOMPARE(Subnets::hosts(*Subnets::parse(QStringLiteral("127.0.0.1/32"))), QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))});
    for (const Subnet &s : Subnets::local())
        QVERIFY2(s.prefix >= Subnets::kMinPrefix, qPrintable(s.toString())); // never more than a /22 by default
}

ScanOptions NetworkScanTest::loopbackOptions() const
{
    ScanOptions o;
    o.subnets = {*Subnets::parse(QStringLiteral("127.0.0.1/32"))};
    o.ports = {{m_pjlink->port(), Service::PjLink},
               {m_locked->port(), Service::PjLink},
               {m_mdc->port(), Service::Mdc},
               {m_school->room(0).port, Service::Agent},
               {m_closed, Service::Mdc}};
    o.pjlinkSearch = true;
    o.searchDestination = QHostAddress::LocalHost; // never a broadcast from a test
    o.searchPort = m_pjlink->udpPort();
    o.searchLocalPort = 0;
    o.searchTimeoutMs = 800;
    o.concurrency = 3;
    return o;
}

QList<Finding> NetworkScanTest::scan(const ScanOptions &options)
{
    NetworkScan scan;
    QSignalSpy finished(&scan, &NetworkScan::finished);
    QSignalSpy progress(&scan, &NetworkScan::progress);
    const Status st = scan.start(options);
    if (!st) {
        qWarning() << st.errorString();
        return {};
    }
    [&] { QVERIFY(finished.wait(30000)); }();
    QTest::qWait(50);
    [&] { QCOMPARE(finished.count(), 1); }(); // exactly once
    [&] { QVERIFY(progress.count() >= 1); }();
    [&] { QCOMPARE(scan.done(), scan.total()); }();
    return scan.findings();
}

void NetworkScanTest::scanFindsSimulatorsAndAgent()
{
    ScanOptions o = loopbackOptions();
    if (m_haveLoopback2)
        o.subnets.append(*Subnets::parse(QStringLiteral("127.0.0.2/32")));
    const QList<Finding> found = scan(o);
    QHash<quint16, Finding> byPort;
    for (const Finding &f : found)
        byPort.insert(f.port, f);
    // The open PJLink projector: greeting without password, NAME and CLSS, MAC from the %2SRCH answer.
    QVERIFY2(byPort.contains(m_pjlink->port()), qPrintable(QString::number(found.size())));
    const Finding pj = byPort.value(m_pjlink->port());
    QCOMPARE(pj.service, Service::PjLink);
    QVERIFY(pj.confirmed);
    QCOMPARE(pj.name, QStringLiteral("Beamer Physik"));
    QCOMPARE(pj.pjlinkClass, QStringLiteral("2"));
    QVERIFY(!pj.passwordProtected);
    QVERIFY(pj.bySearch);
    QCOMPARE(pj.mac.toUpper(), QStringLiteral("02:00:00:00:43:52"));
    // The one with a password: recognised, no name.
    const Finding locked = byPort.value(m_locked->port());
    QVERIFY(locked.confirmed);
    QVERIFY(locked.passwordProtected);
    QVERIFY(locked.name.isEmpty());
    // MDC: the status request was acknowledged.
    QVERIFY(byPort.contains(m_mdc->port()));
    QCOMPARE(byPort.value(m_mdc->port()).service, Service::Mdc);
    QVERIFY(byPort.value(m_mdc->port()).confirmed);
    QCOMPARE(byPort.value(m_mdc->port()).address, m_mdc->address());
    // The real agent's port is open.
    QVERIFY(byPort.contains(m_school->room(0).port));
    QCOMPARE(byPort.value(m_school->room(0).port).service, Service::Agent);
    // The closed port is not a finding.
    QVERIFY(!byPort.contains(m_closed));
}

void NetworkScanTest::loopbackRangeFindsOnlyTheAnsweringAddress()
{
    if (!m_haveLoopback2)
        QSKIP("127.0.0.2 is not a loopback address here");
    ScanOptions o;
    o.subnets = {*Subnets::parse(QStringLiteral("127.0.0.0/29"))};
    o.ports = {{m_mdc->port(), Service::Mdc}};
    o.pjlinkSearch = false;
    o.concurrency = 2; // 6 addresses, at most 2 at once
    const QList<Finding> found = scan(o);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().address, QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(found.constFirst().confirmed);
}

void NetworkScanTest::searchOnlyFindsTheProjector()
{
    // No subnet: the %2SRCH answer alone names the projector, whose PJLink port is then probed.
    ScanOptions o = loopbackOptions();
    o.subnets.clear();
    const QList<Finding> found = scan(o);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().port, m_pjlink->port());
    QVERIFY(found.constFirst().bySearch);
    QCOMPARE(found.constFirst().name, QStringLiteral("Beamer Physik"));
}

void NetworkScanTest::proposalsMatchTheInventory()
{
    Finding pj;
    pj.address = QHostAddress(QStringLiteral("10.0.0.5"));
    pj.port = 4352;
    pj.service = Service::PjLink;
    pj.name = QStringLiteral("Beamer 1");
    Finding mdc;
    mdc.address = QHostAddress(QStringLiteral("10.0.0.6"));
    mdc.port = 1515;
    mdc.service = Service::Mdc;
    Finding agent;
    agent.address = QHostAddress(QStringLiteral("10.0.0.7"));
    agent.port = 4450;
    agent.service = Service::Agent;
    Finding byMac = pj;
    byMac.address = QHostAddress(QStringLiteral("10.0.0.99"));
    byMac.mac = QStringLiteral("aa:bb:cc:dd:ee:ff");
    Device existing; // port 0 = the protocol's default port
    existing.id = QStringLiteral("dev-1");
    existing.name = QStringLiteral("Beamer vorne");
    existing.host = QStringLiteral("10.0.0.5");
    existing.protocol = QStringLiteral("pjlink");
    Device withMac;
    withMac.id = QStringLiteral("dev-2");
    withMac.name = QStringLiteral("Moved projector");
    withMac.host = QStringLiteral("10.0.0.50");
    withMac.mac = QStringLiteral("AA:BB:CC:DD:EE:FF");
    const QList<Proposal> p = NetworkScan::propose({pj, mdc, agent, byMac}, {existing, withMac});
    QCOMPARE(p.size(), 4);
    QCOMPARE(p.at(0).existingName, QStringLiteral("Beamer vorne"));
    QCOMPARE(p.at(0).device.kind, DeviceKind::Projector);
    QCOMPARE(p.at(0).device.name, QStringLiteral("Beamer 1"));
    QVERIFY(!p.at(1).inInventory());
    QCOMPARE(p.at(1).device.kind, DeviceKind::Display);
    QCOMPARE(p.at(1).device.protocol, QStringLiteral("mdc"));
    QVERIFY(!p.at(2).inInventory());
    QVERIFY(p.at(2).device.hasAgent);
    QCOMPARE(p.at(2).device.protocol, QStringLiteral("agent"));
    QCOMPARE(p.at(3).existingId, QStringLiteral("dev-2"));
}

void NetworkScanTest::cliDiscoverListsAndAdds()
{
    const QString ports = QStringLiteral("%1=pjlink,%2=mdc,%3=agent").arg(m_pjlink->port()).arg(m_mdc->port()).arg(m_school->room(0).port);
    QStringList args{QStringLiteral("--db"), m_school->dbPath(), QStringLiteral("devices"), QStringLiteral("discover"),
                     QStringLiteral("--subnet"), QStringLiteral("127.0.0.1/32"), QStringLiteral("--ports"), ports,
                     QStringLiteral("--search-to"), QStringLiteral("127.0.0.1:%1").arg(m_pjlink->udpPort()), QStringLiteral("--json")};
    if (m_haveLoopback2)
        args << QStringLiteral("--subnet") << QStringLiteral("127.0.0.2/32");
    auto out = testing::runTafelctl(m_dir, args);
    QVERIFY2(out.exitCode == 0, out.dump().constData());
    QJsonArray found = out.array();
    QCOMPARE(found.size(), 3);
    QHash<QString, QJsonObject> byProtocol;
    for (const QJsonValue &v : found)
        byProtocol.insert(v[QStringLiteral("protocol")].toString(), v.toObject());
    QCOMPARE(byProtocol.value(QStringLiteral("pjlink"))[QStringLiteral("pjlink_name")].toString(), QStringLiteral("Beamer Physik"));
    QCOMPARE(byProtocol.value(QStringLiteral("pjlink"))[QStringLiteral("pjlink_class")].toString(), QStringLiteral("2"));
    QVERIFY(byProtocol.value(QStringLiteral("pjlink"))[QStringLiteral("by_search")].toBool());
    QVERIFY(byProtocol.value(QStringLiteral("mdc"))[QStringLiteral("confirmed")].toBool());
    // The agent is in the inventory already (the fixture added it to Raum 204), the others are not.
    QVERIFY(byProtocol.value(QStringLiteral("agent"))[QStringLiteral("in_inventory")].toBool());
    QVERIFY(!byProtocol.value(QStringLiteral("pjlink"))[QStringLiteral("in_inventory")].toBool());

    // --add --room: the two new ones go into the room, each with an audit entry; a second run adds nothing.
    auto added = testing::runTafelctl(m_dir, args + QStringList{QStringLiteral("--add"), QStringLiteral("--room"), QStringLiteral("Raum 204")});
    QVERIFY2(added.exitCode == 0, added.dump().constData());
    int newIds = 0;
    for (const QJsonValue &v : added.array())
        newIds += v[QStringLiteral("added_id")].toString().isEmpty() ? 0 : 1;
    QCOMPARE(newIds, 2);
    auto devices = store::DeviceRepository(m_school->db()).list(m_school->room(0).roomId);
    QVERIFY(devices);
    bool projector = false;
    for (const Device &d : *devices)
        projector |= d.name == QLatin1String("Beamer Physik") && d.kind == DeviceKind::Projector && d.port == m_pjlink->port()
                     && d.protocol == QLatin1String("pjlink") && d.mac.compare(QStringLiteral("02:00:00:00:43:52"), Qt::CaseInsensitive) == 0;
    QVERIFY(projector);
    auto audit = store::AuditLog(m_school->db()).list();
    QVERIFY(audit);
    int adds = 0;
    for (const store::AuditEntry &e : *audit)
        adds += e.action == QLatin1String("device.add") && e.actor == QLatin1String("tester") ? 1 : 0;
    QCOMPARE(adds, 2);
    auto again = testing::runTafelctl(m_dir, args + QStringList{QStringLiteral("--add"), QStringLiteral("--room"), QStringLiteral("Raum 204")});
    QVERIFY2(again.exitCode == 0, again.dump().constData());
    for (const QJsonValue &v : again.array())
        QVERIFY(v[QStringLiteral("in_inventory")].toBool());

    // The table for people.
    auto human = testing::runTafelctl(m_dir, {QStringLiteral("--db"), m_school->dbPath(), QStringLiteral("devices"), QStringLiteral("discover"),
                                              QStringLiteral("--subnet"), QStringLiteral("127.0.0.1/32"), QStringLiteral("--ports"), ports,
                                              QStringLiteral("--no-search")});
    QVERIFY2(human.exitCode == 0, human.dump().constData());
    QVERIFY2(human.out.contains(QStringLiteral("Beamer Physik")) && human.out.contains(QStringLiteral("IN INVENTORY")), human.dump().constData());
}

void NetworkScanTest::cliRejectsBadInput()
{
    const QString db = m_school->dbPath();
    for (const QStringList &bad : {QStringList{QStringLiteral("--subnet"), QStringLiteral("10.0.0.0/8")},
                                   QStringList{QStringLiteral("--subnet"), QStringLiteral("raum-204")},
                                   QStringList{QStringLiteral("--ports"), QStringLiteral("4352=telnet")},
                                   QStringList{QStringLiteral("--add")},
                                   QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}}) {
        auto out = testing::runTafelctl(m_dir, QStringList{QStringLiteral("--db"), db, QStringLiteral("devices"), QStringLiteral("discover")} + bad);
        QVERIFY2(out.exitCode == 2, out.dump().constData());
        QVERIFY2(!out.err.isEmpty(), out.dump().constData());
    }
    auto help = testing::runTafelctl(m_dir, {QStringLiteral("devices"), QStringLiteral("discover"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--subnet")));
}

QTEST_MAIN(NetworkScanTest)
#include "tst_networkscan.moc"
