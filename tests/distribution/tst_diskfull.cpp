// The receiver store on a really full disk: a small tmpfs mounted in a private mount namespace of this test
// process (needs root or CAP_SYS_ADMIN; skipped otherwise). The early free-space check and the ENOSPC path of
// the preallocation both give a clear "full" error and leave no partial package visible.
#include "crypto/keys.h"
#include "distribution/packagefile.h"
#include "distribution/packagestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>

using namespace tafel;
using namespace tafel::distribution;

class DiskFullTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedBeforeWriting();
    void fullDuringPreallocation();
    void fitsWhenThereIsRoom();

private:
    QString material() const { return m_mount.filePath(QStringLiteral("material")); }
    QTemporaryDir m_src;
    QTemporaryDir m_mount;
    bool m_mounted = false;
    QByteArray m_envelope;
    Manifest m_manifest;
    QList<QByteArray> m_chunks;
};

void DiskFullTest::initTestCase()
{
    QVERIFY(m_src.isValid() && m_mount.isValid());
    // 12 MiB of material for an 8 MiB disk.
    QFile big(m_src.filePath(QStringLiteral("pkg/video.mp4")));
    QDir().mkpath(m_src.filePath(QStringLiteral("pkg")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(12 * kMiB));
    big.close();
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    const QString out = m_src.filePath(QStringLiteral("pkg.tafelpkg"));
    QVERIFY(createPackage(m_src.filePath(QStringLiteral("pkg")), *key, QString(), out));
    auto reader = PackageReader::openFile(out);
    QVERIFY(reader);
    m_envelope = (*reader)->envelope();
    m_manifest = (*reader)->manifest();

    if (::unshare(CLONE_NEWNS) != 0)
        QSKIP("needs root (CAP_SYS_ADMIN) for a private mount namespace");
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        QSKIP("cannot make the mount namespace private");
    if (::mount("tafeltest", QFile::encodeName(m_mount.path()).constData(), "tmpfs", 0, "size=8m,mode=0700") != 0)
        QSKIP("cannot mount a tmpfs");
    m_mounted = true;
}

void DiskFullTest::cleanupTestCase()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_mount.path()).constData(), MNT_DETACH);
}

void DiskFullTest::refusedBeforeWriting()
{
    PackageStore store(material(), Quota {});
    auto r = store.begin(m_envelope, m_manifest);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QVERIFY2(r.errorString().contains(QLatin1String("disk would be full")), qPrintable(r.errorString()));
    QVERIFY(!QFileInfo::exists(material()));
}

void DiskFullTest::fullDuringPreallocation()
{
    // A store configured to over-commit (negative reserve) passes the early check; the disk then really fills
    // while the files are preallocated.
    Quota overcommit;
    overcommit.reserveBytes = -qint64(1) << 40;
    PackageStore store(material(), overcommit);
    auto r = store.begin(m_envelope, m_manifest);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QVERIFY2(r.errorString().contains(QLatin1String("disk is full")), qPrintable(r.errorString()));
    QVERIFY(!QFileInfo::exists(material() + QLatin1Char('/') + m_manifest.packageId));
    QVERIFY(!QFileInfo::exists(material() + QStringLiteral("/.staging/") + m_manifest.packageId));
    QVERIFY(store.list().isEmpty());
    QVERIFY(QDir(material()).removeRecursively());
}

void DiskFullTest::fitsWhenThereIsRoom()
{
    // The same disk takes a package that fits (proves the tmpfs itself works).
    QTemporaryDir src;
    QFile small(src.filePath(QStringLiteral("a.bin")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    QVERIFY(small.write(QByteArray(3 * kMiB, 'a')) == 3 * kMiB);
    small.close();
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    auto m = buildManifest(src.path(), QString(), key->keyId());
    QVERIFY(m);
    auto env = signManifest(*m, *key);
    QVERIFY(env);
    Quota quota;
    quota.reserveBytes = kMiB;
    PackageStore store(material(), quota);
    QVERIFY(store.begin(*env, *m));
    auto reader = PackageReader::openDirectory(*env, src.path());
    QVERIFY(reader);
    for (int i = 0; i < m->chunkCount(); ++i)
        QVERIFY(store.putChunk(m->packageId, i, *(*reader)->readChunk(i)));
    QVERIFY(store.finish(m->packageId));
    QCOMPARE(QFileInfo(material() + QLatin1Char('/') + m->packageId + QStringLiteral("/a.bin")).size(), 3 * kMiB);
}

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_diskfull.moc"
