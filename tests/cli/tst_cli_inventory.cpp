// tafelctl inventory import/export and the edit verbs (rooms set|remove, devices set|move|remove) as a real
// process against a temporary SQLite file: exit codes, output, what is written, audit entries.
#include "tafelctlrunner.h"

#include "store/database.h"
#include "store/repositories.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace tafel;
using tafel::testing::CliOutcome;

namespace {
const QByteArray kHeader = "room,building,floor,capacity,kind,name,host,port,mac,protocol,has_agent\n";
}

class TestCliInventory final : public QObject {
    Q_OBJECT

    CliOutcome run(const QStringList &args, const QByteArray &in = {})
    {
        return tafel::testing::runTafelctl(*m_dir, QStringList{QStringLiteral("--db"), m_dbPath} + args, in);
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    // Counts read through a separate connection (the CLI process has exited).
    int count(const char *table)
    {
        auto db = store::Database::open(m_dbPath);
        if (!db)
            return -1;
        QSqlQuery q((*db)->connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QStringList auditActions()
    {
        auto db = store::Database::open(m_dbPath);
        QStringList out;
        if (!db)
            return out;
        auto entries = store::AuditLog(**db).list();
        for (const auto &e : entries.valueOr({}))
            out.prepend(e.action + QLatin1Char('/') + e.actor);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dbPath = m_dir->filePath(QStringLiteral("tafel.db"));
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("R101"), QStringLiteral("--building"), QStringLiteral("Altbau")})
                     .exitCode,
                 0);
    }

    void importErrorsWriteNothing()
    {
        const QString path = writeFile(QStringLiteral("mixed.csv"),
                                       kHeader + "R101,,,,projector,Beamer,192.168.20.14,4352,00:11:22:33:44:01,pjlink,\n"
                                                 "R101,,,,display,Tafel,192.168.20.300,,,mdc,\n"        // line 3: bad IP
                                                 "R102,,,,pc,PC,10.0.0.2,,00:11:22:33:44:01,,\n"        // line 4: duplicate MAC
                                                 "R103,,,,toaster,T,10.0.0.3,,,,\n");                    // line 5: unknown kind
        const int auditsBefore = int(auditActions().size());
        const CliOutcome o = run({QStringLiteral("inventory"), QStringLiteral("import"), path});
        QVERIFY2(o.exitCode == 1, o.dump());
        QVERIFY2(o.out.contains(QStringLiteral("[bad_host] Line 3:")), o.dump());
        QVERIFY2(o.out.contains(QStringLiteral("[duplicate_mac] Line 4:")), o.dump());
        QVERIFY2(o.out.contains(QStringLiteral("[unknown_kind] Line 5:")), o.dump());
        QVERIFY2(o.err.contains(QStringLiteral("nothing was written")), o.dump());
        QCOMPARE(count("devices"), 0);
        QCOMPARE(count("rooms"), 1);
        QCOMPARE(int(auditActions().size()), auditsBefore);

        // --json: the same errors with line numbers and kinds.
        const CliOutcome j = run({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("import"), path});
        QCOMPARE(j.exitCode, 1);
        const QJsonArray errors = j.object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(errors.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("duplicate_mac"));
        QCOMPARE(j.object().value(QStringLiteral("applied")).toBool(), false);

        // --skip-bad-lines applies line 2 only.
        const CliOutcome s = run({QStringLiteral("inventory"), QStringLiteral("import"), path, QStringLiteral("--skip-bad-lines")});
        QVERIFY2(s.exitCode == 0, s.dump());
        QCOMPARE(count("devices"), 1);
        QCOMPARE(count("rooms"), 1);
        QVERIFY2(s.err.contains(QStringLiteral("skipped 3 bad line")), s.dump());
    }

    void dryRunThenApply()
    {
        const QString path = writeFile(QStringLiteral("good.csv"),
                                       "\xEF\xBB\xBFroom;building;floor;capacity;kind;name;host;port;mac;protocol;has_agent\r\n"
                                       "R101;Altbau;1;28;projector;Beamer;192.168.20.14;4352;00:11:22:33:44:01;pjlink;no\r\n"
                                       "\"R 102\";Neubau;2;;pc;\"Lehrer-PC; vorne\";10.0.0.2;;;agent;yes\r\n");
        CliOutcome o = run({QStringLiteral("inventory"), QStringLiteral("import"), path, QStringLiteral("--dry-run")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY2(o.out.contains(QStringLiteral("delimiter ';', UTF-8 with BOM")), o.dump());
        QVERIFY2(o.out.contains(QStringLiteral("Rooms:   1 to add, 1 to change, 0 unchanged")), o.dump());
        QVERIFY2(o.out.contains(QStringLiteral("Devices: 2 to add, 0 to change, 0 unchanged")), o.dump());
        QVERIFY2(o.out.contains(QStringLiteral("Dry run: nothing was written.")), o.dump());
        QCOMPARE(count("devices"), 0);

        o = run({QStringLiteral("inventory"), QStringLiteral("import"), path});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(count("devices"), 2);
        QCOMPARE(count("rooms"), 2);
        const QStringList actions = auditActions();
        QVERIFY2(actions.contains(QStringLiteral("inventory.import/tester")), qPrintable(actions.join(QLatin1Char(' '))));
        QVERIFY(actions.contains(QStringLiteral("room.update/tester")));
        QCOMPARE(actions.count(QStringLiteral("device.add/tester")), 2);

        // Again: nothing to change.
        o = run({QStringLiteral("inventory"), QStringLiteral("import"), path});
        QVERIFY2(o.exitCode == 0 && o.out.contains(QStringLiteral("Nothing to change.")), o.dump());
    }

    void exportRoundTrip()
    {
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("R101"), QStringLiteral("--kind"),
                      QStringLiteral("display"), QStringLiteral("--name"), QStringLiteral("Tafel, vorne"), QStringLiteral("--host"),
                      QStringLiteral("10.0.0.9:1515"), QStringLiteral("--protocol"), QStringLiteral("mdc")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("Leer")}).exitCode, 0);
        const QString out = m_dir->filePath(QStringLiteral("export.csv"));
        CliOutcome o = run({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--out"), out});
        QVERIFY2(o.exitCode == 0, o.dump());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY2(csv.startsWith("room,building,floor,capacity,kind,name,host,port,mac,protocol,has_agent\r\n"), csv.constData());
        QVERIFY2(csv.contains("R101,Altbau,,,display,\"Tafel, vorne\",10.0.0.9,1515,,mdc,no\r\n"), csv.constData());
        QVERIFY2(csv.contains("Leer,,,,,,,,,,\r\n"), csv.constData());
        o = run({QStringLiteral("inventory"), QStringLiteral("import"), out, QStringLiteral("--dry-run")});
        QVERIFY2(o.exitCode == 0 && o.out.contains(QStringLiteral("Devices: 0 to add, 0 to change, 1 unchanged")), o.dump());

        o = run({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QJsonObject json = o.object();
        QCOMPARE(json.value(QStringLiteral("rooms")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("devices")).toArray().at(0).toObject().value(QStringLiteral("room")).toString(), QStringLiteral("R101"));
        QCOMPARE(run({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("inventory"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("missing.csv"))}).exitCode, 1);
    }

    void editVerbs()
    {
        QCOMPARE(run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("R102")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("R101"), QStringLiteral("--kind"),
                      QStringLiteral("pc"), QStringLiteral("--name"), QStringLiteral("PC 1"), QStringLiteral("--host"), QStringLiteral("10.0.0.1")})
                     .exitCode,
                 0);
        CliOutcome o = run({QStringLiteral("rooms"), QStringLiteral("set"), QStringLiteral("R101"), QStringLiteral("--capacity"), QStringLiteral("30"),
                            QStringLiteral("--floor"), QStringLiteral("1")});
        QVERIFY2(o.exitCode == 0, o.dump());
        o = run({QStringLiteral("devices"), QStringLiteral("set"), QStringLiteral("PC 1"), QStringLiteral("--host"), QStringLiteral("10.0.0.11"),
                 QStringLiteral("--mac"), QStringLiteral("aa-bb-cc-dd-ee-ff"), QStringLiteral("--agent"), QStringLiteral("yes")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("set"), QStringLiteral("PC 1"), QStringLiteral("--port"), QStringLiteral("x")}).exitCode, 2);
        o = run({QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("move"), QStringLiteral("PC 1"), QStringLiteral("R102")});
        QVERIFY2(o.exitCode == 0 && o.object().value(QStringLiteral("room")).toString() == QStringLiteral("R102"), o.dump());
        o = run({QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list")});
        const QJsonObject pc = o.array().at(0).toObject();
        QCOMPARE(pc.value(QStringLiteral("host")).toString(), QStringLiteral("10.0.0.11"));
        QCOMPARE(pc.value(QStringLiteral("mac")).toString(), QStringLiteral("AA:BB:CC:DD:EE:FF"));
        QCOMPARE(pc.value(QStringLiteral("room")).toString(), QStringLiteral("R102"));

        // A room with devices needs --force; the message says how many go with it.
        o = run({QStringLiteral("rooms"), QStringLiteral("remove"), QStringLiteral("R102")});
        QVERIFY2(o.exitCode == 1 && o.err.contains(QStringLiteral("1 device")), o.dump());
        QCOMPARE(count("rooms"), 2);
        o = run({QStringLiteral("rooms"), QStringLiteral("remove"), QStringLiteral("R102"), QStringLiteral("--force")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(count("rooms"), 1);
        QCOMPARE(count("devices"), 0);
        QCOMPARE(run({QStringLiteral("devices"), QStringLiteral("remove"), QStringLiteral("PC 1")}).exitCode, 1); // gone with the room

        const QStringList actions = auditActions();
        for (const char *action : {"room.update/tester", "device.update/tester", "device.move/tester", "room.remove/tester"})
            QVERIFY2(actions.contains(QString::fromLatin1(action)), qPrintable(actions.join(QLatin1Char(' '))));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_cli_inventory.moc"
