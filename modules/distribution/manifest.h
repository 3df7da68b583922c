#pragma once

// Lesson material packages: the signed manifest.
//
// A manifest lists every file of a package (relative '/'-separated path, size, permission bits, chunk size and
// the SHA-256 of every chunk). It is encoded as one CBOR map in a fixed key order (encodeManifest) and signed
// with the sender's Ed25519 key; what travels and what is stored is the envelope
//
//   { "v": 1, "manifest": bytes (the CBOR manifest), "key": bytes (32-byte Ed25519 public key), "sig": bytes (64) }
//
// The signature covers "tafel-manifest-v1\0" followed by the manifest bytes. A receiver calls openManifest(),
// which checks the key against its trusted keys and the signature BEFORE decoding the manifest, then runs every
// safety check (paths, sizes, limits). Chunks are addressed by one flat index over the whole package: file
// order, then chunk order within the file (Manifest::chunk()).
//
// Chunk size rule (chunkSizeFor): the smallest power of two from 1 MiB to 16 MiB that splits the file into at
// most 256 chunks, so files up to 256 MiB use 1 MiB chunks, up to 512 MiB 2 MiB, up to 1 GiB 4 MiB, up to
// 2 GiB 8 MiB, anything larger 16 MiB. A manifest whose chunk size differs from the rule is rejected.

#include "core/result.h"
#include "crypto/keys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tafel::distribution {

inline constexpr qint64 kMiB = qint64(1) << 20;
inline constexpr qint64 kGiB = qint64(1) << 30;
inline constexpr qint64 kMinChunkSize = 1 * kMiB;
inline constexpr qint64 kMaxChunkSize = 16 * kMiB;
inline constexpr int kHashSize = 32; // SHA-256
inline constexpr int kEnvelopeVersion = 1;

// The chunk size of a file of `fileSize` bytes (see the rule above).
qint64 chunkSizeFor(qint64 fileSize);
// Number of chunks of a file: ceil(size / chunkSize); 0 for an empty file.
qint64 chunkCountFor(qint64 fileSize, qint64 chunkSize);

struct FileEntry {
    QString path; // relative, '/'-separated, NFC as given by the sender; checked by checkPath()
    qint64 size = 0;
    quint32 mode = 0644; // permission bits only (0..07777); the type is always "regular file"
    qint64 chunkSize = kMinChunkSize;
    QList<QByteArray> chunks; // raw 32-byte SHA-256 of every chunk, in order

    qint64 chunkCount() const { return chunks.size(); }
};

// One chunk of a package, addressed by its global index.
struct ChunkRef {
    int file = -1; // index into Manifest::files
    qint64 offset = 0; // byte offset inside that file
    qint64 length = 0; // bytes in this chunk (the last chunk of a file may be shorter)
    qint64 dataOffset = 0; // byte offset in the package's concatenated file data (all files in manifest order)
    QByteArray sha256; // expected raw SHA-256

    bool isValid() const { return file >= 0; }
};

struct Manifest {
    QString packageId; // UUID without braces ("3f1c...-...")
    QString title;
    QDateTime created; // UTC, millisecond precision
    QString senderKeyId; // crypto::PublicKey::keyId() of the signing key
    QList<FileEntry> files;

    qint64 totalBytes() const;
    int chunkCount() const;
    // The chunk at `globalIndex` (0 .. chunkCount()-1); an invalid ChunkRef when out of range.
    ChunkRef chunk(int globalIndex) const;
    // The global index of the first chunk of `file`.
    int firstChunk(int file) const;

    // Recomputes the lookup table chunk()/firstChunk() use; parseManifest and buildManifest call it. After
    // editing `files` by hand call it again (chunk() falls back to a linear scan while the table is stale).
    void rebuildIndex();

private:
    QList<int> m_firstChunk; // files.size() + 1 entries when current
    QList<qint64> m_dataOffset;
};

struct Limits {
    int maxFiles = 10000;
    qint64 maxPackageBytes = 8 * kGiB;
    int maxPathLength = 1024; // UTF-8 bytes of the whole relative path
    int maxSegmentLength = 255; // UTF-8 bytes of one path segment (file systems' NAME_MAX)
    int maxDepth = 64; // path segments
    int maxTitleLength = 200; // characters
    qint64 maxEnvelopeBytes = 16 * kMiB;
};

// The decoded envelope, before any trust decision.
struct Envelope {
    int version = 0;
    QByteArray manifest; // CBOR bytes as signed
    crypto::PublicKey key;
    QByteArray signature;
};

using TrustedKeys = QList<crypto::PublicKey>;

// Canonical CBOR of `manifest` (fixed key order: the same manifest always gives the same bytes).
QByteArray encodeManifest(const Manifest &manifest);

// Runs every safety check on a manifest (paths, modes, sizes, chunk lists, limits). InvalidInput naming the
// offending path on failure.
Status validateManifest(const Manifest &manifest, const Limits &limits = {});

// Checks one relative path (see the safety rules in the README: no absolute paths, drive letters,
// backslashes, '.', '..' or empty segments, control characters, Windows device names, trailing dots/spaces,
// length limits). InvalidInput with a message naming the path and the rule.
Status checkPath(const QString &path, const Limits &limits = {});

// The bytes the Ed25519 signature covers: "tafel-manifest-v1\0" + the manifest CBOR.
QByteArray signaturePayload(QByteArrayView manifestCbor);

// Validates the manifest and signs it with `key`; the envelope bytes. The manifest's senderKeyId must be empty
// or equal to key.keyId() (it is filled in when empty).
Result<QByteArray> signManifest(const Manifest &manifest, const crypto::KeyPair &key, const Limits &limits = {});

// Decodes the envelope's CBOR (no signature or trust check). Corrupt / Incompatible on failure.
Result<Envelope> decodeEnvelope(QByteArrayView envelope, const Limits &limits = {});

// Decodes manifest CBOR and runs validateManifest. No signature check: for tests, the fuzz harness and
// already-verified bytes (a receiver's own staged envelope).
Result<Manifest> parseManifest(QByteArrayView manifestCbor, const Limits &limits = {});

// The receiver's entry point: decodes the envelope, refuses a key that is not in `trusted` (PermissionDenied),
// verifies the signature (AuthFailed), then parses and validates the manifest and checks that its sender key id
// is the signing key's.
Result<Manifest> openManifest(QByteArrayView envelope, const TrustedKeys &trusted, const Limits &limits = {});

// For an envelope already decoded (and its key already judged by the caller): verifies the signature, then parses
// and validates the manifest and checks its sender key id, as openManifest does.
Result<Manifest> openVerified(const Envelope &envelope, const Limits &limits = {});

// Like openManifest, but accepts whatever key signed the envelope (the signature must still be valid): for the
// sender's own package file and `tafelctl package show`.
Result<Manifest> openManifestSelfSigned(QByteArrayView envelope, const Limits &limits = {});

// True when `data` is exactly the chunk `globalIndex` of `manifest` (length and SHA-256).
bool verifyChunk(const Manifest &manifest, int globalIndex, QByteArrayView data);

} // namespace tafel::distribution
