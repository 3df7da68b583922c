#include "media/vlcsupport.h"

#include <QHash>
#include <QMutex>

#include "media/logging.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <vector>

namespace tafel::media::detail {

namespace {

// The module's messages share MediaPlayer's translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tafel::media::MediaPlayer)
};

// Runs on libVLC's threads: touches no Qt object, only the (thread-safe) logging category.
void forwardVlcLog(void *, int level, const libvlc_log_t *context, const char *format, va_list args)
{
    if (level < LIBVLC_WARNING || !lcMedia().isDebugEnabled())
        return;
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    const char *module = nullptr;
    libvlc_log_get_context(context, &module, nullptr, nullptr);
    qCDebug(lcMedia, "libVLC %s (%s): %s", level >= LIBVLC_ERROR ? "error" : "warning", module ? module : "core", text);
}

// The preparser finished (or gave up); runs on libVLC's preparser thread.
struct ParseWait {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
};

void onParsedChanged(const libvlc_event_t *, void *opaque)
{
    auto *wait = static_cast<ParseWait *>(opaque);
    {
        const std::lock_guard lock(wait->mutex);
        wait->finished = true;
    }
    wait->done.notify_all();
}

MediaTrack::Type trackType(libvlc_track_type_t type)
{
    switch (type) {
    case libvlc_track_audio: return MediaTrack::Type::Audio;
    case libvlc_track_video: return MediaTrack::Type::Video;
    case libvlc_track_text: return MediaTrack::Type::Text;
    case libvlc_track_unknown: break;
    }
    return MediaTrack::Type::Unknown;
}

MediaTrack toTrack(const libvlc_media_track_t &t)
{
    MediaTrack track;
    track.type = trackType(t.i_type);
    if (const char *codec = libvlc_media_get_codec_description(t.i_type, t.i_codec))
        track.codec = QString::fromUtf8(codec);
    if (t.psz_language)
        track.language = QString::fromUtf8(t.psz_language);
    if (t.i_type == libvlc_track_audio && t.audio) {
        track.channels = int(t.audio->i_channels);
        track.sampleRate = int(t.audio->i_rate);
    } else if (t.i_type == libvlc_track_video && t.video) {
        track.width = int(t.video->i_width);
        track.height = int(t.video->i_height);
        if (t.video->i_frame_rate_den > 0)
            track.frameRate = double(t.video->i_frame_rate_num) / double(t.video->i_frame_rate_den);
    }
    return track;
}

} // namespace

void InstanceDeleter::operator()(libvlc_instance_t *instance) const
{
    libvlc_release(instance);
}

namespace {
// One libVLC instance per distinct option set, kept for the life of the process. Starting libVLC loads and
// scans its plugins (hundreds of milliseconds), so players opened one after another (preview, then the
// display) share it; and libVLC unloads its plugins when the last instance goes, which would leave
// LeakSanitizer with reports it cannot attribute. The cache's own reference is never released.
QMutex g_instancesLock;
QHash<QString, libvlc_instance_t *> g_instances;
} // namespace

Result<InstancePtr> createInstance(const MediaOptions &options)
{
    const QStringList arguments = options.vlcArguments();
    const QString key = arguments.join(QLatin1Char('\n'));
    QMutexLocker locker(&g_instancesLock);
    if (libvlc_instance_t *shared = g_instances.value(key)) {
        libvlc_retain(shared);
        return InstancePtr(shared);
    }
    QByteArrayList encoded;
    std::vector<const char *> argv;
    encoded.reserve(arguments.size());
    argv.reserve(std::size_t(arguments.size()));
    for (const QString &argument : arguments)
        encoded.append(argument.toUtf8());
    for (const QByteArray &argument : std::as_const(encoded))
        argv.push_back(argument.constData());

    InstancePtr instance(libvlc_new(int(argv.size()), argv.data()));
    if (!instance) {
        const char *reason = libvlc_errmsg();
        const QString detail = reason && *reason
            ? QString::fromUtf8(reason)
            : Text::tr("it refused the options %1").arg(arguments.join(QLatin1Char(' ')));
        qCWarning(lcMedia) << "libvlc_new failed with arguments" << arguments << "reason:" << reason;
        return Error::make(ErrorCode::Failed,
                           Text::tr("The media engine (libVLC %1) could not be started: %2. Check the player options "
                                    "and that VLC's plugins are installed (Debian: the package vlc-plugin-base).")
                               .arg(QString::fromUtf8(libvlc_get_version()), detail));
    }
    libvlc_log_set(instance.get(), forwardVlcLog, nullptr);
    libvlc_set_user_agent(instance.get(), "Tafel", "Tafel/" TAFEL_VERSION);
    qCDebug(lcMedia) << "libVLC" << libvlc_get_version() << "started with" << arguments;
    libvlc_retain(instance.get());
    g_instances.insert(key, instance.get());
    return instance;
}

Status checkMediaFile(const QString &filePath)
{
    if (filePath.isEmpty())
        return Error::make(ErrorCode::InvalidInput, Text::tr("No media file was given."));
    const QFileInfo info(filePath);
    if (!info.exists())
        return Error::make(ErrorCode::NotFound, Text::tr("The media file %1 does not exist.").arg(filePath));
    if (info.isDir())
        return Error::make(ErrorCode::InvalidInput, Text::tr("%1 is a folder, not a media file.").arg(filePath));
    if (!info.isReadable())
        return Error::make(ErrorCode::PermissionDenied,
                           Text::tr("The media file %1 is not readable (check its permissions).").arg(filePath));
    return {};
}

Result<MediaPtr> createMedia(libvlc_instance_t *instance, const QString &filePath)
{
    MediaPtr media(libvlc_media_new_path(instance, QFile::encodeName(QFileInfo(filePath).absoluteFilePath()).constData()));
    if (!media)
        return Error::make(ErrorCode::Failed, Text::tr("The media engine could not open %1.").arg(filePath));
    return media;
}

Result<MediaInfo> probeWith(libvlc_instance_t *instance, const QString &filePath, std::chrono::milliseconds timeout)
{
    if (Status checked = checkMediaFile(filePath); !checked)
        return checked.error();
    Result<MediaPtr> created = createMedia(instance, filePath);
    if (!created)
        return created.error();
    const MediaPtr media = std::move(created).value();

    ParseWait wait;
    libvlc_event_manager_t *events = libvlc_media_event_manager(media.get());
    if (libvlc_event_attach(events, libvlc_MediaParsedChanged, onParsedChanged, &wait) != 0)
        return Error::make(ErrorCode::Failed, Text::tr("The media engine could not read %1.").arg(filePath));
    const int timeoutMs = int(std::max<qint64>(1, timeout.count()));
    bool finished = false;
    if (libvlc_media_parse_with_options(media.get(), libvlc_media_parse_local, timeoutMs) == 0) {
        std::unique_lock lock(wait.mutex);
        // libVLC enforces the timeout itself and reports it; the margin only guards against a lost event.
        finished = wait.done.wait_for(lock, timeout + std::chrono::seconds(2), [&wait] { return wait.finished; });
    }
    // Detaching waits for a callback in progress, so `wait` may go out of scope afterwards.
    libvlc_event_detach(events, libvlc_MediaParsedChanged, onParsedChanged, &wait);

    const libvlc_media_parsed_status_t status = libvlc_media_get_parsed_status(media.get());
    if (!finished || status == libvlc_media_parsed_status_timeout) {
        libvlc_media_parse_stop(media.get());
        return Error::make(ErrorCode::Timeout,
                           Text::tr("Reading %1 took longer than %2 ms.").arg(filePath).arg(timeoutMs));
    }

    MediaInfo info;
    info.filePath = filePath;
    if (status == libvlc_media_parsed_status_done) {
        info.durationMs = libvlc_media_get_duration(media.get());
        libvlc_media_track_t **tracks = nullptr;
        const unsigned count = libvlc_media_tracks_get(media.get(), &tracks);
        for (unsigned i = 0; i < count; ++i)
            info.tracks.append(toTrack(*tracks[i]));
        if (tracks)
            libvlc_media_tracks_release(tracks, count);
    }
    if (info.tracks.isEmpty()) {
        qCDebug(lcMedia) << "probe" << filePath << "parse status" << int(status) << "no tracks";
        return Error::make(ErrorCode::Incompatible,
                           Text::tr("%1 is not a playable media file: its format is not supported or the file is "
                                    "damaged.")
                               .arg(filePath));
    }
    return info;
}

} // namespace tafel::media::detail
