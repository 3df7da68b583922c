#include "media/mediaplayer.h"

#include "media/logging.h"
#include "media/vlcsupport.h"

#include <QPointer>

#include <algorithm>
#include <array>
#include <atomic>
#include <utility>

namespace tafel::media {

namespace {

// The libVLC events the player follows.
constexpr std::array kEvents = {
    libvlc_MediaPlayerOpening,  libvlc_MediaPlayerPlaying,        libvlc_MediaPlayerPaused,
    libvlc_MediaPlayerStopped,  libvlc_MediaPlayerEndReached,     libvlc_MediaPlayerEncounteredError,
    libvlc_MediaPlayerTimeChanged, libvlc_MediaPlayerLengthChanged, libvlc_MediaPlayerSeekableChanged,
    libvlc_MediaPlayerESAdded,
};

} // namespace

namespace detail {

// The libVLC player and the bridge that queues its events to the MediaPlayer's thread.
struct PlayerBridge {
    detail::InstancePtr instance;
    detail::PlayerPtr player;           // declared after the instance: released before it
    MediaPlayer *owner = nullptr;       // valid while the events are attached (the destructor detaches first)
    QPointer<MediaPlayer> guard;        // made on the Qt thread; checked again when a queued event is delivered
    std::atomic<quint64> generation{0}; // bumped when a run ends; events of older runs are dropped
    bool attached = false;

    // Runs on libVLC's threads (and on ours inside libvlc_media_player_stop): copies the event's values and
    // queues them to the player's thread. Touches no Qt object and calls no libVLC function (that could deadlock).
    static void onEvent(const libvlc_event_t *event, void *opaque)
    {
        auto *vlc = static_cast<PlayerBridge *>(opaque);
        qint64 value = 0;
        switch (event->type) {
        case libvlc_MediaPlayerTimeChanged: value = event->u.media_player_time_changed.new_time; break;
        case libvlc_MediaPlayerLengthChanged: value = event->u.media_player_length_changed.new_length; break;
        case libvlc_MediaPlayerSeekableChanged: value = event->u.media_player_seekable_changed.new_seekable; break;
        case libvlc_MediaPlayerESAdded: value = event->u.media_player_es_changed.i_type; break;
        default: break;
        }
        const int type = event->type;
        const quint64 generation = vlc->generation.load();
        QMetaObject::invokeMethod(
            vlc->owner,
            [guard = vlc->guard, type, value, generation] {
                if (guard)
                    guard->handleVlcEvent(type, value, generation);
            },
            Qt::QueuedConnection);
    }

    void attach()
    {
        libvlc_event_manager_t *events = libvlc_media_player_event_manager(player.get());
        attached = true;
        for (const libvlc_event_e type : kEvents) {
            if (libvlc_event_attach(events, type, &PlayerBridge::onEvent, this) != 0) {
                qCWarning(lcMedia) << "could not attach to libVLC event" << libvlc_event_type_name(type);
            }
        }
    }

    // After this returns no callback runs or will run: libVLC holds its event lock while it calls listeners.
    void detach()
    {
        if (!attached)
            return;
        libvlc_event_manager_t *events = libvlc_media_player_event_manager(player.get());
        for (const libvlc_event_e type : kEvents)
            libvlc_event_detach(events, type, &PlayerBridge::onEvent, this);
        attached = false;
    }
};

} // namespace detail

MediaPlayer::MediaPlayer(const MediaOptions &options, QObject *parent)
    : QObject(parent), m_vlc(std::make_unique<detail::PlayerBridge>()), m_headless(options.headless)
{
    Result<detail::InstancePtr> instance = detail::createInstance(options);
    if (!instance) {
        m_initStatus = instance.error();
        m_errorString = m_initStatus.errorString();
        m_state = State::Error;
        return;
    }
    m_vlc->instance = std::move(instance).value();
    m_vlc->player.reset(libvlc_media_player_new(m_vlc->instance.get()));
    if (!m_vlc->player) {
        m_initStatus = Error::make(ErrorCode::Failed, tr("The media engine could not create a player."));
        m_errorString = m_initStatus.errorString();
        m_state = State::Error;
        return;
    }
    m_vlc->owner = this;
    m_vlc->guard = this;
    m_vlc->attach();
    applyVolume();
}

MediaPlayer::~MediaPlayer()
{
    if (m_vlc->player) {
        libvlc_media_player_stop(m_vlc->player.get()); // synchronous in libVLC 3: its threads are gone after this
        m_vlc->detach();
    }
    // m_vlc goes now: the player, then the instance.
}

Status MediaPlayer::status() const
{
    return m_initStatus;
}

Status MediaPlayer::open(const QString &filePath)
{
    if (!m_initStatus)
        return m_initStatus;
    stopAndForget();
    m_pauseWhenPlaying = false;
    libvlc_media_player_set_media(m_vlc->player.get(), nullptr);
    m_filePath.clear();
    m_errorString.clear();
    m_seekable = false;
    setPosition(0);
    setDuration(0);
    setState(State::Idle);

    if (Status checked = detail::checkMediaFile(filePath); !checked)
        return checked;
    Result<detail::MediaPtr> media = detail::createMedia(m_vlc->instance.get(), filePath);
    if (!media)
        return media.error();
    libvlc_media_player_set_media(m_vlc->player.get(), media->get()); // the player keeps its own reference
    m_filePath = filePath;
    qCDebug(lcMedia) << "opened" << filePath;
    return {};
}

Status MediaPlayer::play()
{
    if (!m_initStatus)
        return m_initStatus;
    if (m_filePath.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("No media file is open."));
    m_pauseWhenPlaying = false;
    if (m_state == State::Paused) {
        libvlc_media_player_set_pause(m_vlc->player.get(), 0);
        return {};
    }
    if (m_state == State::Playing || m_state == State::Opening)
        return {};
    // libVLC 3 keeps an ended or failed run until it is stopped; play() then starts over.
    if (m_state == State::Ended || m_state == State::Error) {
        stopAndForget();
        m_errorString.clear();
        setPosition(0);
    }
    applyWindow();
    if (libvlc_media_player_play(m_vlc->player.get()) != 0) {
        const QString message = tr("The media engine could not start playing %1.").arg(m_filePath);
        fail(message);
        return Error::make(ErrorCode::Failed, message);
    }
    setState(State::Opening); // at once, so pause() right after play() is not lost
    return {};
}

void MediaPlayer::pause()
{
    if (!m_initStatus)
        return;
    if (m_state == State::Opening) {
        // libVLC 3 stops (not pauses) an input that cannot pause yet; pause once it plays.
        m_pauseWhenPlaying = true;
    } else if (m_state == State::Playing) {
        if (libvlc_media_player_can_pause(m_vlc->player.get()))
            libvlc_media_player_set_pause(m_vlc->player.get(), 1);
        else
            qCDebug(lcMedia) << m_filePath << "cannot be paused";
    }
}

void MediaPlayer::stop()
{
    if (!m_initStatus)
        return;
    stopAndForget();
    m_pauseWhenPlaying = false;
    setPosition(0);
    if (!m_filePath.isEmpty() && m_state != State::Idle)
        setState(State::Stopped);
}

Status MediaPlayer::seek(qint64 positionMs)
{
    if (!m_initStatus)
        return m_initStatus;
    if (m_state != State::Playing && m_state != State::Paused)
        return Error::make(ErrorCode::InvalidInput, tr("Seeking needs a media that is playing or paused."));
    if (!libvlc_media_player_is_seekable(m_vlc->player.get()))
        return Error::make(ErrorCode::Incompatible, tr("%1 does not support seeking.").arg(m_filePath));
    positionMs = std::max<qint64>(0, positionMs);
    if (m_duration > 0)
        positionMs = std::min(positionMs, m_duration);
    libvlc_media_player_set_time(m_vlc->player.get(), positionMs);
    setPosition(positionMs); // libVLC sends no TimeChanged while paused; while playing, its next one follows
    return {};
}

void MediaPlayer::setVolume(int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (percent == m_volume)
        return;
    m_volume = percent;
    applyVolume();
    Q_EMIT volumeChanged(m_volume);
}

void MediaPlayer::setFullscreen(bool fullscreen)
{
    if (fullscreen == m_fullscreen)
        return;
    m_fullscreen = fullscreen;
    if (m_vlc->player && m_windowId == 0 && !m_headless)
        libvlc_set_fullscreen(m_vlc->player.get(), fullscreen ? 1 : 0);
    Q_EMIT fullscreenChanged(m_fullscreen);
}

void MediaPlayer::setWindowId(quintptr windowId)
{
    m_windowId = windowId;
}

Result<MediaInfo> MediaPlayer::probe(const QString &filePath, std::chrono::milliseconds timeout) const
{
    if (!m_initStatus)
        return m_initStatus.error();
    return detail::probeWith(m_vlc->instance.get(), filePath, timeout);
}

void MediaPlayer::handleVlcEvent(int type, qint64 value, quint64 generation)
{
    if (generation != m_vlc->generation.load())
        return; // from a run that has been stopped or replaced since
    switch (type) {
    case libvlc_MediaPlayerOpening: setState(State::Opening); break;
    case libvlc_MediaPlayerPlaying:
        applyVolume(); // the audio output may only exist now
        if (m_duration <= 0)
            setDuration(libvlc_media_player_get_length(m_vlc->player.get()));
        setState(State::Playing);
        if (std::exchange(m_pauseWhenPlaying, false))
            pause();
        break;
    case libvlc_MediaPlayerPaused: setState(State::Paused); break;
    case libvlc_MediaPlayerStopped:
        // libVLC 3 follows EndReached and EncounteredError with Stopped; stop() itself is handled synchronously.
        if (m_state == State::Opening || m_state == State::Playing || m_state == State::Paused) {
            setPosition(0);
            setState(State::Stopped);
        }
        break;
    case libvlc_MediaPlayerEndReached:
        // A file no demuxer understands still "plays" (libVLC falls back to a permissive demuxer) and
        // ends at once without a single audio or video stream: that is a failure, not an end.
        if (m_playableStreams == 0) {
            failUnplayable();
            break;
        }
        if (m_duration > 0)
            setPosition(m_duration);
        setState(State::Ended);
        break;
    case libvlc_MediaPlayerEncounteredError: failUnplayable(); break;
    case libvlc_MediaPlayerESAdded:
        if (value == libvlc_track_audio || value == libvlc_track_video)
            ++m_playableStreams;
        break;
    case libvlc_MediaPlayerTimeChanged:
        if (m_state == State::Opening || m_state == State::Playing || m_state == State::Paused)
            setPosition(value); // a late report never moves an ended run's position back
        break;
    case libvlc_MediaPlayerLengthChanged: setDuration(value); break;
    case libvlc_MediaPlayerSeekableChanged: m_seekable = value != 0; break;
    default: break;
    }
}

void MediaPlayer::stopAndForget()
{
    libvlc_media_player_stop(m_vlc->player.get());
    ++m_vlc->generation;
    m_playableStreams = 0;
}

void MediaPlayer::applyVolume()
{
    if (m_vlc->player && libvlc_audio_set_volume(m_vlc->player.get(), m_volume) != 0)
        qCDebug(lcMedia) << "volume" << m_volume << "not applied yet (no audio output)";
}

void MediaPlayer::applyWindow()
{
    libvlc_media_player_t *player = m_vlc->player.get();
    if (m_headless) {
        if (m_windowId != 0)
            qCDebug(lcMedia) << "headless: window id" << m_windowId << "ignored";
        return;
    }
    // Only on a change: setting a window also resets libVLC's choice of video output (--vout).
    if (m_windowId != m_appliedWindowId) {
#if defined(Q_OS_WIN)
        libvlc_media_player_set_hwnd(player, reinterpret_cast<void *>(m_windowId));
#elif defined(Q_OS_MACOS)
        libvlc_media_player_set_nsobject(player, reinterpret_cast<void *>(m_windowId));
#else
        libvlc_media_player_set_xwindow(player, uint32_t(m_windowId));
#endif
        m_appliedWindowId = m_windowId;
    }
    if (m_windowId == 0)
        libvlc_set_fullscreen(player, m_fullscreen ? 1 : 0);
}

void MediaPlayer::setState(State state)
{
    if (state == m_state)
        return;
    qCDebug(lcMedia) << m_state << "->" << state << m_filePath;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void MediaPlayer::setPosition(qint64 positionMs)
{
    positionMs = std::max<qint64>(0, positionMs);
    if (positionMs == m_position)
        return;
    m_position = positionMs;
    Q_EMIT positionChanged(m_position);
}

void MediaPlayer::setDuration(qint64 durationMs)
{
    durationMs = std::max<qint64>(0, durationMs);
    if (durationMs == m_duration)
        return;
    m_duration = durationMs;
    Q_EMIT durationChanged(m_duration);
}

void MediaPlayer::failUnplayable()
{
    fail(tr("%1 could not be played: its format is not supported, the file is damaged, or VLC's plugins "
                    "are missing (Debian: the package vlc-plugin-base).")
             .arg(m_filePath));
}

void MediaPlayer::fail(const QString &message)
{
    qCWarning(lcMedia).noquote() << message;
    m_errorString = message;
    setState(State::Error);
    Q_EMIT errorOccurred(message);
}

} // namespace tafel::media
