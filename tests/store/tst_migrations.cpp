// Every migration step, tested from the schema version before it: data written at N-1 survives the upgrade
// and what step N adds works. When you append a migration, add a `fromVersionN` slot here.
#include "store/database.h"
#include "store/migrations.h"
#include "store/repositories.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::store;

namespace {

std::unique_ptr<Database> openAt(const QString &path, int version)
{
    OpenOptions opts;
    opts.targetVersion = version;
    auto db = Database::open(path, opts);
    if (!db.ok()) {
        qWarning() << db.errorString();
        return {};
    }
    return std::move(db).value();
}

QStringList tables(Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("tafel.db"));
    }

    // Generic: each step N applies cleanly on top of N-1, sets user_version and leaves a healthy file.
    void eachStepFromPrevious_data()
    {
        QTest::addColumn<int>("version");
        for (const Migration &m : migrations())
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(m.version))) << m.version;
    }

    void eachStepFromPrevious()
    {
        QFETCH(int, version);
        if (version > 1) {
            auto before = openAt(m_path, version - 1);
            QVERIFY(before);
            QCOMPARE(before->schemaVersion(), version - 1);
        }
        auto after = openAt(m_path, version);
        QVERIFY(after);
        QCOMPARE(after->schemaVersion(), version);
        QSqlQuery q(after->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), version);
        auto check = after->integrityCheck();
        QVERIFY(check.ok() && check->isEmpty());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    void fromEmptyToLatest()
    {
        auto db = openAt(m_path, -1);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        // The tables of every step so far (later steps add more; this list only grows).
        const QStringList have = tables(*db);
        for (const char *table : {"rooms", "devices", "users", "audit_log", "credentials", "schedules"})
            QVERIFY2(have.contains(QLatin1String(table)), table);
    }

    void fromVersion1()
    {
        QString roomId;
        QString deviceId;
        {
            auto v1 = openAt(m_path, 1);
            QVERIFY(v1);
            QCOMPARE(v1->schemaVersion(), 1);
            QVERIFY(!tables(*v1).contains(QStringLiteral("users")));
            auto room = RoomRepository(*v1).add(Room{{}, QStringLiteral("Physik 2"), QStringLiteral("Nordbau"), QStringLiteral("2"), 28});
            QVERIFY2(room.ok(), qPrintable(room.errorString()));
            roomId = room->id;
            Device dev;
            dev.roomId = roomId;
            dev.kind = DeviceKind::Projector;
            dev.name = QStringLiteral("Beamer");
            dev.host = QStringLiteral("10.1.2.3:4352");
            dev.protocol = QStringLiteral("pjlink");
            dev.mac = QStringLiteral("00-11-22-aa-bb-cc");
            auto added = DeviceRepository(*v1).add(dev);
            QVERIFY2(added.ok(), qPrintable(added.errorString()));
            deviceId = added->id;
        }

        auto latest = openAt(m_path, -1);
        QVERIFY(latest);
        QCOMPARE(latest->schemaVersion(), Database::latestSchemaVersion());
        // v1 data survived.
        auto room = RoomRepository(*latest).get(roomId);
        QVERIFY(room.ok());
        QCOMPARE(room->name, QStringLiteral("Physik 2"));
        QCOMPARE(room->building, QStringLiteral("Nordbau"));
        QCOMPARE(room->capacity, 28);
        auto dev = DeviceRepository(*latest).get(deviceId);
        QVERIFY(dev.ok());
        QCOMPARE(dev->host, QStringLiteral("10.1.2.3"));
        QCOMPARE(dev->port, quint16(4352));
        QCOMPARE(dev->mac, QStringLiteral("00:11:22:AA:BB:CC"));
        QCOMPARE(dev->kind, DeviceKind::Projector);
        // v2 tables work.
        UserRepository users(*latest);
        QCOMPARE(users.hasAdmin().valueOr(true), false);
        QVERIFY(users.add(User{{}, QStringLiteral("admin"), Role::Admin, QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdA$aGFzaA"), {}}).ok());
        QCOMPARE(users.hasAdmin().valueOr(false), true);
        AuditLog log(*latest);
        QVERIFY(log.append(AuditEntry{0, {}, QStringLiteral("test"), QStringLiteral("room.update"), roomId, toJson(*room), toJson(*room)}).ok());
        QCOMPARE(log.list()->size(), 1);
        // Foreign keys still hold after the upgrade.
        QVERIFY(RoomRepository(*latest).remove(roomId).ok());
        QCOMPARE(DeviceRepository(*latest).get(deviceId).error().code, ErrorCode::NotFound);
    }

    void reopeningAtLatestIsANoOp()
    {
        {
            auto db = openAt(m_path, -1);
            QVERIFY(db);
        }
        auto again = openAt(m_path, -1);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
    }

    void migrateFalseKeepsOldVersion()
    {
        {
            auto v1 = openAt(m_path, 1);
            QVERIFY(v1);
        }
        OpenOptions opts;
        opts.migrate = false;
        auto db = Database::open(m_path, opts);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 1);
        QVERIFY(!tables(**db).contains(QStringLiteral("users")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
