// parseHostPort, device kind keys and ids from core.
#include "core/domain.h"
#include "core/hostport.h"

#include <QTest>

using namespace tafel;

class TestHostPort final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<quint16>("defaultPort");
        QTest::addColumn<QString>("host");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << QStringLiteral("beamer-r101") << quint16(0) << QStringLiteral("beamer-r101") << quint16(0) << QStringLiteral("beamer-r101");
        QTest::newRow("fqdn-port") << QStringLiteral("ap1.schule.lan:8443") << quint16(0) << QStringLiteral("ap1.schule.lan") << quint16(8443)
                                   << QStringLiteral("ap1.schule.lan:8443");
        QTest::newRow("trailing-dot") << QStringLiteral("host.example.") << quint16(0) << QStringLiteral("host.example.") << quint16(0)
                                      << QStringLiteral("host.example.");
        QTest::newRow("ipv4") << QStringLiteral("10.0.0.5") << quint16(4352) << QStringLiteral("10.0.0.5") << quint16(4352) << QStringLiteral("10.0.0.5:4352");
        QTest::newRow("ipv4-port") << QStringLiteral(" 10.0.0.5:1515 ") << quint16(4352) << QStringLiteral("10.0.0.5") << quint16(1515)
                                   << QStringLiteral("10.0.0.5:1515");
        QTest::newRow("ipv6-bracket-port") << QStringLiteral("[fd00::10]:4352") << quint16(0) << QStringLiteral("fd00::10") << quint16(4352)
                                           << QStringLiteral("[fd00::10]:4352");
        QTest::newRow("ipv6-bracket") << QStringLiteral("[fd00::10]") << quint16(7) << QStringLiteral("fd00::10") << quint16(7)
                                      << QStringLiteral("[fd00::10]:7");
        QTest::newRow("ipv6-bare") << QStringLiteral("fd00::10") << quint16(0) << QStringLiteral("fd00::10") << quint16(0) << QStringLiteral("[fd00::10]");
        QTest::newRow("loopback6") << QStringLiteral("::1") << quint16(0) << QStringLiteral("::1") << quint16(0) << QStringLiteral("[::1]");
        QTest::newRow("max-port") << QStringLiteral("h:65535") << quint16(0) << QStringLiteral("h") << quint16(65535) << QStringLiteral("h:65535");
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(quint16, defaultPort);
        QFETCH(QString, host);
        QFETCH(quint16, port);
        QFETCH(QString, text);
        auto hp = parseHostPort(input, defaultPort);
        QVERIFY2(hp.ok(), qPrintable(hp.errorString()));
        QCOMPARE(hp->host, host);
        QCOMPARE(hp->port, port);
        QCOMPARE(hp->toString(), text);
        // toString() parses back to the same thing.
        auto again = parseHostPort(hp->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->host, host);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("space-inside") << QStringLiteral("bad host");
        QTest::newRow("underscore") << QStringLiteral("bad_host");
        QTest::newRow("leading-dash") << QStringLiteral("-host");
        QTest::newRow("double-dot") << QStringLiteral("a..b");
        QTest::newRow("port-zero") << QStringLiteral("h:0");
        QTest::newRow("port-too-big") << QStringLiteral("h:65536");
        QTest::newRow("port-text") << QStringLiteral("h:http");
        QTest::newRow("port-empty") << QStringLiteral("h:");
        QTest::newRow("unclosed-bracket") << QStringLiteral("[fd00::1");
        QTest::newRow("junk-after-bracket") << QStringLiteral("[fd00::1]x");
        QTest::newRow("ipv4-in-brackets") << QStringLiteral("[10.0.0.1]:80");
        QTest::newRow("bad-ipv6") << QStringLiteral("fd00::zz::1");
        QTest::newRow("ipv4-octet-too-big") << QStringLiteral("192.168.1.300");
        QTest::newRow("ipv4-three-parts") << QStringLiteral("10.050.300");
        QTest::newRow("ipv4-one-number") << QStringLiteral("9999");
        QTest::newRow("ipv4-five-parts") << QStringLiteral("10.0.0.1.5:80");
        QTest::newRow("label-too-long") << QString(64, u'a') + QStringLiteral(".lan");
    }

    void invalid()
    {
        QFETCH(QString, input);
        auto hp = parseHostPort(input);
        QVERIFY(!hp.ok());
        QCOMPARE(hp.error().code, ErrorCode::InvalidInput);
        QVERIFY(!hp.errorString().isEmpty());
    }

    void deviceKindKeysRoundTrip()
    {
        const QList<DeviceKind> kinds = allDeviceKinds();
        QCOMPARE(kinds.size(), 8);
        QStringList keys;
        for (DeviceKind k : kinds) {
            const QString key = deviceKindKey(k);
            QVERIFY(!keys.contains(key));
            keys.append(key);
            QCOMPARE(deviceKindFromKey(key), std::optional<DeviceKind>(k));
            QVERIFY(!deviceKindName(k).isEmpty());
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("display"), QStringLiteral("projector"), QStringLiteral("access-point"), QStringLiteral("switch"),
                                    QStringLiteral("pc"), QStringLiteral("tablet"), QStringLiteral("printer"), QStringLiteral("agent")}));
    }

    void deviceKindFromKeyIsLenient_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind"); // -1: unknown
        QTest::newRow("upper") << QStringLiteral("DISPLAY") << int(DeviceKind::Display);
        QTest::newRow("blanks") << QStringLiteral(" projector ") << int(DeviceKind::Projector);
        QTest::newRow("ap-alias") << QStringLiteral("AP") << int(DeviceKind::AccessPoint);
        QTest::newRow("unknown") << QStringLiteral("toaster") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("underscore") << QStringLiteral("access_point") << -1;
    }

    void deviceKindFromKeyIsLenient()
    {
        QFETCH(QString, key);
        QFETCH(int, kind);
        const auto parsed = deviceKindFromKey(key);
        if (kind < 0)
            QVERIFY(!parsed.has_value());
        else
            QCOMPARE(parsed, std::optional<DeviceKind>(DeviceKind(kind)));
    }

    void controllableDisplays()
    {
        QVERIFY(isControllableDisplay(DeviceKind::Display));
        QVERIFY(isControllableDisplay(DeviceKind::Projector));
        QVERIFY(!isControllableDisplay(DeviceKind::Pc));
        QVERIFY(!isControllableDisplay(DeviceKind::Agent));
    }

    void ids()
    {
        const QString a = newId();
        const QString b = newId();
        QVERIFY(a != b);
        QVERIFY(isValidId(a));
        QCOMPARE(a.size(), 36);
        QVERIFY(!a.startsWith(u'{'));
        QVERIFY(!isValidId(QStringLiteral("{") + a + QStringLiteral("}")));
        QVERIFY(!isValidId(QStringLiteral("R101")));
        QVERIFY(!isValidId(QString()));
    }
};

QTEST_GUILESS_MAIN(TestHostPort)
#include "tst_hostport.moc"
