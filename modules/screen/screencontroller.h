#pragma once

#include "media/mediaoptions.h"
#include "media/mediaplayer.h"
#include "screensession/screensessionserver.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QScreen;
class QTimer;

namespace tafel::screen {

class BlankWindow;
class MessageWindow;
class VideoWindow;

// Renders the screen-session commands in this graphical session: a message on every screen (fullscreen or
// banner) that hides itself after its timeout or when someone presses Close; black on every screen while
// blanked (screens plugged in meanwhile included); one fullscreen video on the primary screen through
// MediaPlayer (libVLC draws into VideoWindow's native window). Stacking, bottom to top: video, blank, message
// — blanking covers a playing video, a message shows over both.
// stateChanged() reports changes that happen on their own (timeout, Close, media progress about once a
// second, end of media, playback errors); ScreenSessionServer::publishState() forwards them to the agent.
class ScreenController final : public QObject, public screensession::ScreenHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenController)
public:
    explicit ScreenController(media::MediaOptions mediaOptions = {}, QObject *parent = nullptr);
    ~ScreenController() override;

    Status showMessage(const screensession::ScreenMessage &message) override;
    Status hideMessage() override;
    Status setBlanked(bool blanked) override;
    Status playMedia(const QString &filePath) override;
    Status pauseMedia() override;
    Status resumeMedia() override;
    Status stopMedia() override;
    Status seekMedia(qint64 positionMs) override;
    screensession::ScreenState state() const override;

    // For tests and screenshots.
    QList<MessageWindow *> messageWindows() const;
    QList<BlankWindow *> blankWindows() const;
    VideoWindow *videoWindow() const { return m_video.get(); }
    media::MediaPlayer *player() const { return m_player.get(); }

Q_SIGNALS:
    void stateChanged(const tafel::screensession::ScreenState &state);

private:
    void publish();
    void publishSoon(); // at most one position report a second
    void restack();
    void onScreenAdded(QScreen *screen);
    void onScreenRemoved(QScreen *screen);
    void onPlayerState(media::MediaPlayer::State state);
    Status ensurePlayer();

    media::MediaOptions m_mediaOptions;
    std::unique_ptr<media::MediaPlayer> m_player;
    std::unique_ptr<VideoWindow> m_video;
    QList<QPointer<MessageWindow>> m_messages; // one per screen while a message is shown
    QList<QPointer<BlankWindow>> m_blanks;     // one per screen while blanked
    screensession::ScreenMessage m_message;
    bool m_messageShown = false;
    bool m_blanked = false;
    QTimer *m_messageTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
};

} // namespace tafel::screen
