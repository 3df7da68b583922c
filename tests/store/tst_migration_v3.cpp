// Migration step 3 (credentials, schedules) from a version-2 database, and the two repositories it serves.
#include "store/credentials.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::store;
using tafel::schedules::Action;
using tafel::schedules::ScheduleEntry;

class TestMigrationV3 final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("tafel.db"));
    }
    void fromVersion2();
    void credentialsEncryptedAtRest();
    void credentialKeyFileReplaced();
    void schedulesCrud();
    void scheduleValidation();

private:
    std::unique_ptr<Database> open(int version = -1)
    {
        OpenOptions o;
        o.targetVersion = version;
        auto db = Database::open(m_path, o);
        if (!db)
            qWarning() << db.errorString();
        return db ? std::move(db).value() : nullptr;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigrationV3::fromVersion2()
{
    QString roomId;
    {
        auto v2 = open(2);
        QVERIFY(v2);
        QCOMPARE(v2->schemaVersion(), 2);
        roomId = RoomRepository(*v2).add(Room{{}, QStringLiteral("Raum 204"), {}, {}, 30})->id;
        QVERIFY(UserRepository(*v2).add(User{{}, QStringLiteral("admin"), Role::Admin, QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdA$aGFzaA"), {}}).ok());
    }
    auto db = open(3);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 3);
    QCOMPARE(RoomRepository(*db).get(roomId)->name, QStringLiteral("Raum 204"));
    QVERIFY(UserRepository(*db).hasAdmin().valueOr(false));
    // The new tables work, and a room's schedules go with the room.
    ScheduleEntry e;
    e.roomId = roomId;
    e.time = QTime(16, 30);
    QVERIFY(ScheduleRepository(*db).add(e).ok());
    QVERIFY(RoomRepository(*db).remove(roomId).ok());
    QCOMPARE(ScheduleRepository(*db).list()->size(), 0);
}

void TestMigrationV3::credentialsEncryptedAtRest()
{
    auto db = open();
    QVERIFY(db);
    auto creds = CredentialRepository::forDatabase(*db);
    QVERIFY2(creds.ok(), qPrintable(creds.errorString()));
    auto ref = creds->put(QStringLiteral("JBMIAProjectorLink"));
    QVERIFY(ref.ok());
    QCOMPARE(*creds->get(*ref), QStringLiteral("JBMIAProjectorLink"));
    // Overwrite under the same reference.
    QCOMPARE(*creds->put(QStringLiteral("neu"), *ref), *ref);
    QCOMPARE(*creds->get(*ref), QStringLiteral("neu"));
    QCOMPARE(creds->get(QStringLiteral("missing")).error().code, ErrorCode::NotFound);
    QVERIFY(QFile::exists(CredentialRepository::keyFilePathFor(*db)));
    db.reset();
    // The secret is nowhere in the database file in clear.
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QFile wal(m_path + QStringLiteral("-wal"));
    const QByteArray rawWal = wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    QVERIFY(!raw.contains("JBMIAProjectorLink") && !raw.contains("neu\0"));
    QVERIFY(!rawWal.contains("JBMIAProjectorLink"));
}

void TestMigrationV3::credentialKeyFileReplaced()
{
    auto db = open();
    QString ref;
    {
        auto creds = CredentialRepository::forDatabase(*db);
        ref = *creds->put(QStringLiteral("1234"));
    }
    QVERIFY(QFile::remove(CredentialRepository::keyFilePathFor(*db)));
    auto creds = CredentialRepository::forDatabase(*db); // makes a new, different key
    QVERIFY(creds.ok());
    const auto r = creds->get(ref);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Corrupt);
    QVERIFY2(r.errorString().contains(QStringLiteral("key file")), qPrintable(r.errorString()));
}

void TestMigrationV3::schedulesCrud()
{
    auto db = open();
    const QString room = RoomRepository(*db).add(Room{{}, QStringLiteral("Aula"), {}, {}, 0})->id;
    ScheduleRepository repo(*db);
    ScheduleEntry off;
    off.roomId = room;
    off.time = QTime(16, 30);
    off.action = Action::PowerOff;
    off.label = QStringLiteral("Feierabend");
    auto added = repo.add(off);
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    ScheduleEntry on;
    on.time = QTime(7, 45);
    on.action = Action::PowerOn; // whole school
    QVERIFY(repo.add(on).ok());
    QCOMPARE(repo.list()->size(), 2);
    QCOMPARE(repo.list()->first().time, QTime(7, 45)); // ordered by time
    QCOMPARE(repo.list(room)->size(), 2);
    QCOMPARE(repo.list(room, false)->size(), 1);
    auto got = repo.get(added->id);
    QCOMPARE(got->label, QStringLiteral("Feierabend"));
    QCOMPARE(got->days, schedules::kSchoolDays);
    ScheduleEntry changed = *got;
    changed.time = QTime(17, 0);
    changed.enabled = false;
    QVERIFY(repo.update(changed).ok());
    QCOMPARE(repo.get(added->id)->time, QTime(17, 0));
    QVERIFY(!repo.get(added->id)->enabled);
    QVERIFY(repo.remove(added->id).ok());
    QCOMPARE(repo.remove(added->id).error().code, ErrorCode::NotFound);
    QCOMPARE(toJson(on).value(QStringLiteral("time")).toString(), QStringLiteral("07:45"));
}

void TestMigrationV3::scheduleValidation()
{
    auto db = open();
    ScheduleRepository repo(*db);
    ScheduleEntry e;
    QCOMPARE(repo.add(e).error().code, ErrorCode::InvalidInput); // no time
    e.time = QTime(8, 0);
    e.roomId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QCOMPARE(repo.add(e).error().code, ErrorCode::NotFound); // unknown room
    e.roomId.clear();
    e.action = Action::Input;
    QCOMPARE(repo.add(e).error().code, ErrorCode::InvalidInput); // input without code
}

QTEST_GUILESS_MAIN(TestMigrationV3)
#include "tst_migration_v3.moc"
