#pragma once

#include <QStringList>

namespace tafel::media {

// How a libVLC instance is started. Default: normal audio/video output (a display session is needed for video).
struct MediaOptions {
    // No audio device and no video window: "--vout=dummy --aout=dummy --no-video-title-show --quiet".
    // For tests and for the agent when there is no graphical session.
    bool headless = false;
    // Further libVLC command-line options, appended as given (e.g. "--file-caching=300").
    QStringList extraArguments;

    static MediaOptions headlessOptions() { return MediaOptions{true, {}}; }

    // The argument list handed to libvlc_new().
    QStringList vlcArguments() const;
};

} // namespace tafel::media
