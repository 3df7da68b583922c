// The admin-only reporting commands of a REAL tafel-agent (report.status, report.config.get, report.config.set,
// report.test) with [Reporting] to the real prometheus-pushgateway: teachers are refused; the token is write-only;
// bad input is refused with the field and the reason and changes nothing; a good change is applied at once, kept
// in <DataDir>/reporting.ini (0600) and still there after the agent restarts; report.test shows the server's
// answer (HTTP 200 and the series arriving) or, with the Pushgateway stopped, the network error.
#include "../reporting/pushgatewayprocess.h"

#include "agentlink/agentclient.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace tafel;
using namespace tafel::agentlink;
using namespace tafel::reporting::testing;

class AgentReportCommandsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void teacherIsRefused();
    void configGetHidesTheToken();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void testShowsTheServersAnswer();
    void setAppliesAndPersistsAcrossRestart();
    void statusShowsOutboxAndLastError();

private:
    bool startAgent();
    void stopAgent();
    void connectClients();
    Result<QCborMap> call(AgentClient &client, const QString &command, const QCborMap &args = {}, int timeoutMs = 20000);
    QCborMap goodConfig() const;

    QTemporaryDir m_dir;
    QString m_data;
    QString m_config;
    PushgatewayProcess m_gateway;
    QProcess m_agent;
    QByteArray m_log;
    ClientCredentials m_teacherCreds, m_adminCreds;
    quint16 m_port = 0;
    QString m_fingerprint;
    std::unique_ptr<AgentClient> m_teacher;
    std::unique_ptr<AgentClient> m_admin;
};

void AgentReportCommandsTest::initTestCase()
{
    if (pushgatewayBinary().isEmpty())
        QSKIP("prometheus-pushgateway is not installed (installer/dev.sh installs it)");
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_gateway.start(0, &error), qPrintable(error));
    m_data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_data));
    QByteArray trust;
    for (auto [role, creds] : {std::pair{Role::Teacher, &m_teacherCreds}, std::pair{Role::Admin, &m_adminCreds}}) {
        auto key = crypto::KeyPair::generate();
        QVERIFY(key);
        auto c = ClientCredentials::fromKey(*key);
        QVERIFY(c);
        *creds = *c;
        if (role == Role::Teacher) // the school reporter asks the agents with a teacher key
            QVERIFY(key->save(m_dir.filePath(QStringLiteral("teacher.pem"))));
        trust += TrustStore::formatLine(role, key->publicKey(), roleName(role)).toUtf8() + '\n';
    }
    QFile tf(m_data + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(trust);
    tf.close();
    m_config = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(m_config);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("[Agent]\nName=pc-204\nRoom=r204\nDataDir=" + m_data.toUtf8()
             + "\n[Monitoring]\nBroadbandPerDay=0\n[Reporting]\nSchool=gs-nord\nIntervalSecs=3600\nSink1/Kind=pushgateway\nSink1/Name=city-push\n"
               "Sink1/Token=s3cr3t-token\nSink1/Url="
             + m_gateway.url().toString().toUtf8() + "\n");
    cf.close();
    m_agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_agent, &QProcess::readyReadStandardError, this, [this] { m_log += m_agent.readAllStandardError(); });
    QVERIFY(startAgent());
}

bool AgentReportCommandsTest::startAgent()
{
    m_log.clear();
    m_agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), m_config, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    if (!m_agent.waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    if (!QTest::qWaitFor([&] { return (m = re.match(QString::fromUtf8(m_log))).hasMatch() || m_agent.state() == QProcess::NotRunning; }, 15000)
        || !m.hasMatch()) {
        qWarning("%s", m_log.constData());
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    m_fingerprint = m.captured(2);
    for (auto [client, creds] : {std::pair{&m_teacher, &m_teacherCreds}, std::pair{&m_admin, &m_adminCreds}}) {
        *client = std::make_unique<AgentClient>();
        (*client)->setCredentials(*creds);
        (*client)->setPinnedFingerprint(m.captured(2));
        (*client)->setCallTimeout(30000);
        (*client)->connectToAgent(QStringLiteral("127.0.0.1"), quint16(m.captured(1).toUInt()));
    }
    return true;
}

void AgentReportCommandsTest::stopAgent()
{
    m_teacher.reset();
    m_admin.reset();
    if (m_agent.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent.processId()), SIGTERM);
        QVERIFY(m_agent.waitForFinished(10000));
        QCOMPARE(m_agent.exitCode(), 0);
    }
}

void AgentReportCommandsTest::cleanupTestCase()
{
    stopAgent();
    m_gateway.stop();
}

Result<QCborMap> AgentReportCommandsTest::call(AgentClient &client, const QString &command, const QCborMap &args, int timeoutMs)
{
    std::optional<Result<QCborMap>> result;
    client.call(command, args, [&result](Result<QCborMap> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return Error::make(ErrorCode::Timeout, QStringLiteral("test: no callback"));
    return *result;
}

QCborMap AgentReportCommandsTest::goodConfig() const
{
    return QCborMap{{QStringLiteral("school"), QStringLiteral("gs-nord")},
                    {QStringLiteral("room"), QStringLiteral("r204")},
                    {QStringLiteral("intervalSecs"), 3600},
                    {QStringLiteral("outboxMax"), 500},
                    {QStringLiteral("sinks"),
                     QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("city-push")},
                                         {QStringLiteral("kind"), QStringLiteral("pushgateway")},
                                         {QStringLiteral("url"), m_gateway.url().toString()}}}}};
}

void AgentReportCommandsTest::teacherIsRefused()
{
    for (const char *command : {"report.status", "report.config.get", "report.config.set", "report.test"}) {
        auto r = call(*m_teacher, QString::fromLatin1(command), {});
        QVERIFY2(!r, command);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }
}

void AgentReportCommandsTest::configGetHidesTheToken()
{
    auto r = call(*m_admin, QStringLiteral("report.config.get"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY(r->value(QStringLiteral("configured")).toBool());
    QCOMPARE(r->value(QStringLiteral("source")).toString(), m_config);
    const QCborMap sink = r->value(QStringLiteral("config")).toMap().value(QStringLiteral("sinks")).toArray().at(0).toMap();
    QCOMPARE(sink.value(QStringLiteral("name")).toString(), QStringLiteral("city-push"));
    QCOMPARE(sink.value(QStringLiteral("tokenSet")).toBool(), true);
    QVERIFY(!sink.contains(QStringLiteral("token")));
    QVERIFY(!r->toCborValue().toDiagnosticNotation().contains(QStringLiteral("s3cr3t")));
}

void AgentReportCommandsTest::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("path"); // "field" or "sink.field" to change
    QTest::addColumn<QCborValue>("value");
    QTest::addColumn<QString>("expected"); // part of the error message
    QTest::newRow("ftp url") << "sink.url" << QCborValue(QStringLiteral("ftp://push.example")) << "Url";
    QTest::newRow("no host") << "sink.url" << QCborValue(QStringLiteral("http://")) << "Url";
    QTest::newRow("not a url") << "sink.url" << QCborValue(QStringLiteral("push example")) << "Url";
    QTest::newRow("user info") << "sink.url" << QCborValue(QStringLiteral("https://admin:pw@push.example")) << "user name";
    QTest::newRow("query") << "sink.url" << QCborValue(QStringLiteral("https://push.example/?x=1")) << "'?'";
    QTest::newRow("bad kind") << "sink.kind" << QCborValue(QStringLiteral("graphite")) << "pushgateway or otlp";
    QTest::newRow("cert without key") << "sink.certFile" << QCborValue(QStringLiteral("/etc/hostname")) << "go together";
    QTest::newRow("unreadable ca") << "sink.caFile" << QCborValue(QStringLiteral("/nonexistent/ca.pem")) << "cannot read";
    QTest::newRow("unknown sink field") << "sink.password" << QCborValue(QStringLiteral("x")) << "unknown field";
    QTest::newRow("interval 0") << "intervalSecs" << QCborValue(0) << "IntervalSecs";
    QTest::newRow("interval text") << "intervalSecs" << QCborValue(QStringLiteral("soon")) << "whole number";
    QTest::newRow("no school") << "school" << QCborValue(QString()) << "School";
    QTest::newRow("line break in school") << "school" << QCborValue(QStringLiteral("gs\nSchool=x")) << "control characters";
    QTest::newRow("line break in sink name") << "sink.name" << QCborValue(QStringLiteral("a\nb")) << "control characters";
    QTest::newRow("unknown field") << "colour" << QCborValue(QStringLiteral("red")) << "unknown field";
    QTest::newRow("no sinks") << "sinks" << QCborValue(QCborArray{}) << "sink";
}

void AgentReportCommandsTest::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, path);
    QFETCH(QCborValue, value);
    QFETCH(QString, expected);
    auto before = call(*m_admin, QStringLiteral("report.config.get"));
    QVERIFY(before);
    QCborMap config = goodConfig();
    if (path.startsWith(QLatin1String("sink."))) {
        QCborArray sinks = config.value(QStringLiteral("sinks")).toArray();
        QCborMap sink = sinks.at(0).toMap();
        sink.insert(path.mid(5), value);
        sinks[0] = sink;
        config.insert(QStringLiteral("sinks"), sinks);
    } else {
        config.insert(path, value);
    }
    auto r = call(*m_admin, QStringLiteral("report.config.set"), QCborMap{{QStringLiteral("config"), config}});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.errorString().contains(expected, Qt::CaseInsensitive), qPrintable(r.errorString()));
    auto after = call(*m_admin, QStringLiteral("report.config.get"));
    QVERIFY(after);
    QCOMPARE(after->toCborValue(), before->toCborValue());
    QVERIFY(!QFile::exists(m_data + QStringLiteral("/reporting.ini"))); // nothing written
}

void AgentReportCommandsTest::testShowsTheServersAnswer()
{
    auto r = call(*m_admin, QStringLiteral("report.test"), QCborMap{{QStringLiteral("sink"), QStringLiteral("city-push")}});
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY2(r->value(QStringLiteral("ok")).toBool(), qPrintable(r->toCborValue().toDiagnosticNotation()));
    QCOMPARE(r->value(QStringLiteral("httpStatus")).toInteger(), 200);
    QVERIFY(r->value(QStringLiteral("url")).toString().contains(QLatin1String("/metrics/job/tafel/school/gs-nord/room/r204")));
    // The test report really arrived (the interval is an hour: nothing else sends).
    const QByteArray metrics = httpGet(m_gateway.url(QStringLiteral("/metrics")));
    QVERIFY(metrics.contains("tafel_agent_info{"));
    QVERIFY(metrics.contains("school=\"gs-nord\""));

    auto unknown = call(*m_admin, QStringLiteral("report.test"), QCborMap{{QStringLiteral("sink"), QStringLiteral("nope")}});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    // The Pushgateway down: the answer is the network error in words, no HTTP status.
    m_gateway.stop();
    auto down = call(*m_admin, QStringLiteral("report.test"), QCborMap{{QStringLiteral("sink"), QStringLiteral("city-push")}});
    QVERIFY2(down, qPrintable(down.errorString()));
    QVERIFY(!down->value(QStringLiteral("ok")).toBool());
    QCOMPARE(down->value(QStringLiteral("httpStatus")).toInteger(), 0);
    QVERIFY2(down->value(QStringLiteral("error")).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(down->value(QStringLiteral("error")).toString()));
    QString error;
    QVERIFY2(m_gateway.start(m_gateway.port(), &error), qPrintable(error));
}

void AgentReportCommandsTest::setAppliesAndPersistsAcrossRestart()
{
    QCborMap config = goodConfig();
    config.insert(QStringLiteral("intervalSecs"), 1);
    // School reporter: asks the school's agents (this one, and one that is not there) with the teacher key.
    const QString agents = m_dir.filePath(QStringLiteral("school-agents"));
    QFile pins(agents);
    QVERIFY(pins.open(QIODevice::WriteOnly));
    pins.write("127.0.0.1:" + QByteArray::number(m_port) + ' ' + m_fingerprint.toLatin1() + "\n127.0.0.1:9 " + m_fingerprint.toLatin1() + '\n');
    pins.close();
    config.insert(QStringLiteral("schoolReporter"), true);
    auto missing = call(*m_admin, QStringLiteral("report.config.set"), QCborMap{{QStringLiteral("config"), config}});
    QVERIFY(!missing);
    QVERIFY2(missing.errorString().contains(QLatin1String("SchoolAgents")), qPrintable(missing.errorString()));
    config.insert(QStringLiteral("schoolAgents"), agents);
    config.insert(QStringLiteral("schoolKeyFile"), m_dir.filePath(QStringLiteral("teacher.pem")));
    QCborArray sinks = config.value(QStringLiteral("sinks")).toArray();
    // city-push keeps its token (no "token" field); a second, switched-off OTLP sink with a new token.
    sinks.append(QCborMap{{QStringLiteral("name"), QStringLiteral("city-otel")},
                          {QStringLiteral("kind"), QStringLiteral("otlp")},
                          {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")},
                          {QStringLiteral("enabled"), false},
                          {QStringLiteral("token"), QStringLiteral("otel-token")}});
    config.insert(QStringLiteral("sinks"), sinks);
    auto r = call(*m_admin, QStringLiteral("report.config.set"), QCborMap{{QStringLiteral("config"), config}});
    QVERIFY2(r, qPrintable(r.errorString()));
    const QString override = m_data + QStringLiteral("/reporting.ini");
    QCOMPARE(r->value(QStringLiteral("source")).toString(), override);
    QVERIFY(QFile::exists(override));
    QCOMPARE(QFile::permissions(override) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QFile f(override);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("s3cr3t-token") && text.contains("otel-token"), text.constData()); // kept and stored
    QVERIFY(!r->toCborValue().toDiagnosticNotation().contains(QStringLiteral("token\"")));

    // Applied at once: with IntervalSecs=1 reports now arrive without a test.
    QTRY_VERIFY_WITH_TIMEOUT(call(*m_admin, QStringLiteral("report.status"))->value(QStringLiteral("sinks")).toArray().at(0).toMap()
                                     .value(QStringLiteral("lastSuccessMs")).toInteger() > 0,
                             15000);
    // The school series: one room (r204, this agent) answered, one agent did not.
    const auto school = [this](const char *metric) {
        static const QRegularExpression line(QStringLiteral("^(tafel_school_\\w+)\\{[^}]*school=\"gs-nord\"[^}]*\\} (\\S+)$"),
                                             QRegularExpression::MultilineOption);
        const QString text = QString::fromUtf8(httpGet(m_gateway.url(QStringLiteral("/metrics"))));
        for (auto it = line.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1) == QLatin1String(metric))
                return m.captured(2);
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(school("tafel_school_agents_unreachable"), QStringLiteral("1"), 20000);
    QCOMPARE(school("tafel_school_rooms"), QStringLiteral("1"));
    QCOMPARE(school("tafel_school_rooms_ok").toInt() + school("tafel_school_rooms_degraded").toInt() + school("tafel_school_rooms_down").toInt()
                 + school("tafel_school_rooms_unknown").toInt(),
             1);

    stopAgent();
    QVERIFY(startAgent());
    auto again = call(*m_admin, QStringLiteral("report.config.get"));
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->value(QStringLiteral("source")).toString(), override);
    const QCborMap c = again->value(QStringLiteral("config")).toMap();
    QCOMPARE(c.value(QStringLiteral("intervalSecs")).toInteger(), 1);
    QCOMPARE(c.value(QStringLiteral("outboxMax")).toInteger(), 500);
    QCOMPARE(c.value(QStringLiteral("schoolReporter")).toBool(), true);
    const QCborArray s = c.value(QStringLiteral("sinks")).toArray();
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).toMap().value(QStringLiteral("tokenSet")).toBool(), true);
    QCOMPARE(s.at(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("city-otel"));
    QCOMPARE(s.at(1).toMap().value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(s.at(1).toMap().value(QStringLiteral("tokenSet")).toBool(), true);

    // "token": "" removes a token.
    QCborArray cleared = s;
    QCborMap first = cleared.at(0).toMap();
    first.remove(QStringLiteral("tokenSet"));
    first.insert(QStringLiteral("token"), QString());
    cleared[0] = first;
    QCborMap second = cleared.at(1).toMap();
    second.remove(QStringLiteral("tokenSet"));
    cleared[1] = second;
    QCborMap next = c;
    next.insert(QStringLiteral("sinks"), cleared);
    auto cleared2 = call(*m_admin, QStringLiteral("report.config.set"), QCborMap{{QStringLiteral("config"), next}});
    QVERIFY2(cleared2, qPrintable(cleared2.errorString()));
    const QCborArray s2 = cleared2->value(QStringLiteral("config")).toMap().value(QStringLiteral("sinks")).toArray();
    QCOMPARE(s2.at(0).toMap().value(QStringLiteral("tokenSet")).toBool(), false);
    QCOMPARE(s2.at(1).toMap().value(QStringLiteral("tokenSet")).toBool(), true);
}

void AgentReportCommandsTest::statusShowsOutboxAndLastError()
{
    m_gateway.stop();
    // Reports queue (every second) and the sink's last error is the refused connection.
    QCborMap sink;
    QTRY_VERIFY_WITH_TIMEOUT((sink = call(*m_admin, QStringLiteral("report.status"))->value(QStringLiteral("sinks")).toArray().at(0).toMap())
                                     .value(QStringLiteral("lastErrorMs")).toInteger() > 0
                                 && sink.value(QStringLiteral("queued")).toInteger() >= 2,
                             20000);
    QVERIFY2(sink.value(QStringLiteral("lastError")).toString().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(sink.value(QStringLiteral("lastError")).toString()));
    auto status = call(*m_admin, QStringLiteral("report.status"));
    QVERIFY(status);
    QVERIFY(status->value(QStringLiteral("outboxSize")).toInteger() >= 2);
    QCOMPARE(status->value(QStringLiteral("outboxMax")).toInteger(), 500);
    QCOMPARE(status->value(QStringLiteral("enabled")).toBool(), true);
    const QCborMap off = status->value(QStringLiteral("sinks")).toArray().at(1).toMap();
    QCOMPARE(off.value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(off.value(QStringLiteral("queued")).toInteger(), 0); // a switched-off sink gets nothing
    QString error;
    QVERIFY2(m_gateway.start(m_gateway.port(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(call(*m_admin, QStringLiteral("report.status"))->value(QStringLiteral("outboxSize")).toInteger() == 0, 30000);
}

QTEST_GUILESS_MAIN(AgentReportCommandsTest)
#include "test_agent_reportcommands.moc"
