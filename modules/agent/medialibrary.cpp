#include "agent/medialibrary.h"

#include <QDir>
#include <QFileInfo>

namespace tafel::agent {

MediaLibrary::MediaLibrary(QString directory)
    : m_directory(std::move(directory))
{
}

Result<QString> MediaLibrary::resolve(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("No media file was named. Name a file in the agent's media folder."));
    if (name.size() > 1024)
        return Error::make(ErrorCode::InvalidInput, tr("The media file name is too long."));
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('~')))
        return Error::make(ErrorCode::InvalidInput,
                           tr("Refused: '%1' is a path. media.play only plays files by their name inside the agent's media folder.").arg(name));
    for (const QChar c : name) {
        if (c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return Error::make(ErrorCode::InvalidInput, tr("Refused: the media file name contains a backslash or a control character."));
    }
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return Error::make(ErrorCode::InvalidInput,
                               tr("Refused: '%1' leaves the media folder ('..'). Name a file inside the agent's media folder.").arg(name));
    }
    if (m_directory.isEmpty())
        return Error::make(ErrorCode::NotFound, tr("This agent has no media folder."));
    const QDir dir(m_directory);
    const QFileInfo file(dir.filePath(name));
    if (!file.exists() || !file.isFile())
        return Error::make(ErrorCode::NotFound, tr("There is no media file '%1' on this agent. Send it as material first.").arg(name));
    // A symbolic link inside the folder must not lead out of it.
    const QString root = QFileInfo(m_directory).canonicalFilePath();
    const QString real = file.canonicalFilePath();
    if (root.isEmpty() || real.isEmpty() || !real.startsWith(root + QLatin1Char('/')))
        return Error::make(ErrorCode::InvalidInput, tr("Refused: '%1' leads out of the agent's media folder.").arg(name));
    return real;
}

} // namespace tafel::agent
