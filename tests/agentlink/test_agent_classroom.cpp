// The classroom commands end to end: a REAL tafel-agent on 127.0.0.1 and a REAL screen helper `tafel --screen`
// (offscreen platform, headless libVLC), spoken to over TLS with teacher and admin keys. Message (banner and
// fullscreen with timeout), hide, blank/unblank, media play/pause/seek/resume/stop/state on a generated clip in
// the agent's media folder, path refusals (absolute, '..', a symlink out of the folder), Wake-on-LAN received
// on a loopback UDP port, power commands admin-only, status with the screen session, and "no display session"
// once the helper is gone.
#include "agentlink/agentclient.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "../screensession/testmedia.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>
#include <optional>

using namespace tafel;
using namespace tafel::agentlink;

namespace {
constexpr int kStartMs = 20000;
}

class AgentClassroomTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void statusReportsTheScreenSession();
    void bannerMessageShownAndHidden();
    void fullscreenMessageHidesAfterItsSeconds();
    void messageArgumentsAreChecked_data();
    void messageArgumentsAreChecked();
    void blankAndUnblank();
    void mediaPlayPauseSeekResumeStop();
    void mediaPlayRefusesPaths_data();
    void mediaPlayRefusesPaths();
    void mediaPlayMissingFile();
    void wakeSendsTheMagicPacket();
    void wakeRefusesBadMac();
    void teacherKeyOnPowerOffIsForbidden();
    void adminKeyRunsPowerOff();
    void noDisplaySessionWithoutHelper();

private:
    Result<QCborMap> call(AgentClient &client, const QString &command, const QCborMap &args = {});
    QCborMap screenOf(const Result<QCborMap> &r) const { return r ? r->value(QStringLiteral("screen")).toMap() : QCborMap(); }
    int auditRows(const QString &reason);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_socket;
    QProcess m_helper;
    QProcess m_agent;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_fingerprint;
    QUdpSocket m_wolReceiver;
    std::unique_ptr<AgentClient> m_teacher;
    std::unique_ptr<AgentClient> m_admin;
};

void AgentClassroomTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_data + QStringLiteral("/media/Physik")));
    QVERIFY(testmedia::writeFile(m_data + QStringLiteral("/media/clip.y4m"), testmedia::makeY4m()));
    QVERIFY(testmedia::writeFile(m_data + QStringLiteral("/media/Physik/tone.wav"), testmedia::makeWav()));
    QVERIFY(testmedia::writeFile(m_dir.filePath(QStringLiteral("outside.y4m")), testmedia::makeY4m()));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside.y4m")), m_data + QStringLiteral("/media/escape.y4m")));

    // Keys: one teacher, one admin.
    QByteArray trust;
    ClientCredentials teacher, admin;
    for (auto [role, creds] : {std::pair{Role::Teacher, &teacher}, std::pair{Role::Admin, &admin}}) {
        auto key = crypto::KeyPair::generate();
        QVERIFY(key);
        auto c = ClientCredentials::fromKey(*key);
        QVERIFY(c);
        *creds = *c;
        trust += TrustStore::formatLine(role, key->publicKey(), roleName(role)).toUtf8() + '\n';
    }
    QFile tf(m_data + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(trust);
    tf.close();

    // Wake-on-LAN goes to loopback only: a UDP port of this test.
    QVERIFY(m_wolReceiver.bind(QHostAddress::LocalHost, 0));

    // The screen helper first, as on a display PC where the user is logged in.
    m_socket = m_dir.filePath(QStringLiteral("screen.sock"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TAFEL_SCREEN_MEDIA_HEADLESS"), QStringLiteral("1"));
    m_helper.setProcessEnvironment(env);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QStringLiteral(TAFEL_PATH), {QStringLiteral("--screen"), QStringLiteral("--socket"), m_socket});
    QVERIFY2(m_helper.waitForStarted(kStartMs), qPrintable(m_helper.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_socket) || m_helper.state() != QProcess::Running, kStartMs);
    QVERIFY2(m_helper.state() == QProcess::Running, "tafel --screen exited at start");

    const QString cfg = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(cfg);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("[Agent]\nName=display-204\nRoom=Raum 204\nDataDir=" + m_data.toUtf8() + "\n[Screen]\nSocket=" + m_socket.toUtf8()
             + "\n[Wake]\nBroadcast=127.0.0.1\nPort=" + QByteArray::number(m_wolReceiver.localPort()) + "\n[Power]\nOffCommand=touch \""
             + m_dir.filePath(QStringLiteral("powered-off")).toUtf8() + "\"\nRebootCommand=true\n");
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
        (*client)->setPinnedFingerprint(m_fingerprint);
        (*client)->setCallTimeout(15000);
        (*client)->connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    }
}

void AgentClassroomTest::cleanupTestCase()
{
    m_teacher.reset();
    m_admin.reset();
    if (m_agent.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent.processId()), SIGTERM);
        QVERIFY(m_agent.waitForFinished(10000));
        QCOMPARE(m_agent.exitCode(), 0);
    }
    if (m_helper.state() != QProcess::NotRunning) {
        m_helper.kill();
        m_helper.waitForFinished(5000);
    }
}

Result<QCborMap> AgentClassroomTest::call(AgentClient &client, const QString &command, const QCborMap &args)
{
    std::optional<Result<QCborMap>> result;
    client.call(command, args, [&result](Result<QCborMap> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return Error::make(ErrorCode::Timeout, QStringLiteral("test: no callback"));
    return *result;
}

int AgentClassroomTest::auditRows(const QString &reason)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(m_data + QStringLiteral("/agent.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM agent_audit WHERE reason = ?"));
            q.addBindValue(reason);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return count;
}

void AgentClassroomTest::statusReportsTheScreenSession()
{
    // The agent connects to the helper on its own; status says so without asking the helper.
    QCborMap screen;
    QElapsedTimer t;
    t.start();
    do {
        auto r = call(*m_teacher, QStringLiteral("status"));
        QVERIFY2(r, qPrintable(r.errorString()));
        screen = r->value(QStringLiteral("screen")).toMap();
        if (screen.value(QStringLiteral("session")).toBool())
            break;
        QTest::qWait(200);
    } while (t.elapsed() < 10000);
    QVERIFY(screen.value(QStringLiteral("session")).toBool());
    QCOMPARE(screen.value(QStringLiteral("state")).toMap().value(QStringLiteral("blanked")).toBool(), false);
}

void AgentClassroomTest::bannerMessageShownAndHidden()
{
    auto shown = call(*m_teacher, QStringLiteral("message.show"),
                      {{QStringLiteral("text"), QStringLiteral("Pause bis 10:15")}, {QStringLiteral("mode"), QStringLiteral("banner")},
                       {QStringLiteral("seconds"), 0}});
    QVERIFY2(shown, qPrintable(shown.errorString()));
    QVERIFY(screenOf(shown).value(QStringLiteral("messageShown")).toBool());
    QCOMPARE(screenOf(shown).value(QStringLiteral("messageMode")).toString(), QStringLiteral("banner"));
    auto hidden = call(*m_teacher, QStringLiteral("message.hide"));
    QVERIFY2(hidden, qPrintable(hidden.errorString()));
    QVERIFY(!screenOf(hidden).value(QStringLiteral("messageShown")).toBool());
}

void AgentClassroomTest::fullscreenMessageHidesAfterItsSeconds()
{
    auto shown = call(*m_teacher, QStringLiteral("message.show"),
                      {{QStringLiteral("text"), QStringLiteral("Bitte setzt euch.")}, {QStringLiteral("seconds"), 1}});
    QVERIFY2(shown, qPrintable(shown.errorString()));
    QCOMPARE(screenOf(shown).value(QStringLiteral("messageMode")).toString(), QStringLiteral("fullscreen"));
    QTest::qWait(1500);
    QTRY_VERIFY_WITH_TIMEOUT(!screenOf(call(*m_teacher, QStringLiteral("media.state"))).value(QStringLiteral("messageShown")).toBool(), 5000);
}

void AgentClassroomTest::messageArgumentsAreChecked_data()
{
    QTest::addColumn<QCborMap>("args");
    QTest::newRow("no-text") << QCborMap{{QStringLiteral("mode"), QStringLiteral("banner")}};
    QTest::newRow("bad-mode") << QCborMap{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("mode"), QStringLiteral("huge")}};
    QTest::newRow("seconds-text") << QCborMap{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("seconds"), QStringLiteral("ten")}};
    QTest::newRow("too-long") << QCborMap{{QStringLiteral("text"), QString(5000, QLatin1Char('a'))}};
}

void AgentClassroomTest::messageArgumentsAreChecked()
{
    QFETCH(QCborMap, args);
    auto r = call(*m_teacher, QStringLiteral("message.show"), args);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_teacher->state(), AgentClient::State::Connected); // a bad argument does not end the connection
}

void AgentClassroomTest::blankAndUnblank()
{
    auto blank = call(*m_teacher, QStringLiteral("screen.blank"));
    QVERIFY2(blank, qPrintable(blank.errorString()));
    QVERIFY(screenOf(blank).value(QStringLiteral("blanked")).toBool());
    auto unblank = call(*m_teacher, QStringLiteral("screen.unblank"));
    QVERIFY2(unblank, qPrintable(unblank.errorString()));
    QVERIFY(!screenOf(unblank).value(QStringLiteral("blanked")).toBool());
}

void AgentClassroomTest::mediaPlayPauseSeekResumeStop()
{
    auto play = call(*m_teacher, QStringLiteral("media.play"), {{QStringLiteral("file"), QStringLiteral("clip.y4m")}});
    QVERIFY2(play, qPrintable(play.errorString()));
    QCOMPARE(screenOf(play).value(QStringLiteral("mediaFile")).toString(), QStringLiteral("clip.y4m")); // the name, not the path
    QCborMap state;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        state = screenOf(call(*m_teacher, QStringLiteral("media.state")));
        if (state.value(QStringLiteral("media")).toString() == QLatin1String("playing") && state.value(QStringLiteral("durationMs")).toInteger() > 0)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(state.value(QStringLiteral("media")).toString(), QStringLiteral("playing"));
    QVERIFY2(qAbs(state.value(QStringLiteral("durationMs")).toInteger() - testmedia::kClipMs) < 300,
             qPrintable(QString::number(state.value(QStringLiteral("durationMs")).toInteger())));

    auto pause = call(*m_teacher, QStringLiteral("media.pause"));
    QVERIFY2(pause, qPrintable(pause.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(screenOf(call(*m_teacher, QStringLiteral("media.state"))).value(QStringLiteral("media")).toString(), QStringLiteral("paused"), 5000);
    auto seek = call(*m_teacher, QStringLiteral("media.seek"), {{QStringLiteral("ms"), 500}});
    QVERIFY2(seek, qPrintable(seek.errorString()));
    auto badSeek = call(*m_teacher, QStringLiteral("media.seek"), {{QStringLiteral("ms"), -5}});
    QVERIFY(!badSeek);
    QCOMPARE(badSeek.error().code, ErrorCode::InvalidInput);
    auto resume = call(*m_teacher, QStringLiteral("media.resume"));
    QVERIFY2(resume, qPrintable(resume.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(screenOf(call(*m_teacher, QStringLiteral("media.state"))).value(QStringLiteral("media")).toString(), QStringLiteral("playing"), 5000);
    auto stop = call(*m_teacher, QStringLiteral("media.stop"));
    QVERIFY2(stop, qPrintable(stop.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(screenOf(call(*m_teacher, QStringLiteral("media.state"))).value(QStringLiteral("media")).toString() != QLatin1String("playing"), 5000);

    // A file in a subfolder of the media folder is fine.
    auto sub = call(*m_teacher, QStringLiteral("media.play"), {{QStringLiteral("file"), QStringLiteral("Physik/tone.wav")}});
    QVERIFY2(sub, qPrintable(sub.errorString()));
    QVERIFY(call(*m_teacher, QStringLiteral("media.stop")));
}

void AgentClassroomTest::mediaPlayRefusesPaths_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("absolute-in-folder") << m_data + QStringLiteral("/media/clip.y4m");
    QTest::newRow("dotdot") << QStringLiteral("../agent.db");
    QTest::newRow("dotdot-inside") << QStringLiteral("Physik/../../agent-key.pem");
    QTest::newRow("only-dotdot") << QStringLiteral("..");
    QTest::newRow("home") << QStringLiteral("~/.ssh/id_ed25519");
    QTest::newRow("backslash") << QStringLiteral("..\\agent.db");
    QTest::newRow("symlink-out") << QStringLiteral("escape.y4m");
    QTest::newRow("empty") << QString();
}

void AgentClassroomTest::mediaPlayRefusesPaths()
{
    QFETCH(QString, file);
    const int before = auditRows(QStringLiteral("path"));
    auto r = call(*m_teacher, QStringLiteral("media.play"), {{QStringLiteral("file"), file}});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    if (!file.isEmpty()) {
        QVERIFY2(r.errorString().contains(QLatin1String("Refused")), qPrintable(r.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(auditRows(QStringLiteral("path")), before + 1, 5000);
    }
    // Nothing was opened on the screen.
    QVERIFY(screenOf(call(*m_teacher, QStringLiteral("media.state"))).value(QStringLiteral("media")).toString() != QLatin1String("playing"));
}

void AgentClassroomTest::mediaPlayMissingFile()
{
    auto r = call(*m_teacher, QStringLiteral("media.play"), {{QStringLiteral("file"), QStringLiteral("missing.mp4")}});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY2(r.errorString().contains(QLatin1String("missing.mp4")), qPrintable(r.errorString()));
}

void AgentClassroomTest::wakeSendsTheMagicPacket()
{
    auto r = call(*m_teacher, QStringLiteral("wake"), {{QStringLiteral("mac"), QStringLiteral("AA-BB-CC-00-11-22")}});
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r->value(QStringLiteral("mac")).toString(), QStringLiteral("aa:bb:cc:00:11:22"));
    QTRY_VERIFY_WITH_TIMEOUT(m_wolReceiver.hasPendingDatagrams(), 5000);
    const QNetworkDatagram d = m_wolReceiver.receiveDatagram();
    QByteArray expected(6, char(0xff));
    for (int i = 0; i < 16; ++i)
        expected += QByteArray::fromHex("aabbcc001122");
    QCOMPARE(d.data(), expected);
    QVERIFY(auditRows(QStringLiteral("wake")) >= 1);
}

void AgentClassroomTest::wakeRefusesBadMac()
{
    for (const QString &mac : {QStringLiteral("aa:bb:cc"), QStringLiteral("ff:ff:ff:ff:ff:ff"), QString()}) {
        auto r = call(*m_teacher, QStringLiteral("wake"), {{QStringLiteral("mac"), mac}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }
    auto port = call(*m_teacher, QStringLiteral("wake"), {{QStringLiteral("mac"), QStringLiteral("aa:bb:cc:00:11:22")}, {QStringLiteral("port"), 0}});
    QVERIFY(!port);
    QCOMPARE(port.error().code, ErrorCode::InvalidInput);
    QVERIFY(!m_wolReceiver.hasPendingDatagrams());
}

void AgentClassroomTest::teacherKeyOnPowerOffIsForbidden()
{
    for (const QString &cmd : {QStringLiteral("power.off"), QStringLiteral("power.reboot")}) {
        auto r = call(*m_teacher, cmd);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("powered-off"))));
    QVERIFY(auditRows(QStringLiteral("forbidden")) >= 2);
}

void AgentClassroomTest::adminKeyRunsPowerOff()
{
    auto r = call(*m_admin, QStringLiteral("power.off"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("powered-off"))));
    // Admin may do what a teacher may.
    QVERIFY(call(*m_admin, QStringLiteral("screen.unblank")));
}

void AgentClassroomTest::noDisplaySessionWithoutHelper()
{
    ::kill(pid_t(m_helper.processId()), SIGTERM);
    QVERIFY(m_helper.waitForFinished(10000));
    for (const QString &cmd : {QStringLiteral("screen.blank"), QStringLiteral("media.state")}) {
        auto r = call(*m_teacher, cmd);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unreachable);
        QVERIFY2(r.errorString().contains(QLatin1String("No screen helper")), qPrintable(r.errorString()));
    }
    auto msg = call(*m_teacher, QStringLiteral("message.show"), {{QStringLiteral("text"), QStringLiteral("Hallo")}});
    QVERIFY(!msg);
    QCOMPARE(msg.error().code, ErrorCode::Unreachable);
    // The connection to the agent is fine; status reports no session.
    auto status = call(*m_teacher, QStringLiteral("status"));
    QVERIFY2(status, qPrintable(status.errorString()));
    QVERIFY(!status->value(QStringLiteral("screen")).toMap().value(QStringLiteral("session")).toBool());
}

QTEST_GUILESS_MAIN(AgentClassroomTest)
#include "test_agent_classroom.moc"
