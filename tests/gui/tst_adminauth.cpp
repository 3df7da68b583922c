// The rules behind the admin password gate: first start, verification, change, audit entries.
#include "demo/demoschool.h"
#include "gui/adminauth.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;

namespace {
constexpr crypto::ScryptParams kCheap{10, 1, 1};
}

class TestAdminAuth : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<store::Database> openDb(const QString &name)
    {
        auto db = store::Database::open(m_dir.filePath(name));
        if (!db)
            qFatal("cannot open the test database: %s", qUtf8Printable(db.errorString()));
        return std::move(db).value();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void validateNewPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("seven-chars") << QStringLiteral("1234567") << QStringLiteral("1234567") << false;
        QTest::newRow("eight-chars") << QStringLiteral("12345678") << QStringLiteral("12345678") << true;
        QTest::newRow("mismatch") << QStringLiteral("geheim-123") << QStringLiteral("geheim-124") << false;
        QTest::newRow("leading-space") << QStringLiteral(" geheim-123") << QStringLiteral(" geheim-123") << false;
        QTest::newRow("umlauts") << QStringLiteral("Größenwahn!") << QStringLiteral("Größenwahn!") << true;
    }

    void validateNewPassword()
    {
        QFETCH(QString, password);
        QFETCH(QString, repeat);
        QFETCH(bool, acceptable);
        const QString problem = gui::AdminAuth::validateNewPassword(password, repeat);
        QCOMPARE(problem.isEmpty(), acceptable);
    }

    void provisionedHashIsAdoptedOnce()
    {
        auto db = openDb(QStringLiteral("provisioned.db"));
        gui::AdminAuth auth(*db, kCheap);
        const QString file = m_dir.filePath(QStringLiteral("admin-password"));
        QCOMPARE(auth.adoptProvisionedHash(file).valueOr(true), false); // no file: nothing to do

        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("geheim-123\n"); // a plain password is never taken
        bad.close();
        const auto refused = auth.adoptProvisionedHash(file);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(file), qPrintable(refused.errorString()));
        QCOMPARE(auth.needsSetup().valueOr(false), true);

        const auto hash = crypto::hashPassword(QStringLiteral("schul-admin-1"), kCheap);
        QVERIFY(hash.ok());
        QFile good(file);
        QVERIFY(good.open(QIODevice::WriteOnly | QIODevice::Truncate));
        good.write(hash->toLatin1() + "\n");
        good.close();
        QCOMPARE(auth.adoptProvisionedHash(file).valueOr(false), true);
        QCOMPARE(auth.verify(QStringLiteral("schul-admin-1")).valueOr(false), true);
        QCOMPARE(auth.needsSetup().valueOr(true), false);
        // Once an admin exists the file is not used again (a changed password stays changed).
        QCOMPARE(auth.adoptProvisionedHash(file).valueOr(true), false);
        auto audit = store::AuditLog(*db).list();
        QVERIFY(audit.ok() && audit->size() == 1);
        QCOMPARE(audit->first().actor, QStringLiteral("provisioning"));
    }

    void firstStartSetsHashedPasswordAndAudits()
    {
        auto db = openDb(QStringLiteral("first.db"));
        gui::AdminAuth auth(*db, kCheap);
        QCOMPARE(auth.needsSetup().valueOr(false), true);
        QVERIFY(!auth.setInitialPassword(QStringLiteral("short"), QStringLiteral("short")).ok());
        QCOMPARE(auth.needsSetup().valueOr(false), true);

        const Status s = auth.setInitialPassword(QStringLiteral("geheim-123"), QStringLiteral("geheim-123"));
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(auth.needsSetup().valueOr(true), false);

        auto user = store::UserRepository(*db).findByName(QStringLiteral("admin"));
        QVERIFY(user.ok() && user->has_value());
        QCOMPARE((*user)->role, store::Role::Admin);
        QVERIFY((*user)->passwordHash.startsWith(QLatin1String("$scrypt$")));
        QVERIFY(!(*user)->passwordHash.contains(QLatin1String("geheim-123")));

        QCOMPARE(auth.verify(QStringLiteral("geheim-123")).valueOr(false), true);
        QCOMPARE(auth.verify(QStringLiteral("geheim-124")).valueOr(true), false);

        // Setting it a second time is refused: the admin must change it knowing the old one.
        QCOMPARE(auth.setInitialPassword(QStringLiteral("another-1"), QStringLiteral("another-1")).error().code,
                 ErrorCode::AlreadyExists);

        auto audit = store::AuditLog(*db).list();
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("user.password"));
    }

    void changePasswordNeedsTheCurrentOne()
    {
        auto db = openDb(QStringLiteral("change.db"));
        gui::AdminAuth auth(*db, kCheap);
        QVERIFY(auth.setInitialPassword(QStringLiteral("geheim-123"), QStringLiteral("geheim-123")).ok());

        const Status wrong = auth.changePassword(QStringLiteral("nope-nope"), QStringLiteral("neu-geheim-1"),
                                                 QStringLiteral("neu-geheim-1"));
        QCOMPARE(wrong.error().code, ErrorCode::AuthFailed);
        QVERIFY(auth.verify(QStringLiteral("geheim-123")).valueOr(false));

        const Status ok = auth.changePassword(QStringLiteral("geheim-123"), QStringLiteral("neu-geheim-1"),
                                              QStringLiteral("neu-geheim-1"));
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        QVERIFY(!auth.verify(QStringLiteral("geheim-123")).valueOr(true));
        QVERIFY(auth.verify(QStringLiteral("neu-geheim-1")).valueOr(false));
        QCOMPARE(store::AuditLog(*db).list().valueOr({}).size(), 2);
    }

    void demoSchoolHasTheDemoPassword()
    {
        auto db = openDb(QStringLiteral("demo.db"));
        demo::DemoOptions options;
        options.scrypt = kCheap;
        QVERIFY(demo::seedDemoSchool(*db, options).ok());
        gui::AdminAuth auth(*db, kCheap);
        QCOMPARE(auth.needsSetup().valueOr(true), false);
        QVERIFY(auth.verify(demo::demoAdminPassword()).valueOr(false));
        // The demo only goes into an empty database.
        QCOMPARE(demo::seedDemoSchool(*db, options).error().code, ErrorCode::AlreadyExists);
    }
};

QTEST_GUILESS_MAIN(TestAdminAuth)
#include "tst_adminauth.moc"
