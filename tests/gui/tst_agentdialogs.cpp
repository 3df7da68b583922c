// The teacher view's agent features against REAL tafel-agent processes on 127.0.0.1: one on a "display PC" with
// a real screen helper (`tafel --screen`, offscreen, headless libVLC), one without a display session. The room's
// agents show as online with their version; the Message dialog (offscreen) sends a banner to both and shows
// "✓ shown" for one and "no screen helper" for the other, the helper really shows it, and Hide takes it away;
// "Blank room" reports per agent; the action bar's Message button opens the dialog.
#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "gui/agentpanel.h"
#include "gui/mainwindow.h"
#include "gui/messagedialog.h"
#include "gui/roomagents.h"
#include "gui/teacherview.h"
#include "gui/videodialog.h"
#include "screensession/screensessionclient.h"
#include "store/database.h"
#include "store/repositories.h"
#include "../screensession/testmedia.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkDatagram>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>
#include <optional>

using namespace tafel;

namespace {
constexpr int kStartMs = 20000;

// For review: with TAFEL_TEST_SCREENSHOTS=DIR the dialogs are saved as PNGs there.
void grab(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAFEL_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
}

class AgentDialogsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agentsAreOnlineWithVersion();
    void messageDialogSendsToTheRoom();
    void blankRoomReportsPerAgent();
    void messageButtonOpensTheDialog();
    void wakeRoomPcsThroughAnAgent();
    void videoDialogPlaysOnTheDisplayAgent();

private:
    bool startAgent(QProcess &agent, QByteArray &log, const QString &name, const QString &socket, quint16 &port, QString &fingerprint);
    screensession::ScreenState helperState();

    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_trust;
    QString m_socket;
    QProcess m_helper;
    QProcess m_display;
    QProcess m_plain;
    QByteArray m_displayLog;
    QByteArray m_plainLog;
    std::unique_ptr<store::Database> m_db;
    QString m_roomId;
    QUdpSocket m_wol;
};

bool AgentDialogsTest::startAgent(QProcess &agent, QByteArray &log, const QString &name, const QString &socket, quint16 &port, QString &fingerprint)
{
    const QString cfg = m_dir.filePath(name + QStringLiteral(".ini"));
    QFile cf(cfg);
    if (!cf.open(QIODevice::WriteOnly))
        return false;
    cf.write("[Agent]\nName=" + name.toUtf8() + "\nDataDir=" + m_dir.filePath(name).toUtf8() + "\n[Trust]\nKeysFile=" + m_trust.toUtf8()
             + "\n[Screen]\nSocket=" + socket.toUtf8() + "\n[Wake]\nBroadcast=127.0.0.1\nPort=" + QByteArray::number(m_wol.localPort()) + "\n");
    cf.close();
    agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&agent, &QProcess::readyReadStandardError, this, [&agent, &log] { log += agent.readAllStandardError(); });
    agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), cfg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--lang"), QStringLiteral("en")});
    if (!agent.waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    if (!QTest::qWaitFor([&] { return (m = re.match(QString::fromUtf8(log))).hasMatch() || agent.state() == QProcess::NotRunning; }, 15000) || !m.hasMatch())
        return false;
    port = quint16(m.captured(1).toUInt());
    fingerprint = m.captured(2);
    return true;
}

void AgentDialogsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QApplication::setStyle(QStringLiteral("Fusion"));
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    m_keyFile = m_dir.filePath(QStringLiteral("teacher.pem"));
    QVERIFY(key->save(m_keyFile));
    m_trust = m_dir.filePath(QStringLiteral("trusted-keys"));
    QFile tf(m_trust);
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(agentlink::TrustStore::formatLine(agentlink::Role::Teacher, key->publicKey(), QStringLiteral("teacher")).toUtf8() + '\n');
    tf.close();

    QVERIFY(m_wol.bind(QHostAddress::LocalHost, 0)); // Wake-on-LAN goes to loopback only
    m_socket = m_dir.filePath(QStringLiteral("screen.sock"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TAFEL_SCREEN_MEDIA_HEADLESS"), QStringLiteral("1"));
    m_helper.setProcessEnvironment(env);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QStringLiteral(TAFEL_PATH), {QStringLiteral("--screen"), QStringLiteral("--socket"), m_socket});
    QVERIFY2(m_helper.waitForStarted(kStartMs), qPrintable(m_helper.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_socket) || m_helper.state() != QProcess::Running, kStartMs);

    quint16 displayPort = 0, plainPort = 0;
    QString displayFp, plainFp;
    QVERIFY2(startAgent(m_display, m_displayLog, QStringLiteral("Tafel-PC"), m_socket, displayPort, displayFp), m_displayLog.constData());
    QVERIFY2(startAgent(m_plain, m_plainLog, QStringLiteral("Schueler-PC"), m_dir.filePath(QStringLiteral("nobody.sock")), plainPort, plainFp),
             m_plainLog.constData());

    auto db = store::Database::open(m_dir.filePath(QStringLiteral("school.db")));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(db).value();
    Room room;
    room.name = QStringLiteral("Raum 7b");
    auto added = store::RoomRepository(*m_db).add(room);
    QVERIFY(added);
    m_roomId = added->id;
    const auto pins = agentlink::PinFile::nextToDatabase(m_db->path());
    for (auto [name, port, fp] : {std::tuple{QStringLiteral("Tafel-PC"), displayPort, displayFp}, std::tuple{QStringLiteral("Schueler-PC"), plainPort, plainFp}}) {
        Device d;
        d.roomId = m_roomId;
        d.kind = DeviceKind::Pc;
        d.name = name;
        d.host = QStringLiteral("127.0.0.1");
        d.port = port;
        d.protocol = QStringLiteral("agent");
        d.hasAgent = true;
        QVERIFY(store::DeviceRepository(*m_db).add(d));
        QVERIFY(pins.store(agentlink::PinFile::key(d.host, port), fp));
    }
    Device pc;
    pc.roomId = m_roomId;
    pc.kind = DeviceKind::Pc;
    pc.name = QStringLiteral("PC 7b-01");
    pc.host = QStringLiteral("127.0.0.1");
    pc.mac = QStringLiteral("02:00:00:00:7b:01");
    QVERIFY(store::DeviceRepository(*m_db).add(pc));
}

void AgentDialogsTest::cleanupTestCase()
{
    for (QProcess *p : {&m_display, &m_plain, &m_helper}) {
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGTERM);
            p->waitForFinished(10000);
        }
    }
}

screensession::ScreenState AgentDialogsTest::helperState()
{
    screensession::ScreenSessionClient client(m_socket);
    std::optional<Result<screensession::ScreenState>> state;
    client.queryState([&state](const Result<screensession::ScreenState> &r) { state = r; });
    if (!QTest::qWaitFor([&] { return state.has_value(); }, 10000) || !*state)
        return {};
    return state->value();
}

void AgentDialogsTest::agentsAreOnlineWithVersion()
{
    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    QCOMPARE(agents.agents().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(agents.agents().at(0).state == gui::RoomAgent::State::Online && agents.agents().at(1).state == gui::RoomAgent::State::Online,
                             15000);
    for (const gui::RoomAgent &a : agents.agents())
        QCOMPARE(a.version, QStringLiteral(TAFEL_VERSION));
    // The display agent is the one with a screen session.
    QTRY_COMPARE_WITH_TIMEOUT(agents.nameOf(agents.displayAgent()), QStringLiteral("Tafel-PC"), 10000);
}

void AgentDialogsTest::messageDialogSendsToTheRoom()
{
    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    gui::MessageDialog dialog(&agents);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setText(QStringLiteral("Pause bis 10:15"));
    dialog.setBanner(true);
    dialog.setSeconds(0);
    QSignalSpy answered(&dialog, &gui::MessageDialog::allAnswered);
    auto *send = dialog.findChild<QPushButton *>(QStringLiteral("messageSend"));
    QVERIFY(send);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(answered.count() || answered.wait(20000));
    QCOMPARE(answered.at(0).at(0).toInt(), 1); // succeeded
    QCOMPARE(answered.at(0).at(1).toInt(), 1); // failed: no display session there
    const QString results = dialog.resultText();
    QVERIFY2(results.contains(QStringLiteral("Tafel-PC: ✓")), qPrintable(results));
    QVERIFY2(results.contains(QStringLiteral("Schueler-PC: ✗ No screen helper")), qPrintable(results));
    // The helper really shows it, as a banner.
    const screensession::ScreenState shown = helperState();
    QVERIFY(shown.messageShown);
    QCOMPARE(shown.messageStyle, screensession::ScreenMessage::Style::Banner);

    answered.clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("messageHide")), Qt::LeftButton);
    QVERIFY(answered.count() || answered.wait(20000));
    QVERIFY(!helperState().messageShown);
    grab(dialog, QStringLiteral("message-dialog"));

    // An empty message is not sent.
    answered.clear();
    dialog.setText(QString());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(dialog.resultText().contains(QLatin1String("Write the message first")));
    QCOMPARE(answered.count(), 0);
}

void AgentDialogsTest::blankRoomReportsPerAgent()
{
    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    gui::AgentPanel panel(&agents);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("agentsBlank")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.resultText().contains(QLatin1String("sending")), 20000);
    QVERIFY2(panel.resultText().contains(QStringLiteral("Tafel-PC: ✓")), qPrintable(panel.resultText()));
    QVERIFY2(panel.resultText().contains(QStringLiteral("Schueler-PC: ✗")), qPrintable(panel.resultText()));
    QVERIFY(helperState().blanked);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("agentsUnblank")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!helperState().blanked, 20000);
}

void AgentDialogsTest::messageButtonOpensTheDialog()
{
    gui::MainWindowOptions options;
    options.displayControl = false;
    options.agentControl = true;
    options.agents = {m_keyFile, {}, 60'000};
    gui::MainWindow window(*m_db, options);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.roomAgents());
    QCOMPARE(window.roomAgents()->agents().size(), 2);
    QVERIFY(window.findChild<gui::AgentPanel *>());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("actionMessage")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<gui::MessageDialog *>() && window.findChild<gui::MessageDialog *>()->isVisible(), 5000);
}

void AgentDialogsTest::wakeRoomPcsThroughAnAgent()
{
    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    QTRY_COMPARE_WITH_TIMEOUT(agents.nameOf(agents.displayAgent()), QStringLiteral("Tafel-PC"), 15000);
    gui::AgentPanel panel(&agents);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("agentsWake")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wol.hasPendingDatagrams(), 10000);
    const QByteArray packet = m_wol.receiveDatagram().data();
    QCOMPARE(packet.size(), 102);
    QCOMPARE(packet.mid(6, 6), QByteArray::fromHex("02000000" "7b01"));
    QTRY_VERIFY2_WITH_TIMEOUT(panel.resultText().contains(QStringLiteral(": ✓")) && !panel.resultText().contains(QLatin1String("sending")), qPrintable(panel.resultText()), 10000);
    QVERIFY2(panel.resultText().contains(QLatin1String("7b:01"), Qt::CaseInsensitive), qPrintable(panel.resultText()));
}

void AgentDialogsTest::videoDialogPlaysOnTheDisplayAgent()
{
    // The file is in the display agent's media folder (delivered as material); the dialog sends its name.
    const QString media = m_dir.filePath(QStringLiteral("Tafel-PC/media"));
    QVERIFY(QDir().mkpath(media));
    QVERIFY(testmedia::writeFile(media + QStringLiteral("/clip.y4m"), testmedia::makeY4m()));
    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    QTRY_COMPARE_WITH_TIMEOUT(agents.nameOf(agents.displayAgent()), QStringLiteral("Tafel-PC"), 15000);
    gui::VideoDialog dialog(&agents, media);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(media + QStringLiteral("/clip.y4m"));
    auto *preview = dialog.findChild<QPushButton *>(QStringLiteral("videoPreviewButton"));
    QVERIFY(preview && preview->isEnabled());
    QSignalSpy answered(&dialog, &gui::VideoDialog::displayAnswered);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("videoPlay")), Qt::LeftButton);
    QVERIFY(answered.count() || answered.wait(20000));
    QVERIFY2(answered.at(0).at(0).toBool(), qPrintable(dialog.statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(helperState().media == screensession::MediaState::Playing || helperState().media == screensession::MediaState::Ended, 15000);
    answered.clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("videoStop")), Qt::LeftButton);
    QVERIFY(answered.count() || answered.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(helperState().media != screensession::MediaState::Playing, 10000);
    grab(dialog, QStringLiteral("video-dialog"));

    // A file that is not in the agent's media folder: the agent says so.
    answered.clear();
    QVERIFY(testmedia::writeFile(m_dir.filePath(QStringLiteral("elsewhere.y4m")), testmedia::makeY4m()));
    dialog.setFile(m_dir.filePath(QStringLiteral("elsewhere.y4m")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("videoPlay")), Qt::LeftButton);
    QVERIFY(answered.count() || answered.wait(20000));
    QVERIFY(!answered.at(0).at(0).toBool());
    QVERIFY2(dialog.statusText().contains(QLatin1String("elsewhere.y4m")), qPrintable(dialog.statusText()));
}

QTEST_MAIN(AgentDialogsTest)
#include "tst_agentdialogs.moc"
