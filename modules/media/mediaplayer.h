#pragma once

#include "core/result.h"
#include "media/mediainfo.h"
#include "media/mediaoptions.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace tafel::media {

namespace detail {
struct PlayerBridge; // libVLC handles and the event bridge (vlc/vlc.h stays out of this header)
}

// Plays one local media file through libVLC 3: the agent's fullscreen playback on the display PC and the
// preview in tafel. Lives in (and must be used from) one Qt thread; libVLC's events, which arrive on libVLC's
// own threads, are queued to that thread. Does not link Qt Gui: video goes into a native window the caller
// owns (QWidget::winId()), into libVLC's own window, or nowhere in headless mode.
//
// Life of a playback: open(file) → Idle; play() → Opening → Playing ⇄ Paused (pause()/play()) → Ended, or
// Stopped on stop(), or Error (errorOccurred) when libVLC cannot play the file. play() after Ended or Error
// starts again from the beginning.
class MediaPlayer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaPlayer)
public:
    enum class State { Idle, Opening, Playing, Paused, Stopped, Ended, Error };
    Q_ENUM(State)

    explicit MediaPlayer(const MediaOptions &options = {}, QObject *parent = nullptr);
    ~MediaPlayer() override;

    // Whether libVLC started; if not, every call returns this error (it names the plugin package to install).
    Status status() const;

    // Loads a local file (stops what is playing). Fails at once for a missing or unreadable file; a file libVLC
    // cannot decode fails later, asynchronously, with state Error and errorOccurred().
    Status open(const QString &filePath);
    Status play(); // starts, or resumes after pause()
    void pause();
    void stop();
    Status seek(qint64 positionMs); // while Playing or Paused, on a seekable media

    void setVolume(int percent); // 0..100; kept and applied again when the audio output appears
    int volume() const { return m_volume; }

    // With no window id, libVLC switches its own window. With a window id the caller's window is the video
    // surface, so the caller makes that window fullscreen (libVLC cannot fullscreen an embedded window);
    // the flag is only kept and signalled.
    void setFullscreen(bool fullscreen);
    bool isFullscreen() const { return m_fullscreen; }

    // Native window for the video (X11 window id on Linux, HWND on Windows, NSView on macOS); 0 = libVLC's own
    // window. Takes effect at the next play().
    void setWindowId(quintptr windowId);
    quintptr windowId() const { return m_windowId; }

    State state() const { return m_state; }
    qint64 position() const { return m_position; } // ms
    qint64 duration() const { return m_duration; } // ms, 0 while unknown
    bool isSeekable() const { return m_seekable; }
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_errorString; } // the last playback error

    // Duration and tracks of a file without playing it, with this player's libVLC instance. Blocks the calling
    // thread for at most `timeout`; thread-safe (touches no member but the libVLC instance).
    Result<MediaInfo> probe(const QString &filePath, std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;

Q_SIGNALS:
    void stateChanged(tafel::media::MediaPlayer::State state);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void volumeChanged(int percent);
    void fullscreenChanged(bool fullscreen);
    void errorOccurred(const QString &message);

private:
    friend struct detail::PlayerBridge;

    void handleVlcEvent(int type, qint64 value, quint64 generation);
    void stopAndForget(); // stops libVLC and drops its queued events for the run that just ended
    void applyVolume();
    void applyWindow();
    void setState(State state);
    void setPosition(qint64 positionMs);
    void setDuration(qint64 durationMs);
    void fail(const QString &message);
    void failUnplayable();

    std::unique_ptr<detail::PlayerBridge> m_vlc;
    bool m_headless = false;
    Status m_initStatus;
    State m_state = State::Idle;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    bool m_seekable = false;
    bool m_pauseWhenPlaying = false; // pause() came while Opening
    int m_volume = 100;
    bool m_fullscreen = false;
    quintptr m_windowId = 0;
    quintptr m_appliedWindowId = 0;
    int m_playableStreams = 0; // audio and video streams libVLC found in the current run
    QString m_filePath;
    QString m_errorString;
};

} // namespace tafel::media
