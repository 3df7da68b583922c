#pragma once

// Internal to tafel_media: ownership of libVLC handles and the helpers MediaPlayer and MediaInfo share.
// Not part of the module's interface (it includes libVLC's headers, which users of tafel_media do not see).

#include "core/result.h"
#include "media/mediainfo.h"
#include "media/mediaoptions.h"

#include <vlc/vlc.h>

#include <chrono>
#include <memory>

namespace tafel::media::detail {

struct InstanceDeleter {
    void operator()(libvlc_instance_t *instance) const;
};
struct PlayerDeleter {
    void operator()(libvlc_media_player_t *player) const { libvlc_media_player_release(player); }
};
struct MediaDeleter {
    void operator()(libvlc_media_t *media) const { libvlc_media_release(media); }
};
using InstancePtr = std::unique_ptr<libvlc_instance_t, InstanceDeleter>;
using PlayerPtr = std::unique_ptr<libvlc_media_player_t, PlayerDeleter>;
using MediaPtr = std::unique_ptr<libvlc_media_t, MediaDeleter>;

// Messages use one translation context, "tafel::media::MediaPlayer", spelled out for lupdate.

// libvlc_new() with the options' arguments; libVLC's warnings and errors go to lcMedia (debug).
Result<InstancePtr> createInstance(const MediaOptions &options);

// A clear error for an empty path, a missing file, a folder or an unreadable file.
Status checkMediaFile(const QString &filePath);

// A media for a local file; fails only when libVLC cannot allocate one.
Result<MediaPtr> createMedia(libvlc_instance_t *instance, const QString &filePath);

Result<MediaInfo> probeWith(libvlc_instance_t *instance, const QString &filePath, std::chrono::milliseconds timeout);

} // namespace tafel::media::detail
