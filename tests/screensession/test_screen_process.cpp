// The real screen helper: starts `tafel --screen --socket <tmp>` on the offscreen platform with headless
// libVLC and drives it with ScreenSessionClient, as tafel-agent does: a message shown and hidden by its
// timeout (seen in an event and in a state query), blank/unblank, a generated 2 s video played, paused,
// sought, resumed to its end with state and duration read back, a missing file refused, a clean exit on
// SIGTERM that removes the socket, and "no display session" once no helper runs.
#include "screensession/screensessionclient.h"
#include "testmedia.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace tafel::screensession;
using tafel::ErrorCode;
using tafel::Result;

namespace {

constexpr int kStartMs = 20000;
constexpr int kMediaMs = 20000;

// Sends one request through `call` and waits for its answer.
template<typename Call>
Result<ScreenState> ask(Call call)
{
    std::optional<Result<ScreenState>> out;
    call([&out](const Result<ScreenState> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 15000))
        return tafel::Error::make(ErrorCode::Timeout, QStringLiteral("no answer in the test"));
    return *out;
}

} // namespace

class ScreenProcessTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void messageShownAndHiddenAfterTimeout();
    void blankAndUnblank();
    void playsGeneratedMedia();
    void refusesMissingFile();
    void stopsOnSigtermAndThenNoDisplaySession();

private:
    QTemporaryDir m_dir;
    QString m_socket;
    QString m_video;
    QString m_wav;
    QProcess m_helper;
    std::unique_ptr<ScreenSessionClient> m_client;
};

void ScreenProcessTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_socket = m_dir.filePath(QStringLiteral("screen.sock"));
    m_video = m_dir.filePath(QStringLiteral("clip.y4m"));
    m_wav = m_dir.filePath(QStringLiteral("tone.wav"));
    QVERIFY(testmedia::writeFile(m_video, testmedia::makeY4m()));
    QVERIFY(testmedia::writeFile(m_wav, testmedia::makeWav()));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TAFEL_SCREEN_MEDIA_HEADLESS"), QStringLiteral("1"));
    m_helper.setProcessEnvironment(env);
    m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_helper.start(QStringLiteral(TAFEL_PATH), {QStringLiteral("--screen"), QStringLiteral("--socket"), m_socket, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(m_helper.waitForStarted(kStartMs), qPrintable(m_helper.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_socket) || m_helper.state() != QProcess::Running, kStartMs);
    QVERIFY2(m_helper.state() == QProcess::Running, "tafel --screen exited at start");

    m_client = std::make_unique<ScreenSessionClient>(m_socket);
    m_client->start(); // to receive the helper's events
    QSignalSpy connected(m_client.get(), &ScreenSessionClient::connectedChanged);
    QVERIFY(connected.count() || connected.wait(kStartMs));
    QVERIFY(m_client->isConnected());
}

void ScreenProcessTest::cleanupTestCase()
{
    m_client.reset();
    if (m_helper.state() != QProcess::NotRunning) {
        m_helper.kill();
        m_helper.waitForFinished(5000);
    }
}

void ScreenProcessTest::messageShownAndHiddenAfterTimeout()
{
    QSignalSpy events(m_client.get(), &ScreenSessionClient::stateChanged);
    const Result<ScreenState> shown = ask([this](auto done) {
        m_client->showMessage({QStringLiteral("Bitte setzt euch, wir fangen an."), ScreenMessage::Style::Fullscreen, 1,
                               QStringLiteral("Frau Weber")}, done);
    });
    QVERIFY2(shown.ok(), qPrintable(shown.errorString()));
    QVERIFY(shown->messageShown);
    QCOMPARE(shown->messageStyle, ScreenMessage::Style::Fullscreen);

    const Result<ScreenState> during = ask([this](auto done) { m_client->queryState(done); });
    QVERIFY(during.ok() && during->messageShown);

    // After its second, the helper hides it and says so.
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->lastState().messageShown, 5000);
    const Result<ScreenState> after = ask([this](auto done) { m_client->queryState(done); });
    QVERIFY(after.ok());
    QVERIFY(!after->messageShown);

    // A banner that stays until hidden.
    const Result<ScreenState> banner = ask([this](auto done) {
        m_client->showMessage({QStringLiteral("Pause bis 10:15"), ScreenMessage::Style::Banner, 0, {}}, done);
    });
    QVERIFY(banner.ok() && banner->messageShown);
    QCOMPARE(banner->messageStyle, ScreenMessage::Style::Banner);
    const Result<ScreenState> hidden = ask([this](auto done) { m_client->hideMessage(done); });
    QVERIFY(hidden.ok() && !hidden->messageShown);
}

void ScreenProcessTest::blankAndUnblank()
{
    const Result<ScreenState> blanked = ask([this](auto done) { m_client->blankScreen(done); });
    QVERIFY2(blanked.ok(), qPrintable(blanked.errorString()));
    QVERIFY(blanked->blanked);
    const Result<ScreenState> query = ask([this](auto done) { m_client->queryState(done); });
    QVERIFY(query.ok() && query->blanked);
    const Result<ScreenState> unblanked = ask([this](auto done) { m_client->unblankScreen(done); });
    QVERIFY(unblanked.ok() && !unblanked->blanked);
}

void ScreenProcessTest::playsGeneratedMedia()
{
    const Result<ScreenState> started = ask([this](auto done) { m_client->playMedia(m_video, done); });
    QVERIFY2(started.ok(), qPrintable(started.errorString()));
    QCOMPARE(started->mediaFile, m_video);
    QVERIFY(started->media == MediaState::Opening || started->media == MediaState::Playing);

    // The helper pushes the state as libVLC reports it.
    QTRY_VERIFY_WITH_TIMEOUT(m_client->lastState().media == MediaState::Playing && m_client->lastState().durationMs > 0, kMediaMs);
    Result<ScreenState> playing = ask([this](auto done) { m_client->queryState(done); });
    QVERIFY(playing.ok());
    QVERIFY2(std::abs(playing->durationMs - testmedia::kClipMs) <= 100, qPrintable(QString::number(playing->durationMs)));

    QVERIFY(ask([this](auto done) { m_client->pauseMedia(done); }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(ask([this](auto done) { m_client->queryState(done); })->media == MediaState::Paused, kMediaMs);
    const Result<ScreenState> sought = ask([this](auto done) { m_client->seekMedia(1500, done); });
    QVERIFY2(sought.ok(), qPrintable(sought.errorString()));
    QCOMPARE(sought->positionMs, qint64(1500));
    QCOMPARE(sought->media, MediaState::Paused);

    QVERIFY(ask([this](auto done) { m_client->resumeMedia(done); }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->lastState().media == MediaState::Ended, kMediaMs);
    const Result<ScreenState> ended = ask([this](auto done) { m_client->queryState(done); });
    QCOMPARE(ended->media, MediaState::Ended);
    QCOMPARE(ended->positionMs, ended->durationMs);

    // Audio plays the same way; stop ends it.
    const Result<ScreenState> tone = ask([this](auto done) { m_client->playMedia(m_wav, done); });
    QVERIFY2(tone.ok(), qPrintable(tone.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_client->lastState().media == MediaState::Playing, kMediaMs);
    const Result<ScreenState> stopped = ask([this](auto done) { m_client->stopMedia(done); });
    QVERIFY(stopped.ok());
    QCOMPARE(stopped->media, MediaState::Stopped);
}

void ScreenProcessTest::refusesMissingFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("nicht-da.mp4"));
    const Result<ScreenState> r = ask([&](auto done) { m_client->playMedia(missing, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY2(r.errorString().contains(missing), qPrintable(r.errorString()));
    const Result<ScreenState> paused = ask([this](auto done) { m_client->pauseMedia(done); });
    QVERIFY(!paused.ok());
    QVERIFY2(paused.errorString().contains(QStringLiteral("Nothing is playing")), qPrintable(paused.errorString()));
}

void ScreenProcessTest::stopsOnSigtermAndThenNoDisplaySession()
{
    QSignalSpy connected(m_client.get(), &ScreenSessionClient::connectedChanged);
    ::kill(pid_t(m_helper.processId()), SIGTERM);
    QVERIFY(m_helper.waitForFinished(15000));
    QCOMPARE(m_helper.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_helper.exitCode(), 0);
    QVERIFY(!QFile::exists(m_socket));
    QVERIFY(connected.count() || connected.wait(5000));
    QCOMPARE(connected.last().at(0).toBool(), false);

    const Result<ScreenState> r = ask([this](auto done) {
        m_client->showMessage({QStringLiteral("Hallo?"), ScreenMessage::Style::Banner, 5, {}}, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Unreachable);
    QVERIFY2(r.errorString().startsWith(QStringLiteral("No display session")), qPrintable(r.errorString()));
}

QTEST_GUILESS_MAIN(ScreenProcessTest)
#include "test_screen_process.moc"
