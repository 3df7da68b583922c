// `tafelctl audit` as a process against a real SQLite file: entries written by tafelctl itself (rooms add,
// devices add) and older ones appended through the store; --json, --since (ISO 8601 and relative), --action (exact
// and family), --actor, --limit, --csv; bad values exit 2 with a message that says what is accepted.
#include "tafelctlrunner.h"

#include "store/database.h"
#include "store/repositories.h"

#include <QDateTime>

using namespace tafel;
using namespace tafel::testing;

class CliAuditTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsNewestFirstAsJson();
    void defaultIsATable();
    void sinceRelativeAndIso();
    void actionExactAndFamily();
    void actorAndLimit();
    void csvOutput();
    void badSinceExitsTwo_data();
    void badSinceExitsTwo();
    void badLimitExitsTwo();
    void missingDatabaseFails();
    void helpWorks();

private:
    CliOutcome run(QStringList args) { return runTafelctl(m_home, QStringList{QStringLiteral("--db"), m_db} + args); }
    QStringList actions(const CliOutcome &o) const
    {
        QStringList out;
        for (const QJsonValue &v : o.array())
            out << v.toObject().value(QStringLiteral("action")).toString();
        return out;
    }

    QTemporaryDir m_home;
    QString m_db;
};

void CliAuditTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_db = m_home.filePath(QStringLiteral("school.db"));
    // Old entries first (through the store, with their times), then real changes made by tafelctl.
    {
        auto db = store::Database::open(m_db);
        QVERIFY2(db, qPrintable(db.errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (auto [days, actor, action] : {std::tuple{40, "anna", "schedule.add"}, std::tuple{10, "anna", "user.password"}}) {
            store::AuditEntry e;
            e.at = now.addDays(-days);
            e.actor = QString::fromLatin1(actor);
            e.action = QString::fromLatin1(action);
            e.target = QStringLiteral("x");
            QVERIFY(store::AuditLog(**db).append(e));
        }
    }
    auto r = run({QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("Raum 101")});
    QVERIFY2(r.exitCode == 0, r.dump());
    r = run({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("Raum 101"), QStringLiteral("--kind"),
             QStringLiteral("projector"), QStringLiteral("--host"), QStringLiteral("10.0.0.5"), QStringLiteral("--name"), QStringLiteral("Beamer")});
    QVERIFY2(r.exitCode == 0, r.dump());
}

void CliAuditTest::listsNewestFirstAsJson()
{
    const auto o = run({QStringLiteral("audit"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, o.dump());
    QCOMPARE(actions(o), (QStringList{QStringLiteral("device.add"), QStringLiteral("room.add"), QStringLiteral("user.password"),
                                      QStringLiteral("schedule.add")}));
    const QJsonObject room = o.array().at(1).toObject();
    QCOMPARE(room.value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
    QCOMPARE(room.value(QStringLiteral("after")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Raum 101"));
    QVERIFY(QDateTime::fromString(room.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    // "tafelctl audit list" is the same command.
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}).out, o.out);
}

void CliAuditTest::defaultIsATable()
{
    const auto o = run({QStringLiteral("audit")});
    QVERIFY2(o.exitCode == 0, o.dump());
    QVERIFY(o.out.startsWith(QLatin1String("WHEN")));
    QVERIFY(o.out.contains(QLatin1String("room.add")) && o.out.contains(QLatin1String("tester")));
}

void CliAuditTest::sinceRelativeAndIso()
{
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("24h"), QStringLiteral("--json")})),
             (QStringList{QStringLiteral("device.add"), QStringLiteral("room.add")}));
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("30d"), QStringLiteral("--json")})).size(), 3);
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("2w"), QStringLiteral("--json")})).size(), 3);
    const QString iso = QDateTime::currentDateTimeUtc().addDays(-20).toString(Qt::ISODate);
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--since"), iso, QStringLiteral("--json")})).size(), 3);
    const QString date = QDate::currentDate().addDays(-60).toString(Qt::ISODate);
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--since"), date, QStringLiteral("--json")})).size(), 4);
}

void CliAuditTest::actionExactAndFamily()
{
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("room.add"), QStringLiteral("--json")})),
             QStringList{QStringLiteral("room.add")});
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("device"), QStringLiteral("--json")})),
             QStringList{QStringLiteral("device.add")});
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("room.ad"), QStringLiteral("--json")})), QStringList());
}

void CliAuditTest::actorAndLimit()
{
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("anna"), QStringLiteral("--json")})),
             (QStringList{QStringLiteral("user.password"), QStringLiteral("schedule.add")}));
    // The limit applies after the filters.
    QCOMPARE(actions(run({QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("anna"), QStringLiteral("--limit"), QStringLiteral("1"),
                          QStringLiteral("--json")})),
             QStringList{QStringLiteral("user.password")});
}

void CliAuditTest::csvOutput()
{
    const auto o = run({QStringLiteral("audit"), QStringLiteral("--csv"), QStringLiteral("--action"), QStringLiteral("room")});
    QVERIFY2(o.exitCode == 0, o.dump());
    const QStringList lines = o.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("id,at,actor,action,target,before,after"));
    QVERIFY(lines.at(1).contains(QLatin1String(",tester,room.add,")));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--csv"), QStringLiteral("--json")}).exitCode, 2);
}

void CliAuditTest::badSinceExitsTwo_data()
{
    QTest::addColumn<QString>("since");
    QTest::newRow("word") << "yesterday";
    QTest::newRow("unit") << "7y";
    QTest::newRow("negative") << "-7d";
    QTest::newRow("bad date") << "2026-13-40";
    QTest::newRow("empty") << "";
}

void CliAuditTest::badSinceExitsTwo()
{
    QFETCH(QString, since);
    const auto o = run({QStringLiteral("audit"), QStringLiteral("--since"), since});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("--since")) && o.err.contains(QLatin1String("ISO 8601")) && o.err.contains(QLatin1String("7d")), o.dump());
    QVERIFY(o.out.isEmpty());
}

void CliAuditTest::badLimitExitsTwo()
{
    const auto o = run({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("many")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.err.contains(QLatin1String("--limit")));
}

void CliAuditTest::missingDatabaseFails()
{
    const auto o = runTafelctl(m_home, {QStringLiteral("--db"), m_home.filePath(QStringLiteral("nope.db")), QStringLiteral("audit")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("nope.db"))));
}

void CliAuditTest::helpWorks()
{
    const auto o = run({QStringLiteral("audit"), QStringLiteral("--help")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QLatin1String("--since")) && o.out.contains(QLatin1String("--action")) && o.out.contains(QLatin1String("--limit")), o.dump());
}

QTEST_GUILESS_MAIN(CliAuditTest)
#include "tst_cli_audit.moc"
