#include "media/mediainfo.h"

#include "media/vlcsupport.h"

#include <algorithm>

namespace tafel::media {

bool MediaInfo::hasVideo() const
{
    return std::any_of(tracks.cbegin(), tracks.cend(), [](const MediaTrack &t) { return t.type == MediaTrack::Type::Video; });
}

bool MediaInfo::hasAudio() const
{
    return std::any_of(tracks.cbegin(), tracks.cend(), [](const MediaTrack &t) { return t.type == MediaTrack::Type::Audio; });
}

Result<MediaInfo> MediaInfo::probe(const QString &filePath, const MediaOptions &options, std::chrono::milliseconds timeout)
{
    if (Status checked = detail::checkMediaFile(filePath); !checked)
        return checked.error();
    Result<detail::InstancePtr> instance = detail::createInstance(options);
    if (!instance)
        return instance.error();
    return detail::probeWith(instance->get(), filePath, timeout);
}

} // namespace tafel::media
