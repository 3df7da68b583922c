// tafelctl agent message | blank | unblank | media | wake | power as processes against two REAL tafel-agents on
// 127.0.0.1: one on a display PC with a real screen helper (`tafel --screen`, offscreen, headless libVLC), one
// without a display session. Exit codes 0/1/2, --json per agent, several agents in parallel, refusals.
#include "../screensession/testmedia.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>
#include <memory>

namespace {
constexpr int kStartMs = 20000;
}

class TafelctlClassroomTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void messageBanner();
    void messageJsonAndHide();
    void messageUsageErrors_data();
    void messageUsageErrors();
    void blankAndUnblank();
    void mediaPlayPauseStop();
    void mediaRefusals_data();
    void mediaRefusals();
    void wakeViaAgent();
    void wakeUsageErrors_data();
    void wakeUsageErrors();
    void powerNeedsAdminKey();
    void powerWithAdminKey();
    void severalAgentsInParallelOneWithoutDisplay();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run tafelctl(const QStringList &args);
    bool startAgent(QProcess &agent, QByteArray &log, const QString &name, const QString &socket, QString &target);

    QTemporaryDir m_dir;
    QString m_keyDir;
    QString m_teacherKey;
    QString m_adminKey;
    QProcess m_helper;
    QProcess m_display;
    QProcess m_plain;
    QByteArray m_displayLog;
    QByteArray m_plainLog;
    QString m_displayTarget;
    QString m_plainTarget;
    QUdpSocket m_wol;
};

TafelctlClassroomTest::Run TafelctlClassroomTest::tafelctl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TAFEL_DB"), m_dir.filePath(QStringLiteral("cli/tafel.db")));
    env.insert(QStringLiteral("TAFEL_KEY"), m_teacherKey);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TAFELCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (qEnvironmentVariableIsSet("TAFELCTL_TEST_ECHO"))
        qDebug().noquote() << args.join(QLatin1Char(' ')) << "->" << r.code << "\n" << r.out << r.err;
    return r;
}

bool TafelctlClassroomTest::startAgent(QProcess &agent, QByteArray &log, const QString &name, const QString &socket, QString &target)
{
    const QString data = m_dir.filePath(name);
    QDir().mkpath(data + QStringLiteral("/media"));
    testmedia::writeFile(data + QStringLiteral("/media/clip.y4m"), testmedia::makeY4m());
    QFile trust(data + QStringLiteral("/trusted-keys"));
    if (!trust.open(QIODevice::WriteOnly))
        return false;
    for (const QString &pub : {QString(m_keyDir + QStringLiteral("/tafel-teacher.pub")), QString(m_keyDir + QStringLiteral("/tafel-admin.pub"))}) {
        QFile f(pub);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        trust.write(f.readAll());
    }
    trust.close();
    const QString cfg = m_dir.filePath(name + QStringLiteral(".ini"));
    QFile cf(cfg);
    if (!cf.open(QIODevice::WriteOnly))
        return false;
    cf.write("[Agent]\nName=" + name.toUtf8() + "\nDataDir=" + data.toUtf8() + "\n[Screen]\nSocket=" + socket.toUtf8()
             + "\n[Wake]\nBroadcast=127.0.0.1\nPort=" + QByteArray::number(m_wol.localPort()) + "\n[Power]\nOffCommand=touch \""
             + m_dir.filePath(name + QStringLiteral("-off")).toUtf8() + "\"\nRebootCommand=true\n");
    cf.close();
    agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&agent, &QProcess::readyReadStandardError, this, [&agent, &log] { log += agent.readAllStandardError(); });
    agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), cfg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--lang"), QStringLiteral("en")});
    if (!agent.waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on (127\\.0\\.0\\.1:\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    if (!QTest::qWaitFor([&] { return (m = re.match(QString::fromUtf8(log))).hasMatch() || agent.state() == QProcess::NotRunning; }, 15000) || !m.hasMatch())
        return false;
    target = m.captured(1);
    const Run enrolled = tafelctl({QStringLiteral("agent"), QStringLiteral("enroll"), target, QStringLiteral("--fingerprint"), m.captured(2)});
    return enrolled.code == 0;
}

void TafelctlClassroomTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyDir = m_dir.filePath(QStringLiteral("keys"));
    for (const QString &role : {QStringLiteral("teacher"), QStringLiteral("admin")}) {
        const Run created = tafelctl({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--role"), role, QStringLiteral("--out"), m_keyDir});
        QVERIFY2(created.code == 0, created.err.constData());
    }
    m_teacherKey = m_keyDir + QStringLiteral("/tafel-teacher.pem");
    m_adminKey = m_keyDir + QStringLiteral("/tafel-admin.pem");
    QVERIFY(m_wol.bind(QHostAddress::LocalHost, 0));

    const QString socket = m_dir.filePath(QStringLiteral("screen.sock"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TAFEL_SCREEN_MEDIA_HEADLESS"), QStringLiteral("1"));
    m_helper.setProcessEnvironment(env);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QStringLiteral(TAFEL_PATH), {QStringLiteral("--screen"), QStringLiteral("--socket"), socket});
    QVERIFY2(m_helper.waitForStarted(kStartMs), qPrintable(m_helper.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket) || m_helper.state() != QProcess::Running, kStartMs);

    QVERIFY2(startAgent(m_display, m_displayLog, QStringLiteral("display"), socket, m_displayTarget), m_displayLog.constData());
    QVERIFY2(startAgent(m_plain, m_plainLog, QStringLiteral("plain"), m_dir.filePath(QStringLiteral("nobody.sock")), m_plainTarget), m_plainLog.constData());
}

void TafelctlClassroomTest::cleanupTestCase()
{
    for (QProcess *p : {&m_display, &m_plain}) {
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGTERM);
            QVERIFY(p->waitForFinished(10000));
        }
    }
    if (m_helper.state() != QProcess::NotRunning) {
        m_helper.kill();
        m_helper.waitForFinished(5000);
    }
}

void TafelctlClassroomTest::messageBanner()
{
    const Run r = tafelctl({QStringLiteral("agent"), QStringLiteral("message"), m_displayTarget, QStringLiteral("--text"), QStringLiteral("Pause bis 10:15"),
                            QStringLiteral("--seconds"), QStringLiteral("0"), QStringLiteral("--banner")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("message shown (banner)"), r.out.constData());
}

void TafelctlClassroomTest::messageJsonAndHide()
{
    const Run r = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("message"), m_displayTarget, QStringLiteral("--text"),
                            QStringLiteral("Bitte setzt euch"), QStringLiteral("--seconds"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 1);
    const QJsonObject screen = a.first().toObject().value(QStringLiteral("screen")).toObject();
    QCOMPARE(screen.value(QStringLiteral("message_shown")).toBool(), true);
    QCOMPARE(screen.value(QStringLiteral("message_mode")).toString(), QStringLiteral("fullscreen"));
    const Run hide = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("message"), m_displayTarget, QStringLiteral("--hide")});
    QVERIFY2(hide.code == 0, hide.err.constData());
    QCOMPARE(QJsonDocument::fromJson(hide.out).array().first().toObject().value(QStringLiteral("screen")).toObject().value(QStringLiteral("message_shown")).toBool(), false);
}

void TafelctlClassroomTest::messageUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no-text") << QStringList{QStringLiteral("HOST")} << QStringLiteral("--text");
    QTest::newRow("bad-seconds") << QStringList{QStringLiteral("HOST"), QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--seconds"), QStringLiteral("soon")}
                                 << QStringLiteral("--seconds");
    QTest::newRow("no-host") << QStringList{QStringLiteral("--text"), QStringLiteral("x")} << QStringLiteral("missing an argument");
}

void TafelctlClassroomTest::messageUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    args.replaceInStrings(QStringLiteral("HOST"), m_displayTarget);
    const Run r = tafelctl(QStringList{QStringLiteral("agent"), QStringLiteral("message")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
}

void TafelctlClassroomTest::blankAndUnblank()
{
    const Run blank = tafelctl({QStringLiteral("agent"), QStringLiteral("blank"), m_displayTarget});
    QVERIFY2(blank.code == 0, blank.err.constData());
    QVERIFY2(blank.out.contains("blanked"), blank.out.constData());
    const Run unblank = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("unblank"), m_displayTarget});
    QVERIFY2(unblank.code == 0, unblank.err.constData());
    QCOMPARE(QJsonDocument::fromJson(unblank.out).array().first().toObject().value(QStringLiteral("screen")).toObject().value(QStringLiteral("blanked")).toBool(), false);
}

void TafelctlClassroomTest::mediaPlayPauseStop()
{
    const Run play = tafelctl({QStringLiteral("agent"), QStringLiteral("media"), QStringLiteral("play"), m_displayTarget, QStringLiteral("--file"), QStringLiteral("clip.y4m")});
    QVERIFY2(play.code == 0, play.err.constData());
    QVERIFY2(play.out.contains("clip.y4m"), play.out.constData());
    const Run pause = tafelctl({QStringLiteral("agent"), QStringLiteral("media"), QStringLiteral("pause"), m_displayTarget});
    QVERIFY2(pause.code == 0, pause.err.constData());
    const Run stop = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("media"), QStringLiteral("stop"), m_displayTarget});
    QVERIFY2(stop.code == 0, stop.err.constData());
    QVERIFY(QJsonDocument::fromJson(stop.out).array().first().toObject().value(QStringLiteral("ok")).toBool());
}

void TafelctlClassroomTest::mediaRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("traversal") << QStringList{QStringLiteral("play"), QStringLiteral("HOST"), QStringLiteral("--file"), QStringLiteral("../agent.db")} << 1
                               << QStringLiteral("Refused");
    QTest::newRow("absolute") << QStringList{QStringLiteral("play"), QStringLiteral("HOST"), QStringLiteral("--file"), QStringLiteral("/etc/passwd")} << 1
                              << QStringLiteral("Refused");
    QTest::newRow("missing") << QStringList{QStringLiteral("play"), QStringLiteral("HOST"), QStringLiteral("--file"), QStringLiteral("nope.mp4")} << 1
                             << QStringLiteral("nope.mp4");
    QTest::newRow("play-without-file") << QStringList{QStringLiteral("play"), QStringLiteral("HOST")} << 2 << QStringLiteral("--file");
    QTest::newRow("bad-action") << QStringList{QStringLiteral("rewind"), QStringLiteral("HOST")} << 2 << QStringLiteral("rewind");
}

void TafelctlClassroomTest::mediaRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expected);
    args.replaceInStrings(QStringLiteral("HOST"), m_displayTarget);
    const Run r = tafelctl(QStringList{QStringLiteral("agent"), QStringLiteral("media")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
}

void TafelctlClassroomTest::wakeViaAgent()
{
    const Run r = tafelctl({QStringLiteral("agent"), QStringLiteral("wake"), QStringLiteral("aa:bb:cc:dd:ee:01"), QStringLiteral("--via"), m_plainTarget});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("aa:bb:cc:dd:ee:01"), r.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_wol.hasPendingDatagrams(), 5000);
    const QByteArray packet = m_wol.receiveDatagram().data();
    QCOMPARE(packet.size(), 102);
    QCOMPARE(packet.mid(6, 6), QByteArray::fromHex("aabbccddee01"));
}

void TafelctlClassroomTest::wakeUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad-mac") << QStringList{QStringLiteral("aa:bb"), QStringLiteral("--via"), QStringLiteral("HOST")} << QStringLiteral("MAC");
    QTest::newRow("no-via") << QStringList{QStringLiteral("aa:bb:cc:dd:ee:01")} << QStringLiteral("--via");
    QTest::newRow("bad-port") << QStringList{QStringLiteral("aa:bb:cc:dd:ee:01"), QStringLiteral("--via"), QStringLiteral("HOST"), QStringLiteral("--port"), QStringLiteral("0")}
                              << QStringLiteral("--port");
}

void TafelctlClassroomTest::wakeUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    args.replaceInStrings(QStringLiteral("HOST"), m_plainTarget);
    const Run r = tafelctl(QStringList{QStringLiteral("agent"), QStringLiteral("wake")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
}

void TafelctlClassroomTest::powerNeedsAdminKey()
{
    const Run r = tafelctl({QStringLiteral("agent"), QStringLiteral("power"), QStringLiteral("off"), m_displayTarget, m_plainTarget});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("admin key"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("display-off"))));
    const Run bad = tafelctl({QStringLiteral("agent"), QStringLiteral("power"), QStringLiteral("sleep"), m_displayTarget});
    QCOMPARE(bad.code, 2);
}

void TafelctlClassroomTest::powerWithAdminKey()
{
    const Run r = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("power"), QStringLiteral("off"), m_displayTarget, m_plainTarget,
                            QStringLiteral("--key"), m_adminKey});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("display-off"))));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("plain-off"))));
}

void TafelctlClassroomTest::severalAgentsInParallelOneWithoutDisplay()
{
    const Run r = tafelctl({QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("message"), m_displayTarget, m_plainTarget, QStringLiteral("127.0.0.1:1"),
                            QStringLiteral("--text"), QStringLiteral("Hallo 7b")});
    QCOMPARE(r.code, 1);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("ok")).toBool(), false);
    QVERIFY2(a.at(1).toObject().value(QStringLiteral("error")).toString().contains(QLatin1String("No screen helper")), r.out.constData());
    QVERIFY2(a.at(2).toObject().value(QStringLiteral("error")).toString().contains(QLatin1String("not enrolled")), r.out.constData());
    // Each failure is named once on stderr.
    QVERIFY2(r.err.contains(m_plainTarget.toUtf8()) && r.err.contains("127.0.0.1:1"), r.err.constData());
}

QTEST_GUILESS_MAIN(TafelctlClassroomTest)
#include "test_tafelctl_classroom.moc"
