// The screen helper's renderer on the offscreen platform: a message on every screen, fullscreen and banner,
// large type that shrinks only as far as a long (German) text needs, hidden after its timeout or by Close;
// blanking every screen; fullscreen video through headless libVLC; and the whole wired to the protocol
// server. With TAFEL_SCREENSHOT_DIR set, it saves pictures of the fullscreen message and the banner there.
#include "screen/blankwindow.h"
#include "screen/messagewindow.h"
#include "screen/screencontroller.h"
#include "screen/videowindow.h"
#include "screensession/screensessionclient.h"
#include "screensession/screensessionserver.h"
#include "testmedia.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel::screensession;
using tafel::screen::BlankWindow;
using tafel::screen::MessageWindow;
using tafel::screen::ScreenController;
using tafel::Status;

namespace {

constexpr int kMediaTimeoutMs = 20000;

const QString kGerman = QStringLiteral(
    "Liebe Klasse 7b, bitte packt jetzt eure Sachen zusammen: Die Schulkonferenz beginnt um 11:30 Uhr in der Aula. "
    "Die Hausaufgabenbetreuung fällt heute aus; Arbeitsblätter liegen im Klassenzimmer-Regal bereit.");

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAFEL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class ScreenRendererTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullscreenMessageOnEveryScreen();
    void bannerAcrossTheTop();
    void longGermanTextFits();
    void hidesAfterTimeout();
    void closeButtonHides();
    void blanksEveryScreen();
    void playsVideoFullscreen();
    void wiredToTheServer();

private:
    QTemporaryDir m_dir;
    QString m_video;
};

void ScreenRendererTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_video = m_dir.filePath(QStringLiteral("clip.y4m"));
    QVERIFY(testmedia::writeFile(m_video, testmedia::makeY4m()));
    QVERIFY(!QGuiApplication::screens().isEmpty());
}

void ScreenRendererTest::fullscreenMessageOnEveryScreen()
{
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    const Status shown = controller.showMessage({QStringLiteral("Bitte räumt jetzt auf."), ScreenMessage::Style::Fullscreen, 60,
                                                 QStringLiteral("Frau Weber")});
    QVERIFY2(shown.ok(), qPrintable(shown.errorString()));
    QCOMPARE(controller.messageWindows().size(), QGuiApplication::screens().size());
    MessageWindow *w = controller.messageWindows().first();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->isFullScreen());
    QCOMPARE(w->geometry(), w->targetScreen()->geometry());
    // Large type: a short message gets at least a tenth of the screen height.
    QVERIFY2(w->textPixelSize() >= w->targetScreen()->geometry().height() / 10, qPrintable(QString::number(w->textPixelSize())));
    const ScreenState s = controller.state();
    QVERIFY(s.messageShown);
    QCOMPARE(s.messageStyle, ScreenMessage::Style::Fullscreen);
    saveShot(w, QStringLiteral("screen-message-fullscreen.png"));

    // A second message replaces the first in the same windows.
    QVERIFY(controller.showMessage({QStringLiteral("Noch 5 Minuten"), ScreenMessage::Style::Fullscreen, 60, {}}).ok());
    QCOMPARE(controller.messageWindows().first(), w);
    QCOMPARE(w->message().text, QStringLiteral("Noch 5 Minuten"));
    QVERIFY(controller.hideMessage().ok());
    QVERIFY(controller.messageWindows().isEmpty());
    QVERIFY(!controller.state().messageShown);
}

void ScreenRendererTest::bannerAcrossTheTop()
{
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    QVERIFY(controller.showMessage({QStringLiteral("Pause bis 10:15 Uhr — danach geht es mit Aufgabe 4 weiter."),
                                    ScreenMessage::Style::Banner, 60, QStringLiteral("Herr Yılmaz")}).ok());
    MessageWindow *w = controller.messageWindows().first();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    const QRect screen = w->targetScreen()->geometry();
    QVERIFY(!w->isFullScreen());
    QCOMPARE(w->geometry().top(), screen.top());
    QCOMPARE(w->geometry().width(), screen.width());
    QVERIFY2(w->geometry().height() <= screen.height() / 4, qPrintable(QString::number(w->geometry().height())));
    QVERIFY2(w->textPixelSize() >= 28, qPrintable(QString::number(w->textPixelSize())));
    QCOMPARE(controller.state().messageStyle, ScreenMessage::Style::Banner);
    saveShot(w, QStringLiteral("screen-message-banner.png"));
}

void ScreenRendererTest::longGermanTextFits()
{
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    QVERIFY(controller.showMessage({QStringLiteral("Pause!"), ScreenMessage::Style::Fullscreen, 60, {}}).ok());
    MessageWindow *w = controller.messageWindows().first();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    const int shortPx = w->textPixelSize();
    QVERIFY(controller.showMessage({kGerman, ScreenMessage::Style::Fullscreen, 60, QStringLiteral("Sekretariat")}).ok());
    QApplication::processEvents();
    const int longPx = w->textPixelSize();
    QVERIFY2(longPx < shortPx, qPrintable(QStringLiteral("%1 vs %2").arg(longPx).arg(shortPx)));
    // Still readable from the back of the room: at least 1/30 of the screen height.
    QVERIFY2(longPx >= w->targetScreen()->geometry().height() / 30, qPrintable(QString::number(longPx)));
    saveShot(w, QStringLiteral("screen-message-fullscreen-long.png"));

    QVERIFY(controller.showMessage({kGerman, ScreenMessage::Style::Banner, 60, QStringLiteral("Sekretariat")}).ok());
    w = controller.messageWindows().first();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY2(w->textPixelSize() >= 14, qPrintable(QString::number(w->textPixelSize())));
    saveShot(w, QStringLiteral("screen-message-banner-long.png"));
}

void ScreenRendererTest::hidesAfterTimeout()
{
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    QSignalSpy changes(&controller, &ScreenController::stateChanged);
    QVERIFY(controller.showMessage({QStringLiteral("Gleich geht's los"), ScreenMessage::Style::Banner, 1, {}}).ok());
    QVERIFY(controller.state().messageShown);
    QVERIFY(changes.wait(3000));
    QVERIFY(!changes.last().at(0).value<ScreenState>().messageShown);
    QVERIFY(!controller.state().messageShown);
    QTRY_VERIFY(controller.messageWindows().isEmpty());
}

void ScreenRendererTest::closeButtonHides()
{
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    QSignalSpy changes(&controller, &ScreenController::stateChanged);
    QVERIFY(controller.showMessage({QStringLiteral("Bis gleich"), ScreenMessage::Style::Fullscreen, 0, {}}).ok());
    MessageWindow *w = controller.messageWindows().first();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto *close = w->findChild<QPushButton *>(QStringLiteral("messageClose"));
    QVERIFY(close);
    QVERIFY(close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(changes.count(), 1);
    QVERIFY(!controller.state().messageShown);

    // Closed by the window manager (Alt+F4) it goes the same way, on every screen.
    QVERIFY(controller.showMessage({QStringLiteral("Noch einmal"), ScreenMessage::Style::Banner, 0, {}}).ok());
    QVERIFY(!controller.messageWindows().first()->close());
    QCOMPARE(changes.count(), 2);
    QVERIFY(!controller.state().messageShown);
    QTRY_VERIFY(controller.messageWindows().isEmpty());
}

void ScreenRendererTest::blanksEveryScreen()
{
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    QVERIFY(controller.setBlanked(true).ok());
    QCOMPARE(controller.blankWindows().size(), QGuiApplication::screens().size());
    for (BlankWindow *b : controller.blankWindows()) {
        QVERIFY(QTest::qWaitForWindowExposed(b));
        QVERIFY(b->isFullScreen());
        QCOMPARE(b->geometry(), b->targetScreen()->geometry());
        const QImage image = b->grab().toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), QColor(Qt::black));
        QTest::keyClick(b, Qt::Key_Escape); // the class cannot unblank the screen
        QVERIFY(!b->close());                // nor can the window manager's Alt+F4
        QVERIFY(b->isVisible());
    }
    QVERIFY(controller.state().blanked);
    QVERIFY(controller.setBlanked(true).ok()); // twice is once
    QCOMPARE(controller.blankWindows().size(), QGuiApplication::screens().size());
    QVERIFY(controller.setBlanked(false).ok());
    QVERIFY(controller.blankWindows().isEmpty());
    QVERIFY(!controller.state().blanked);
}

void ScreenRendererTest::playsVideoFullscreen()
{
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    QVERIFY(!controller.pauseMedia().ok()); // nothing to pause yet
    const Status missing = controller.playMedia(m_dir.filePath(QStringLiteral("missing.mp4")));
    QCOMPARE(missing.error().code, tafel::ErrorCode::NotFound);

    const Status played = controller.playMedia(m_video);
    QVERIFY2(played.ok(), qPrintable(played.errorString()));
    QVERIFY(controller.videoWindow());
    QVERIFY(controller.videoWindow()->isVisible());
    QVERIFY(controller.videoWindow()->isFullScreen());
    QTRY_COMPARE_WITH_TIMEOUT(controller.state().media, MediaState::Playing, kMediaTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(controller.state().durationMs > 0, kMediaTimeoutMs);
    QVERIFY(std::abs(controller.state().durationMs - testmedia::kClipMs) <= 100);
    QCOMPARE(controller.state().mediaFile, m_video);

    QVERIFY(controller.pauseMedia().ok());
    QTRY_COMPARE_WITH_TIMEOUT(controller.state().media, MediaState::Paused, kMediaTimeoutMs);
    QVERIFY(controller.stopMedia().ok());
    QCOMPARE(controller.state().media, MediaState::Stopped);
    QVERIFY(!controller.videoWindow()->isVisible());
}

void ScreenRendererTest::wiredToTheServer()
{
    QTemporaryDir dir;
    ScreenController controller(tafel::media::MediaOptions::headlessOptions());
    ScreenSessionServer server(controller);
    connect(&controller, &ScreenController::stateChanged, &server, &ScreenSessionServer::publishState);
    QVERIFY(server.listen(dir.filePath(QStringLiteral("s"))).ok());
    ScreenSessionClient client(server.socketPath());
    QSignalSpy events(&client, &ScreenSessionClient::stateChanged);
    client.start();

    std::optional<tafel::Result<ScreenState>> shown;
    client.showMessage({QStringLiteral("Hallo 7b"), ScreenMessage::Style::Banner, 1, {}},
                       [&](const tafel::Result<ScreenState> &r) { shown = r; });
    QTRY_VERIFY(shown.has_value());
    QVERIFY2(shown->ok(), qPrintable(shown->errorString()));
    QVERIFY(shown->value().messageShown);
    QCOMPARE(controller.messageWindows().size(), QGuiApplication::screens().size());
    // The timeout is pushed to the client as an event.
    QTRY_VERIFY_WITH_TIMEOUT(!client.lastState().messageShown, 4000);
    QVERIFY(events.count() >= 2);
}

QTEST_MAIN(ScreenRendererTest)
#include "test_screen_renderer.moc"
