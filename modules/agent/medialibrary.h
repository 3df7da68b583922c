#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace tafel::agent {

// The agent's media directory ([Media] Directory, default <DataDir>/media): lesson material the agent may play
// on the display. media.play names a file INSIDE it; a client never passes a path of its own.
class MediaLibrary final {
    Q_DECLARE_TR_FUNCTIONS(tafel::agent::MediaLibrary)
public:
    explicit MediaLibrary(QString directory = {});

    QString directory() const { return m_directory; }

    // The absolute path of `name` inside the directory. Refused (InvalidInput): empty names, absolute paths,
    // any '..' component, backslashes and control characters, and a name that leads out of the directory through
    // a symbolic link. NotFound: no such regular file.
    Result<QString> resolve(const QString &name) const;

private:
    QString m_directory;
};

} // namespace tafel::agent
