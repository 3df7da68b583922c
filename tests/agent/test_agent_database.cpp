// The agent's own SQLite file <DataDir>/agent.db: created in WAL mode with the agent schema, fills with audit rows
// while clients are refused, and survives kill -9 in the middle of those writes: the agent restarts on the same
// data directory, the integrity check passes, the rows written before the kill are there and new ones follow.
#include "agentlink/agentclient.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>
#include <vector>

using namespace tafel;
using namespace tafel::agentlink;

class AgentDatabaseTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createdInWalModeWithTheAgentSchema();
    void survivesKill9WhileWriting();

private:
    bool startAgent();
    struct DbFacts {
        bool opened = false;
        QString journal;
        QString integrity;
        qint64 rows = -1;
        int applicationId = 0;
    };
    DbFacts inspect() const;

    QTemporaryDir m_dir;
    QString m_data;
    QString m_cfg;
    std::unique_ptr<QProcess> m_agent;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_fingerprint;
    ClientCredentials m_teacher;
};

void AgentDatabaseTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_data));
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    auto c = ClientCredentials::fromKey(*key);
    QVERIFY(c);
    m_teacher = *c;
    QFile tf(m_data + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(TrustStore::formatLine(Role::Teacher, key->publicKey(), QStringLiteral("teacher")).toUtf8() + '\n');
    tf.close();
    m_cfg = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(m_cfg);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("[Agent]\nName=db-test\nDataDir=" + m_data.toUtf8() + "\n[Screen]\nSocket=" + m_dir.filePath(QStringLiteral("no-helper.sock")).toUtf8()
             + "\n[Power]\nOffCommand=true\nRebootCommand=true\n");
    cf.close();
    QVERIFY(startAgent());
}

void AgentDatabaseTest::cleanupTestCase()
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent->processId()), SIGTERM);
        QVERIFY(m_agent->waitForFinished(10000));
    }
}

bool AgentDatabaseTest::startAgent()
{
    m_log.clear();
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_agent.get(), &QProcess::readyReadStandardError, this, [this] { m_log += m_agent->readAllStandardError(); });
    m_agent->start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), m_cfg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                QStringLiteral("--lang"), QStringLiteral("en")});
    if (!m_agent->waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    if (!QTest::qWaitFor([&] { return (m = re.match(QString::fromUtf8(m_log))).hasMatch() || m_agent->state() == QProcess::NotRunning; }, 15000)
        || !m.hasMatch()) {
        qWarning().noquote() << "agent did not start:" << m_log;
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    m_fingerprint = m.captured(2);
    return true;
}

AgentDatabaseTest::DbFacts AgentDatabaseTest::inspect() const
{
    DbFacts facts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_data + QStringLiteral("/agent.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            facts.opened = true;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
                facts.journal = q.value(0).toString();
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                facts.integrity = q.value(0).toString();
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                facts.applicationId = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM agent_audit")) && q.next())
                facts.rows = q.value(0).toLongLong();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return facts;
}

void AgentDatabaseTest::createdInWalModeWithTheAgentSchema()
{
    QVERIFY(QFile::exists(m_data + QStringLiteral("/agent.db")));
    QVERIFY2(!QFile::exists(m_data + QStringLiteral("/audit.jsonl")), "the audit trail lives in agent.db now");
    const DbFacts f = inspect();
    QVERIFY(f.opened);
    QCOMPARE(f.journal.toLower(), QStringLiteral("wal"));
    QCOMPARE(f.integrity, QStringLiteral("ok"));
    QCOMPARE(f.applicationId, 0x54414741);
    QCOMPARE(f.rows, qint64(0));
}

void AgentDatabaseTest::survivesKill9WhileWriting()
{
    qint64 rowsBefore = 0;
    for (int round = 0; round < 3; ++round) {
        // Several clients, each keeping 20 forbidden requests in flight: every one is an audit row the agent writes.
        std::vector<std::unique_ptr<AgentClient>> clients;
        int answered = 0;
        bool stop = false;
        std::function<void(AgentClient *)> next = [&](AgentClient *client) {
            client->call(QStringLiteral("power.off"), {}, [&, client](const Result<QCborMap> &r) {
                if (stop || r || r.error().code != ErrorCode::PermissionDenied)
                    return;
                ++answered;
                next(client);
            });
        };
        for (int i = 0; i < 8; ++i) {
            auto client = std::make_unique<AgentClient>();
            client->setCredentials(m_teacher);
            client->setPinnedFingerprint(m_fingerprint);
            client->setCallTimeout(20000);
            client->connectToAgent(QStringLiteral("127.0.0.1"), m_port);
            for (int j = 0; j < 20; ++j)
                next(client.get());
            clients.push_back(std::move(client));
        }
        // Kill it in the middle of the stream.
        QVERIFY(QTest::qWaitFor([&] { return answered >= 300 + 200 * round; }, 20000));
        const int answeredAtKill = answered;
        ::kill(pid_t(m_agent->processId()), SIGKILL);
        QVERIFY(m_agent->waitForFinished(10000));
        QCOMPARE(m_agent->exitStatus(), QProcess::CrashExit);
        QTest::qWait(50); // answers already on the wire still arrive
        stop = true;
        clients.clear();
        QVERIFY(answered >= answeredAtKill);

        // The file is consistent even before the agent recovers it (WAL replay happens on open).
        QVERIFY(startAgent());
        const DbFacts f = inspect();
        QVERIFY(f.opened);
        QCOMPARE(f.integrity, QStringLiteral("ok"));
        // Every answered request was audited before its answer: those rows are committed (WAL) and survive.
        QVERIFY2(f.rows >= rowsBefore + answered, qPrintable(QStringLiteral("%1 rows, %2 answered").arg(f.rows).arg(answered)));
        rowsBefore = f.rows;
    }

    // And it keeps writing after the restarts.
    AgentClient client;
    client.setCredentials(m_teacher);
    client.setPinnedFingerprint(m_fingerprint);
    client.connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    bool done = false;
    client.call(QStringLiteral("power.off"), {}, [&done](const Result<QCborMap> &r) {
        QVERIFY(!r);
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QTRY_COMPARE_WITH_TIMEOUT(inspect().rows, rowsBefore + 1, 5000);
}

QTEST_GUILESS_MAIN(AgentDatabaseTest)
#include "test_agent_database.moc"
