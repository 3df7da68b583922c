#include "distribution/packagestore.h"

#include "crypto/sha256.h"
#include "distribution/logging.h"
#include "distribution/safefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tafel::distribution {
namespace {

const QString kStaging = QStringLiteral(".staging");
const QString kManifests = QStringLiteral(".manifests");
const QString kEnvelopeFile = QStringLiteral("envelope");
const QString kBitmapFile = QStringLiteral("verified");
const QString kFilesDir = QStringLiteral("files");

bool isPackageId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(kMiB), 'f', 1) + QStringLiteral(" MiB");
}

// Reserves the file's blocks so a full disk shows up now, not halfway through the transfer. fallocate (not
// posix_fallocate, which would write zeros on file systems without support) with ftruncate as the fallback.
Status preallocate(int fd, qint64 size, const QString &name)
{
    if (size == 0)
        return {};
#ifdef Q_OS_LINUX
    if (::fallocate(fd, 0, 0, off_t(size)) == 0)
        return {};
    if (errno == ENOSPC || errno == EDQUOT)
        return Error::make(ErrorCode::Io,
            QCoreApplication::translate("tafel::distribution::PackageStore", "The disk is full: cannot reserve %1 for %2.")
                .arg(megabytes(size), name));
#endif
    if (::ftruncate(fd, off_t(size)) != 0)
        return Error::make(ErrorCode::Io,
            QCoreApplication::translate("tafel::distribution::PackageStore", "Cannot create %1: %2")
                .arg(name, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

Result<QByteArray> readWhole(const QString &root, const QString &rel, qint64 maxSize)
{
    auto fd = openInside(root, rel, OpenMode::Read);
    if (!fd)
        return fd.error();
    struct stat st { };
    if (::fstat(fd->get(), &st) != 0 || st.st_size > maxSize)
        return Error::make(
            ErrorCode::Corrupt, QCoreApplication::translate("tafel::distribution::PackageStore", "%1/%2 is too large.").arg(root, rel));
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    if (Status s = readAll(fd->get(), data.data(), data.size(), 0, rel); !s)
        return s.error();
    return data;
}

// Writes a small file completely and durably: <rel>.tmp, fsync, rename.
Status writeDurable(const QString &root, const QString &rel, const QByteArray &data)
{
    const QString tmp = rel + QStringLiteral(".tmp");
    {
        auto fd = openInside(root, tmp, OpenMode::Create, 0600);
        if (!fd)
            return fd.error();
        if (::ftruncate(fd->get(), 0) != 0)
            return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::distribution::PackageStore", "Cannot write %1.").arg(tmp));
        if (Status s = writeAll(fd->get(), data, 0, tmp); !s)
            return s;
        if (Status s = syncFd(fd->get(), tmp); !s)
            return s;
    }
    if (::rename(QFile::encodeName(root + QLatin1Char('/') + tmp).constData(), QFile::encodeName(root + QLatin1Char('/') + rel).constData()) != 0)
        return Error::make(ErrorCode::Io,
            QCoreApplication::translate("tafel::distribution::PackageStore", "Cannot rename %1: %2")
                .arg(tmp, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

// Only the executable bit travels: received files are 0755 or 0644, never writable by others (a sender's 0777)
// and never unreadable for the people who open the material (a sender's 0600).
mode_t receivedMode(quint32 senderMode)
{
    return (senderMode & 0111) ? 0755 : 0644;
}

// The nearest existing directory at or above `path` (QStorageInfo needs one).
QString existingAncestor(QString path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.isRoot()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

// The same sender and the same files, chunk for chunk (title and created may differ): a re-signed envelope of a
// package being received, e.g. the same folder sent again after the sender was interrupted.
bool sameContent(const Manifest &a, const Manifest &b)
{
    if (a.senderKeyId != b.senderKeyId || a.files.size() != b.files.size())
        return false;
    for (qsizetype i = 0; i < a.files.size(); ++i) {
        const FileEntry &x = a.files.at(i);
        const FileEntry &y = b.files.at(i);
        if (x.path != y.path || x.size != y.size || x.mode != y.mode || x.chunkSize != y.chunkSize || x.chunks != y.chunks)
            return false;
    }
    return true;
}

} // namespace

struct PackageStore::Staging {
    QString id;
    QByteArray envelope;
    Manifest manifest;
    QBitArray verified;
    int verifiedCount = 0;
    Fd bitmap;
    int openFile = -1;
    Fd file;
};

PackageStore::PackageStore(QString materialDir, Quota quota, Limits limits)
    : m_dir(QFileInfo(materialDir).absoluteFilePath())
    , m_quota(quota)
    , m_limits(limits)
{
}

PackageStore::~PackageStore() = default;

QString PackageStore::finishedPath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id;
}

QString PackageStore::stagingPath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + kStaging + QLatin1Char('/') + id;
}

QString PackageStore::manifestPath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + kManifests + QLatin1Char('/') + id;
}

bool PackageStore::isComplete(const QString &id) const
{
    if (!isPackageId(id))
        return false;
    const QFileInfo dir(finishedPath(id));
    return dir.isDir() && !dir.isSymLink() && QFileInfo(manifestPath(id)).isFile();
}

PackageStore::Staging *PackageStore::staging(const QString &id, Status *error)
{
    if (auto it = m_staging.constFind(id); it != m_staging.cend())
        return it->get();
    const QString rel = kStaging + QLatin1Char('/') + id + QLatin1Char('/');
    auto envelope = readWhole(m_dir, rel + kEnvelopeFile, m_limits.maxEnvelopeBytes);
    if (!envelope) {
        if (envelope.error().code != ErrorCode::NotFound) {
            *error = envelope.error();
        } else {
            *error = Error::make(ErrorCode::NotFound, tr("No package %1 is being received.").arg(id));
            // A staging directory without an envelope is what an interrupted begin() leaves: clear it.
            if (QFileInfo(stagingPath(id)).isDir())
                QDir(stagingPath(id)).removeRecursively();
        }
        return nullptr;
    }
    auto manifest = openManifestSelfSigned(*envelope, m_limits);
    if (!manifest || manifest->packageId != id) {
        qCWarning(lcDistribution) << "discarding staging package" << id << "with an unreadable envelope";
        QDir(stagingPath(id)).removeRecursively();
        *error = Error::make(ErrorCode::NotFound, tr("No package %1 is being received.").arg(id));
        return nullptr;
    }
    auto s = std::make_shared<Staging>();
    s->id = id;
    s->envelope = *envelope;
    s->manifest = std::move(manifest.value());
    const int n = s->manifest.chunkCount();
    auto bitmap = openInside(m_dir, rel + kBitmapFile, OpenMode::Create, 0600);
    if (!bitmap) {
        *error = bitmap.error();
        return nullptr;
    }
    s->bitmap = std::move(bitmap.value());
    QByteArray bits((n + 7) / 8, '\0');
    struct stat st { };
    if (::fstat(s->bitmap.get(), &st) == 0 && st.st_size == bits.size())
        (void)readAll(s->bitmap.get(), bits.data(), bits.size(), 0, kBitmapFile);
    s->verified = QBitArray::fromBits(bits.constData(), n);
    // Re-hash what the bitmap claims: after a crash or power loss it may be ahead of the data on disk.
    bool changed = st.st_size != bits.size();
    for (int i = 0; i < n; ++i) {
        if (!s->verified.testBit(i))
            continue;
        const ChunkRef ref = s->manifest.chunk(i);
        QByteArray data(qsizetype(ref.length), Qt::Uninitialized);
        auto fd = openInside(m_dir, rel + kFilesDir + QLatin1Char('/') + s->manifest.files.at(ref.file).path, OpenMode::Read);
        if (!fd || !readAll(fd->get(), data.data(), data.size(), ref.offset, QString()) || crypto::Sha256::hash(data) != ref.sha256) {
            s->verified.clearBit(i);
            changed = true;
        }
    }
    s->verifiedCount = int(s->verified.count(true));
    if (changed) {
        const QBitArray &v = s->verified;
        if (Status w = writeAll(s->bitmap.get(), QByteArrayView(v.bits(), (n + 7) / 8), 0, kBitmapFile); !w) {
            *error = w.error();
            return nullptr;
        }
        (void)::ftruncate(s->bitmap.get(), (n + 7) / 8);
    }
    if (s->verifiedCount > 0)
        qCInfo(lcDistribution) << "resuming package" << id << s->verifiedCount << "of" << n << "chunks verified";
    Staging *raw = s.get();
    m_staging.insert(id, std::move(s));
    return raw;
}

qint64 PackageStore::usedBytes()
{
    qint64 used = 0;
    for (const PackageInfo &p : list())
        used += p.bytes;
    return used;
}

Result<QBitArray> PackageStore::begin(const QByteArray &envelope, const Manifest &manifest)
{
    const QString id = manifest.packageId;
    if (Status s = validateManifest(manifest, m_limits); !s)
        return s.error();
    // The envelope is what is stored and relayed: it must hold exactly this manifest.
    auto decoded = decodeEnvelope(envelope, m_limits);
    if (!decoded || decoded->manifest != encodeManifest(manifest))
        return Error::make(ErrorCode::InvalidInput, tr("The envelope of package %1 does not hold its manifest.").arg(id));
    const int n = manifest.chunkCount();
    if (isComplete(id))
        return QBitArray(n, true);
    if (QFileInfo(stagingPath(id)).exists()) {
        Status err;
        if (Staging *s = staging(id, &err)) {
            if (s->envelope == envelope)
                return s->verified;
            if (!sameContent(s->manifest, manifest))
                return Error::make(ErrorCode::AlreadyExists, tr("A different package with the id %1 is already being received.").arg(id));
            // The same files in a newly signed envelope (a rerun of the same folder has a new `created`): store the
            // new envelope (temporary file + rename: a crash leaves the old or the new one) and keep what is verified.
            if (Status w = writeDurable(m_dir, kStaging + QLatin1Char('/') + id + QLatin1Char('/') + kEnvelopeFile, envelope); !w)
                return w.error();
            s->envelope = envelope;
            s->manifest = manifest;
            s->manifest.rebuildIndex();
            qCInfo(lcDistribution) << "package" << id << "re-offered with a new envelope;" << s->verifiedCount << "of" << n << "chunks already verified";
            return s->verified;
        }
        if (err.error().code != ErrorCode::NotFound)
            return err.error();
    }

    // Quotas and free space, before anything is written.
    const qint64 size = manifest.totalBytes();
    if (size > m_quota.maxPackageBytes)
        return Error::make(ErrorCode::PermissionDenied,
            tr("Quota exceeded: the package \"%1\" has %2; this device accepts at most %3 per package.")
                .arg(manifest.title, megabytes(size), megabytes(m_quota.maxPackageBytes)));
    const qint64 used = usedBytes();
    if (used + size > m_quota.maxTotalBytes)
        return Error::make(ErrorCode::PermissionDenied,
            tr("Quota exceeded: the package \"%1\" (%2) does not fit; the material store holds %3 of at most %4. Delete old packages first.")
                .arg(manifest.title, megabytes(size), megabytes(used), megabytes(m_quota.maxTotalBytes)));
    const QStorageInfo storage(existingAncestor(m_dir));
    const qint64 available = storage.bytesAvailable();
    if (storage.isValid() && available - size < m_quota.reserveBytes)
        return Error::make(ErrorCode::Io,
            tr("The disk would be full: the package \"%1\" needs %2, %3 is free and %4 must stay free.")
                .arg(manifest.title, megabytes(size), megabytes(available), megabytes(m_quota.reserveBytes)));

    if (!QDir().mkpath(m_dir + QLatin1Char('/') + kStaging))
        return Error::make(ErrorCode::Io, tr("Cannot create the material directory %1.").arg(m_dir));
    const QString rel = kStaging + QLatin1Char('/') + id + QLatin1Char('/');
    const auto fail = [this, &id](const Error &e) -> Result<QBitArray> {
        QDir(stagingPath(id)).removeRecursively();
        return e;
    };
    for (const FileEntry &f : manifest.files) {
        auto fd = openInside(m_dir, rel + kFilesDir + QLatin1Char('/') + f.path, OpenMode::Create, 0600);
        if (!fd)
            return fail(fd.error());
        if (Status s = preallocate(fd->get(), f.size, f.path); !s)
            return fail(s.error());
    }
    {
        auto bitmap = openInside(m_dir, rel + kBitmapFile, OpenMode::Create, 0600);
        if (!bitmap)
            return fail(bitmap.error());
        if (Status s = writeAll(bitmap->get(), QByteArray((n + 7) / 8, '\0'), 0, kBitmapFile); !s)
            return fail(s.error());
    }
    // The envelope last: its presence marks a complete staging directory.
    if (Status s = writeDurable(m_dir, rel + kEnvelopeFile, envelope); !s)
        return fail(s.error());
    Status err;
    Staging *s = staging(id, &err);
    if (!s)
        return fail(err.error());
    qCInfo(lcDistribution) << "receiving package" << id << manifest.title << size << "bytes" << n << "chunks";
    return s->verified;
}

Result<QBitArray> PackageStore::have(const QString &id)
{
    if (!isPackageId(id))
        return Error::make(ErrorCode::InvalidInput, tr("\"%1\" is not a package id.").arg(id.left(64)));
    if (isComplete(id)) {
        auto m = manifest(id);
        if (!m)
            return m.error();
        return QBitArray(m->chunkCount(), true);
    }
    Status err;
    if (Staging *s = staging(id, &err))
        return s->verified;
    return err.error();
}

Status PackageStore::putChunk(const QString &id, int index, QByteArrayView data)
{
    if (!isPackageId(id))
        return Error::make(ErrorCode::InvalidInput, tr("\"%1\" is not a package id.").arg(id.left(64)));
    if (isComplete(id))
        return {};
    Status err;
    Staging *s = staging(id, &err);
    if (!s)
        return err;
    const ChunkRef ref = s->manifest.chunk(index);
    if (!ref.isValid())
        return Error::make(ErrorCode::InvalidInput, tr("Package %1 has no chunk %2.").arg(id).arg(index));
    if (s->verified.testBit(index))
        return {};
    const QString &path = s->manifest.files.at(ref.file).path;
    if (data.size() != ref.length || crypto::Sha256::hash(data) != ref.sha256)
        return Error::make(
            ErrorCode::Corrupt, tr("Chunk %1 of package %2 (%3) does not match its SHA-256; it was discarded.").arg(index).arg(id, path));
    if (s->openFile != ref.file) {
        s->file = Fd();
        s->openFile = -1;
        auto fd = openInside(m_dir, kStaging + QLatin1Char('/') + id + QLatin1Char('/') + kFilesDir + QLatin1Char('/') + path, OpenMode::ReadWrite);
        if (!fd)
            return fd.error();
        s->file = std::move(fd.value());
        s->openFile = ref.file;
    }
    if (Status w = writeAll(s->file.get(), data, ref.offset, path); !w)
        return w;
#ifdef __linux__
    // Start writing the chunk back now (asynchronously), so finish()'s fsync does not find the whole package
    // dirty in the page cache and stall the end of a transfer for seconds.
    (void)::sync_file_range(s->file.get(), off_t(ref.offset), off_t(ref.length), SYNC_FILE_RANGE_WRITE);
#endif
    // The bit only after the data: a crash between the two loses the chunk, never marks a missing one.
    s->verified.setBit(index);
    ++s->verifiedCount;
    const int byte = index / 8;
    if (Status w = writeAll(s->bitmap.get(), QByteArrayView(s->verified.bits() + byte, 1), byte, kBitmapFile); !w) {
        s->verified.clearBit(index);
        --s->verifiedCount;
        return w;
    }
    return {};
}

Result<QByteArray> PackageStore::readChunk(const QString &id, int index)
{
    if (!isPackageId(id))
        return Error::make(ErrorCode::InvalidInput, tr("\"%1\" is not a package id.").arg(id.left(64)));
    const bool complete = isComplete(id);
    Manifest m;
    QString rel;
    if (complete) {
        auto mf = manifest(id);
        if (!mf)
            return mf.error();
        m = std::move(mf.value());
        rel = id + QLatin1Char('/');
    } else {
        Status err;
        Staging *s = staging(id, &err);
        if (!s)
            return err.error();
        if (index >= 0 && index < s->verified.size() && !s->verified.testBit(index))
            return Error::make(ErrorCode::NotFound, tr("Chunk %1 of package %2 has not been received yet.").arg(index).arg(id));
        m = s->manifest;
        rel = kStaging + QLatin1Char('/') + id + QLatin1Char('/') + kFilesDir + QLatin1Char('/');
    }
    const ChunkRef ref = m.chunk(index);
    if (!ref.isValid())
        return Error::make(ErrorCode::InvalidInput, tr("Package %1 has no chunk %2.").arg(id).arg(index));
    auto fd = openInside(m_dir, rel + m.files.at(ref.file).path, OpenMode::Read);
    if (!fd)
        return fd.error();
    QByteArray data(qsizetype(ref.length), Qt::Uninitialized);
    if (Status r = readAll(fd->get(), data.data(), data.size(), ref.offset, m.files.at(ref.file).path); !r)
        return r.error();
    if (crypto::Sha256::hash(data) != ref.sha256)
        return Error::make(ErrorCode::Corrupt, tr("Chunk %1 of package %2 changed on disk (%3).").arg(index).arg(id, m.files.at(ref.file).path));
    return data;
}

Status PackageStore::finish(const QString &id)
{
    if (!isPackageId(id))
        return Error::make(ErrorCode::InvalidInput, tr("\"%1\" is not a package id.").arg(id.left(64)));
    if (isComplete(id)) {
        m_staging.remove(id);
        if (QFileInfo(stagingPath(id)).exists())
            QDir(stagingPath(id)).removeRecursively();
        return {};
    }
    Status err;
    Staging *s = staging(id, &err);
    if (!s)
        return err;
    const int n = s->manifest.chunkCount();
    if (s->verifiedCount != n)
        return Error::make(
            ErrorCode::Failed, tr("Package %1 is not complete: %2 of %3 chunks are missing.").arg(id).arg(n - s->verifiedCount).arg(n));

    const QString filesRel = kStaging + QLatin1Char('/') + id + QLatin1Char('/') + kFilesDir;
    QSet<QString> dirs { m_dir + QLatin1Char('/') + filesRel };
    for (const FileEntry &f : s->manifest.files) {
        auto fd = openInside(m_dir, filesRel + QLatin1Char('/') + f.path, OpenMode::ReadWrite);
        if (!fd)
            return fd.error();
        if (::fchmod(fd->get(), receivedMode(f.mode)) != 0)
            return Error::make(ErrorCode::Io, tr("Cannot set the mode of %1.").arg(f.path));
        if (Status st = syncFd(fd->get(), f.path); !st)
            return st;
        const qsizetype slash = f.path.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            dirs.insert(m_dir + QLatin1Char('/') + filesRel + QLatin1Char('/') + f.path.left(slash));
    }
    for (const QString &d : std::as_const(dirs)) {
        if (Status st = syncDirectory(d); !st)
            return st;
    }
    s->file = Fd();
    s->openFile = -1;
    if (!QDir().mkpath(m_dir + QLatin1Char('/') + kManifests))
        return Error::make(ErrorCode::Io, tr("Cannot create %1.").arg(m_dir + QLatin1Char('/') + kManifests));
    if (Status st = writeDurable(m_dir, kManifests + QLatin1Char('/') + id, s->envelope); !st)
        return st;
    const QString target = finishedPath(id);
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return Error::make(ErrorCode::AlreadyExists, tr("%1 already exists and is not a finished package; remove it.").arg(target));
    if (::rename(QFile::encodeName(m_dir + QLatin1Char('/') + filesRel).constData(), QFile::encodeName(target).constData()) != 0)
        return Error::make(ErrorCode::Io, tr("Cannot move package %1 into place: %2").arg(id, QString::fromLocal8Bit(std::strerror(errno))));
    (void)syncDirectory(m_dir);
    m_staging.remove(id);
    QDir(stagingPath(id)).removeRecursively();
    qCInfo(lcDistribution) << "package" << id << "complete";
    return {};
}

Result<QByteArray> PackageStore::envelope(const QString &id)
{
    if (!isPackageId(id))
        return Error::make(ErrorCode::InvalidInput, tr("\"%1\" is not a package id.").arg(id.left(64)));
    if (isComplete(id))
        return readWhole(m_dir, kManifests + QLatin1Char('/') + id, m_limits.maxEnvelopeBytes);
    Status err;
    if (Staging *s = staging(id, &err))
        return s->envelope;
    return err.error();
}

Result<Manifest> PackageStore::manifest(const QString &id)
{
    if (!isComplete(id)) {
        Status err;
        if (Staging *s = staging(id, &err))
            return s->manifest;
        return err.error();
    }
    if (auto it = m_finished.constFind(id); it != m_finished.cend())
        return *it;
    auto env = envelope(id);
    if (!env)
        return env.error();
    auto m = openManifestSelfSigned(*env, m_limits);
    if (m)
        m_finished.insert(id, *m);
    return m;
}

QList<PackageInfo> PackageStore::list()
{
    QList<PackageInfo> out;
    const auto add = [&out](const Manifest &m, bool complete, int verified) {
        PackageInfo p;
        p.id = m.packageId;
        p.title = m.title;
        p.created = m.created;
        p.senderKeyId = m.senderKeyId;
        p.bytes = m.totalBytes();
        p.files = int(m.files.size());
        p.complete = complete;
        p.chunks = m.chunkCount();
        p.verifiedChunks = verified;
        out.append(p);
    };
    const QStringList finished = QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &id : finished) {
        if (!isComplete(id))
            continue;
        auto m = manifest(id);
        if (!m) {
            qCWarning(lcDistribution) << "package" << id << "has an unreadable manifest:" << m.errorString();
            continue;
        }
        add(*m, true, m->chunkCount());
        if (QFileInfo(stagingPath(id)).exists()) { // left over by an interrupted finish()
            m_staging.remove(id);
            QDir(stagingPath(id)).removeRecursively();
        }
    }
    const QStringList staged = QDir(m_dir + QLatin1Char('/') + kStaging).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &id : staged) {
        if (!isPackageId(id) || isComplete(id))
            continue;
        Status err;
        if (Staging *s = staging(id, &err))
            add(s->manifest, false, s->verifiedCount);
    }
    std::sort(out.begin(), out.end(),
        [](const PackageInfo &a, const PackageInfo &b) { return a.created != b.created ? a.created < b.created : a.id < b.id; });
    return out;
}

Status PackageStore::abort(const QString &id)
{
    if (!isPackageId(id))
        return Error::make(ErrorCode::InvalidInput, tr("\"%1\" is not a package id.").arg(id.left(64)));
    m_staging.remove(id);
    const QString path = stagingPath(id);
    if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
        return Error::make(ErrorCode::NotFound, tr("No package %1 is being received.").arg(id));
    if (!QDir(path).removeRecursively())
        return Error::make(ErrorCode::Io, tr("Cannot delete %1 completely.").arg(path));
    return {};
}

Status PackageStore::remove(const QString &id)
{
    if (!isPackageId(id))
        return Error::make(ErrorCode::InvalidInput, tr("\"%1\" is not a package id.").arg(id.left(64)));
    bool found = false;
    m_finished.remove(id);
    if (QFileInfo(stagingPath(id)).isDir()) {
        if (Status s = abort(id); !s)
            return s;
        found = true;
    }
    const QString dir = finishedPath(id);
    if (QFileInfo(dir).isDir() && !QFileInfo(dir).isSymLink()) {
        // Out of sight in one rename, then deleted.
        const QString trash = m_dir + QLatin1Char('/') + kStaging + QStringLiteral("/.trash-") + id;
        QDir().mkpath(m_dir + QLatin1Char('/') + kStaging);
        QDir(trash).removeRecursively();
        if (::rename(QFile::encodeName(dir).constData(), QFile::encodeName(trash).constData()) != 0)
            return Error::make(ErrorCode::Io, tr("Cannot delete package %1: %2").arg(id, QString::fromLocal8Bit(std::strerror(errno))));
        QDir(trash).removeRecursively();
        found = true;
    }
    if (QFileInfo::exists(manifestPath(id))) {
        QFile::remove(manifestPath(id));
        found = true;
    }
    if (!found)
        return Error::make(ErrorCode::NotFound, tr("There is no package %1.").arg(id));
    qCInfo(lcDistribution) << "package" << id << "removed";
    return {};
}

} // namespace tafel::distribution
