// Display series in a REAL tafel-agent: [Monitoring] Displays names a PJLink projector and a Samsung MDC display
// (the simulators of modules/displays, speaking the wire protocols on loopback); before every report the agent reads
// their status with the display drivers, and the real prometheus-pushgateway shows tafel_display_power_on,
// tafel_display_lamp_hours and tafel_display_error with the labels school/room/device/kind only. Changing the
// simulators' state (power, error flags) changes the series; a display that stops answering loses its display
// series and reports tafel_device_up 0.
#include "pushgatewayprocess.h"

#include "displays/mdcsimulator.h"
#include "displays/pjlinksimulator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tafel;
using namespace tafel::reporting::testing;

class DisplaySeriesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void seriesMatchTheDisplays();
    void changesArriveWithTheNextReport();
    void deadDisplayLosesItsSeries();

private:
    struct Sample {
        QString metric;
        QHash<QString, QString> labels;
        QString value;
    };
    QList<Sample> samples();
    // value of `metric` for `device` in our group, empty if absent
    QString value(const QList<Sample> &all, const QString &metric, const QString &device);

    QTemporaryDir m_dir;
    PushgatewayProcess m_gateway;
    std::unique_ptr<displays::PjLinkSimulator> m_pjlink;
    std::unique_ptr<displays::MdcSimulator> m_mdc;
    QProcess m_agent;
    QByteArray m_log;
};

void DisplaySeriesTest::initTestCase()
{
    if (pushgatewayBinary().isEmpty())
        QSKIP("prometheus-pushgateway is not installed (installer/dev.sh installs it)");
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_gateway.start(0, &error), qPrintable(error));

    displays::PjLinkSimulatorConfig pj;
    pj.password = QStringLiteral("geheim");
    pj.lamps = {displays::LampInfo{1234, true}, displays::LampInfo{987, true}};
    m_pjlink = std::make_unique<displays::PjLinkSimulator>(pj);
    QVERIFY(m_pjlink->listen());
    m_pjlink->setPower(displays::PowerState::On);
    m_mdc = std::make_unique<displays::MdcSimulator>(displays::MdcSimulator::Options{});
    QVERIFY(m_mdc->listen());

    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QFile tf(data + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.close();
    const QString config = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(config);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("[Agent]\nName=pc-101\nRoom=r101\nDataDir=" + data.toUtf8()
             + "\n[Monitoring]\nBroadbandPerDay=0\nDisplays=\"beamer-1|projector|pjlink://:geheim@127.0.0.1:" + QByteArray::number(m_pjlink->port())
             + "; flip-1|display|mdc://127.0.0.1:" + QByteArray::number(m_mdc->port())
             + "?id=1\"\n[Reporting]\nSchool=gs-sued\nIntervalSecs=1\nSink1/Kind=pushgateway\nSink1/Url=" + m_gateway.url().toString().toUtf8()
             + "\n");
    cf.close();
    m_agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_agent, &QProcess::readyReadStandardError, this, [this] { m_log += m_agent.readAllStandardError(); });
    m_agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), config, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(m_agent.waitForStarted(10000));
    QTRY_VERIFY2_WITH_TIMEOUT(m_log.contains("reporting: school") || m_agent.state() == QProcess::NotRunning, m_log.constData(), 15000);
    QVERIFY2(m_agent.state() == QProcess::Running, m_log.constData());
}

void DisplaySeriesTest::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent.processId()), SIGTERM);
        QVERIFY(m_agent.waitForFinished(10000));
        QCOMPARE(m_agent.exitCode(), 0);
    }
    m_gateway.stop();
}

QList<DisplaySeriesTest::Sample> DisplaySeriesTest::samples()
{
    QList<Sample> out;
    const QString text = QString::fromUtf8(httpGet(m_gateway.url(QStringLiteral("/metrics"))));
    static const QRegularExpression line(QStringLiteral("^(tafel_\\w+)\\{([^}]*)\\} (\\S+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression label(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        Sample s;
        s.metric = m.captured(1);
        s.value = m.captured(3);
        for (auto lt = label.globalMatch(m.captured(2)); lt.hasNext();) {
            const auto l = lt.next();
            s.labels.insert(l.captured(1), l.captured(2));
        }
        if (s.labels.value(QStringLiteral("school")) == QLatin1String("gs-sued") && s.labels.value(QStringLiteral("room")) == QLatin1String("r101"))
            out.append(s);
    }
    return out;
}

QString DisplaySeriesTest::value(const QList<Sample> &all, const QString &metric, const QString &device)
{
    for (const Sample &s : all)
        if (s.metric == metric && s.labels.value(QStringLiteral("device")) == device)
            return s.value;
    return {};
}

void DisplaySeriesTest::seriesMatchTheDisplays()
{
    QList<Sample> all;
    QTRY_VERIFY2_WITH_TIMEOUT(!value(all = samples(), QStringLiteral("tafel_display_power_on"), QStringLiteral("flip-1")).isEmpty()
                                  && !value(all, QStringLiteral("tafel_display_power_on"), QStringLiteral("beamer-1")).isEmpty(),
                              m_log.constData(), 20000);
    // PJLink: on, two lamps (the one to replace first counts), no error.
    QCOMPARE(value(all, QStringLiteral("tafel_display_power_on"), QStringLiteral("beamer-1")), QStringLiteral("1"));
    QCOMPARE(value(all, QStringLiteral("tafel_display_lamp_hours"), QStringLiteral("beamer-1")), QStringLiteral("1234"));
    QCOMPARE(value(all, QStringLiteral("tafel_display_error"), QStringLiteral("beamer-1")), QStringLiteral("0"));
    QCOMPARE(value(all, QStringLiteral("tafel_device_up"), QStringLiteral("beamer-1")), QStringLiteral("1"));
    // MDC: off, no lamp (a flat panel), no error.
    QCOMPARE(value(all, QStringLiteral("tafel_display_power_on"), QStringLiteral("flip-1")), QStringLiteral("0"));
    QCOMPARE(value(all, QStringLiteral("tafel_display_lamp_hours"), QStringLiteral("flip-1")), QString());
    QCOMPARE(value(all, QStringLiteral("tafel_display_error"), QStringLiteral("flip-1")), QStringLiteral("0"));
    // Bounded cardinality: only these labels (job/instance are the Pushgateway's), kind from the configuration.
    const QSet<QString> allowed{QStringLiteral("school"), QStringLiteral("room"), QStringLiteral("device"), QStringLiteral("kind"),
                                QStringLiteral("job"),    QStringLiteral("instance"), QStringLiteral("version")};
    int series = 0;
    for (const Sample &s : std::as_const(all)) {
        ++series;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            QVERIFY2(allowed.contains(it.key()), qPrintable(s.metric + QLatin1Char(' ') + it.key()));
        if (s.labels.contains(QStringLiteral("version")))
            QCOMPARE(s.metric, QStringLiteral("tafel_agent_info"));
        if (s.metric.startsWith(QLatin1String("tafel_display_")))
            QCOMPARE(s.labels.value(QStringLiteral("kind")),
                     s.labels.value(QStringLiteral("device")) == QLatin1String("beamer-1") ? QStringLiteral("projector") : QStringLiteral("display"));
    }
    QVERIFY(series <= 60);
}

void DisplaySeriesTest::changesArriveWithTheNextReport()
{
    m_pjlink->setPower(displays::PowerState::Standby);
    displays::ErrorFlags e;
    e.lamp = displays::Health::Error;
    m_pjlink->setErrors(e);
    auto st = m_mdc->state();
    st.power = 1;
    st.fanError = true;
    m_mdc->setState(st);
    QList<Sample> all;
    QTRY_VERIFY2_WITH_TIMEOUT(value(all = samples(), QStringLiteral("tafel_display_power_on"), QStringLiteral("beamer-1")) == QLatin1String("0")
                                  && value(all, QStringLiteral("tafel_display_error"), QStringLiteral("beamer-1")) == QLatin1String("1")
                                  && value(all, QStringLiteral("tafel_display_power_on"), QStringLiteral("flip-1")) == QLatin1String("1")
                                  && value(all, QStringLiteral("tafel_display_error"), QStringLiteral("flip-1")) == QLatin1String("1"),
                              m_log.constData(), 20000);
}

void DisplaySeriesTest::deadDisplayLosesItsSeries()
{
    m_mdc->close();
    QList<Sample> all;
    // Not "off": no display series at all, and the device is down.
    QTRY_VERIFY2_WITH_TIMEOUT(value(all = samples(), QStringLiteral("tafel_device_up"), QStringLiteral("flip-1")) == QLatin1String("0")
                                  && value(all, QStringLiteral("tafel_display_power_on"), QStringLiteral("flip-1")).isEmpty(),
                              m_log.constData(), 30000);
    QCOMPARE(value(all, QStringLiteral("tafel_display_error"), QStringLiteral("flip-1")), QString());
    QCOMPARE(value(all, QStringLiteral("tafel_device_up"), QStringLiteral("beamer-1")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(DisplaySeriesTest)
#include "test_display_series.moc"
