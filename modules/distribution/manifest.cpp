#include "distribution/manifest.h"

#include "core/cborframe.h"
#include "crypto/sha256.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace tafel::distribution {
namespace {

struct ManifestText {
    Q_DECLARE_TR_FUNCTIONS(tafel::distribution::Manifest)
};

Error corrupt(const QString &detail)
{
    return Error::make(ErrorCode::Corrupt, ManifestText::tr("The package manifest is malformed: %1").arg(detail));
}

Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, message);
}

bool isKeyId(const QString &id)
{
    if (id.size() != 16)
        return false;
    return std::all_of(id.begin(), id.end(),
        [](QChar c) { return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')); });
}

// The key two paths collide under on a case-insensitive or normalising file system.
QString foldKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace

QByteArray signaturePayload(QByteArrayView manifestCbor)
{
    QByteArray payload("tafel-manifest-v1", 17);
    payload.append('\0');
    payload.append(manifestCbor);
    return payload;
}

qint64 chunkSizeFor(qint64 fileSize)
{
    qint64 size = kMinChunkSize;
    while (size < kMaxChunkSize && fileSize > size * 256)
        size *= 2;
    return size;
}

qint64 chunkCountFor(qint64 fileSize, qint64 chunkSize)
{
    if (fileSize <= 0 || chunkSize <= 0)
        return 0;
    return (fileSize + chunkSize - 1) / chunkSize;
}

qint64 Manifest::totalBytes() const
{
    qint64 total = 0;
    for (const FileEntry &f : files)
        total += f.size;
    return total;
}

int Manifest::chunkCount() const
{
    qint64 n = 0;
    for (const FileEntry &f : files)
        n += f.chunks.size();
    return int(n);
}

void Manifest::rebuildIndex()
{
    m_firstChunk.clear();
    m_dataOffset.clear();
    m_firstChunk.reserve(files.size() + 1);
    m_dataOffset.reserve(files.size() + 1);
    int chunk = 0;
    qint64 offset = 0;
    for (const FileEntry &f : files) {
        m_firstChunk.append(chunk);
        m_dataOffset.append(offset);
        chunk += int(f.chunks.size());
        offset += f.size;
    }
    m_firstChunk.append(chunk);
    m_dataOffset.append(offset);
}

int Manifest::firstChunk(int file) const
{
    if (file < 0 || file > files.size())
        return -1;
    if (m_firstChunk.size() == files.size() + 1)
        return m_firstChunk.at(file);
    int chunk = 0;
    for (int i = 0; i < file; ++i)
        chunk += int(files.at(i).chunks.size());
    return chunk;
}

ChunkRef Manifest::chunk(int globalIndex) const
{
    if (globalIndex < 0)
        return {};
    const bool indexed = m_firstChunk.size() == files.size() + 1;
    int file = 0;
    qint64 dataOffset = 0;
    if (indexed) {
        // The last file whose first chunk is <= globalIndex (empty files share their first index with the next).
        const auto it = std::upper_bound(m_firstChunk.cbegin(), m_firstChunk.cend() - 1, globalIndex);
        file = int(it - m_firstChunk.cbegin()) - 1;
        if (file < 0 || file >= files.size())
            return {};
        while (file < files.size() && globalIndex - m_firstChunk.at(file) >= files.at(file).chunks.size())
            ++file;
        if (file >= files.size())
            return {};
        dataOffset = m_dataOffset.at(file);
    } else {
        int first = 0;
        while (file < files.size() && globalIndex - first >= files.at(file).chunks.size()) {
            first += int(files.at(file).chunks.size());
            dataOffset += files.at(file).size;
            ++file;
        }
        if (file >= files.size())
            return {};
    }
    const FileEntry &f = files.at(file);
    const int local = globalIndex - firstChunk(file);
    ChunkRef ref;
    ref.file = file;
    ref.offset = qint64(local) * f.chunkSize;
    ref.length = std::min(f.chunkSize, f.size - ref.offset);
    ref.dataOffset = dataOffset + ref.offset;
    ref.sha256 = f.chunks.at(local);
    return ref;
}

QByteArray encodeManifest(const Manifest &manifest)
{
    QCborArray files;
    for (const FileEntry &f : manifest.files) {
        QCborMap m;
        m.insert(QStringLiteral("path"), f.path);
        m.insert(QStringLiteral("size"), f.size);
        m.insert(QStringLiteral("mode"), qint64(f.mode));
        m.insert(QStringLiteral("chunk"), f.chunkSize);
        QByteArray hashes;
        hashes.reserve(f.chunks.size() * kHashSize);
        for (const QByteArray &h : f.chunks)
            hashes += h;
        m.insert(QStringLiteral("sha256"), hashes);
        files.append(m);
    }
    QCborMap root;
    root.insert(QStringLiteral("id"), manifest.packageId);
    root.insert(QStringLiteral("title"), manifest.title);
    root.insert(QStringLiteral("created"), manifest.created.toMSecsSinceEpoch());
    root.insert(QStringLiteral("sender"), manifest.senderKeyId);
    root.insert(QStringLiteral("files"), files);
    return root.toCborValue().toCbor();
}

Status validateManifest(const Manifest &manifest, const Limits &limits)
{
    const QUuid uuid = QUuid::fromString(manifest.packageId);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != manifest.packageId)
        return invalid(ManifestText::tr("The package id \"%1\" is not a UUID.").arg(manifest.packageId.left(64)));
    if (manifest.title.size() > limits.maxTitleLength)
        return invalid(ManifestText::tr("The package title is longer than %1 characters.").arg(limits.maxTitleLength));
    for (const QChar c : manifest.title) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return invalid(ManifestText::tr("The package title contains a control character."));
    }
    if (!manifest.created.isValid())
        return invalid(ManifestText::tr("The package has no valid creation time."));
    if (!isKeyId(manifest.senderKeyId))
        return invalid(ManifestText::tr("The package's sender key id \"%1\" is not a key id (16 hex digits).").arg(manifest.senderKeyId.left(64)));
    if (manifest.files.isEmpty())
        return invalid(ManifestText::tr("The package has no files."));
    if (manifest.files.size() > limits.maxFiles)
        return invalid(ManifestText::tr("The package has %1 files; at most %2 are allowed.").arg(manifest.files.size()).arg(limits.maxFiles));

    qint64 total = 0;
    QSet<QString> filesSeen;
    QSet<QString> dirsSeen;
    filesSeen.reserve(manifest.files.size());
    for (const FileEntry &f : manifest.files) {
        if (Status st = checkPath(f.path, limits); !st)
            return st;
        if ((f.mode & 0170000) == 0120000)
            return invalid(ManifestText::tr("\"%1\" is a symbolic link; packages hold regular files only.").arg(f.path));
        if (f.mode > 0777)
            return invalid(ManifestText::tr("\"%1\" has mode %2: only permission bits (0..0777) of a regular file are allowed.")
                               .arg(f.path, QString::number(f.mode, 8)));
        if (f.size < 0 || f.size > limits.maxPackageBytes)
            return invalid(ManifestText::tr("\"%1\" has an impossible size (%2 bytes).").arg(f.path).arg(f.size));
        if (f.chunkSize != chunkSizeFor(f.size))
            return invalid(ManifestText::tr("\"%1\" has chunk size %2; a file of %3 bytes must use %4.")
                               .arg(f.path)
                               .arg(f.chunkSize)
                               .arg(f.size)
                               .arg(chunkSizeFor(f.size)));
        if (f.chunks.size() != chunkCountFor(f.size, f.chunkSize))
            return invalid(ManifestText::tr("\"%1\" lists %2 chunk hashes; its size %3 needs %4.")
                               .arg(f.path)
                               .arg(f.chunks.size())
                               .arg(f.size)
                               .arg(chunkCountFor(f.size, f.chunkSize)));
        for (const QByteArray &h : f.chunks) {
            if (h.size() != kHashSize)
                return invalid(ManifestText::tr("\"%1\" has a chunk hash that is not 32 bytes.").arg(f.path));
        }
        total += f.size;
        if (total > limits.maxPackageBytes)
            return invalid(ManifestText::tr("The package is larger than the limit of %1 bytes.").arg(limits.maxPackageBytes));

        const QString key = foldKey(f.path);
        if (filesSeen.contains(key))
            return invalid(ManifestText::tr("\"%1\" appears twice in the package (paths are compared ignoring case).").arg(f.path));
        if (dirsSeen.contains(key))
            return invalid(ManifestText::tr("\"%1\" is both a file and a directory in the package.").arg(f.path));
        filesSeen.insert(key);
        for (qsizetype slash = key.indexOf(QLatin1Char('/')); slash >= 0; slash = key.indexOf(QLatin1Char('/'), slash + 1)) {
            const QString dir = key.left(slash);
            if (filesSeen.contains(dir))
                return invalid(ManifestText::tr("\"%1\" is both a file and a directory in the package.").arg(f.path.left(slash)));
            dirsSeen.insert(dir);
        }
    }
    return {};
}

Result<QByteArray> signManifest(const Manifest &manifest, const crypto::KeyPair &key, const Limits &limits)
{
    if (key.isNull())
        return Error::make(ErrorCode::InvalidInput, ManifestText::tr("No signing key."));
    Manifest m = manifest;
    const QString keyId = key.keyId();
    if (m.senderKeyId.isEmpty())
        m.senderKeyId = keyId;
    if (m.senderKeyId != keyId)
        return invalid(ManifestText::tr("The manifest names sender key %1 but is being signed with key %2.").arg(m.senderKeyId, keyId));
    if (Status st = validateManifest(m, limits); !st)
        return st.error();
    const QByteArray body = encodeManifest(m);
    const QByteArray sig = key.sign(signaturePayload(body));
    if (sig.size() != 64)
        return Error::make(ErrorCode::Failed, ManifestText::tr("Signing the package manifest failed."));
    QCborMap env;
    env.insert(QStringLiteral("v"), kEnvelopeVersion);
    env.insert(QStringLiteral("manifest"), body);
    env.insert(QStringLiteral("key"), key.publicKey().raw());
    env.insert(QStringLiteral("sig"), sig);
    const QByteArray bytes = env.toCborValue().toCbor();
    if (bytes.size() > limits.maxEnvelopeBytes)
        return invalid(ManifestText::tr("The package manifest is %1 bytes; at most %2 are allowed (too many files?).")
                           .arg(bytes.size())
                           .arg(limits.maxEnvelopeBytes));
    return bytes;
}

Result<Envelope> decodeEnvelope(QByteArrayView envelope, const Limits &limits)
{
    if (envelope.size() > limits.maxEnvelopeBytes)
        return corrupt(ManifestText::tr("%1 bytes, more than the limit of %2").arg(envelope.size()).arg(limits.maxEnvelopeBytes));
    QString err;
    const auto map = cborframe::decodeMap(envelope, &err);
    if (!map)
        return corrupt(err);
    quint64 version = 0;
    if (!cborframe::readUnsigned(*map, QStringLiteral("v"), version))
        return corrupt(ManifestText::tr("no version"));
    if (version != quint64(kEnvelopeVersion))
        return Error::make(ErrorCode::Incompatible,
            ManifestText::tr("The package uses format version %1; this Tafel reads version %2. Update Tafel.").arg(version).arg(kEnvelopeVersion));
    const QCborValue body = map->value(QStringLiteral("manifest"));
    const QCborValue key = map->value(QStringLiteral("key"));
    const QCborValue sig = map->value(QStringLiteral("sig"));
    if (!body.isByteArray() || !key.isByteArray() || !sig.isByteArray())
        return corrupt(ManifestText::tr("the envelope needs 'manifest', 'key' and 'sig' byte strings"));
    auto pub = crypto::PublicKey::fromRaw(key.toByteArray());
    if (!pub)
        return corrupt(ManifestText::tr("the sender key is not an Ed25519 public key"));
    if (sig.toByteArray().size() != 64)
        return corrupt(ManifestText::tr("the signature is not 64 bytes"));
    Envelope e;
    e.version = int(version);
    e.manifest = body.toByteArray();
    e.key = std::move(pub.value());
    e.signature = sig.toByteArray();
    return e;
}

Result<Manifest> parseManifest(QByteArrayView manifestCbor, const Limits &limits)
{
    QString err;
    const auto map = cborframe::decodeMap(manifestCbor, &err);
    if (!map)
        return corrupt(err);
    Manifest m;
    const QCborValue id = map->value(QStringLiteral("id"));
    const QCborValue title = map->value(QStringLiteral("title"));
    const QCborValue created = map->value(QStringLiteral("created"));
    const QCborValue sender = map->value(QStringLiteral("sender"));
    const QCborValue files = map->value(QStringLiteral("files"));
    if (!id.isString() || !title.isString() || !created.isInteger() || !sender.isString() || !files.isArray())
        return corrupt(ManifestText::tr("it needs 'id', 'title', 'created', 'sender' and 'files'"));
    m.packageId = id.toString();
    m.title = title.toString();
    m.created = QDateTime::fromMSecsSinceEpoch(created.toInteger(), Qt::UTC);
    m.senderKeyId = sender.toString();
    const QCborArray list = files.toArray();
    if (list.size() > limits.maxFiles)
        return invalid(ManifestText::tr("The package has %1 files; at most %2 are allowed.").arg(list.size()).arg(limits.maxFiles));
    m.files.reserve(list.size());
    for (const QCborValue &v : list) {
        if (!v.isMap())
            return corrupt(ManifestText::tr("a file entry is not a map"));
        const QCborMap fm = v.toMap();
        FileEntry f;
        const QCborValue path = fm.value(QStringLiteral("path"));
        const QCborValue hashes = fm.value(QStringLiteral("sha256"));
        quint64 size = 0, mode = 0, chunk = 0;
        if (!path.isString() || !hashes.isByteArray())
            return corrupt(ManifestText::tr("a file entry needs 'path' and 'sha256'"));
        f.path = path.toString();
        // Negative sizes are not unsigned integers: they fail here, with the path named.
        if (!cborframe::readUnsigned(fm, QStringLiteral("size"), size) || size > quint64(limits.maxPackageBytes))
            return invalid(ManifestText::tr("\"%1\" has a missing, negative or impossible size.").arg(f.path.left(limits.maxPathLength)));
        if (!cborframe::readUnsigned(fm, QStringLiteral("mode"), mode) || mode > 0xffffffffu)
            return invalid(ManifestText::tr("\"%1\" has no valid mode.").arg(f.path.left(limits.maxPathLength)));
        if (!cborframe::readUnsigned(fm, QStringLiteral("chunk"), chunk) || chunk > quint64(kMaxChunkSize) * 2)
            return invalid(ManifestText::tr("\"%1\" has no valid chunk size.").arg(f.path.left(limits.maxPathLength)));
        f.size = qint64(size);
        f.mode = quint32(mode);
        f.chunkSize = qint64(chunk);
        const QByteArray all = hashes.toByteArray();
        if (all.size() % kHashSize != 0)
            return invalid(
                ManifestText::tr("\"%1\" has a chunk hash list that is not a multiple of 32 bytes.").arg(f.path.left(limits.maxPathLength)));
        f.chunks.reserve(all.size() / kHashSize);
        for (qsizetype off = 0; off < all.size(); off += kHashSize)
            f.chunks.append(all.mid(off, kHashSize));
        m.files.append(std::move(f));
    }
    if (Status st = validateManifest(m, limits); !st)
        return st.error();
    m.rebuildIndex();
    return m;
}

Result<Manifest> openVerified(const Envelope &e, const Limits &limits)
{
    if (!e.key.verify(signaturePayload(e.manifest), e.signature))
        return Error::make(ErrorCode::AuthFailed,
            ManifestText::tr("The package manifest's signature is not valid for key %1: the manifest was altered or not signed by that key.")
                .arg(e.key.keyId()));
    auto m = parseManifest(e.manifest, limits);
    if (!m)
        return m;
    if (m->senderKeyId != e.key.keyId())
        return Error::make(ErrorCode::AuthFailed,
            ManifestText::tr("The package manifest names sender key %1 but was signed with key %2.").arg(m->senderKeyId, e.key.keyId()));
    return m;
}

Result<Manifest> openManifest(QByteArrayView envelope, const TrustedKeys &trusted, const Limits &limits)
{
    auto e = decodeEnvelope(envelope, limits);
    if (!e)
        return e.error();
    if (!trusted.contains(e->key))
        return Error::make(ErrorCode::PermissionDenied,
            ManifestText::tr("The package is signed by key %1, which this device does not trust. Add the sender's key to its trusted keys.")
                .arg(e->key.keyId()));
    return openVerified(*e, limits);
}

Result<Manifest> openManifestSelfSigned(QByteArrayView envelope, const Limits &limits)
{
    auto e = decodeEnvelope(envelope, limits);
    if (!e)
        return e.error();
    return openVerified(*e, limits);
}

bool verifyChunk(const Manifest &manifest, int globalIndex, QByteArrayView data)
{
    const ChunkRef ref = manifest.chunk(globalIndex);
    return ref.isValid() && data.size() == ref.length && crypto::Sha256::hash(data) == ref.sha256;
}

} // namespace tafel::distribution
