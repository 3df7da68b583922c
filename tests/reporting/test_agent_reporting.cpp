// Reporting in a REAL tafel-agent process: [Monitoring] probes loopback targets (a QTcpServer that is up, a closed
// port that is down), [Reporting] pushes every second to the real Debian prometheus-pushgateway started on a free
// loopback port. /metrics shows tafel_device_up 1 and 0 with the school/room/device labels. Then the pushgateway
// is stopped, reports queue in agent.db, the agent is killed with SIGKILL, the pushgateway and the agent come back,
// and every report queued before the kill is delivered (its outbox row goes).
#include "pushgatewayprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace tafel::reporting::testing;

class AgentReportingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pushesDeviceUpAndDown();
    void killedAgentDeliversQueuedReports();

private:
    bool startAgent();
    // device -> value of tafel_device_up for school gs-nord, room "Raum 204"; labels checked on the way.
    QHash<QString, QString> deviceUp();
    QSet<QString> queuedReportIds();

    QTemporaryDir m_dir;
    QString m_config;
    QTcpServer m_up;
    PushgatewayProcess m_gateway;
    QProcess m_agent;
    QByteArray m_log;
};

void AgentReportingTest::initTestCase()
{
    if (pushgatewayBinary().isEmpty())
        QSKIP("prometheus-pushgateway is not installed (installer/dev.sh installs it)");
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_gateway.start(0, &error), qPrintable(error));

    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QFile tf(data + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.close();
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
    m_config = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(m_config);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    // Room comes from [Agent] Room; its space makes the Pushgateway grouping key use @base64.
    cf.write("[Agent]\nName=pc-204\nRoom=Raum 204\nDataDir=" + data.toUtf8()
             + "\n[Monitoring]\nProbeIntervalSecs=1\nDownAfter=2\nUpAfter=1\nBroadbandPerDay=0\n"
               "Targets=\"display-1|display|tcp://127.0.0.1:"
             + QByteArray::number(m_up.serverPort()) + "; switch-1|switch|tcp://127.0.0.1:" + QByteArray::number(closedPort)
             + "\"\n[Reporting]\nSchool=gs-nord\nIntervalSecs=1\nOutboxMax=1000\nSink1/Kind=pushgateway\nSink1/Name=city-push\nSink1/Url="
             + m_gateway.url().toString().toUtf8() + "\n");
    cf.close();
    m_agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_agent, &QProcess::readyReadStandardError, this, [this] { m_log += m_agent.readAllStandardError(); });
    QVERIFY(startAgent());
}

bool AgentReportingTest::startAgent()
{
    m_log.clear();
    m_agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), m_config, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    if (!m_agent.waitForStarted(10000))
        return false;
    const bool up = QTest::qWaitFor([this] { return m_log.contains("reporting: school") || m_agent.state() == QProcess::NotRunning; }, 15000);
    if (!up || m_agent.state() == QProcess::NotRunning)
        qWarning("%s", m_log.constData());
    return up && m_agent.state() == QProcess::Running;
}

void AgentReportingTest::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent.processId()), SIGTERM);
        QVERIFY(m_agent.waitForFinished(10000));
        QCOMPARE(m_agent.exitCode(), 0);
    }
    m_gateway.stop();
}

QHash<QString, QString> AgentReportingTest::deviceUp()
{
    QHash<QString, QString> out;
    const QString text = QString::fromUtf8(httpGet(m_gateway.url(QStringLiteral("/metrics"))));
    static const QRegularExpression line(QStringLiteral("^tafel_device_up\\{([^}]*)\\} (\\S+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression label(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QHash<QString, QString> labels;
        for (auto lt = label.globalMatch(m.captured(1)); lt.hasNext();) {
            const auto l = lt.next();
            labels.insert(l.captured(1), l.captured(2));
        }
        if (labels.value(QStringLiteral("school")) != QLatin1String("gs-nord") || labels.value(QStringLiteral("room")) != QLatin1String("Raum 204")
            || labels.value(QStringLiteral("job")) != QLatin1String("tafel"))
            continue;
        const QString device = labels.value(QStringLiteral("device"));
        const QString kind = labels.value(QStringLiteral("kind"));
        if ((device == QLatin1String("display-1") && kind == QLatin1String("display")) || (device == QLatin1String("switch-1") && kind == QLatin1String("switch")))
            out.insert(device, m.captured(2));
    }
    return out;
}

QSet<QString> AgentReportingTest::queuedReportIds()
{
    QSet<QString> ids;
    const QString conn = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("data/agent.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT o.report_id FROM report_outbox o JOIN report_outbox_sink s ON s.outbox_id = o.id WHERE s.sink = 'city-push'")))
                while (q.next())
                    ids.insert(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(conn);
    return ids;
}

void AgentReportingTest::pushesDeviceUpAndDown()
{
    QHash<QString, QString> up;
    QTRY_VERIFY2_WITH_TIMEOUT((up = deviceUp()).value(QStringLiteral("display-1")) == QLatin1String("1")
                                  && up.value(QStringLiteral("switch-1")) == QLatin1String("0"),
                              qPrintable(QStringLiteral("device up: %1; agent log:\n%2")
                                             .arg(QStringList(up.keys()).join(QLatin1Char(',')), QString::fromUtf8(m_log))),
                              20000);
    // The rest of the report arrived in the same group.
    const QByteArray metrics = httpGet(m_gateway.url(QStringLiteral("/metrics")));
    QVERIFY(metrics.contains("tafel_report_timestamp_seconds{"));
    QVERIFY(metrics.contains("tafel_agent_info{"));
    QVERIFY(QRegularExpression(QStringLiteral("tafel_device_rtt_seconds\\{[^}]*device=\"display-1\"")).match(QString::fromUtf8(metrics)).hasMatch());
}

void AgentReportingTest::killedAgentDeliversQueuedReports()
{
    m_gateway.stop();
    // Reports pile up in agent.db while the pushgateway is away.
    QTRY_VERIFY_WITH_TIMEOUT(queuedReportIds().size() >= 3, 15000);
    ::kill(pid_t(m_agent.processId()), SIGKILL);
    QVERIFY(m_agent.waitForFinished(5000));
    const QSet<QString> pending = queuedReportIds();
    QVERIFY(pending.size() >= 3);

    QString error;
    QVERIFY2(m_gateway.start(m_gateway.port(), &error), qPrintable(error)); // same port, empty again
    QVERIFY(startAgent());
    QTRY_VERIFY2_WITH_TIMEOUT(!queuedReportIds().intersects(pending), "reports queued before the kill were not delivered", 20000);
    QTRY_COMPARE_WITH_TIMEOUT(deviceUp().value(QStringLiteral("display-1")), QStringLiteral("1"), 10000);
}

QTEST_GUILESS_MAIN(AgentReportingTest)
#include "test_agent_reporting.moc"
