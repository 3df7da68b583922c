// Rooms, devices, users and the audit log: CRUD, validation and constraint errors.
#include "store/database.h"
#include "store/repositories.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::store;

namespace {
const QString kHash = QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");

Room room(const QString &name, int capacity = 0)
{
    Room r;
    r.name = name;
    r.capacity = capacity;
    return r;
}

Device device(const QString &roomId, const QString &name, const QString &host, DeviceKind kind = DeviceKind::Display)
{
    Device d;
    d.roomId = roomId;
    d.name = name;
    d.host = host;
    d.kind = kind;
    return d;
}
} // namespace

class TestRepositories final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("tafel.db")));
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    // ---- rooms
    void roomCrud()
    {
        RoomRepository rooms(*m_db);
        auto a = rooms.add(Room{{}, QStringLiteral("  Chemie 1 "), QStringLiteral("Altbau"), QStringLiteral("EG"), 24});
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        QVERIFY(isValidId(a->id));
        QCOMPARE(a->name, QStringLiteral("Chemie 1")); // trimmed
        QVERIFY(rooms.add(room(QStringLiteral("Aula"), 200)).ok());
        QVERIFY(rooms.add(room(QStringLiteral("biologie"))).ok());

        auto all = rooms.list();
        QVERIFY(all.ok());
        QStringList names;
        for (const Room &r : *all)
            names.append(r.name);
        QCOMPARE(names, (QStringList{QStringLiteral("Aula"), QStringLiteral("biologie"), QStringLiteral("Chemie 1")})); // case-insensitive order

        auto got = rooms.get(a->id);
        QVERIFY(got.ok());
        QCOMPARE(got->building, QStringLiteral("Altbau"));
        QCOMPARE(got->floor, QStringLiteral("EG"));
        QCOMPARE(got->capacity, 24);

        Room changed = *got;
        changed.name = QStringLiteral("Chemie 2");
        changed.capacity = 30;
        QVERIFY(rooms.update(changed).ok());
        QCOMPARE(rooms.get(a->id)->name, QStringLiteral("Chemie 2"));
        QCOMPARE(rooms.findByName(QStringLiteral("CHEMIE 2"))->id, a->id);
        QCOMPARE(rooms.resolve(a->id)->name, QStringLiteral("Chemie 2"));
        QCOMPARE(rooms.resolve(QStringLiteral("chemie 2"))->id, a->id);

        QVERIFY(rooms.remove(a->id).ok());
        QCOMPARE(rooms.get(a->id).error().code, ErrorCode::NotFound);
        QCOMPARE(rooms.remove(a->id).error().code, ErrorCode::NotFound);
        QCOMPARE(rooms.list()->size(), 2);
    }

    void roomNamesAreUniqueIgnoringCase_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("ascii") << QStringLiteral("Physik") << QStringLiteral("PHYSIK");
        QTest::newRow("umlaut") << QStringLiteral("Übungsraum") << QStringLiteral("übungsraum");
        QTest::newRow("turkish") << QStringLiteral("Ölçme Odası") << QStringLiteral("ÖLÇME ODASı");
        QTest::newRow("blanks") << QStringLiteral("R101") << QStringLiteral("  r101 ");
    }

    void roomNamesAreUniqueIgnoringCase()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        RoomRepository rooms(*m_db);
        QVERIFY(rooms.add(room(first)).ok());
        auto dup = rooms.add(room(second));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
        QVERIFY2(dup.errorString().contains(first.trimmed()), qPrintable(dup.errorString()));
        // Renaming another room onto the name is refused too.
        auto other = rooms.add(room(QStringLiteral("Other")));
        QVERIFY(other.ok());
        Room renamed = *other;
        renamed.name = second;
        QCOMPARE(rooms.update(renamed).error().code, ErrorCode::AlreadyExists);
    }

    void roomValidation()
    {
        RoomRepository rooms(*m_db);
        QCOMPARE(rooms.add(room(QStringLiteral("   "))).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rooms.add(room(QStringLiteral("Negative"), -1)).error().code, ErrorCode::InvalidInput);
        Room badId = room(QStringLiteral("X"));
        badId.id = QStringLiteral("not-a-uuid");
        QCOMPARE(rooms.add(badId).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rooms.findByName(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
        QCOMPARE(rooms.resolve(newId()).error().code, ErrorCode::NotFound);
        Room ghost = room(QStringLiteral("Ghost"));
        ghost.id = newId();
        QCOMPARE(rooms.update(ghost).error().code, ErrorCode::NotFound);
    }

    void keepsAGivenId()
    {
        RoomRepository rooms(*m_db);
        Room r = room(QStringLiteral("Imported"));
        r.id = newId();
        auto added = rooms.add(r);
        QVERIFY(added.ok());
        QCOMPARE(added->id, r.id);
        Room again = room(QStringLiteral("Other name"));
        again.id = r.id;
        QCOMPARE(rooms.add(again).error().code, ErrorCode::AlreadyExists);
    }

    void removingARoomRemovesItsDevices()
    {
        RoomRepository rooms(*m_db);
        DeviceRepository devices(*m_db);
        auto a = rooms.add(room(QStringLiteral("A")));
        auto b = rooms.add(room(QStringLiteral("B")));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(devices.add(device(a->id, QStringLiteral("Display A"), QStringLiteral("10.0.0.1"))).ok());
        QVERIFY(devices.add(device(a->id, QStringLiteral("PC A"), QStringLiteral("pc-a.schule.lan"), DeviceKind::Pc)).ok());
        QVERIFY(devices.add(device(b->id, QStringLiteral("Display B"), QStringLiteral("10.0.0.2"))).ok());
        QCOMPARE(devices.list()->size(), 3);
        QVERIFY(rooms.remove(a->id).ok());
        auto left = devices.list();
        QVERIFY(left.ok());
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().name, QStringLiteral("Display B"));
    }

    // ---- devices
    void deviceCrud()
    {
        RoomRepository rooms(*m_db);
        DeviceRepository devices(*m_db);
        auto a = rooms.add(room(QStringLiteral("A")));
        auto b = rooms.add(room(QStringLiteral("B")));
        QVERIFY(a.ok() && b.ok());

        Device d = device(a->id, QStringLiteral("Beamer"), QStringLiteral("[fd00::10]:4352"), DeviceKind::Projector);
        d.protocol = QStringLiteral("PJLink");
        d.mac = QStringLiteral("0011.22aa.bbcc");
        d.credentialRef = QStringLiteral("secret:beamer-a");
        auto added = devices.add(d);
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
        QCOMPARE(added->host, QStringLiteral("fd00::10"));
        QCOMPARE(added->port, quint16(4352));
        QCOMPARE(added->protocol, QStringLiteral("pjlink"));
        QCOMPARE(added->mac, QStringLiteral("00:11:22:AA:BB:CC"));

        auto got = devices.get(added->id);
        QVERIFY(got.ok());
        QCOMPARE(got->kind, DeviceKind::Projector);
        QCOMPARE(got->credentialRef, QStringLiteral("secret:beamer-a"));
        QCOMPARE(toJson(*got), toJson(*added));

        QVERIFY(devices.add(device(a->id, QStringLiteral("Agent"), QStringLiteral("10.0.0.9"), DeviceKind::Agent)).ok());
        QVERIFY(devices.add(device(b->id, QStringLiteral("AP"), QStringLiteral("ap-b"), DeviceKind::AccessPoint)).ok());
        QCOMPARE(devices.list()->size(), 3);
        QCOMPARE(devices.list(a->id)->size(), 2);
        QCOMPARE(devices.list(a->id)->first().name, QStringLiteral("Agent")); // ordered by name
        QCOMPARE(devices.list(newId())->size(), 0);

        Device changed = *got;
        changed.name = QStringLiteral("Beamer neu");
        changed.host = QStringLiteral("10.0.0.20");
        changed.port = 0;
        changed.mac.clear();
        QVERIFY(devices.update(changed).ok());
        QCOMPARE(devices.get(added->id)->name, QStringLiteral("Beamer neu"));
        QCOMPARE(devices.get(added->id)->mac, QString());

        QVERIFY(devices.move(added->id, b->id).ok());
        QCOMPARE(devices.get(added->id)->roomId, b->id);
        QCOMPARE(devices.move(added->id, newId()).error().code, ErrorCode::NotFound);
        QCOMPARE(devices.move(newId(), b->id).error().code, ErrorCode::NotFound);

        QVERIFY(devices.remove(added->id).ok());
        QCOMPARE(devices.get(added->id).error().code, ErrorCode::NotFound);
        QCOMPARE(devices.remove(added->id).error().code, ErrorCode::NotFound);
    }

    void deviceValidation_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        const int invalid = int(ErrorCode::InvalidInput);
        QTest::newRow("ok") << QStringLiteral("10.0.0.1") << 0 << QString() << QString() << QStringLiteral("D") << 0 << -1;
        QTest::newRow("empty-host") << QString() << 0 << QString() << QString() << QStringLiteral("D") << 0 << invalid;
        QTest::newRow("bad-host") << QStringLiteral("not a host!") << 0 << QString() << QString() << QStringLiteral("D") << 0 << invalid;
        QTest::newRow("bad-port") << QStringLiteral("10.0.0.1:99999") << 0 << QString() << QString() << QStringLiteral("D") << 0 << invalid;
        QTest::newRow("two-ports") << QStringLiteral("10.0.0.1:4352") << 1515 << QString() << QString() << QStringLiteral("D") << 0 << invalid;
        QTest::newRow("same-port-twice") << QStringLiteral("10.0.0.1:4352") << 4352 << QString() << QString() << QStringLiteral("D") << 0 << -1;
        QTest::newRow("bad-protocol") << QStringLiteral("10.0.0.1") << 0 << QStringLiteral("telnet") << QString() << QStringLiteral("D") << 0 << invalid;
        QTest::newRow("bad-mac") << QStringLiteral("10.0.0.1") << 0 << QString() << QStringLiteral("00:11:22") << QStringLiteral("D") << 0 << invalid;
        QTest::newRow("no-name") << QStringLiteral("10.0.0.1") << 0 << QString() << QString() << QStringLiteral("  ") << 0 << invalid;
        QTest::newRow("bad-kind") << QStringLiteral("10.0.0.1") << 0 << QString() << QString() << QStringLiteral("D") << 99 << invalid;
    }

    void deviceValidation()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, protocol);
        QFETCH(QString, mac);
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(int, expected);
        auto r = RoomRepository(*m_db).add(room(QStringLiteral("A")));
        QVERIFY(r.ok());
        Device d = device(r->id, name, host, DeviceKind(kind));
        d.port = quint16(port);
        d.protocol = protocol;
        d.mac = mac;
        auto added = DeviceRepository(*m_db).add(d);
        if (expected < 0) {
            QVERIFY2(added.ok(), qPrintable(added.errorString()));
        } else {
            QVERIFY(!added.ok());
            QCOMPARE(int(added.error().code), expected);
            QVERIFY(!added.errorString().isEmpty());
            QCOMPARE(DeviceRepository(*m_db).list()->size(), 0);
        }
    }

    void deviceNeedsAnExistingRoom()
    {
        auto added = DeviceRepository(*m_db).add(device(newId(), QStringLiteral("Lost"), QStringLiteral("10.0.0.1")));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::NotFound);
        QVERIFY(added.errorString().contains(QStringLiteral("room")));
    }

    void macAddressesAreUnique()
    {
        auto r = RoomRepository(*m_db).add(room(QStringLiteral("A")));
        QVERIFY(r.ok());
        DeviceRepository devices(*m_db);
        Device one = device(r->id, QStringLiteral("One"), QStringLiteral("10.0.0.1"));
        one.mac = QStringLiteral("aa:bb:cc:dd:ee:ff");
        auto first = devices.add(one);
        QVERIFY(first.ok());
        Device two = device(r->id, QStringLiteral("Two"), QStringLiteral("10.0.0.2"));
        two.mac = QStringLiteral("AA-BB-CC-DD-EE-FF"); // same address, other spelling
        auto dup = devices.add(two);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
        QVERIFY(dup.errorString().contains(QStringLiteral("One")));
        // Devices without a MAC never collide.
        QVERIFY(devices.add(device(r->id, QStringLiteral("Three"), QStringLiteral("10.0.0.3"))).ok());
        QVERIFY(devices.add(device(r->id, QStringLiteral("Four"), QStringLiteral("10.0.0.4"))).ok());
        // Updating a device keeps its own MAC.
        Device same = *first;
        same.name = QStringLiteral("One renamed");
        QVERIFY(devices.update(same).ok());
    }

    void normalizesMacAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("colons") << QStringLiteral("aa:bb:cc:00:11:22") << QStringLiteral("AA:BB:CC:00:11:22");
        QTest::newRow("dashes") << QStringLiteral("AA-BB-CC-00-11-22") << QStringLiteral("AA:BB:CC:00:11:22");
        QTest::newRow("cisco") << QStringLiteral("aabb.cc00.1122") << QStringLiteral("AA:BB:CC:00:11:22");
        QTest::newRow("bare") << QStringLiteral("aabbcc001122") << QStringLiteral("AA:BB:CC:00:11:22");
        QTest::newRow("too-short") << QStringLiteral("aa:bb:cc") << QString();
        QTest::newRow("not-hex") << QStringLiteral("zz:bb:cc:00:11:22") << QString();
    }

    void normalizesMacAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto mac = normalizeMac(input);
        QCOMPARE(mac.ok(), !expected.isEmpty());
        if (mac.ok())
            QCOMPARE(*mac, expected);
        else
            QCOMPARE(mac.error().code, ErrorCode::InvalidInput);
    }

    // ---- users
    void users()
    {
        UserRepository users(*m_db);
        QCOMPARE(users.hasAdmin().valueOr(true), false);
        auto teacher = users.add(User{{}, QStringLiteral("Frau Müller"), Role::Teacher, {}, {}});
        QVERIFY2(teacher.ok(), qPrintable(teacher.errorString()));
        QVERIFY(teacher->created.isValid());
        QCOMPARE(users.hasAdmin().valueOr(true), false);
        auto admin = users.add(User{{}, QStringLiteral("admin"), Role::Admin, kHash, {}});
        QVERIFY(admin.ok());
        QCOMPARE(users.hasAdmin().valueOr(false), true);

        QCOMPARE(users.add(User{{}, QStringLiteral("FRAU MÜLLER"), Role::Teacher, {}, {}}).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(users.add(User{{}, QStringLiteral(" "), Role::Teacher, {}, {}}).error().code, ErrorCode::InvalidInput);
        // A plain password never reaches the database.
        QCOMPARE(users.add(User{{}, QStringLiteral("x"), Role::Teacher, QStringLiteral("hunter2"), {}}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(users.setPasswordHash(teacher->id, QStringLiteral("hunter2")).error().code, ErrorCode::InvalidInput);

        auto found = users.findByName(QStringLiteral("frau müller"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->role, Role::Teacher);
        QCOMPARE((*found)->created.toMSecsSinceEpoch(), teacher->created.toMSecsSinceEpoch());
        auto missing = users.findByName(QStringLiteral("nobody"));
        QVERIFY(missing.ok() && !missing->has_value());

        QVERIFY(users.setPasswordHash(teacher->id, kHash).ok());
        QCOMPARE((*users.findByName(QStringLiteral("Frau Müller")))->passwordHash, kHash);
        QCOMPARE(users.setPasswordHash(newId(), kHash).error().code, ErrorCode::NotFound);

        QCOMPARE(users.list()->size(), 2);
        QVERIFY(users.remove(admin->id).ok());
        QCOMPARE(users.hasAdmin().valueOr(true), false);
        QCOMPARE(users.remove(admin->id).error().code, ErrorCode::NotFound);
    }

    void roleKeys()
    {
        QCOMPARE(roleKey(Role::Admin), QStringLiteral("admin"));
        QCOMPARE(roleKey(Role::Teacher), QStringLiteral("teacher"));
        QCOMPARE(roleFromKey(QStringLiteral(" Admin ")), std::optional<Role>(Role::Admin));
        QCOMPARE(roleFromKey(QStringLiteral("teacher")), std::optional<Role>(Role::Teacher));
        QVERIFY(!roleFromKey(QStringLiteral("root")).has_value());
    }

    // ---- audit log
    void auditLog()
    {
        AuditLog log(*m_db);
        const QDateTime t0 = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
        Room r = room(QStringLiteral("R1"), 20);
        r.id = newId();
        QVERIFY(log.append(AuditEntry{0, t0, QStringLiteral("admin"), QStringLiteral("room.add"), r.id, {}, toJson(r)}).ok());
        Room after = r;
        after.capacity = 25;
        QVERIFY(log.append(AuditEntry{0, t0.addSecs(60), QStringLiteral("tafelctl"), QStringLiteral("room.update"), r.id, toJson(r), toJson(after)}).ok());
        QVERIFY(log.append(AuditEntry{0, t0.addSecs(120), QStringLiteral("admin"), QStringLiteral("room.remove"), r.id, toJson(after), {}}).ok());
        QVERIFY(log.append(AuditEntry{0, {}, QStringLiteral("admin"), QStringLiteral("user.password"), newId(), {}, {}}).ok()); // now

        auto all = log.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).action, QStringLiteral("user.password")); // newest first
        QVERIFY(all->at(0).at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(all->at(1).action, QStringLiteral("room.remove"));
        QCOMPARE(all->at(2).action, QStringLiteral("room.update"));
        QCOMPARE(all->at(2).actor, QStringLiteral("tafelctl"));
        QCOMPARE(all->at(2).at, t0.addSecs(60));
        QCOMPARE(all->at(2).before.value(QStringLiteral("capacity")).toInt(), 20);
        QCOMPARE(all->at(2).after.value(QStringLiteral("capacity")).toInt(), 25);
        QCOMPARE(all->at(2).after, toJson(after));
        QVERIFY(all->at(3).before.isEmpty());
        QVERIFY(all->at(1).after.isEmpty());
        QVERIFY(all->at(0).id > all->at(3).id);

        QCOMPARE(log.list(t0.addSecs(60))->size(), 3);
        QCOMPARE(log.list({}, 2)->size(), 2);
        QCOMPARE(log.append(AuditEntry{0, {}, QString(), QStringLiteral("x"), {}, {}, {}}).error().code, ErrorCode::InvalidInput);
    }

    void jsonFormsUseSnakeCase()
    {
        Device d = device(newId(), QStringLiteral("D"), QStringLiteral("h"), DeviceKind::AccessPoint);
        d.hasAgent = true;
        const QJsonObject o = toJson(d);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("access-point"));
        QCOMPARE(o.value(QStringLiteral("room_id")).toString(), d.roomId);
        QCOMPARE(o.value(QStringLiteral("has_agent")).toBool(), true);
        QVERIFY(o.contains(QStringLiteral("credential_ref")));
        const QJsonObject r = toJson(room(QStringLiteral("R"), 3));
        QCOMPARE(r.keys(), (QStringList{QStringLiteral("building"), QStringLiteral("capacity"), QStringLiteral("floor"), QStringLiteral("id"), QStringLiteral("name")}));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
