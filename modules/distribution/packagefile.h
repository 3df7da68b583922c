#pragma once

// A lesson material package as ONE self-contained file (what `tafelctl package create` writes):
//
//   offset 0   8 bytes  magic "TAFELPKG"
//          8   4 bytes  format version, big-endian (1)
//         12   4 bytes  envelope length N, big-endian
//         16   N bytes  the signed envelope (manifest.h)
//     16 + N            the files' bytes concatenated in manifest order (no padding)
//
// so the bytes of global chunk i start at 16 + N + manifest.chunk(i).dataOffset.

#include "core/result.h"
#include "crypto/keys.h"
#include "distribution/manifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <functional>
#include <memory>

namespace tafel::distribution {

inline constexpr char kPackageMagic[] = "TAFELPKG"; // 8 bytes on disk, no terminator
inline constexpr quint32 kPackageFormatVersion = 1;
inline constexpr qint64 kPackageHeaderSize = 16;

// Progress of long operations (hashing, writing): bytes done of total. Return false to cancel.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

// The package id a folder's manifest gets, derived from its content: SHA-256 over a canonical encoding of the
// sender key id, the title and, per file, path, size, mode, chunk size and chunk hashes (not `created`), formatted
// as an RFC 9562 version-8 UUID (lowercase, no braces). So the same folder sent again with the same title and key
// has the same id, and receivers resume it. Empty if hashing failed.
QString contentPackageId(const Manifest &manifest);

// Walks `dir` (sorted, depth-first, '/'-separated relative paths) and hashes every file in chunks (streaming,
// constant memory). Symlinks, devices, sockets, FIFOs are refused with an error naming the path; empty
// directories are not part of a package. The manifest gets the content-derived package id (contentPackageId),
// `title` (default: the directory's name), the current UTC time and `senderKeyId`.
Result<Manifest> buildManifest(
    const QString &dir, const QString &title, const QString &senderKeyId, const Limits &limits = {}, const ProgressFn &progress = {});

// buildManifest + signManifest + writes the package file `out` atomically (QSaveFile: a failed or cancelled run
// leaves no file and keeps an existing one). Returns the manifest written (its id is contentPackageId too).
Result<Manifest> createPackage(const QString &dir, const crypto::KeyPair &key, const QString &title, const QString &out, const Limits &limits = {},
    const ProgressFn &progress = {});

// Read access to a package's chunks for a sender or relay: either a package file, or a signed envelope plus
// the directory the manifest was built from. Opening checks the envelope's own signature and every safety rule
// (not whether the key is trusted: receivers decide that), and that the data has the manifest's sizes.
// Not thread-safe: one reader per thread.
class PackageReader final {
    Q_DECLARE_TR_FUNCTIONS(tafel::distribution::PackageReader)
    Q_DISABLE_COPY_MOVE(PackageReader)
public:
    ~PackageReader();

    static Result<std::unique_ptr<PackageReader>> openFile(const QString &packageFile, const Limits &limits = {});
    static Result<std::unique_ptr<PackageReader>> openDirectory(const QByteArray &envelope, const QString &dir, const Limits &limits = {});
    // A folder sent as it is: buildManifest + signManifest with `key` + openDirectory.
    static Result<std::unique_ptr<PackageReader>> signDirectory(const QString &dir, const crypto::KeyPair &key, const QString &title,
                                                                const Limits &limits = {}, const ProgressFn &progress = {});

    const Manifest &manifest() const { return m_manifest; }
    const QByteArray &envelope() const { return m_envelope; }

    // The bytes of global chunk `index`. With `verify`, the SHA-256 is checked too (Corrupt on mismatch).
    Result<QByteArray> readChunk(int index, bool verify = false);

    // Reads and verifies every chunk; Corrupt naming the file on the first mismatch.
    Status verifyAll(const ProgressFn &progress = {});

private:
    PackageReader() = default;
    Manifest m_manifest;
    QByteArray m_envelope;
    QString m_dir; // directory mode
    std::unique_ptr<QFile> m_file; // package file mode, or the currently open file in directory mode
    int m_openFile = -1; // directory mode: which manifest file m_file holds
    qint64 m_dataStart = 0; // package file mode
};

} // namespace tafel::distribution
