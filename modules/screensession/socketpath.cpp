#include "screensession/socketpath.h"

#include <QDir>
#include <QFileInfo>

namespace tafel::screensession {

QString defaultSocketDirectory()
{
    if (QFileInfo(QString::fromLatin1(kRunDirectory)).isDir())
        return QString::fromLatin1(kRunDirectory);
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return runtime;
    return QDir::tempPath();
}

QString resolveSocketPath(const QString &nameOrPath)
{
    QString name = nameOrPath;
    if (name.isEmpty())
        name = qEnvironmentVariable(kSocketEnvironmentVariable);
    if (name.isEmpty())
        name = QString::fromLatin1(kDefaultSocketName);
    if (name.contains(u'/'))
        return name;
    return QDir(defaultSocketDirectory()).filePath(name);
}

} // namespace tafel::screensession
