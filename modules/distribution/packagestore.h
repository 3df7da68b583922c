#pragma once

// The receiver's material store.
//
//   <material>/<package-id>/              finished packages ONLY (appear by one atomic rename)
//   <material>/.manifests/<package-id>    the signed envelope of each finished package
//   <material>/.staging/<package-id>/     a package being received:
//       envelope                          the signed envelope (written by begin)
//       verified                          bitmap of verified chunks (bit i = global chunk i, LSB first)
//       files/<path>                      the files, preallocated to their size
//
// putChunk verifies a chunk's SHA-256 before writing it, writes the data, then sets its bit in `verified`, so a
// receiver restart resumes from the last verified chunk (when a staging package is first loaded after a
// restart, the chunks its bitmap claims are re-hashed and any that do not match are cleared). finish() fsyncs
// the files, sets their modes (0755 if the sender's mode has an executable bit, else 0644) and renames files/ to
// <material>/<package-id>.
//
// Every file is opened relative to the package directory, segment by segment with O_NOFOLLOW, so nothing is
// written outside it even if someone plants a symlink. Not thread-safe: one PackageStore per material
// directory, used from one thread.

#include "core/result.h"
#include "distribution/manifest.h"

#include <QBitArray>
#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace tafel::distribution {

struct Quota {
    qint64 maxPackageBytes = 8 * kGiB; // one package
    qint64 maxTotalBytes = 64 * kGiB; // finished + staging packages together
    qint64 reserveBytes = 512 * kMiB; // free space that must remain on the disk
};

struct PackageInfo {
    QString id;
    QString title;
    QDateTime created;
    QString senderKeyId;
    qint64 bytes = 0;
    int files = 0;
    bool complete = false;
    int chunks = 0;
    int verifiedChunks = 0; // == chunks when complete

    double verifiedFraction() const { return chunks == 0 ? (complete ? 1.0 : 0.0) : double(verifiedChunks) / chunks; }
};

class PackageStore final {
    Q_DECLARE_TR_FUNCTIONS(tafel::distribution::PackageStore)
    Q_DISABLE_COPY_MOVE(PackageStore)
public:
    explicit PackageStore(QString materialDir, Quota quota = {}, Limits limits = {});
    ~PackageStore();

    QString materialDir() const { return m_dir; }
    const Quota &quota() const { return m_quota; }

    // Starts (or resumes) receiving a package. `envelope` must be the bytes `manifest` was opened from
    // (openManifest: trust and safety already checked). Idempotent: for a package already staging it returns the
    // verified chunks; for a finished one, all bits set. A staging package offered with a different envelope is
    // resumed when the sender key id and the files (paths, sizes, modes, chunk sizes and hashes) are the same (the
    // new envelope replaces the stored one, e.g. the same folder signed again); otherwise AlreadyExists. Refuses
    // BEFORE writing anything when the package is larger than the per-package quota, would push the store over its
    // total quota (PermissionDenied, "quota exceeded"), or would leave less than reserveBytes free on the disk (Io,
    // "disk would be full").
    Result<QBitArray> begin(const QByteArray &envelope, const Manifest &manifest);

    // Verified chunks of a staging or finished package; NotFound otherwise.
    Result<QBitArray> have(const QString &packageId);

    // Verifies `data` against the manifest (Corrupt on mismatch: nothing is written or marked) and stores it.
    // A chunk already verified is accepted and ignored. Io on write errors (disk full named as such).
    Status putChunk(const QString &packageId, int index, QByteArrayView data);

    // A verified chunk's bytes (staging or finished), for relaying. NotFound when not (yet) verified.
    Result<QByteArray> readChunk(const QString &packageId, int index);

    // All chunks verified: fsync, set modes, rename into <material>/<package-id>. Failed (naming the missing
    // count) when chunks are missing. Finishing a finished package is ok.
    Status finish(const QString &packageId);

    bool isComplete(const QString &packageId) const;
    // The signed envelope / manifest of a staging or finished package (for relays and listings).
    Result<QByteArray> envelope(const QString &packageId);
    Result<Manifest> manifest(const QString &packageId);

    // Finished packages and in-progress ones, sorted by created then id.
    QList<PackageInfo> list();

    // Deletes a finished or staging package (NotFound when there is none).
    Status remove(const QString &packageId);
    // Deletes a staging package only (NotFound when none; a finished package is kept).
    Status abort(const QString &packageId);

    // Bytes the store's packages take (finished + staging, by manifest size).
    qint64 usedBytes();

private:
    struct Staging;
    Staging *staging(const QString &packageId, Status *error);
    QString finishedPath(const QString &packageId) const;
    QString stagingPath(const QString &packageId) const;
    QString manifestPath(const QString &packageId) const;

    QString m_dir;
    Quota m_quota;
    Limits m_limits;
    QHash<QString, std::shared_ptr<Staging>> m_staging; // loaded staging packages
    QHash<QString, Manifest> m_finished; // manifests of finished packages read so far
};

} // namespace tafel::distribution
