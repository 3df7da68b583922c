// Wake-on-LAN: MAC parsing (every accepted form and every refusal with its reason), the magic packet's bytes,
// and a real datagram — sent only to 127.0.0.1, to a port this test listens on (this machine may send to
// loopback only; the default broadcast target is never used here).
#include "wol/wakeonlan.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using tafel::ErrorCode;
using tafel::wol::MacAddress;

class WakeOnLanTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesMac_data();
    void parsesMac();
    void rejectsMac_data();
    void rejectsMac();
    void buildsMagicPacket();
    void sendsToLoopback();
    void rejectsNullTarget();
};

void WakeOnLanTest::parsesMac_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    const QString expected = QStringLiteral("aa:bb:cc:dd:ee:0f");
    QTest::newRow("colons") << QStringLiteral("aa:bb:cc:dd:ee:0f") << expected;
    QTest::newRow("colons-upper") << QStringLiteral("AA:BB:CC:DD:EE:0F") << expected;
    QTest::newRow("dashes") << QStringLiteral("aa-bb-cc-dd-ee-0f") << expected;
    QTest::newRow("cisco-dots") << QStringLiteral("aabb.ccdd.ee0f") << expected;
    QTest::newRow("bare-digits") << QStringLiteral("AABBCCDDEE0F") << expected;
    QTest::newRow("surrounding-space") << QStringLiteral("  aa:bb:cc:dd:ee:0f\n") << expected;
    QTest::newRow("locally-administered") << QStringLiteral("02:00:00:00:00:01") << QStringLiteral("02:00:00:00:00:01");
}

void WakeOnLanTest::parsesMac()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const tafel::Result<MacAddress> mac = tafel::wol::parseMac(text);
    QVERIFY2(mac.ok(), qPrintable(mac.errorString()));
    QCOMPARE(tafel::wol::formatMac(*mac), formatted);
}

void WakeOnLanTest::rejectsMac_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("No MAC address given");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("No MAC address given");
    QTest::newRow("non-hex") << QStringLiteral("aa:bb:cc:dd:ee:gg") << QStringLiteral("'g' at position 16 is not a hexadecimal digit");
    QTest::newRow("mixed-separators") << QStringLiteral("aa:bb-cc:dd:ee:ff") << QStringLiteral("mixes the separators ':' and '-'");
    QTest::newRow("short-group") << QStringLiteral("aa:b:cc:dd:ee:ff") << QStringLiteral("group 2 has 1 digits instead of 2");
    QTest::newRow("five-groups") << QStringLiteral("aa:bb:cc:dd:ee") << QStringLiteral("it has 5 groups instead of 6 groups of 2 digits");
    QTest::newRow("seven-groups") << QStringLiteral("aa:bb:cc:dd:ee:ff:00") << QStringLiteral("it has 7 groups instead of 6");
    QTest::newRow("trailing-separator") << QStringLiteral("aa:bb:cc:dd:ee:ff:") << QStringLiteral("it has 7 groups instead of 6");
    QTest::newRow("cisco-short") << QStringLiteral("aabb.ccdd.eef") << QStringLiteral("group 3 has 3 digits instead of 4");
    QTest::newRow("eleven-digits") << QStringLiteral("aabbccddeef") << QStringLiteral("11 hexadecimal digits instead of 12");
    QTest::newRow("long-group") << QStringLiteral("aa:bbb:cc:dd:ee:ff") << QStringLiteral("group 2 has more than 2 digits");
    QTest::newRow("thirteen-digits") << QStringLiteral("aabbccddeeff0") << QStringLiteral("too long");
    QTest::newRow("all-zero") << QStringLiteral("00:00:00:00:00:00") << QStringLiteral("belongs to no network card");
    QTest::newRow("broadcast") << QStringLiteral("ff:ff:ff:ff:ff:ff") << QStringLiteral("broadcast or multicast");
    QTest::newRow("multicast") << QStringLiteral("01:00:5e:00:00:01") << QStringLiteral("broadcast or multicast");
    QTest::newRow("ip-address") << QStringLiteral("192.168.1.1") << QStringLiteral("it has 4 groups instead of 3 groups of 4 digits");
}

void WakeOnLanTest::rejectsMac()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const tafel::Result<MacAddress> mac = tafel::wol::parseMac(text);
    QVERIFY(!mac.ok());
    QCOMPARE(mac.error().code, ErrorCode::InvalidInput);
    QVERIFY2(mac.errorString().contains(reason), qPrintable(mac.errorString()));
    if (!text.trimmed().isEmpty())
        QVERIFY2(mac.errorString().contains(text.trimmed()), qPrintable(mac.errorString()));
}

void WakeOnLanTest::buildsMagicPacket()
{
    const MacAddress mac{0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e};
    const QByteArray packet = tafel::wol::magicPacket(mac);
    QCOMPARE(packet.size(), 102);
    QCOMPARE(tafel::wol::kMagicPacketSize, 102);
    QCOMPARE(packet.left(6), QByteArray(6, char(0xff)));
    for (int i = 0; i < 16; ++i)
        QCOMPARE(packet.mid(6 + 6 * i, 6), QByteArray::fromHex("001a2b3c4d5e"));
}

void WakeOnLanTest::sendsToLoopback()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    QSignalSpy readable(&receiver, &QUdpSocket::readyRead);

    const tafel::Result<MacAddress> mac = tafel::wol::parseMac(u"00-1A-2B-3C-4D-5E");
    QVERIFY(mac.ok());
    const tafel::Status sent = tafel::wol::sendMagicPacket(*mac, QHostAddress::LocalHost, receiver.localPort());
    QVERIFY2(sent.ok(), qPrintable(sent.errorString()));

    QVERIFY(readable.count() || readable.wait(5000));
    QVERIFY(receiver.hasPendingDatagrams());
    const QNetworkDatagram datagram = receiver.receiveDatagram();
    QByteArray expected(6, char(0xff));
    for (int i = 0; i < 16; ++i)
        expected += QByteArray::fromHex("001a2b3c4d5e");
    QCOMPARE(datagram.data(), expected);
    QVERIFY(datagram.senderAddress().isLoopback());
    QVERIFY(!receiver.hasPendingDatagrams()); // exactly one packet
}

void WakeOnLanTest::rejectsNullTarget()
{
    const MacAddress mac{0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e};
    const tafel::Status noAddress = tafel::wol::sendMagicPacket(mac, QHostAddress(), 9);
    QVERIFY(!noAddress.ok());
    QCOMPARE(noAddress.error().code, ErrorCode::InvalidInput);
    const tafel::Status noPort = tafel::wol::sendMagicPacket(mac, QHostAddress::LocalHost, 0);
    QVERIFY(!noPort.ok());
    QCOMPARE(noPort.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(WakeOnLanTest)
#include "test_wakeonlan.moc"
