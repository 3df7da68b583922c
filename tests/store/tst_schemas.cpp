// Two schemas through one Database class: the inventory (tafel, tafelctl) and tafel-agent's own agent.db. Each
// has its own gap-free migration list and PRAGMA application_id, and a file of one kind is refused (Incompatible,
// untouched) when opened as the other.
#include "store/database.h"
#include "store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::store;

class SchemasTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void agentStepsAreContiguous()
    {
        int expected = 1;
        for (const Migration &m : migrations(Schema::Agent))
            QCOMPARE(m.version, expected++);
        QCOMPARE(Database::latestSchemaVersion(Schema::Agent), expected - 1);
        QVERIFY(applicationId(Schema::Agent) != applicationId(Schema::Inventory));
    }

    void agentDatabaseHasItsTables()
    {
        OpenOptions o;
        o.schema = Schema::Agent;
        auto db = Database::open(m_dir.filePath(QStringLiteral("agent.db")), o);
        QVERIFY2(db, qPrintable(db.errorString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion(Schema::Agent));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO agent_audit (at_ms, outcome) VALUES (1, 'refused')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), applicationId(Schema::Agent));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM rooms"))); // no inventory tables in the agent's file
        db.value().reset();
        // Reopened: same version, data kept, nothing migrated again.
        auto again = Database::open(m_dir.filePath(QStringLiteral("agent.db")), o);
        QVERIFY2(again, qPrintable(again.errorString()));
        QSqlQuery count((*again)->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM agent_audit")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }

    void theKindsAreNotMixed()
    {
        const QString inventory = m_dir.filePath(QStringLiteral("tafel.db"));
        QVERIFY(Database::open(inventory));
        OpenOptions asAgent;
        asAgent.schema = Schema::Agent;
        auto wrong = Database::open(inventory, asAgent);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Incompatible);
        auto stillInventory = Database::open(inventory);
        QVERIFY2(stillInventory, qPrintable(stillInventory.errorString()));
        QCOMPARE((*stillInventory)->schemaVersion(), Database::latestSchemaVersion());

        const QString agent = m_dir.filePath(QStringLiteral("agent2.db"));
        QVERIFY(Database::open(agent, asAgent));
        auto wrong2 = Database::open(agent);
        QVERIFY(!wrong2);
        QCOMPARE(wrong2.error().code, ErrorCode::Incompatible);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(SchemasTest)
#include "tst_schemas.moc"
