// Monitoring in a REAL tafel-agent process ([Monitoring] in its INI file) against loopback targets: a QTcpServer
// that is up, a closed port that is down, and a LibreSpeed-compatible server for measure.now. health.get shows
// ok and down once the hysteresis has passed, history.query returns raw rows and rollups, permissions per role.
#include "agentlink/agentclient.h"
#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "monitoring/librespeedserver.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace tafel;
using namespace tafel::agentlink;

class AgentMonitoringTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthShowsOkAndDownAfterHysteresis();
    void historyQueryReturnsRows();
    void healthEventsListStateChanges();
    void historyQueryChecksArguments();
    void measureNowIsAdminOnlyAndRuns();
    void tafelctlHistoryAsksTheAgent();

private:
    Result<QCborMap> call(AgentClient &client, const QString &command, const QCborMap &args = {}, int timeoutMs = 20000);
    QCborMap device(const QCborMap &health, const QString &id) const;

    QTemporaryDir m_dir;
    QTcpServer m_up;
    monitoring::LibreSpeedServer m_speed;
    QProcess m_agent;
    QByteArray m_log;
    std::unique_ptr<AgentClient> m_teacher;
    std::unique_ptr<AgentClient> m_admin;
    QString m_teacherKey;
    quint16 m_port = 0;
    QString m_fingerprint;
};

void AgentMonitoringTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(m_up.listen(QHostAddress::LocalHost, 0));
    connect(&m_up, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_up.nextPendingConnection())
            s->deleteLater();
    });
    quint16 closedPort = 0;
    {
        QTcpServer tmp;
        QVERIFY(tmp.listen(QHostAddress::LocalHost, 0));
        closedPort = tmp.serverPort();
    }
    QVERIFY(m_speed.listen());

    QByteArray trust;
    ClientCredentials teacher, admin;
    for (auto [role, creds] : {std::pair{Role::Teacher, &teacher}, std::pair{Role::Admin, &admin}}) {
        auto key = crypto::KeyPair::generate();
        QVERIFY(key);
        auto c = ClientCredentials::fromKey(*key);
        QVERIFY(c);
        if (role == Role::Teacher) {
            m_teacherKey = m_dir.filePath(QStringLiteral("teacher.pem"));
            QVERIFY(key->save(m_teacherKey));
        }
        *creds = *c;
        trust += TrustStore::formatLine(role, key->publicKey(), roleName(role)).toUtf8() + '\n';
    }
    QFile tf(data + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(trust);
    tf.close();

    const QString cfg = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(cfg);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("[Agent]\nName=pc-204\nRoom=Raum 204\nDataDir=" + data.toUtf8()
             + "\n[Monitoring]\nProbeIntervalSecs=1\nDownAfter=3\nUpAfter=2\nBroadbandPerDay=0\nDurationSecs=1\nStreams=2\n"
               "Targets=\"display-1|display|tcp://127.0.0.1:"
             + QByteArray::number(m_up.serverPort()) + "; switch-1|switch|tcp://127.0.0.1:" + QByteArray::number(closedPort)
             + "\"\nLibreSpeedUrl=http://127.0.0.1:" + QByteArray::number(m_speed.port()) + "/\n");
    cf.close();
    m_agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_agent, &QProcess::readyReadStandardError, this, [this] { m_log += m_agent.readAllStandardError(); });
    m_agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), cfg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(m_agent.waitForStarted(10000), qPrintable(m_agent.errorString()));
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    QTRY_VERIFY2_WITH_TIMEOUT((m = re.match(QString::fromUtf8(m_log))).hasMatch() || m_agent.state() == QProcess::NotRunning, m_log.constData(), 15000);
    QVERIFY2(m.hasMatch(), m_log.constData());
    m_port = quint16(m.captured(1).toUInt());
    m_fingerprint = m.captured(2);
    for (auto [client, creds] : {std::pair{&m_teacher, &teacher}, std::pair{&m_admin, &admin}}) {
        *client = std::make_unique<AgentClient>();
        (*client)->setCredentials(*creds);
        (*client)->setPinnedFingerprint(m.captured(2));
        (*client)->setCallTimeout(30000);
        (*client)->connectToAgent(QStringLiteral("127.0.0.1"), quint16(m.captured(1).toUInt()));
    }
}

void AgentMonitoringTest::cleanupTestCase()
{
    m_teacher.reset();
    m_admin.reset();
    if (m_agent.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent.processId()), SIGTERM);
        QVERIFY(m_agent.waitForFinished(10000));
        QCOMPARE(m_agent.exitCode(), 0);
    }
}

Result<QCborMap> AgentMonitoringTest::call(AgentClient &client, const QString &command, const QCborMap &args, int timeoutMs)
{
    std::optional<Result<QCborMap>> result;
    client.call(command, args, [&result](Result<QCborMap> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return Error::make(ErrorCode::Timeout, QStringLiteral("test: no callback"));
    return *result;
}

QCborMap AgentMonitoringTest::device(const QCborMap &health, const QString &id) const
{
    const QCborArray devices = health.value(QStringLiteral("devices")).toArray();
    for (const QCborValue &d : devices)
        if (d.toMap().value(QStringLiteral("id")).toString() == id)
            return d.toMap();
    return {};
}

void AgentMonitoringTest::healthShowsOkAndDownAfterHysteresis()
{
    // Right after the first failed probe the closed port is not down yet (DownAfter=3).
    QCborMap health;
    const auto stateOf = [this, &health](const QString &id) {
        auto r = call(*m_teacher, QStringLiteral("health.get"));
        health = r ? *r : QCborMap();
        return device(health, id).value(QStringLiteral("state")).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("display-1")), QStringLiteral("ok"), 15000);
    QCOMPARE(health.value(QStringLiteral("room")).toString(), QStringLiteral("Raum 204"));
    const QCborMap up = device(health, QStringLiteral("display-1"));
    QCOMPARE(up.value(QStringLiteral("kind")).toString(), QStringLiteral("display"));
    QVERIFY(up.value(QStringLiteral("rttMs")).toDouble() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("switch-1")), QStringLiteral("down"), 15000);
    const QCborMap down = device(health, QStringLiteral("switch-1"));
    QVERIFY(!down.value(QStringLiteral("ok")).toBool());
    QVERIFY2(!down.value(QStringLiteral("error")).toString().isEmpty(), "a down device carries its last error");
    QCOMPARE(health.value(QStringLiteral("roomState")).toString(), QStringLiteral("degraded"));
    QVERIFY2(m_log.contains("switch-1"), "the health change is logged");
}

void AgentMonitoringTest::historyQueryReturnsRows()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto raw = call(*m_teacher, QStringLiteral("history.query"),
                    QCborMap{{QStringLiteral("device"), QStringLiteral("display-1")}, {QStringLiteral("since"), now - 600'000},
                             {QStringLiteral("resolution"), QStringLiteral("raw")}});
    QVERIFY2(raw, qPrintable(raw.errorString()));
    const QCborArray rows = raw->value(QStringLiteral("rows")).toArray();
    QVERIFY2(rows.size() >= 2, qPrintable(QString::number(rows.size())));
    const QCborMap first = rows.at(0).toMap();
    QCOMPARE(first.value(QStringLiteral("target")).toString(), QStringLiteral("display-1"));
    QCOMPARE(first.value(QStringLiteral("failures")).toInteger(), 0);
    QVERIFY(first.value(QStringLiteral("median")).toDouble() >= 0);

    auto room = call(*m_teacher, QStringLiteral("history.query"),
                     QCborMap{{QStringLiteral("room"), QStringLiteral("Raum 204")}, {QStringLiteral("since"), now - 600'000},
                              {QStringLiteral("resolution"), QStringLiteral("raw")}});
    QVERIFY(room);
    bool sawFailure = false;
    for (const QCborValue &v : room->value(QStringLiteral("rows")).toArray())
        sawFailure |= v.toMap().value(QStringLiteral("target")).toString() == QLatin1String("switch-1") && v.toMap().value(QStringLiteral("failures")).toInteger() == 1;
    QVERIFY(sawFailure);
    auto combined = call(*m_teacher, QStringLiteral("history.query"),
                         QCborMap{{QStringLiteral("room"), QStringLiteral("Raum 204")}, {QStringLiteral("since"), now - 600'000},
                                  {QStringLiteral("resolution"), QStringLiteral("raw")}, {QStringLiteral("combine"), true},
                                  {QStringLiteral("bucketSecs"), 600}});
    QVERIFY(combined);
    const QCborArray buckets = combined->value(QStringLiteral("rows")).toArray();
    QVERIFY(buckets.size() >= 1 && buckets.size() <= 2);
    QVERIFY(buckets.at(0).toMap().value(QStringLiteral("failures")).toInteger() >= 1);

    // Minute rollups exist once a minute is complete; the query itself answers (possibly empty) at any time.
    auto minute = call(*m_teacher, QStringLiteral("history.query"),
                       QCborMap{{QStringLiteral("room"), QStringLiteral("Raum 204")}, {QStringLiteral("resolution"), QStringLiteral("minute")}});
    QVERIFY2(minute, qPrintable(minute.errorString()));
    QCOMPARE(minute->value(QStringLiteral("resolution")).toString(), QStringLiteral("minute"));
}

void AgentMonitoringTest::healthEventsListStateChanges()
{
    // After healthShowsOkAndDownAfterHysteresis: display-1 went unknown -> ok, switch-1 -> down, the room -> degraded.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto r = call(*m_teacher, QStringLiteral("health.events"), QCborMap{{QStringLiteral("since"), now - 600'000}});
    QVERIFY2(r, qPrintable(r.errorString()));
    const QCborArray events = r->value(QStringLiteral("events")).toArray();
    bool switchDown = false, roomDegraded = false;
    qint64 previous = 0;
    for (const QCborValue &v : events) {
        const QCborMap e = v.toMap();
        QVERIFY2(e.value(QStringLiteral("time")).toInteger() >= previous, "oldest first");
        previous = e.value(QStringLiteral("time")).toInteger();
        switchDown |= e.value(QStringLiteral("subject")).toString() == QLatin1String("switch-1") && e.value(QStringLiteral("to")).toString() == QLatin1String("down")
                      && e.value(QStringLiteral("scope")).toString() == QLatin1String("device");
        roomDegraded |= e.value(QStringLiteral("subject")).toString() == QLatin1String("Raum 204") && e.value(QStringLiteral("to")).toString() == QLatin1String("degraded")
                        && e.value(QStringLiteral("scope")).toString() == QLatin1String("room");
    }
    QVERIFY2(switchDown, qPrintable(QString::number(events.size())));
    QVERIFY(roomDegraded);
    auto one = call(*m_teacher, QStringLiteral("health.events"), QCborMap{{QStringLiteral("since"), now - 600'000}, {QStringLiteral("limit"), 1}});
    QVERIFY(one);
    QCOMPARE(one->value(QStringLiteral("events")).toArray().size(), 1);
    QCOMPARE(one->value(QStringLiteral("events")).toArray().at(0).toMap().value(QStringLiteral("time")).toInteger(), previous); // the newest kept
    auto bad = call(*m_teacher, QStringLiteral("health.events"), QCborMap{{QStringLiteral("since"), now}, {QStringLiteral("until"), now - 1}});
    QVERIFY(!bad);
}

void AgentMonitoringTest::historyQueryChecksArguments()
{
    auto none = call(*m_teacher, QStringLiteral("history.query"), {});
    QVERIFY(!none);
    auto badRes = call(*m_teacher, QStringLiteral("history.query"),
                       QCborMap{{QStringLiteral("device"), QStringLiteral("display-1")}, {QStringLiteral("resolution"), QStringLiteral("week")}});
    QVERIFY(!badRes);
    QVERIFY(badRes.errorString().contains(QStringLiteral("week")));
}

void AgentMonitoringTest::measureNowIsAdminOnlyAndRuns()
{
    auto teacher = call(*m_teacher, QStringLiteral("measure.now"));
    QVERIFY(!teacher);
    auto r = call(*m_admin, QStringLiteral("measure.now"), QCborMap{{QStringLiteral("wait"), true}}, 40000);
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY2(!r->contains(QStringLiteral("error")), qPrintable(r->value(QStringLiteral("error")).toString()));
    QVERIFY(r->value(QStringLiteral("downloadMbps")).toDouble() > 0);
    QVERIFY(r->value(QStringLiteral("uploadMbps")).toDouble() > 0);
    auto health = call(*m_teacher, QStringLiteral("health.get"));
    QVERIFY(health);
    QVERIFY(health->value(QStringLiteral("broadband")).toMap().value(QStringLiteral("downloadMbps")).toDouble() > 0);
    auto hist = call(*m_teacher, QStringLiteral("history.query"),
                     QCborMap{{QStringLiteral("room"), QStringLiteral("Raum 204")}, {QStringLiteral("resolution"), QStringLiteral("raw")}});
    QVERIFY(hist);
    QCOMPARE(hist->value(QStringLiteral("broadband")).toArray().size(), 1);
}

void AgentMonitoringTest::tafelctlHistoryAsksTheAgent()
{
    const QString db = m_dir.filePath(QStringLiteral("school.db"));
    QVERIFY(PinFile::nextToDatabase(db).store(PinFile::key(QStringLiteral("127.0.0.1"), m_port), m_fingerprint));
    QProcess p;
    p.start(QStringLiteral(TAFELCTL_PATH), {QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("Raum 204"), QStringLiteral("--agent"),
                                            QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--key"), m_teacherKey,
                                            QStringLiteral("--resolution"), QStringLiteral("raw"), QStringLiteral("--since"), QStringLiteral("1h"),
                                            QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonArray rows = QJsonDocument::fromJson(out).array();
    QVERIFY2(rows.size() >= 4, out.constData());
    QSet<QString> targets;
    for (const QJsonValue &v : rows)
        targets.insert(v.toObject().value(QStringLiteral("target")).toString());
    QVERIFY(targets.contains(QStringLiteral("display-1")) && targets.contains(QStringLiteral("switch-1")));

    // Not enrolled (no pins next to that database): a clear error, exit 1.
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere"))));
    QProcess q;
    q.start(QStringLiteral(TAFELCTL_PATH), {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("elsewhere/other.db")), QStringLiteral("history"),
                                            QStringLiteral("display-1"), QStringLiteral("--agent"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                                            QStringLiteral("--key"), m_teacherKey});
    QVERIFY(q.waitForFinished(30000));
    QCOMPARE(q.exitCode(), 1);
    QVERIFY(q.readAllStandardError().contains("not enrolled"));
}

QTEST_GUILESS_MAIN(AgentMonitoringTest)
#include "test_agent_monitoring.moc"
