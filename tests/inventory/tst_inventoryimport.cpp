// Import plan and apply against a real SQLite file: add/change/unchanged, move by MAC, duplicate MAC against the
// database, unknown room, one transaction (errors -> nothing written; skip bad lines -> only good lines), the
// export -> import round trip, and the audited edits (InventoryEditor) including encrypted passwords.
#include "inventory/importplan.h"
#include "inventory/inventorycsv.h"
#include "inventory/inventoryeditor.h"

#include "store/credentials.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::inventory;

namespace {
const QByteArray kHeader = "room,building,floor,capacity,kind,name,host,port,mac,protocol,has_agent\n";
}

class TestInventoryImport final : public QObject {
    Q_OBJECT

    int auditCount(const QString &action = {})
    {
        auto entries = store::AuditLog(*m_db).list();
        if (!entries)
            return -1;
        int n = 0;
        for (const auto &e : *entries)
            n += action.isEmpty() || e.action == action;
        return n;
    }

    int rowCount(const char *table)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // R101 (Altbau, 1, 28) with a projector (MAC ..:01) and a PC; R102 empty.
    void seed()
    {
        InventoryEditor editor(*m_db, QStringLiteral("seed"));
        auto r101 = editor.addRoom(Room{{}, QStringLiteral("R101"), QStringLiteral("Altbau"), QStringLiteral("1"), 28});
        QVERIFY(r101.ok());
        auto r102 = editor.addRoom(Room{{}, QStringLiteral("R102"), {}, {}, 0});
        QVERIFY(r102.ok());
        m_r101 = r101->id;
        m_r102 = r102->id;
        Device beamer;
        beamer.roomId = m_r101;
        beamer.kind = DeviceKind::Projector;
        beamer.name = QStringLiteral("Beamer");
        beamer.host = QStringLiteral("10.0.1.14");
        beamer.port = 4352;
        beamer.mac = QStringLiteral("00:11:22:33:44:01");
        beamer.protocol = QStringLiteral("pjlink");
        auto b = editor.addDevice(beamer, QStringLiteral("geheim-pjlink"));
        QVERIFY2(b.ok(), qPrintable(b.errorString()));
        m_beamer = b->id;
        Device pc = beamer;
        pc.kind = DeviceKind::Pc;
        pc.name = QStringLiteral("Lehrer-PC");
        pc.host = QStringLiteral("10.0.1.20");
        pc.port = 0;
        pc.mac.clear();
        pc.protocol = QStringLiteral("agent");
        pc.hasAgent = true;
        QVERIFY(editor.addDevice(pc).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = store::Database::open(m_dir->filePath(QStringLiteral("tafel.db")));
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        m_db = std::move(db).value();
        seed();
    }

    void cleanup() { m_db.reset(); }

    void planAddChangeUnchanged()
    {
        const QByteArray csv = kHeader +
                               "R101,,,,projector,Beamer,10.0.1.14,4352,00:11:22:33:44:01,pjlink,no\n"  // unchanged
                               "R101,,,,pc,Lehrer-PC,10.0.1.21,,,agent,yes\n"                          // host changed
                               "R102,Neubau,2,30,,,,,,,\n"                                              // room changed
                               "R103,Neubau,3,,display,Tafel,10.0.3.10,1515,,mdc,\n";                   // new room + device
        auto plan = previewImport(*m_db, parseInventoryCsv(csv));
        QVERIFY(plan.ok());
        QVERIFY(plan->errors.isEmpty());
        QCOMPARE(plan->roomCount(ChangeKind::Add), 1);
        QCOMPARE(plan->roomCount(ChangeKind::Change), 1);
        QCOMPARE(plan->roomCount(ChangeKind::Unchanged), 1);
        QCOMPARE(plan->deviceCount(ChangeKind::Add), 1);
        QCOMPARE(plan->deviceCount(ChangeKind::Change), 1);
        QCOMPARE(plan->deviceCount(ChangeKind::Unchanged), 1);
        const DeviceChange &changed = plan->devices.at(1);
        QCOMPARE(changed.changedFields(), QStringList{QStringLiteral("host")});
        QCOMPARE(changed.before.host, QStringLiteral("10.0.1.20"));
        QCOMPARE(changed.after.host, QStringLiteral("10.0.1.21"));
        QCOMPARE(auditCount(), 4); // the seed only (2 rooms, 2 devices): a preview writes nothing

        auto applied = applyImport(*m_db, parseInventoryCsv(csv), {}, BadLines::Block, QStringLiteral("admin"), QStringLiteral("t.csv"));
        QVERIFY2(applied.ok(), qPrintable(applied.errorString()));
        QCOMPARE(rowCount("rooms"), 3);
        QCOMPARE(rowCount("devices"), 3);
        auto r102 = store::RoomRepository(*m_db).get(m_r102);
        QCOMPARE(r102->building, QStringLiteral("Neubau"));
        QCOMPARE(r102->capacity, 30);
        QCOMPARE(auditCount(QStringLiteral("room.add")), 3);
        QCOMPARE(auditCount(QStringLiteral("room.update")), 1);
        QCOMPARE(auditCount(QStringLiteral("device.add")), 3);
        QCOMPARE(auditCount(QStringLiteral("device.update")), 1);
        QCOMPARE(auditCount(QStringLiteral("inventory.import")), 1);
        // The password of the unchanged beamer survives (the import keeps the reference).
        auto beamer = store::DeviceRepository(*m_db).get(m_beamer);
        QVERIFY(!beamer->credentialRef.isEmpty());
        // Importing again changes nothing.
        auto again = previewImport(*m_db, parseInventoryCsv(csv));
        QVERIFY(!again->hasChanges());
    }

    void moveByMac()
    {
        const QByteArray csv = kHeader + "R102,,,,projector,beamer,10.0.1.14,4352,00:11:22:33:44:01,pjlink,no\n";
        auto applied = applyImport(*m_db, parseInventoryCsv(csv), {}, BadLines::Block, QStringLiteral("admin"), QStringLiteral("m.csv"));
        QVERIFY2(applied.ok(), qPrintable(applied.errorString()));
        QCOMPARE(applied->deviceCount(ChangeKind::Change), 1);
        QVERIFY(applied->devices.at(0).moved());
        QCOMPARE(store::DeviceRepository(*m_db).get(m_beamer)->roomId, m_r102);
        QCOMPARE(auditCount(QStringLiteral("device.move")), 1); // a room change is logged as a move
    }

    void databaseConflictsAreLineErrors()
    {
        const QByteArray csv = kHeader + "R102,,,,display,Neu,10.0.2.1,,00:11:22:33:44:01,,\n" // MAC of the beamer
                                         "R999,,,,pc,PC,10.0.9.1,,,,\n"                      // unknown room
                                         "R102,,,,pc,PC 2,10.0.2.2,,,,\n";                    // fine
        ImportOptions existingOnly;
        existingOnly.createRooms = false;
        auto plan = previewImport(*m_db, parseInventoryCsv(csv), existingOnly);
        QVERIFY(plan.ok());
        QCOMPARE(plan->errors.size(), 2);
        QCOMPARE(plan->errors[0].line, 2);
        QCOMPARE(plan->errors[0].kind, LineError::Kind::DuplicateMac);
        QVERIFY2(plan->errors[0].message.contains(QStringLiteral("Beamer")), qPrintable(plan->errors[0].message));
        QCOMPARE(plan->errors[1].line, 3);
        QCOMPARE(plan->errors[1].kind, LineError::Kind::UnknownRoom);

        // Blocked: nothing written, not even the good line 4.
        const int audits = auditCount();
        auto blocked = applyImport(*m_db, parseInventoryCsv(csv), existingOnly, BadLines::Block, QStringLiteral("admin"), QStringLiteral("x.csv"));
        QVERIFY(!blocked.ok());
        QCOMPARE(rowCount("devices"), 2);
        QCOMPARE(rowCount("rooms"), 2);
        QCOMPARE(auditCount(), audits);

        // Skipping bad lines applies only line 4.
        auto skipped = applyImport(*m_db, parseInventoryCsv(csv), existingOnly, BadLines::Skip, QStringLiteral("admin"), QStringLiteral("x.csv"));
        QVERIFY2(skipped.ok(), qPrintable(skipped.errorString()));
        QCOMPARE(rowCount("devices"), 3);
        QCOMPARE(rowCount("rooms"), 2);
        QCOMPARE(auditCount(), audits + 2); // device.add + inventory.import
    }

    // The admin looked at a preview; meanwhile someone else changed the inventory: the apply refuses.
    void stalePreviewIsRefused()
    {
        const QByteArray csv = kHeader + "R101,,,,pc,Lehrer-PC,10.0.1.99,,,agent,yes\n";
        const ParsedInventory parsed = parseInventoryCsv(csv);
        auto preview = previewImport(*m_db, parsed);
        QVERIFY(preview.ok());
        QCOMPARE(preview->deviceCount(ChangeKind::Change), 1);
        auto pc = store::DeviceRepository(*m_db).list(m_r101);
        Device changed = pc->at(1).name == QStringLiteral("Lehrer-PC") ? pc->at(1) : pc->at(0);
        changed.host = QStringLiteral("10.0.1.50");
        QVERIFY(InventoryEditor(*m_db, QStringLiteral("other")).updateDevice(changed).ok());
        const int audits = auditCount();
        auto r = applyImport(*m_db, parsed, {}, BadLines::Block, QStringLiteral("admin"), QStringLiteral("s.csv"), &*preview);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("preview")), qPrintable(r.errorString()));
        QCOMPARE(auditCount(), audits);
        QCOMPARE(store::DeviceRepository(*m_db).get(changed.id)->host, QStringLiteral("10.0.1.50"));
        // A fresh preview applies.
        auto again = previewImport(*m_db, parsed);
        QVERIFY(applyImport(*m_db, parsed, {}, BadLines::Block, QStringLiteral("admin"), QStringLiteral("s.csv"), &*again).ok());
        QCOMPARE(store::DeviceRepository(*m_db).get(changed.id)->host, QStringLiteral("10.0.1.99"));
    }

    void fatalFileNeverApplies()
    {
        QByteArray utf16("\xFF\xFE r\0o\0", 8);
        auto r = applyImport(*m_db, parseInventoryCsv(utf16), {}, BadLines::Skip, QStringLiteral("admin"), QStringLiteral("u.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(rowCount("devices"), 2);
    }

    // A store failure in the middle rolls back everything already written in the same import.
    void failureMidwayRollsBack()
    {
        // Every value is checked before writing, so a trigger makes the second insert fail inside the transaction.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_pc3 BEFORE INSERT ON devices WHEN NEW.name = 'PC 3' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END")));
        const QByteArray csv = kHeader + "R104,,,,pc,PC 1,10.0.4.1,,,,\n"
                                         "R104,,,,pc,PC 3,10.0.4.3,,,,\n";
        auto r = applyImport(*m_db, parseInventoryCsv(csv), {}, BadLines::Block, QStringLiteral("admin"), QStringLiteral("f.csv"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("Line 3")), qPrintable(r.errorString()));
        QCOMPARE(rowCount("rooms"), 2);
        QCOMPARE(rowCount("devices"), 2);
        QCOMPARE(auditCount(QStringLiteral("room.add")), 2);
    }

    void exportImportRoundTrip()
    {
        auto rooms = store::RoomRepository(*m_db).list();
        auto devices = store::DeviceRepository(*m_db).list();
        for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
            const QByteArray csv = exportInventoryCsv(*rooms, *devices, delimiter);
            auto plan = previewImport(*m_db, parseInventoryCsv(csv));
            QVERIFY(plan.ok());
            QVERIFY(plan->errors.isEmpty());
            QVERIFY2(!plan->hasChanges(), csv.constData());
            QCOMPARE(plan->deviceCount(ChangeKind::Unchanged), 2);
            QCOMPARE(plan->roomCount(ChangeKind::Unchanged), 2); // R102 has no devices: its own row
        }
        const QJsonObject json = exportInventoryJson(*rooms, *devices);
        QCOMPARE(json.value(QStringLiteral("devices")).toArray().size(), 2);
        QVERIFY(!QJsonDocument(json).toJson().contains("geheim"));
    }

    void editorAuditsAndEncrypts()
    {
        InventoryEditor editor(*m_db, QStringLiteral("admin"));
        // The secret is not in the database file's credentials table in clear.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT secret FROM credentials")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toByteArray().contains("geheim-pjlink"));
        auto creds = store::CredentialRepository::forDatabase(*m_db);
        QCOMPARE(creds->get(store::DeviceRepository(*m_db).get(m_beamer)->credentialRef).value(), QStringLiteral("geheim-pjlink"));

        QVERIFY(editor.setPassword(m_beamer, QStringLiteral("neu")).ok());
        QCOMPARE(auditCount(QStringLiteral("device.password")), 1);
        auto entries = store::AuditLog(*m_db).list();
        for (const auto &e : *entries) {
            QVERIFY(!QJsonDocument(e.after).toJson().contains("neu\""));
            QVERIFY(!QJsonDocument(e.after).toJson().contains("geheim"));
        }
        QVERIFY(editor.clearPassword(m_beamer).ok());
        QCOMPARE(rowCount("credentials"), 0);
        QVERIFY(editor.moveDevice(m_beamer, m_r102).ok());
        QCOMPARE(auditCount(QStringLiteral("device.move")), 1);
        QCOMPARE(editor.deviceCount(m_r101).value(), 1);
        auto removed = editor.removeRoom(m_r101);
        QCOMPARE(removed.value(), 1);
        QCOMPARE(rowCount("devices"), 1);
        entries = store::AuditLog(*m_db).list();
        QCOMPARE(entries->constFirst().action, QStringLiteral("room.remove"));
        QCOMPARE(entries->constFirst().actor, QStringLiteral("admin"));
        QCOMPARE(entries->constFirst().before.value(QStringLiteral("devices")).toArray().size(), 1);
        QVERIFY(editor.removeDevice(m_beamer).ok());
        QCOMPARE(auditCount(QStringLiteral("device.remove")), 1);
        QVERIFY(!editor.removeDevice(m_beamer).ok()); // gone
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    QString m_r101;
    QString m_r102;
    QString m_beamer;
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "tst_inventoryimport.moc"
