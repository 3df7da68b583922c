// Password hashing (scrypt via OpenSSL): known-good vector, wrong password, malformed stored hashes.
// Tests use logN=10 (1 MiB, ~2 ms) instead of the interactive default.
#include "crypto/password.h"

#include <QTest>

using namespace tafel;
using namespace tafel::crypto;

namespace {
const ScryptParams kCheap{10, 8, 1};
}

class TestPassword final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownGoodVector()
    {
        // Computed independently with Python: hashlib.scrypt(pw, salt=b"0123456789abcdef", n=1024, r=8, p=1, dklen=32).
        const QString stored = QStringLiteral("$scrypt$ln=10,r=8,p=1$MDEyMzQ1Njc4OWFiY2RlZg$SNOytMRPWc4xInDBVtE/Tjx7HkLcHCNBS1/YhFOxm5M");
        auto ok = verifyPassword(QStringLiteral("Tafel-2026! Ünïcode"), stored);
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        QCOMPARE(*ok, true);
        auto wrong = verifyPassword(QStringLiteral("Tafel-2026! Unicode"), stored);
        QVERIFY(wrong.ok());
        QCOMPARE(*wrong, false);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
        QTest::newRow("umlauts") << QStringLiteral("Größenwahn-Übung");
        QTest::newRow("turkish") << QStringLiteral("şifreĞİ");
        QTest::newRow("empty") << QString();
        QTest::newRow("long") << QString(500, u'x');
    }

    void roundTrip()
    {
        QFETCH(QString, password);
        auto hash = hashPassword(password, kCheap);
        QVERIFY2(hash.ok(), qPrintable(hash.errorString()));
        QVERIFY(hash->startsWith(QStringLiteral("$scrypt$ln=10,r=8,p=1$")));
        QVERIFY(!hash->contains(password.isEmpty() ? QStringLiteral("\x01") : password)); // never the password itself
        QCOMPARE(verifyPassword(password, *hash).valueOr(false), true);
        QCOMPARE(verifyPassword(password + QLatin1Char('!'), *hash).valueOr(true), false);
    }

    void saltMakesEveryHashDifferent()
    {
        auto a = hashPassword(QStringLiteral("same"), kCheap);
        auto b = hashPassword(QStringLiteral("same"), kCheap);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*a != *b);
        QCOMPARE(verifyPassword(QStringLiteral("same"), *a).valueOr(false), true);
        QCOMPARE(verifyPassword(QStringLiteral("same"), *b).valueOr(false), true);
    }

    void parametersTravelWithTheHash()
    {
        auto hash = hashPassword(QStringLiteral("pw"), ScryptParams{11, 4, 2});
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith(QStringLiteral("$scrypt$ln=11,r=4,p=2$")));
        QCOMPARE(verifyPassword(QStringLiteral("pw"), *hash).valueOr(false), true);
    }

    void unsupportedParameters()
    {
        auto tooLow = hashPassword(QStringLiteral("pw"), ScryptParams{4, 8, 1});
        QVERIFY(!tooLow.ok());
        QCOMPARE(tooLow.error().code, ErrorCode::InvalidInput);
        // A stored hash asking for absurd cost is refused, not computed.
        auto huge = verifyPassword(QStringLiteral("pw"), QStringLiteral("$scrypt$ln=40,r=8,p=1$MDEyMzQ1Njc4OWFiY2RlZg$SNOytMRPWc4xInDBVtE/Tjx7HkLcHCNBS1/YhFOxm5M"));
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().code, ErrorCode::InvalidInput);
    }

    void malformedHashIsAnError_data()
    {
        QTest::addColumn<QString>("stored");
        const QString salt = QStringLiteral("MDEyMzQ1Njc4OWFiY2RlZg");
        const QString key = QStringLiteral("SNOytMRPWc4xInDBVtE/Tjx7HkLcHCNBS1/YhFOxm5M");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain-password") << QStringLiteral("hunter2");
        QTest::newRow("only-prefix") << QStringLiteral("$scrypt$");
        QTest::newRow("other-algorithm") << QStringLiteral("$argon2id$ln=10,r=8,p=1$") + salt + QLatin1Char('$') + key;
        QTest::newRow("missing-param") << QStringLiteral("$scrypt$ln=10,r=8$") + salt + QLatin1Char('$') + key;
        QTest::newRow("non-numeric-param") << QStringLiteral("$scrypt$ln=ten,r=8,p=1$") + salt + QLatin1Char('$') + key;
        QTest::newRow("bad-base64-salt") << QStringLiteral("$scrypt$ln=10,r=8,p=1$***$") + key;
        QTest::newRow("short-salt") << QStringLiteral("$scrypt$ln=10,r=8,p=1$YWJj$") + key;
        QTest::newRow("short-hash") << QStringLiteral("$scrypt$ln=10,r=8,p=1$") + salt + QStringLiteral("$SNOytMRPWc4x");
        QTest::newRow("extra-field") << QStringLiteral("$scrypt$ln=10,r=8,p=1$") + salt + QLatin1Char('$') + key + QStringLiteral("$x");
        QTest::newRow("no-leading-dollar") << QStringLiteral("scrypt$ln=10,r=8,p=1$") + salt + QLatin1Char('$') + key;
    }

    void malformedHashIsAnError()
    {
        QFETCH(QString, stored);
        auto r = verifyPassword(QStringLiteral("Tafel-2026! Ünïcode"), stored);
        QVERIFY2(!r.ok(), "a malformed hash must be an error, not a silent 'wrong password'");
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        QVERIFY(!r.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
