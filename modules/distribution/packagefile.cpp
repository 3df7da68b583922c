#include "distribution/packagefile.h"

#include "crypto/sha256.h"
#include "distribution/logging.h"
#include "distribution/safefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <QtEndian>

#include <cstring>
#include <sys/stat.h>

namespace tafel::distribution {
namespace {

struct PackageFileText {
    Q_DECLARE_TR_FUNCTIONS(tafel::distribution::PackageFile)
};

struct SourceFile {
    QString relPath;
    QString absPath;
    qint64 size = 0;
    quint32 mode = 0;
};

// Depth-first, name-sorted walk. Refuses links and special files, naming them.
Status scan(const QString &root, const QString &rel, const Limits &limits, QList<SourceFile> &out, qint64 &total)
{
    const QDir dir(rel.isEmpty() ? root : root + QLatin1Char('/') + rel);
    const QStringList names = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : names) {
        const QString childRel = rel.isEmpty() ? name : rel + QLatin1Char('/') + name;
        const QString abs = dir.filePath(name);
        struct stat st { };
        if (::lstat(QFile::encodeName(abs).constData(), &st) != 0)
            return Error::make(ErrorCode::Io, PackageFileText::tr("Cannot read %1.").arg(abs));
        if (S_ISLNK(st.st_mode))
            return Error::make(ErrorCode::InvalidInput,
                PackageFileText::tr("%1 is a symbolic link; packages hold regular files only. Replace it with a copy of the file.").arg(abs));
        if (S_ISDIR(st.st_mode)) {
            if (Status s = scan(root, childRel, limits, out, total); !s)
                return s;
            continue;
        }
        if (!S_ISREG(st.st_mode))
            return Error::make(ErrorCode::InvalidInput,
                PackageFileText::tr("%1 is not a regular file (a device, socket or pipe); remove it from the folder.").arg(abs));
        if (Status s = checkPath(childRel, limits); !s)
            return s;
        if (out.size() >= limits.maxFiles)
            return Error::make(ErrorCode::InvalidInput, PackageFileText::tr("The folder has more than %1 files.").arg(limits.maxFiles));
        total += st.st_size;
        if (total > limits.maxPackageBytes)
            return Error::make(
                ErrorCode::InvalidInput, PackageFileText::tr("The folder holds more than %1 bytes, the package limit.").arg(limits.maxPackageBytes));
        out.append({ childRel, abs, qint64(st.st_size), quint32(st.st_mode & 0777) });
    }
    return {};
}

// Manifest skeleton: every file with its chunk size and zeroed hashes (the envelope has its final length).
Result<std::pair<Manifest, QList<SourceFile>>> prepare(const QString &dir, const QString &title, const QString &senderKeyId, const Limits &limits)
{
    const QFileInfo info(dir);
    if (!info.isDir())
        return Error::make(ErrorCode::NotFound, PackageFileText::tr("%1 is not a directory.").arg(dir));
    QList<SourceFile> sources;
    qint64 total = 0;
    if (Status s = scan(info.absoluteFilePath(), QString(), limits, sources, total); !s)
        return s.error();
    if (sources.isEmpty())
        return Error::make(ErrorCode::InvalidInput, PackageFileText::tr("%1 holds no files.").arg(dir));
    Manifest m;
    // A placeholder of the final id's length (hashFiles sets the content id), so the envelope's length is known.
    m.packageId = QStringLiteral("00000000-0000-8000-8000-000000000000");
    m.title = title.isEmpty() ? info.fileName() : title;
    m.title.truncate(limits.maxTitleLength);
    m.created = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    m.senderKeyId = senderKeyId;
    for (const SourceFile &s : sources) {
        FileEntry f;
        f.path = s.relPath;
        f.size = s.size;
        f.mode = s.mode;
        f.chunkSize = chunkSizeFor(s.size);
        f.chunks = QList<QByteArray>(chunkCountFor(s.size, f.chunkSize), QByteArray(kHashSize, '\0'));
        m.files.append(std::move(f));
    }
    return std::pair { std::move(m), std::move(sources) };
}

// Reads every file once, hashing each chunk into the manifest and handing the bytes to `sink` (may be empty).
Status hashFiles(Manifest &m, const QList<SourceFile> &sources, const ProgressFn &progress, const std::function<Status(QByteArrayView)> &sink)
{
    const qint64 total = m.totalBytes();
    qint64 done = 0;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        FileEntry &f = m.files[i];
        QFile file(sources.at(i).absPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Io, PackageFileText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        for (qsizetype c = 0; c < f.chunks.size(); ++c) {
            const qint64 want = std::min(f.chunkSize, f.size - c * f.chunkSize);
            const QByteArray data = file.read(want);
            if (data.size() != want)
                return Error::make(ErrorCode::Io,
                    PackageFileText::tr("%1 changed while the package was being made (it is shorter now); try again.").arg(file.fileName()));
            f.chunks[c] = crypto::Sha256::hash(data);
            if (sink) {
                if (Status s = sink(data); !s)
                    return s;
            }
            done += want;
            if (progress && !progress(done, total))
                return Error::make(ErrorCode::Cancelled, PackageFileText::tr("Cancelled."));
        }
        if (!file.atEnd() || file.size() != f.size)
            return Error::make(ErrorCode::Io, PackageFileText::tr("%1 changed while the package was being made; try again.").arg(file.fileName()));
    }
    m.rebuildIndex();
    m.packageId = contentPackageId(m);
    if (m.packageId.isEmpty())
        return Error::make(ErrorCode::Failed, PackageFileText::tr("Cannot compute the package id (SHA-256 failed)."));
    return {};
}

QByteArray header(quint32 envelopeLength)
{
    QByteArray h(kPackageHeaderSize, Qt::Uninitialized);
    std::memcpy(h.data(), kPackageMagic, 8);
    qToBigEndian(kPackageFormatVersion, h.data() + 8);
    qToBigEndian(envelopeLength, h.data() + 12);
    return h;
}

} // namespace

QString contentPackageId(const Manifest &manifest)
{
    // Canonical encoding: a domain tag, then every field as a big-endian 64-bit number or a length-prefixed UTF-8
    // string, in a fixed order; chunk hashes are 32 bytes each.
    crypto::Sha256 h;
    const auto number = [&h](quint64 v) {
        char be[8];
        qToBigEndian(v, be);
        h.addData(QByteArrayView(be, 8));
    };
    const auto text = [&h, &number](const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        number(quint64(utf8.size()));
        h.addData(utf8);
    };
    h.addData(QByteArrayView("tafel-package-id-v1", 20)); // with the terminating NUL
    text(manifest.senderKeyId);
    text(manifest.title);
    number(quint64(manifest.files.size()));
    for (const FileEntry &f : manifest.files) {
        text(f.path);
        number(quint64(f.size));
        number(f.mode);
        number(quint64(f.chunkSize));
        number(quint64(f.chunks.size()));
        for (const QByteArray &c : f.chunks) {
            number(quint64(c.size()));
            h.addData(c);
        }
    }
    QByteArray d = h.result();
    if (d.size() != kHashSize)
        return {};
    d.truncate(16);
    d[6] = char((quint8(d.at(6)) & 0x0f) | 0x80); // version 8 (custom)
    d[8] = char((quint8(d.at(8)) & 0x3f) | 0x80); // variant 10xx (RFC 9562)
    return QUuid::fromRfc4122(d).toString(QUuid::WithoutBraces);
}

Result<Manifest> buildManifest(const QString &dir, const QString &title, const QString &senderKeyId, const Limits &limits, const ProgressFn &progress)
{
    auto prepared = prepare(dir, title, senderKeyId, limits);
    if (!prepared)
        return prepared.error();
    auto &[m, sources] = prepared.value();
    if (Status s = hashFiles(m, sources, progress, {}); !s)
        return s.error();
    if (Status s = validateManifest(m, limits); !s)
        return s.error();
    return std::move(m);
}

Result<Manifest> createPackage(
    const QString &dir, const crypto::KeyPair &key, const QString &title, const QString &out, const Limits &limits, const ProgressFn &progress)
{
    if (key.isNull())
        return Error::make(ErrorCode::InvalidInput, PackageFileText::tr("No signing key."));
    auto prepared = prepare(dir, title, key.keyId(), limits);
    if (!prepared)
        return prepared.error();
    auto &[m, sources] = prepared.value();
    // One read pass: the envelope's length does not depend on the hash values, so a placeholder reserves its
    // place, the data is written while it is hashed, and the real envelope goes in at the end.
    auto placeholder = signManifest(m, key, limits);
    if (!placeholder)
        return placeholder.error();
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, PackageFileText::tr("Cannot write %1: %2").arg(out, file.errorString()));
    const auto write = [&file, &out](QByteArrayView data) -> Status {
        if (file.write(data.data(), data.size()) != data.size())
            return Error::make(ErrorCode::Io, PackageFileText::tr("Cannot write %1: %2").arg(out, file.errorString()));
        return {};
    };
    if (Status s = write(header(quint32(placeholder->size()))); !s)
        return s.error();
    if (Status s = write(*placeholder); !s)
        return s.error();
    if (Status s = hashFiles(m, sources, progress, write); !s)
        return s.error();
    auto envelope = signManifest(m, key, limits);
    if (!envelope)
        return envelope.error();
    if (envelope->size() != placeholder->size() || !file.seek(kPackageHeaderSize))
        return Error::make(ErrorCode::Failed, PackageFileText::tr("Internal error: the manifest changed its length while the package was written."));
    if (Status s = write(*envelope); !s)
        return s.error();
    if (!file.commit())
        return Error::make(ErrorCode::Io, PackageFileText::tr("Cannot write %1: %2").arg(out, file.errorString()));
    qCInfo(lcDistribution) << "package" << m.packageId << "written to" << out << m.files.size() << "files" << m.totalBytes() << "bytes";
    return std::move(m);
}

PackageReader::~PackageReader() = default;

Result<std::unique_ptr<PackageReader>> PackageReader::openFile(const QString &packageFile, const Limits &limits)
{
    auto file = std::make_unique<QFile>(packageFile);
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound, PackageFileText::tr("Cannot open %1: %2").arg(packageFile, file->errorString()));
    const QByteArray head = file->read(kPackageHeaderSize);
    if (head.size() != kPackageHeaderSize || std::memcmp(head.constData(), kPackageMagic, 8) != 0)
        return Error::make(ErrorCode::Corrupt, PackageFileText::tr("%1 is not a Tafel package file.").arg(packageFile));
    const quint32 version = qFromBigEndian<quint32>(head.constData() + 8);
    if (version != kPackageFormatVersion)
        return Error::make(ErrorCode::Incompatible,
            PackageFileText::tr("%1 uses package format %2; this Tafel reads format %3.").arg(packageFile).arg(version).arg(kPackageFormatVersion));
    const quint32 length = qFromBigEndian<quint32>(head.constData() + 12);
    if (qint64(length) > limits.maxEnvelopeBytes)
        return Error::make(ErrorCode::Corrupt, PackageFileText::tr("%1: the manifest is larger than the limit.").arg(packageFile));
    const QByteArray envelope = file->read(length);
    if (envelope.size() != qsizetype(length))
        return Error::make(ErrorCode::Corrupt, PackageFileText::tr("%1 is truncated.").arg(packageFile));
    auto manifest = openManifestSelfSigned(envelope, limits);
    if (!manifest)
        return Error::make(manifest.error().code, PackageFileText::tr("%1: %2").arg(packageFile, manifest.error().message));
    const qint64 expected = kPackageHeaderSize + length + manifest->totalBytes();
    if (file->size() != expected)
        return Error::make(ErrorCode::Corrupt,
            PackageFileText::tr("%1 has %2 bytes; its manifest needs %3 (truncated or appended to).")
                .arg(packageFile)
                .arg(file->size())
                .arg(expected));
    std::unique_ptr<PackageReader> r(new PackageReader);
    r->m_manifest = std::move(manifest.value());
    r->m_envelope = envelope;
    r->m_file = std::move(file);
    r->m_dataStart = kPackageHeaderSize + length;
    return r;
}

Result<std::unique_ptr<PackageReader>> PackageReader::openDirectory(const QByteArray &envelope, const QString &dir, const Limits &limits)
{
    auto manifest = openManifestSelfSigned(envelope, limits);
    if (!manifest)
        return manifest.error();
    const QString root = QFileInfo(dir).absoluteFilePath();
    for (const FileEntry &f : manifest->files) {
        auto fd = openInside(root, f.path, OpenMode::Read);
        if (!fd)
            return fd.error();
        struct stat st { };
        if (::fstat(fd->get(), &st) != 0 || st.st_size != f.size)
            return Error::make(ErrorCode::Corrupt,
                PackageFileText::tr("%1/%2 no longer has the size the manifest lists; make the package again.").arg(root, f.path));
    }
    std::unique_ptr<PackageReader> r(new PackageReader);
    r->m_manifest = std::move(manifest.value());
    r->m_envelope = envelope;
    r->m_dir = root;
    return r;
}

Result<std::unique_ptr<PackageReader>> PackageReader::signDirectory(const QString &dir, const crypto::KeyPair &key, const QString &title,
                                                                   const Limits &limits, const ProgressFn &progress)
{
    auto manifest = buildManifest(dir, title, key.keyId(), limits, progress);
    if (!manifest)
        return manifest.error();
    auto envelope = signManifest(*manifest, key, limits);
    if (!envelope)
        return envelope.error();
    return openDirectory(*envelope, dir, limits);
}

Result<QByteArray> PackageReader::readChunk(int index, bool verify)
{
    const ChunkRef ref = m_manifest.chunk(index);
    if (!ref.isValid())
        return Error::make(ErrorCode::InvalidInput, PackageFileText::tr("The package has no chunk %1.").arg(index));
    qint64 pos = m_dataStart + ref.dataOffset;
    if (!m_dir.isEmpty()) {
        if (m_openFile != ref.file) {
            m_file.reset();
            m_openFile = -1;
            auto fd = openInside(m_dir, m_manifest.files.at(ref.file).path, OpenMode::Read);
            if (!fd)
                return fd.error();
            auto file = std::make_unique<QFile>();
            if (!file->open(fd->get(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
                return Error::make(ErrorCode::Io, PackageFileText::tr("Cannot read %1.").arg(m_manifest.files.at(ref.file).path));
            fd->release();
            m_file = std::move(file);
            m_openFile = ref.file;
        }
        pos = ref.offset;
    }
    if (!m_file->seek(pos))
        return Error::make(ErrorCode::Io, PackageFileText::tr("Cannot read chunk %1: %2").arg(index).arg(m_file->errorString()));
    QByteArray data = m_file->read(ref.length);
    if (data.size() != ref.length)
        return Error::make(ErrorCode::Corrupt, PackageFileText::tr("Chunk %1 is truncated (%2).").arg(index).arg(m_manifest.files.at(ref.file).path));
    if (verify && crypto::Sha256::hash(data) != ref.sha256)
        return Error::make(ErrorCode::Corrupt,
            PackageFileText::tr("Chunk %1 (%2 at byte %3) does not match its SHA-256: the data changed after the package was made.")
                .arg(index)
                .arg(m_manifest.files.at(ref.file).path)
                .arg(ref.offset));
    return data;
}

Status PackageReader::verifyAll(const ProgressFn &progress)
{
    const qint64 total = m_manifest.totalBytes();
    qint64 done = 0;
    for (int i = 0, n = m_manifest.chunkCount(); i < n; ++i) {
        auto data = readChunk(i, true);
        if (!data)
            return data.error();
        done += data->size();
        if (progress && !progress(done, total))
            return Error::make(ErrorCode::Cancelled, PackageFileText::tr("Cancelled."));
    }
    return {};
}

} // namespace tafel::distribution
