// Network health in the teacher view: the history chart painted from synthetic history (grabbed to PNG, not
// blank), and the health strip, top bar and chart fed by a REAL tafel-agent process whose [Monitoring] probes a
// loopback QTcpServer (up) and a closed port (down); once the agent is gone everything says "agent unreachable".
#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "gui/healthpanel.h"
#include "gui/healthstrip.h"
#include "gui/historychart.h"
#include "gui/mainwindow.h"
#include "gui/roomhealth.h"
#include "gui/schooloverview.h"
#include "gui/teacherview.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QApplication>
#include <QDateTime>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace tafel;

namespace {
// Distinct colours in an image: a blank widget has one or two.
int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

void save(QWidget &w, const QString &dir, const QString &name)
{
    const QString extra = qEnvironmentVariable("TAFEL_TEST_SCREENSHOTS");
    const QPixmap shot = w.grab();
    shot.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    if (!extra.isEmpty())
        shot.save(QDir(extra).filePath(name + QStringLiteral(".png")));
}
} // namespace

class RoomHealthTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chartPaintsSyntheticHistory();
    void chartSaysUnreachable();
    void overviewTileFromARealAgent();
    void stripAndChartFedByARealAgent();

private:
    QTemporaryDir m_dir;
    QTcpServer m_up;
    QProcess m_agent;
    QByteArray m_log;
    QString m_keyFile;
    std::unique_ptr<store::Database> m_db;
    QString m_roomId;
    QString m_displayId;
    QString m_switchId;
};

void RoomHealthTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QApplication::setStyle(QStringLiteral("Fusion"));
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

    auto db = store::Database::open(m_dir.filePath(QStringLiteral("school.db")));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(db).value();
    Room room;
    room.name = QStringLiteral("Raum 7b");
    auto added = store::RoomRepository(*m_db).add(room);
    QVERIFY(added);
    m_roomId = added->id;
    for (auto [name, kind, port, id] : {std::tuple{QStringLiteral("Tafel"), DeviceKind::Display, m_up.serverPort(), &m_displayId},
                                        std::tuple{QStringLiteral("Switch 7b"), DeviceKind::Switch, closedPort, &m_switchId}}) {
        Device d;
        d.roomId = m_roomId;
        d.kind = kind;
        d.name = name;
        d.host = QStringLiteral("127.0.0.1");
        d.port = port;
        auto a = store::DeviceRepository(*m_db).add(d);
        QVERIFY(a);
        *id = a->id;
    }

    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    m_keyFile = m_dir.filePath(QStringLiteral("teacher.pem"));
    QVERIFY(key->save(m_keyFile));
    const QString data = m_dir.filePath(QStringLiteral("agent"));
    QVERIFY(QDir().mkpath(data));
    QFile tf(data + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(agentlink::TrustStore::formatLine(agentlink::Role::Teacher, key->publicKey(), QStringLiteral("teacher")).toUtf8() + '\n');
    tf.close();
    const QString cfg = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(cfg);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("[Agent]\nName=PC 7b\nRoom=Raum 7b\nDataDir=" + data.toUtf8() + "\n[Monitoring]\nProbeIntervalSecs=1\nDownAfter=2\nTargets=\""
             + m_displayId.toUtf8() + "|display|tcp://127.0.0.1:" + QByteArray::number(m_up.serverPort()) + "; " + m_switchId.toUtf8()
             + "|switch|tcp://127.0.0.1:" + QByteArray::number(closedPort) + "\"\n");
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
    Device pc;
    pc.roomId = m_roomId;
    pc.kind = DeviceKind::Pc;
    pc.name = QStringLiteral("PC 7b");
    pc.host = QStringLiteral("127.0.0.1");
    pc.port = quint16(m.captured(1).toUInt());
    pc.protocol = QStringLiteral("agent");
    pc.hasAgent = true;
    QVERIFY(store::DeviceRepository(*m_db).add(pc));
    QVERIFY(agentlink::PinFile::nextToDatabase(m_db->path()).store(agentlink::PinFile::key(pc.host, pc.port), m.captured(2)));
}

void RoomHealthTest::cleanupTestCase()
{
    if (m_agent.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent.processId()), SIGTERM);
        m_agent.waitForFinished(10000);
    }
}

void RoomHealthTest::chartPaintsSyntheticHistory()
{
    gui::HistoryChart chart;
    chart.resize(900, 260);
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - 86'400'000LL;
    QList<gui::HistoryChart::Point> points;
    for (int i = 0; i < 288; ++i) {
        const double base = 8 + 6 * std::sin(i / 20.0);
        gui::HistoryChart::Point p{from + i * 300'000LL, base * 0.6, base, base * 1.6, base * 2.4, i % 50 == 0 ? 20.0 : 0.0};
        if (i > 200 && i < 210)
            p = {from + i * 300'000LL, {}, {}, {}, {}, 100.0}; // an outage: a gap in the line, red loss ticks
        points.append(p);
    }
    const QList<gui::HistoryChart::Test> tests{{from + 3'600'000LL, 94.0, 38.0}, {from + 50'000'000LL, 88.0, 35.0}};
    chart.setRange(from, to);
    chart.setData(points, tests);
    QCOMPARE(chart.pointCount(), 288);
    QVERIFY(!chart.isUnreachable());
    const QImage image = chart.grab().toImage();
    save(chart, m_dir.path(), QStringLiteral("history-chart"));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("history-chart.png"))).size() > 0);
    QVERIFY2(colours(image) > 20, qPrintable(QString::number(colours(image))));
    // The median line is drawn in dark green somewhere in the plot.
    bool green = false;
    for (int y = 0; y < image.height() && !green; ++y)
        for (int x = 0; x < image.width() && !green; ++x)
            green = image.pixel(x, y) == qRgb(0x1B, 0x5E, 0x20);
    QVERIFY(green);
}

void RoomHealthTest::chartSaysUnreachable()
{
    gui::HistoryChart chart;
    chart.resize(600, 200);
    chart.setData({{1000, 1.0, 2.0, 3.0, 4.0, 0}}, {});
    chart.setUnreachable(QStringLiteral("Agent unreachable — no current network data."));
    QCOMPARE(chart.pointCount(), 0); // never stale data as current
    QVERIFY(chart.isUnreachable());
    const QImage image = chart.grab().toImage();
    bool red = false;
    for (int y = 0; y < image.height() && !red; ++y)
        for (int x = 0; x < image.width() && !red; ++x)
            red = qRed(image.pixel(x, y)) > 150 && qGreen(image.pixel(x, y)) < 90;
    QVERIFY2(red, "the unreachable text is drawn in red");
}

void RoomHealthTest::overviewTileFromARealAgent()
{
    Room empty;
    empty.name = QStringLiteral("Abstellraum");
    QVERIFY(store::RoomRepository(*m_db).add(empty));
    gui::SchoolOverview overview(*m_db, {m_keyFile, {}, 2'000});
    overview.resize(1280, 700);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QTRY_COMPARE_WITH_TIMEOUT(overview.stateOf(m_roomId), QStringLiteral("degraded"), 20000);
    QCOMPARE(overview.order().constFirst(), m_roomId); // worst first: degraded before the room without an agent
    overview.showRoom(m_roomId);
    QTRY_VERIFY_WITH_TIMEOUT(overview.chart()->pointCount() > 0, 10000);
    save(overview, m_dir.path(), QStringLiteral("overview"));
}

void RoomHealthTest::stripAndChartFedByARealAgent()
{
    gui::MainWindowOptions options;
    options.displayControl = false;
    options.agentControl = true;
    options.startRoom = m_roomId;
    options.agents = {m_keyFile, {}, 2'000};
    gui::MainWindow window(*m_db, options);
    window.resize(1280, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    gui::RoomHealth *health = window.roomHealth();
    QVERIFY(health);
    gui::TeacherView *view = window.teacherView();
    // The display answers, the closed port goes down after DownAfter=2: the room is degraded.
    QTRY_COMPARE_WITH_TIMEOUT(view->networkSummary(), QStringLiteral("Network degraded"), 20000);
    const auto tooltipOf = [view](const QString &name) {
        for (QWidget *w : view->healthStrip()->findChildren<QWidget *>())
            if (w->toolTip().startsWith(name + QStringLiteral(" (")))
                return w->toolTip();
        return QString();
    };
    QVERIFY2(tooltipOf(QStringLiteral("Tafel")).contains(QStringLiteral("OK")), qPrintable(tooltipOf(QStringLiteral("Tafel"))));
    QVERIFY2(tooltipOf(QStringLiteral("Switch 7b")).contains(QStringLiteral("Not reachable")), qPrintable(tooltipOf(QStringLiteral("Switch 7b"))));
    auto *panel = window.findChild<gui::HealthPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->isHidden()); // until the strip is tapped
    QTest::mouseClick(view->healthStrip(), Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(panel->chart()->pointCount() > 0, 20000);
    save(window, m_dir.path(), QStringLiteral("room-health"));

    // The agent goes away: the status poll marks it offline and nothing old is shown as current.
    ::kill(pid_t(m_agent.processId()), SIGTERM);
    QVERIFY(m_agent.waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(view->networkSummary(), QStringLiteral("Network: agent unreachable"), 30000);
    QVERIFY(health->isUnreachable());
    QVERIFY(panel->chart()->isUnreachable());
    QCOMPARE(panel->chart()->pointCount(), 0);
    QVERIFY(tooltipOf(QStringLiteral("Switch 7b")).contains(QStringLiteral("unreachable")));
    save(window, m_dir.path(), QStringLiteral("room-health-unreachable"));
}

QTEST_MAIN(RoomHealthTest)
#include "tst_roomhealth.moc"
