// Device secrets at rest: round trip, tamper detection, context binding, key file creation and refusal.
#include "crypto/secretbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::crypto;

class SecretBoxTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void tamperedIsRejected();
    void contextIsBound();
    void keyFileCreatedPrivate();
    void keyFileReusedAcrossOpens();
    void keyFileRefused_data();
    void keyFileRefused();
};

void SecretBoxTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("pjlink-password") << QByteArray("JBMIAProjectorLink");
    QTest::newRow("umlauts") << QStringLiteral("Gehäuse-Schlüssel").toUtf8();
    QTest::newRow("binary-4k") << QByteArray(4096, '\x5a');
}

void SecretBoxTest::roundTrip()
{
    QFETCH(QByteArray, plain);
    const auto box = SecretBox::fromKey(QByteArray(32, '\x01'));
    auto sealed = box.seal(plain, "cred-1");
    QVERIFY(sealed.ok());
    QVERIFY(!sealed->contains(plain) || plain.isEmpty());
    QCOMPARE(sealed->size(), plain.size() + 1 + 12 + 16);
    auto opened = box.open(*sealed, "cred-1");
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QCOMPARE(*opened, plain);
    // Two seals of the same secret differ (fresh nonce).
    QVERIFY(*box.seal(plain, "cred-1") != *sealed);
}

void SecretBoxTest::tamperedIsRejected()
{
    const auto box = SecretBox::fromKey(QByteArray(32, '\x02'));
    QByteArray sealed = *box.seal("secret", "ctx");
    for (int i = 0; i < sealed.size(); ++i) {
        QByteArray t = sealed;
        t[i] = char(t[i] ^ 0x01);
        const auto r = box.open(t, "ctx");
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("flip at %1 accepted").arg(i)));
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
    }
    QVERIFY(!box.open(sealed.left(10), "ctx").ok());
    QVERIFY(!SecretBox::fromKey(QByteArray(32, '\x03')).open(sealed, "ctx").ok());
}

void SecretBoxTest::contextIsBound()
{
    const auto box = SecretBox::fromKey(QByteArray(32, '\x04'));
    const QByteArray sealed = *box.seal("pin 1234", "device-a");
    QVERIFY(!box.open(sealed, "device-b").ok());
    QVERIFY(box.open(sealed, "device-a").ok());
}

void SecretBoxTest::keyFileCreatedPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.key"));
    auto box = SecretBox::fromKeyFile(path);
    QVERIFY2(box.ok(), qPrintable(box.errorString()));
    QFile f(path);
    QCOMPARE(f.size(), 32);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(f.permissions() & others, QFileDevice::Permissions()); // mode 0600
    QVERIFY(f.permissions() & QFileDevice::ReadOwner);
}

void SecretBoxTest::keyFileReusedAcrossOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.key"));
    const QByteArray sealed = *SecretBox::fromKeyFile(path)->seal("kept", "c");
    auto again = SecretBox::fromKeyFile(path);
    QVERIFY(again.ok());
    QCOMPARE(*again->open(sealed, "c"), QByteArray("kept"));
}

void SecretBoxTest::keyFileRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("perms");
    QTest::addColumn<QString>("mentions");
    const int owner = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QTest::newRow("world-readable") << QByteArray(32, 'k') << int(owner | QFileDevice::ReadOther) << "0600";
    QTest::newRow("short") << QByteArray(7, 'k') << owner << "damaged";
    QTest::newRow("long") << QByteArray(64, 'k') << owner << "damaged";
}

void SecretBoxTest::keyFileRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(int, perms);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.key"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::Permissions(perms)));
    auto box = SecretBox::fromKeyFile(path);
    QVERIFY(!box.ok());
    QVERIFY2(box.errorString().contains(mentions), qPrintable(box.errorString()));
    QVERIFY2(box.errorString().contains(path), qPrintable(box.errorString()));
}

QTEST_GUILESS_MAIN(SecretBoxTest)
#include "test_secretbox.moc"
