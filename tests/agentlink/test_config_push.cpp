// Configuration push end to end: two real tafel-agent processes on 127.0.0.1, driven by real tafelctl processes.
// keys create (files + database), enroll, config push (versions grow; an older version, or the same version with
// other content, is refused with stale-version), keys revoke + push (the revoked teacher key is refused with
// unknown-key, the other teacher key still works, also after an agent restart), a teacher key cannot push, a dead
// agent fails only its own line, and every change is in the audit log.
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

struct Agent {
    std::unique_ptr<QProcess> process;
    QByteArray log;
    QString dataDir;
    QString target; // 127.0.0.1:PORT
    QString fingerprint;
};

} // namespace

class ConfigPushTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstPushTrustsTheSchoolsKeys();
    void keysList();
    void revokedKeyRefusedAfterNextPush();
    void olderOrConflictingVersionRefused();
    void teacherKeyCannotPush();
    void revocationSurvivesRestart();
    void deadAgentFailsOnlyItsLine();
    void everyChangeAudited();

private:
    Run tafelctl(const QStringList &args);
    bool startAgent(Agent &a, const QString &listen);
    void stopAgent(Agent &a);
    qint64 agentVersion(const Agent &a) const;
    QStringList agentRefusals(const Agent &a, const QString &keyId) const;

    QTemporaryDir m_dir;
    Agent m_agents[2];
    QString m_admin, m_teacher1, m_teacher2, m_fileTeacher;
    QString m_teacher1Id, m_fileTeacherId;
    qint64 m_firstVersion = 0;
    qint64 m_secondVersion = 0;
};

Run ConfigPushTest::tafelctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TAFEL_DB"), m_dir.filePath(QStringLiteral("admin/tafel.db")));
    env.remove(QStringLiteral("TAFEL_KEY"));
    env.insert(QStringLiteral("USER"), QStringLiteral("it-admin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TAFELCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool ConfigPushTest::startAgent(Agent &a, const QString &listen)
{
    a.process = std::make_unique<QProcess>();
    a.log.clear();
    QProcess *p = a.process.get();
    connect(p, &QProcess::readyReadStandardError, this, [p, &a] { a.log += p->readAllStandardError(); });
    p->start(QStringLiteral(AGENT_PATH),
        { QStringLiteral("--data-dir"), a.dataDir, QStringLiteral("--listen"), listen, QStringLiteral("--lang"), QStringLiteral("en") });
    if (!p->waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on (127\\.0\\.0\\.1:\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    QDeadlineTimer deadline(15000);
    while (!(m = re.match(QString::fromUtf8(a.log))).hasMatch() && p->state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(50);
    if (!m.hasMatch()) {
        qWarning().noquote() << a.log;
        return false;
    }
    a.target = m.captured(1);
    a.fingerprint = m.captured(2);
    return true;
}

void ConfigPushTest::stopAgent(Agent &a)
{
    if (!a.process || a.process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(a.process->processId()), SIGTERM);
    a.process->waitForFinished(10000);
}

qint64 ConfigPushTest::agentVersion(const Agent &a) const
{
    QFile f(QDir(a.dataDir).filePath(QStringLiteral("school-config.json")));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return qint64(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("version")).toDouble());
}

// The reasons the agent recorded in agent.db for refusing `keyId`.
QStringList ConfigPushTest::agentRefusals(const Agent &a, const QString &keyId) const
{
    QStringList reasons;
    const QString name = QStringLiteral("audit-") + keyId + QString::number(quintptr(&a));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(a.dataDir).filePath(QStringLiteral("agent.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT reason FROM agent_audit WHERE key_id = ? AND outcome = 'refused'"));
            q.addBindValue(keyId);
            q.exec();
            while (q.next())
                reasons << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return reasons;
}

void ConfigPushTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The school's keys: tafelctl writes the files and records the public halves in the database.
    const struct {
        const char *role;
        const char *dir;
        const char *name;
        QString *path;
    } keys[] = { { "admin", "k-admin", "IT-Service", &m_admin }, { "teacher", "k-t1", "Frau Demir", &m_teacher1 },
        { "teacher", "k-t2", "Herr Kaya", &m_teacher2 }, { "teacher", "k-t3", "Vertretung", &m_fileTeacher } };
    for (const auto &k : keys) {
        const Run r = tafelctl(
            { QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--role"), QString::fromLatin1(k.role),
                QStringLiteral("--out"), m_dir.filePath(QString::fromLatin1(k.dir)), QStringLiteral("--name"), QString::fromUtf8(k.name) });
        QVERIFY2(r.code == 0, r.err.constData());
        *k.path = r.object().value(QStringLiteral("private_key")).toString();
        if (k.path == &m_teacher1)
            m_teacher1Id = r.object().value(QStringLiteral("key_id")).toString();
        if (k.path == &m_fileTeacher)
            m_fileTeacherId = r.object().value(QStringLiteral("key_id")).toString();
    }
    QVERIFY(QFile::exists(m_admin));

    // Two room agents that trust only the admin key by hand (its .pub line); the teachers come with the push.
    const QString rooms[2] = { QStringLiteral("Raum 101"), QStringLiteral("Raum 102") };
    for (int i = 0; i < 2; ++i) {
        Agent &a = m_agents[i];
        a.dataDir = m_dir.filePath(QStringLiteral("agent%1").arg(i));
        QVERIFY(QDir().mkpath(a.dataDir));
        QFile admin(m_dir.filePath(QStringLiteral("k-admin/tafel-admin.pub")));
        QVERIFY(admin.open(QIODevice::ReadOnly));
        QFile trust(QDir(a.dataDir).filePath(QStringLiteral("trusted-keys")));
        QVERIFY(trust.open(QIODevice::WriteOnly));
        trust.write("# hand-added\n" + admin.readAll());
        if (i == 0) {
            // A teacher key the installer put into agent 0's file: revoking it must work there too.
            QFile t3(m_dir.filePath(QStringLiteral("k-t3/tafel-teacher.pub")));
            QVERIFY(t3.open(QIODevice::ReadOnly));
            trust.write(t3.readAll());
        }
        trust.close();
        QVERIFY(startAgent(a, QStringLiteral("127.0.0.1:0")));
        QCOMPARE(tafelctl({ QStringLiteral("rooms"), QStringLiteral("add"), rooms[i] }).code, 0);
        const Run dev = tafelctl({ QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), rooms[i], QStringLiteral("--kind"),
            QStringLiteral("pc"), QStringLiteral("--name"), QStringLiteral("PC %1").arg(i + 1), QStringLiteral("--host"), a.target,
            QStringLiteral("--protocol"), QStringLiteral("agent") });
        QVERIFY2(dev.code == 0, dev.err.constData());
        const Run enroll = tafelctl({ QStringLiteral("agent"), QStringLiteral("enroll"), a.target, QStringLiteral("--fingerprint"), a.fingerprint });
        QVERIFY2(enroll.code == 0, enroll.err.constData());
    }
}

void ConfigPushTest::cleanupTestCase()
{
    for (Agent &a : m_agents)
        stopAgent(a);
}

void ConfigPushTest::firstPushTrustsTheSchoolsKeys()
{
    // Before the push the agents do not know the teachers.
    Run before = tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), m_agents[0].target, QStringLiteral("--key"), m_teacher1 });
    QCOMPARE(before.code, 1);
    QVERIFY2(before.err.contains("does not trust"), before.err.constData());

    const Run push = tafelctl({ QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin });
    QVERIFY2(push.code == 0, QByteArray(push.err + push.out).constData());
    const QJsonArray results = push.array();
    QCOMPARE(results.size(), 2);
    m_firstVersion = qint64(results.at(0).toObject().value(QStringLiteral("version")).toDouble());
    QVERIFY(m_firstVersion > 0);
    for (const QJsonValue &v : results) {
        QVERIFY(v.toObject().value(QStringLiteral("ok")).toBool());
        QCOMPARE(qint64(v.toObject().value(QStringLiteral("previous")).toDouble()), 0);
    }
    for (const Agent &a : m_agents) {
        QCOMPARE(agentVersion(a), m_firstVersion);
        for (const QString &key : { m_teacher1, m_teacher2 }) {
            const Run r = tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), a.target, QStringLiteral("--key"), key });
            QVERIFY2(r.code == 0, r.err.constData());
        }
    }
    // The hand-added admin line still works next to the pushed keys.
    QCOMPARE(tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), m_agents[1].target, QStringLiteral("--key"), m_admin }).code, 0);
    // Every push is a new version, also for one room.
    const Run again = tafelctl({ QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin,
        QStringLiteral("--room"), QStringLiteral("Raum 101") });
    QVERIFY2(again.code == 0, again.err.constData());
    QCOMPARE(again.array().size(), 1);
    QVERIFY(qint64(again.array().at(0).toObject().value(QStringLiteral("version")).toDouble()) > m_firstVersion);
    QCOMPARE(agentVersion(m_agents[1]), m_firstVersion); // only Raum 101 was pushed
}

void ConfigPushTest::keysList()
{
    const Run r = tafelctl({ QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list") });
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.array().size(), 4);
    const Run text = tafelctl({ QStringLiteral("keys"), QStringLiteral("list") });
    QVERIFY(text.out.contains("Frau Demir"));
    QVERIFY(text.out.contains("active"));
}

void ConfigPushTest::revokedKeyRefusedAfterNextPush()
{
    // The hand-added key works before (it is in agent 0's file).
    QCOMPARE(tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), m_agents[0].target, QStringLiteral("--key"), m_fileTeacher }).code, 0);
    const Run revoke = tafelctl({ QStringLiteral("keys"), QStringLiteral("revoke"), m_teacher1Id.left(10) });
    QVERIFY2(revoke.code == 0, revoke.err.constData());
    QCOMPARE(tafelctl({ QStringLiteral("keys"), QStringLiteral("revoke"), m_fileTeacherId }).code, 0);
    QCOMPARE(tafelctl({ QStringLiteral("keys"), QStringLiteral("revoke"), m_teacher1Id }).code, 1); // twice
    QCOMPARE(tafelctl({ QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("0000ffff") }).code, 1); // unknown
    const Run list = tafelctl({ QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list") });
    bool seen = false;
    for (const QJsonValue &v : list.array()) {
        if (v.toObject().value(QStringLiteral("key_id")).toString() == m_teacher1Id) {
            seen = true;
            QVERIFY(v.toObject().value(QStringLiteral("revoked")).toBool());
        }
    }
    QVERIFY(seen);
    // Until the next push the agents still accept it.
    QCOMPARE(tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), m_agents[0].target, QStringLiteral("--key"), m_teacher1 }).code, 0);

    const Run push = tafelctl({ QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin });
    QVERIFY2(push.code == 0, push.err.constData());
    m_secondVersion = qint64(push.array().at(0).toObject().value(QStringLiteral("version")).toDouble());
    QVERIFY(m_secondVersion > m_firstVersion);
    for (const Agent &a : m_agents) {
        QCOMPARE(agentVersion(a), m_secondVersion);
        const Run refused = tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), a.target, QStringLiteral("--key"), m_teacher1 });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("does not trust"), refused.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(agentRefusals(a, m_teacher1Id).contains(QStringLiteral("unknown-key")), 5000);
        const Run ok = tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), a.target, QStringLiteral("--key"), m_teacher2 });
        QVERIFY2(ok.code == 0, ok.err.constData());
    }
    // Revoked although agent 0's trusted-keys file still lists it.
    const Run fileKey = tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), m_agents[0].target, QStringLiteral("--key"), m_fileTeacher });
    QCOMPARE(fileKey.code, 1);
    QTRY_VERIFY_WITH_TIMEOUT(agentRefusals(m_agents[0], m_fileTeacherId).contains(QStringLiteral("unknown-key")), 5000);
    QFile trust(QDir(m_agents[0].dataDir).filePath(QStringLiteral("trusted-keys")));
    QVERIFY(trust.open(QIODevice::ReadOnly));
    QVERIFY(trust.readAll().contains("Vertretung")); // hand-kept lines are never rewritten
}

void ConfigPushTest::olderOrConflictingVersionRefused()
{
    // Older than what the agents have.
    const Run older = tafelctl({ QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin,
        QStringLiteral("--version"), QString::number(m_firstVersion) });
    QCOMPARE(older.code, 1);
    QCOMPARE(older.array().size(), 2);
    for (const QJsonValue &v : older.array()) {
        QVERIFY(!v.toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY2(v.toObject().value(QStringLiteral("error")).toString().startsWith(QLatin1String("stale-version")),
            qPrintable(v.toObject().value(QStringLiteral("error")).toString()));
    }
    for (const Agent &a : m_agents)
        QCOMPARE(agentVersion(a), m_secondVersion);

    // The same version and content again: accepted, unchanged.
    const Run same = tafelctl({ QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin,
        QStringLiteral("--version"), QString::number(m_secondVersion) });
    QVERIFY2(same.code == 0, same.err.constData());
    QVERIFY(same.array().at(0).toObject().value(QStringLiteral("unchanged")).toBool());

    // The same version with other content (a device added): refused.
    QCOMPARE(tafelctl({ QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("Raum 102"),
                          QStringLiteral("--kind"), QStringLiteral("projector"), QStringLiteral("--name"), QStringLiteral("Beamer"),
                          QStringLiteral("--host"), QStringLiteral("127.0.0.1:4352"), QStringLiteral("--protocol"), QStringLiteral("pjlink") })
                 .code,
        0);
    const Run conflict = tafelctl({ QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin, QStringLiteral("--room"),
        QStringLiteral("Raum 102"), QStringLiteral("--version"), QString::number(m_secondVersion) });
    QCOMPARE(conflict.code, 1);
    QVERIFY2(conflict.err.contains("stale-version"), conflict.err.constData());
    QVERIFY2(conflict.out.contains("failed"), conflict.out.constData());
}

void ConfigPushTest::teacherKeyCannotPush()
{
    const Run r = tafelctl({ QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_teacher2 });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("admin key"), r.err.constData());
    for (const Agent &a : m_agents)
        QCOMPARE(agentVersion(a), m_secondVersion);
    // Usage errors: no key, a bad version.
    QCOMPARE(tafelctl({ QStringLiteral("config"), QStringLiteral("push") }).code, 2);
    QCOMPARE(tafelctl({ QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin, QStringLiteral("--version"),
                          QStringLiteral("x") })
                 .code,
        2);
}

void ConfigPushTest::revocationSurvivesRestart()
{
    Agent &a = m_agents[0];
    const QString listen = a.target;
    stopAgent(a);
    QVERIFY(startAgent(a, listen));
    QCOMPARE(a.target, listen);
    QCOMPARE(tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), a.target, QStringLiteral("--key"), m_teacher1 }).code, 1);
    QCOMPARE(tafelctl({ QStringLiteral("agent"), QStringLiteral("status"), a.target, QStringLiteral("--key"), m_teacher2 }).code, 0);
}

void ConfigPushTest::deadAgentFailsOnlyItsLine()
{
    stopAgent(m_agents[1]);
    const Run r = tafelctl({ QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("push"), QStringLiteral("--key"), m_admin });
    QCOMPARE(r.code, 1);
    const QJsonArray results = r.array();
    QCOMPARE(results.size(), 2);
    int ok = 0;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("agent")).toString() == m_agents[0].target) {
            QVERIFY(o.value(QStringLiteral("ok")).toBool());
            ++ok;
        } else {
            QVERIFY(!o.value(QStringLiteral("ok")).toBool());
            QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
        }
    }
    QCOMPARE(ok, 1);
    QVERIFY(agentVersion(m_agents[0]) > m_secondVersion);
}

void ConfigPushTest::everyChangeAudited()
{
    QStringList actions;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inventory"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("admin/tafel.db")));
        QVERIFY(db.open());
        QSqlQuery q(QStringLiteral("SELECT action, actor FROM audit_log ORDER BY id"), db);
        while (q.next()) {
            actions << q.value(0).toString();
            QCOMPARE(q.value(1).toString(), QStringLiteral("it-admin"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inventory"));
    QCOMPARE(actions.count(QStringLiteral("key.create")), 4);
    QCOMPARE(actions.count(QStringLiteral("key.revoke")), 2);
    QVERIFY2(actions.count(QStringLiteral("config.push")) >= 5, qPrintable(actions.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(ConfigPushTest)
#include "test_config_push.moc"
