#pragma once

#include "core/result.h"
#include "media/mediaoptions.h"

#include <QList>
#include <QString>

#include <chrono>

namespace tafel::media {

struct MediaTrack {
    enum class Type { Unknown, Audio, Video, Text };
    Type type = Type::Unknown;
    QString codec;    // libVLC's codec description, e.g. "PCM S16 LE (s16l)"
    QString language; // ISO code if the file names one
    // Audio
    int channels = 0;
    int sampleRate = 0;
    // Video
    int width = 0;
    int height = 0;
    double frameRate = 0.0;
};

// What a file holds, read without playing it (for the material list and the preview).
struct MediaInfo {
    QString filePath;
    qint64 durationMs = -1; // -1: unknown (libVLC could not tell)
    QList<MediaTrack> tracks;

    bool hasVideo() const;
    bool hasAudio() const;

    // Parses the file with a libVLC instance of its own (libvlc_media_parse_with_options, local only).
    // Blocks the calling thread for at most `timeout`; for many files, run it in a worker thread or use
    // MediaPlayer::probe(), which reuses the player's instance. Thread-safe.
    static Result<MediaInfo> probe(const QString &filePath, const MediaOptions &options = MediaOptions::headlessOptions(),
                                   std::chrono::milliseconds timeout = std::chrono::seconds(5));
};

} // namespace tafel::media
