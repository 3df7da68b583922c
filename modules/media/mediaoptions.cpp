#include "media/mediaoptions.h"

namespace tafel::media {

QStringList MediaOptions::vlcArguments() const
{
    QStringList args;
    if (headless) {
        args << QStringLiteral("--vout=dummy") << QStringLiteral("--aout=dummy") << QStringLiteral("--no-video-title-show")
             << QStringLiteral("--quiet");
    }
    args << extraArguments;
    return args;
}

} // namespace tafel::media
