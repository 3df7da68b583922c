#pragma once

// Opening files strictly inside a directory: every segment of the relative path is opened with O_NOFOLLOW
// relative to the previous one (openat), so a symlink planted anywhere on the way is refused instead of
// followed. Internal to the distribution module.

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

namespace tafel::distribution {

// An owned POSIX file descriptor.
class Fd final {
public:
    Fd() = default;
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
    Fd(Fd &&other) noexcept
        : m_fd(other.release())
    {
    }
    Fd &operator=(Fd &&other) noexcept;
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd();

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    int release();

private:
    int m_fd = -1;
};

enum class OpenMode {
    Read, // existing regular file, read only
    ReadWrite, // existing regular file
    Create, // create (or open) for writing, creating missing parent directories (0755)
};

// Opens `root`/`relPath` (relPath '/'-separated, already checked by checkPath). `root` itself must be a real
// directory. Io / PermissionDenied with the path named on failure; a symlink anywhere is an error.
Result<Fd> openInside(const QString &root, const QString &relPath, OpenMode mode, quint32 createMode = 0644);

// pwrite/pread the whole buffer (retrying short writes and EINTR). ENOSPC/EDQUOT give an Io error that says
// the disk is full.
Status writeAll(int fd, QByteArrayView data, qint64 offset, const QString &nameForErrors);
Status readAll(int fd, char *buffer, qint64 length, qint64 offset, const QString &nameForErrors);

// fsync of a file or directory; Io on failure.
Status syncFd(int fd, const QString &nameForErrors);
Status syncDirectory(const QString &path);

} // namespace tafel::distribution
