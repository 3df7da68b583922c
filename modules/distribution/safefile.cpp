#include "distribution/safefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tafel::distribution {
namespace {

struct SafeFileText {
    Q_DECLARE_TR_FUNCTIONS(tafel::distribution::SafeFile)
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

Error openError(int err, const QString &path)
{
    switch (err) {
    case ELOOP:
        return Error::make(
            ErrorCode::PermissionDenied, SafeFileText::tr("%1: a symbolic link is in the way; material is never written through links.").arg(path));
    case ENOTDIR:
        return Error::make(ErrorCode::PermissionDenied, SafeFileText::tr("%1: a file is in the way where a directory is expected.").arg(path));
    case ENOENT:
        return Error::make(ErrorCode::NotFound, SafeFileText::tr("%1 does not exist.").arg(path));
    case EACCES:
    case EPERM:
        return Error::make(ErrorCode::PermissionDenied, SafeFileText::tr("%1: permission denied.").arg(path));
    case ENOSPC:
    case EDQUOT:
        return Error::make(ErrorCode::Io, SafeFileText::tr("The disk is full: cannot create %1.").arg(path));
    default:
        return Error::make(ErrorCode::Io, SafeFileText::tr("Cannot open %1: %2").arg(path, errnoText(err)));
    }
}

int openDirAt(int dirFd, const QByteArray &name)
{
    int fd;
    do {
        fd = ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

Fd &Fd::operator=(Fd &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.release();
    }
    return *this;
}

Fd::~Fd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int Fd::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

Result<Fd> openInside(const QString &root, const QString &relPath, OpenMode mode, quint32 createMode)
{
    const QString shown = root + QLatin1Char('/') + relPath;
    Fd dir(::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.isValid())
        return openError(errno, root);
    const QStringList segments = relPath.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        const QByteArray name = QFile::encodeName(segments.at(i));
        if (name.isEmpty() || name == "." || name == "..")
            return openError(EPERM, shown);
        int fd = openDirAt(dir.get(), name);
        if (fd < 0 && errno == ENOENT && mode == OpenMode::Create) {
            if (::mkdirat(dir.get(), name.constData(), 0755) != 0 && errno != EEXIST)
                return openError(errno, shown);
            fd = openDirAt(dir.get(), name);
        }
        if (fd < 0) {
            int err = errno;
            struct stat st { };
            if (err == ENOTDIR && ::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
                err = ELOOP; // O_DIRECTORY reports a link as "not a directory"; say what it is
            return openError(err, shown);
        }
        dir = Fd(fd);
    }
    const QByteArray leaf = QFile::encodeName(segments.constLast());
    if (leaf.isEmpty() || leaf == "." || leaf == "..")
        return openError(EPERM, shown);
    int flags = O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK; // O_NONBLOCK: a planted FIFO must not block the open
    switch (mode) {
    case OpenMode::Read:
        flags |= O_RDONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= O_RDWR;
        break;
    case OpenMode::Create:
        flags |= O_RDWR | O_CREAT;
        break;
    }
    int fd;
    do {
        fd = ::openat(dir.get(), leaf.constData(), flags, mode_t(createMode));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return openError(errno, shown);
    Fd file(fd);
    struct stat st { };
    if (::fstat(file.get(), &st) != 0)
        return openError(errno, shown);
    if (!S_ISREG(st.st_mode))
        return Error::make(ErrorCode::PermissionDenied, SafeFileText::tr("%1 is not a regular file.").arg(shown));
    ::fcntl(file.get(), F_SETFL, ::fcntl(file.get(), F_GETFL) & ~O_NONBLOCK);
    return file;
}

Status writeAll(int fd, QByteArrayView data, qint64 offset, const QString &nameForErrors)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::pwrite(fd, data.data() + done, size_t(data.size() - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == ENOSPC || errno == EDQUOT))
            return Error::make(ErrorCode::Io,
                SafeFileText::tr("The disk is full: cannot write %1. Free some space (or remove old material) and resume.").arg(nameForErrors));
        if (n <= 0)
            return Error::make(ErrorCode::Io, SafeFileText::tr("Cannot write %1: %2").arg(nameForErrors, errnoText(n < 0 ? errno : EIO)));
        done += n;
    }
    return {};
}

Status readAll(int fd, char *buffer, qint64 length, qint64 offset, const QString &nameForErrors)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, buffer + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error::make(ErrorCode::Io, SafeFileText::tr("Cannot read %1: %2").arg(nameForErrors, errnoText(errno)));
        if (n == 0)
            return Error::make(ErrorCode::Corrupt, SafeFileText::tr("%1 is shorter than expected.").arg(nameForErrors));
        done += n;
    }
    return {};
}

Status syncFd(int fd, const QString &nameForErrors)
{
    if (::fsync(fd) != 0)
        return Error::make(ErrorCode::Io, SafeFileText::tr("Cannot flush %1 to disk: %2").arg(nameForErrors, errnoText(errno)));
    return {};
}

Status syncDirectory(const QString &path)
{
    Fd dir(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.isValid())
        return openError(errno, path);
    return syncFd(dir.get(), path);
}

} // namespace tafel::distribution
