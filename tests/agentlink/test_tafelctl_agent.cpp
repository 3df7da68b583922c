// tafelctl keys create / agent enroll / agent status as processes against a real tafel-agent on 127.0.0.1.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TafelctlAgentTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysCreate();
    void keysCreateRefusesBadInput_data();
    void keysCreateRefusesBadInput();
    void enrollRejectsWrongFingerprint();
    void enrollPinsTheAgent();
    void statusOfEnrolledAgent();
    void statusFailsForUnenrolledAgent();
    void statusNeedsAKey();
    void unpinForgetsTheAgent();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run tafelctl(const QStringList &args);

    QTemporaryDir m_dir;
    QProcess m_agent;
    QByteArray m_log;
    QString m_target;
    QString m_fingerprint;
    QString m_keyDir;
};

TafelctlAgentTest::Run TafelctlAgentTest::tafelctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TAFEL_DB"), m_dir.filePath(QStringLiteral("cli/tafel.db")));
    env.remove(QStringLiteral("TAFEL_KEY"));
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

void TafelctlAgentTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyDir = m_dir.filePath(QStringLiteral("keys"));
    const Run created = tafelctl({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("teacher"),
                                  QStringLiteral("--out"), m_keyDir, QStringLiteral("--name"), QStringLiteral("Frau Demir")});
    QVERIFY2(created.code == 0, created.err.constData());

    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QFile::copy(m_keyDir + QStringLiteral("/tafel-teacher.pub"), data + QStringLiteral("/trusted-keys")));
    m_agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_agent, &QProcess::readyReadStandardError, this, [this] { m_log += m_agent.readAllStandardError(); });
    m_agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--data-dir"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(m_agent.waitForStarted(10000));
    static const QRegularExpression re(QStringLiteral("listening on (127\\.0\\.0\\.1:\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    QTRY_VERIFY2_WITH_TIMEOUT((m = re.match(QString::fromUtf8(m_log))).hasMatch() || m_agent.state() == QProcess::NotRunning, m_log.constData(), 15000);
    QVERIFY2(m.hasMatch(), m_log.constData());
    m_target = m.captured(1);
    m_fingerprint = m.captured(2);
}

void TafelctlAgentTest::cleanupTestCase()
{
    if (m_agent.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_agent.processId()), SIGTERM);
    QVERIFY(m_agent.waitForFinished(10000));
}

void TafelctlAgentTest::keysCreate()
{
    const QString pem = m_keyDir + QStringLiteral("/tafel-teacher.pem");
    QCOMPARE(QFile::permissions(pem) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner), QFile::Permissions());
    QFile pub(m_keyDir + QStringLiteral("/tafel-teacher.pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QByteArray line = pub.readAll();
    QVERIFY2(line.startsWith("teacher ") && line.trimmed().endsWith("Frau Demir"), line.constData());
    // Admin key as JSON into another directory.
    const QString adminDir = m_dir.filePath(QStringLiteral("admin-keys"));
    const Run r = tafelctl({QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("admin"),
                            QStringLiteral("--out"), adminDir});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(o.value(QStringLiteral("key_id")).toString().size(), 16);
    QVERIFY(o.value(QStringLiteral("trust_line")).toString().startsWith(QLatin1String("admin ")));
}

void TafelctlAgentTest::keysCreateRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad-role") << QStringList{QStringLiteral("--role"), QStringLiteral("root"), QStringLiteral("--out"), QStringLiteral("x")} << 2
                              << QStringLiteral("teacher");
    QTest::newRow("no-out") << QStringList{QStringLiteral("--role"), QStringLiteral("admin")} << 2 << QStringLiteral("--out");
    QTest::newRow("never-overwrites") << QStringList{QStringLiteral("--role"), QStringLiteral("teacher"), QStringLiteral("--out"), QStringLiteral("KEYDIR")} << 1
                                      << QStringLiteral("already exists");
}

void TafelctlAgentTest::keysCreateRefusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("KEYDIR"), m_keyDir);
    const Run r = tafelctl(QStringList{QStringLiteral("keys"), QStringLiteral("create")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TafelctlAgentTest::enrollRejectsWrongFingerprint()
{
    QString wrong = m_fingerprint;
    wrong[1] = wrong[1] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const Run r = tafelctl({QStringLiteral("agent"), QStringLiteral("enroll"), m_target, QStringLiteral("--fingerprint"), wrong});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Nothing was pinned"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("cli/agent-pins"))));
}

void TafelctlAgentTest::enrollPinsTheAgent()
{
    const Run r = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("enroll"), m_target, QStringLiteral("--fingerprint"),
                            m_fingerprint.toLower(), QStringLiteral("--key"), m_keyDir + QStringLiteral("/tafel-teacher.pem")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), m_fingerprint);
    QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("trusted"));
    QFile pins(m_dir.filePath(QStringLiteral("cli/agent-pins")));
    QVERIFY(pins.open(QIODevice::ReadOnly));
    QVERIFY(pins.readAll().contains((m_target + QLatin1Char(' ') + m_fingerprint).toUtf8()));
}

void TafelctlAgentTest::statusOfEnrolledAgent()
{
    const QString key = m_keyDir + QStringLiteral("/tafel-teacher.pem");
    const Run table = tafelctl({QStringLiteral("agent"), QStringLiteral("status"), m_target, QStringLiteral("--key"), key});
    QVERIFY2(table.code == 0, table.err.constData());
    QVERIFY2(table.out.contains("online") && table.out.contains(TAFEL_VERSION), table.out.constData());
    const Run r = tafelctl({QStringLiteral("agent"), QStringLiteral("status"), m_target, QStringLiteral("--json"), QStringLiteral("--key"), key});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject o = a.first().toObject();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral(TAFEL_VERSION));
    QVERIFY(o.value(QStringLiteral("disk")).toObject().value(QStringLiteral("total_bytes")).toDouble() > 0);
    QVERIFY(!o.value(QStringLiteral("interfaces")).toArray().isEmpty());
}

void TafelctlAgentTest::statusFailsForUnenrolledAgent()
{
    const Run r = tafelctl({QStringLiteral("agent"), QStringLiteral("status"), m_target, QStringLiteral("127.0.0.1:1"), QStringLiteral("--key"),
                            m_keyDir + QStringLiteral("/tafel-teacher.pem")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not enrolled"), r.err.constData());
    QVERIFY2(r.out.contains("online"), r.out.constData()); // the enrolled one still answers
}

void TafelctlAgentTest::statusNeedsAKey()
{
    const Run r = tafelctl({QStringLiteral("agent"), QStringLiteral("status"), m_target});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--key"), r.err.constData());
}

void TafelctlAgentTest::unpinForgetsTheAgent()
{
    const QString key = QStringLiteral("--key");
    const QString teacher = m_keyDir + QStringLiteral("/tafel-teacher.pem");
    const Run bad = tafelctl({QStringLiteral("agent"), QStringLiteral("unpin"), QStringLiteral("no host:99999")});
    QCOMPARE(bad.code, 2);

    const Run r = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("unpin"), m_target});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("agent")).toString(), m_target);
    QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), m_fingerprint);
    QFile pins(m_dir.filePath(QStringLiteral("cli/agent-pins")));
    QVERIFY(pins.open(QIODevice::ReadOnly));
    QVERIFY(!pins.readAll().contains(m_target.toUtf8()));

    // Not pinned any more: the agent is refused as unenrolled, and a second unpin says there is nothing to do.
    const Run status = tafelctl({QStringLiteral("agent"), QStringLiteral("status"), m_target, key, teacher});
    QCOMPARE(status.code, 1);
    const Run again = tafelctl({QStringLiteral("agent"), QStringLiteral("unpin"), m_target});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains("not enrolled"), again.err.constData());

    // The school's audit log has it, with the old fingerprint.
    const Run audit = tafelctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("agent.unpin")});
    QVERIFY2(audit.code == 0, audit.err.constData());
    QVERIFY2(audit.out.contains(m_target.toUtf8()) && audit.out.contains(m_fingerprint.toUtf8()), audit.out.constData());

    // Enrolling again restores it.
    const Run enroll = tafelctl({QStringLiteral("agent"), QStringLiteral("enroll"), m_target, QStringLiteral("--fingerprint"), m_fingerprint, key, teacher});
    QVERIFY2(enroll.code == 0, enroll.err.constData());
    const Run ok = tafelctl({QStringLiteral("agent"), QStringLiteral("status"), m_target, key, teacher});
    QVERIFY2(ok.code == 0, ok.err.constData());
}

QTEST_GUILESS_MAIN(TafelctlAgentTest)
#include "test_tafelctl_agent.moc"
