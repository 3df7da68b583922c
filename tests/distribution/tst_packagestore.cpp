// The receiver's material store (modules/distribution/packagestore.h) on real files: staging, chunk
// verification, resume after re-opening the store (a receiver restart), atomic finish, quotas, removal, and
// that nothing is written through a planted symlink.
#include "crypto/keys.h"
#include "distribution/packagefile.h"
#include "distribution/packagestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tafel;
using namespace tafel::distribution;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray pattern(qint64 size, int seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}

// Everything under `dir` (relative paths), to prove what is and is not visible.
QStringList tree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

struct Package {
    QByteArray envelope;
    Manifest manifest;
    QList<QByteArray> chunks;
};

} // namespace

class PackageStoreTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void receiveAndFinish();
    void beginIsIdempotent();
    void resumesAfterRestart();
    void bitmapAheadOfDataIsRechecked();
    void tamperedChunkIsRejected();
    void quotaExceeded();
    void diskWouldBeFull();
    void removeAndAbort();
    void refusesBadIds();
    void neverWritesThroughSymlinks();
    void interruptedBeginIsCleanedUp();
    void differentEnvelopeSameId();
    void resignedEnvelopeKeepsTheBitmap();
    void onlyEmptyFiles();

private:
    QString material() const { return m_work->filePath(QStringLiteral("material")); }
    Package make(const QString &name, const QHash<QString, QByteArray> &files, const QHash<QString, int> &modes = {});
    Status putAll(PackageStore &store, const Package &p, int from = 0, int to = -1);

    QTemporaryDir m_root;
    std::unique_ptr<QTemporaryDir> m_work;
    crypto::KeyPair m_key;
    Package m_pkg;
    int m_seq = 0;
};

Package PackageStoreTest::make(const QString &name, const QHash<QString, QByteArray> &files, const QHash<QString, int> &modes)
{
    const QString src = m_root.filePath(name + QString::number(++m_seq));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFile(src + QLatin1Char('/') + it.key(), it.value());
    for (auto it = modes.cbegin(); it != modes.cend(); ++it)
        ::chmod(QFile::encodeName(src + QLatin1Char('/') + it.key()).constData(), mode_t(it.value()));
    const QString out = src + QStringLiteral(".tafelpkg");
    Package p;
    auto made = createPackage(src, m_key, name, out);
    if (!made) {
        qWarning() << made.errorString();
        return p;
    }
    auto reader = PackageReader::openFile(out);
    if (!reader)
        return p;
    p.envelope = (*reader)->envelope();
    p.manifest = (*reader)->manifest();
    for (int i = 0; i < p.manifest.chunkCount(); ++i)
        p.chunks.append(*(*reader)->readChunk(i));
    return p;
}

Status PackageStoreTest::putAll(PackageStore &store, const Package &p, int from, int to)
{
    if (to < 0)
        to = int(p.chunks.size());
    for (int i = from; i < to; ++i) {
        if (Status s = store.putChunk(p.manifest.packageId, i, p.chunks.at(i)); !s)
            return s;
    }
    return {};
}

void PackageStoreTest::initTestCase()
{
    QVERIFY(m_root.isValid());
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    m_key = std::move(key.value());
    m_pkg = make(QStringLiteral("Stunde"),
        { { QStringLiteral("a.txt"), QByteArray("hello") }, { QStringLiteral("docs/video.mp4"), pattern(3 * kMiB + 17, 1) },
            { QStringLiteral("docs/empty"), QByteArray() }, { QStringLiteral("z/b.bin"), pattern(kMiB, 2) } },
        { { QStringLiteral("a.txt"), 0600 }, { QStringLiteral("z/b.bin"), 0777 } });
    QCOMPARE(m_pkg.chunks.size(), 6); // 1 + 4 + 0 + 1
}

void PackageStoreTest::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

void PackageStoreTest::receiveAndFinish()
{
    PackageStore store(material());
    const QString id = m_pkg.manifest.packageId;
    auto bits = store.begin(m_pkg.envelope, m_pkg.manifest);
    QVERIFY2(bits, qPrintable(bits.errorString()));
    QCOMPARE(bits->size(), 6);
    QCOMPARE(bits->count(true), 0);
    QVERIFY(putAll(store, m_pkg, 0, 5));
    QCOMPARE(store.have(id)->count(true), 5);
    // Nothing is visible in <material>/<id> before finish, and finish refuses while a chunk is missing.
    QVERIFY(!QFileInfo::exists(material() + QLatin1Char('/') + id));
    const Status early = store.finish(id);
    QVERIFY(!early);
    QVERIFY2(early.errorString().contains(QLatin1String("1 of 6 chunks are missing")), qPrintable(early.errorString()));
    QVERIFY(!QFileInfo::exists(material() + QLatin1Char('/') + id));
    QCOMPARE(store.list().size(), 1);
    QVERIFY(!store.list().at(0).complete);
    QCOMPARE(store.list().at(0).verifiedChunks, 5);
    // Relaying from staging: verified chunks only.
    QCOMPARE(*store.readChunk(id, 2), m_pkg.chunks.at(2));
    QCOMPARE(store.readChunk(id, 5).error().code, ErrorCode::NotFound);

    QVERIFY(store.putChunk(id, 5, m_pkg.chunks.at(5)));
    QVERIFY(store.putChunk(id, 5, m_pkg.chunks.at(5))); // a duplicate is harmless
    const Status done = store.finish(id);
    QVERIFY2(done, qPrintable(done.errorString()));
    const QString pkgDir = material() + QLatin1Char('/') + id;
    QCOMPARE(tree(pkgDir),
        (QStringList { QStringLiteral("a.txt"), QStringLiteral("docs"), QStringLiteral("docs/empty"), QStringLiteral("docs/video.mp4"),
            QStringLiteral("z"), QStringLiteral("z/b.bin") }));
    QCOMPARE(readFile(pkgDir + QStringLiteral("/a.txt")), QByteArray("hello"));
    QCOMPARE(readFile(pkgDir + QStringLiteral("/docs/video.mp4")), pattern(3 * kMiB + 17, 1));
    QCOMPARE(readFile(pkgDir + QStringLiteral("/z/b.bin")), pattern(kMiB, 2));
    QCOMPARE(QFileInfo(pkgDir + QStringLiteral("/docs/empty")).size(), 0);
    struct stat st { };
    QCOMPARE(::stat(QFile::encodeName(pkgDir + QStringLiteral("/a.txt")).constData(), &st), 0);
    // Only the executable bit travels: 0600 arrives as 0644, 0777 as 0755.
    QCOMPARE(m_pkg.manifest.files.at(0).mode, 0600u);
    QCOMPARE(st.st_mode & 0777, 0644u);
    QCOMPARE(::stat(QFile::encodeName(pkgDir + QStringLiteral("/z/b.bin")).constData(), &st), 0);
    QCOMPARE(m_pkg.manifest.files.at(3).mode, 0777u);
    QCOMPARE(st.st_mode & 0777, 0755u);
    QVERIFY(!QFileInfo::exists(material() + QStringLiteral("/.staging/") + id));

    QVERIFY(store.isComplete(id));
    QVERIFY(store.finish(id)); // again: ok
    QCOMPARE(store.have(id)->count(true), 6);
    QCOMPARE(*store.readChunk(id, 3), m_pkg.chunks.at(3));
    QCOMPARE(*store.envelope(id), m_pkg.envelope);
    const QList<PackageInfo> list = store.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).id, id);
    QCOMPARE(list.at(0).title, QStringLiteral("Stunde"));
    QCOMPARE(list.at(0).files, 4);
    QCOMPARE(list.at(0).bytes, m_pkg.manifest.totalBytes());
    QCOMPARE(list.at(0).senderKeyId, m_key.keyId());
    QVERIFY(list.at(0).complete);
    QCOMPARE(list.at(0).verifiedFraction(), 1.0);
    // A fresh store (agent restart) sees the finished package; begin for it reports everything present.
    PackageStore again(material());
    QCOMPARE(again.list().size(), 1);
    QCOMPARE(again.begin(m_pkg.envelope, m_pkg.manifest)->count(true), 6);
}

void PackageStoreTest::beginIsIdempotent()
{
    PackageStore store(material());
    QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
    QVERIFY(putAll(store, m_pkg, 0, 2));
    auto bits = store.begin(m_pkg.envelope, m_pkg.manifest);
    QVERIFY(bits);
    QCOMPARE(bits->count(true), 2);
    QVERIFY(bits->testBit(0) && bits->testBit(1) && !bits->testBit(2));
}

void PackageStoreTest::resumesAfterRestart()
{
    const QString id = m_pkg.manifest.packageId;
    {
        PackageStore store(material());
        QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
        QVERIFY(putAll(store, m_pkg, 0, 1));
        QVERIFY(store.putChunk(id, 3, m_pkg.chunks.at(3)));
    } // the receiver process ends here
    PackageStore store(material());
    auto bits = store.have(id);
    QVERIFY2(bits, qPrintable(bits.errorString()));
    QCOMPARE(bits->count(true), 2);
    QVERIFY(bits->testBit(0) && bits->testBit(3));
    QCOMPARE(store.begin(m_pkg.envelope, m_pkg.manifest)->count(true), 2);
    for (int i = 0; i < m_pkg.chunks.size(); ++i) {
        if (!bits->testBit(i))
            QVERIFY(store.putChunk(id, i, m_pkg.chunks.at(i)));
    }
    QVERIFY(store.finish(id));
    QCOMPARE(readFile(material() + QLatin1Char('/') + id + QStringLiteral("/docs/video.mp4")), pattern(3 * kMiB + 17, 1));
}

void PackageStoreTest::bitmapAheadOfDataIsRechecked()
{
    const QString id = m_pkg.manifest.packageId;
    {
        PackageStore store(material());
        QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
        QVERIFY(store.putChunk(id, 1, m_pkg.chunks.at(1)));
    }
    // A power loss can persist the bitmap but not the data: claim chunks 2 and 4 as well.
    QFile bitmap(material() + QStringLiteral("/.staging/") + id + QStringLiteral("/verified"));
    QVERIFY(bitmap.open(QIODevice::ReadWrite));
    QCOMPARE(bitmap.readAll(), QByteArray(1, char(0x02)));
    bitmap.seek(0);
    bitmap.write(QByteArray(1, char(0x02 | 0x04 | 0x10)));
    bitmap.close();
    PackageStore store(material());
    auto bits = store.have(id);
    QVERIFY(bits);
    QCOMPARE(bits->count(true), 1);
    QVERIFY(bits->testBit(1));
    QVERIFY(!store.finish(id));
}

void PackageStoreTest::tamperedChunkIsRejected()
{
    PackageStore store(material());
    const QString id = m_pkg.manifest.packageId;
    QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
    QByteArray bad = m_pkg.chunks.at(2);
    bad[12345] = char(bad[12345] ^ 0x01);
    Status st = store.putChunk(id, 2, bad);
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::Corrupt);
    QVERIFY2(st.errorString().contains(QLatin1String("SHA-256")) && st.errorString().contains(QLatin1String("docs/video.mp4")),
        qPrintable(st.errorString()));
    QCOMPARE(store.have(id)->count(true), 0);
    st = store.putChunk(id, 2, m_pkg.chunks.at(2).left(100)); // wrong length
    QVERIFY(!st);
    st = store.putChunk(id, 1, m_pkg.chunks.at(2)); // right data, wrong index
    QVERIFY(!st);
    QCOMPARE(store.putChunk(id, 6, m_pkg.chunks.at(0)).error().code, ErrorCode::InvalidInput);
    QCOMPARE(store.putChunk(id, -1, m_pkg.chunks.at(0)).error().code, ErrorCode::InvalidInput);
    QCOMPARE(store.have(id)->count(true), 0);
    // The real chunk is then accepted (re-fetched).
    QVERIFY(store.putChunk(id, 2, m_pkg.chunks.at(2)));
    QCOMPARE(store.have(id)->count(true), 1);
    QCOMPARE(store.readChunk(id, 2).value(), m_pkg.chunks.at(2));
}

void PackageStoreTest::quotaExceeded()
{
    Quota perPackage;
    perPackage.maxPackageBytes = 2 * kMiB;
    PackageStore small(material(), perPackage);
    auto r = small.begin(m_pkg.envelope, m_pkg.manifest);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(r.errorString().contains(QLatin1String("Quota exceeded")), qPrintable(r.errorString()));
    QVERIFY(!QFileInfo::exists(material())); // nothing created

    // The total quota counts finished and staging packages.
    Quota total;
    total.maxTotalBytes = m_pkg.manifest.totalBytes() + kMiB;
    PackageStore store(material(), total);
    QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
    QVERIFY(putAll(store, m_pkg));
    QVERIFY(store.finish(m_pkg.manifest.packageId));
    const Package second = make(QStringLiteral("Zweite"), { { QStringLiteral("big.bin"), pattern(2 * kMiB, 3) } });
    QVERIFY(!second.envelope.isEmpty());
    r = store.begin(second.envelope, second.manifest);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(r.errorString().contains(QLatin1String("Delete old packages")), qPrintable(r.errorString()));
    QVERIFY(!QFileInfo::exists(material() + QStringLiteral("/.staging/") + second.manifest.packageId));
    QCOMPARE(store.list().size(), 1);
    // After removing the first one it fits.
    QVERIFY(store.remove(m_pkg.manifest.packageId));
    QVERIFY(store.begin(second.envelope, second.manifest));
}

void PackageStoreTest::diskWouldBeFull()
{
    Quota quota;
    quota.reserveBytes = qint64(1) << 60; // more than any disk has free
    PackageStore store(material(), quota);
    auto r = store.begin(m_pkg.envelope, m_pkg.manifest);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Io);
    QVERIFY2(r.errorString().contains(QLatin1String("disk would be full")), qPrintable(r.errorString()));
    QVERIFY(!QFileInfo::exists(material()));
}

void PackageStoreTest::removeAndAbort()
{
    PackageStore store(material());
    const QString id = m_pkg.manifest.packageId;
    QCOMPARE(store.remove(id).error().code, ErrorCode::NotFound);
    QCOMPARE(store.abort(id).error().code, ErrorCode::NotFound);
    QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
    QVERIFY(putAll(store, m_pkg, 0, 3));
    QVERIFY(store.abort(id));
    QVERIFY(!QFileInfo::exists(material() + QStringLiteral("/.staging/") + id));
    QCOMPARE(store.have(id).error().code, ErrorCode::NotFound);
    QVERIFY(store.list().isEmpty());
    // Begin again starts from zero.
    QCOMPARE(store.begin(m_pkg.envelope, m_pkg.manifest)->count(true), 0);
    QVERIFY(putAll(store, m_pkg));
    QVERIFY(store.finish(id));
    QCOMPARE(store.abort(id).error().code, ErrorCode::NotFound); // abort keeps finished packages
    QVERIFY(store.isComplete(id));
    QVERIFY(store.remove(id));
    QVERIFY(!store.isComplete(id));
    QCOMPARE(tree(material()), (QStringList { QStringLiteral(".manifests"), QStringLiteral(".staging") }));
    QVERIFY(store.list().isEmpty());
    // A staging package can be removed too.
    QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
    QVERIFY(store.remove(id));
    QVERIFY(store.list().isEmpty());
}

void PackageStoreTest::refusesBadIds()
{
    PackageStore store(material());
    for (const QString &id :
        { QStringLiteral("../etc"), QStringLiteral(".staging"), QString(), QStringLiteral("{6f1c4b8e-0000-4000-8000-000000000000}") }) {
        QCOMPARE(store.have(id).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.putChunk(id, 0, "x").error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.remove(id).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.finish(id).error().code, ErrorCode::InvalidInput);
    }
}

void PackageStoreTest::neverWritesThroughSymlinks()
{
    PackageStore store(material());
    const QString id = m_pkg.manifest.packageId;
    QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
    // Someone replaces the staging directory "docs" with a link to a directory outside the store.
    const QString outside = m_work->filePath(QStringLiteral("outside"));
    QDir().mkpath(outside);
    writeFile(outside + QStringLiteral("/video.mp4"), "precious");
    const QString docs = material() + QStringLiteral("/.staging/") + id + QStringLiteral("/files/docs");
    QVERIFY(QDir(docs).removeRecursively());
    QVERIFY(QFile::link(outside, docs));
    const Status st = store.putChunk(id, 1, m_pkg.chunks.at(1));
    QVERIFY(!st);
    QVERIFY2(st.errorString().contains(QLatin1String("symbolic link")), qPrintable(st.errorString()));
    QCOMPARE(readFile(outside + QStringLiteral("/video.mp4")), QByteArray("precious"));
    QCOMPARE(store.have(id)->count(true), 0);
    // A link as the file itself.
    const QString a = material() + QStringLiteral("/.staging/") + id + QStringLiteral("/files/a.txt");
    QVERIFY(QFile::remove(a));
    QVERIFY(QFile::link(outside + QStringLiteral("/video.mp4"), a));
    QVERIFY(!store.putChunk(id, 0, m_pkg.chunks.at(0)));
    QCOMPARE(readFile(outside + QStringLiteral("/video.mp4")), QByteArray("precious"));
}

void PackageStoreTest::interruptedBeginIsCleanedUp()
{
    const QString id = m_pkg.manifest.packageId;
    // What a crash during begin() leaves: files, no envelope.
    writeFile(material() + QStringLiteral("/.staging/") + id + QStringLiteral("/files/a.txt"), "junk");
    PackageStore store(material());
    QCOMPARE(store.have(id).error().code, ErrorCode::NotFound);
    QVERIFY(store.list().isEmpty());
    auto bits = store.begin(m_pkg.envelope, m_pkg.manifest);
    QVERIFY2(bits, qPrintable(bits.errorString()));
    QCOMPARE(bits->count(true), 0);
    QVERIFY(putAll(store, m_pkg));
    QVERIFY(store.finish(id));
    QCOMPARE(readFile(material() + QLatin1Char('/') + id + QStringLiteral("/a.txt")), QByteArray("hello"));
}

void PackageStoreTest::differentEnvelopeSameId()
{
    PackageStore store(material());
    QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
    QVERIFY(store.putChunk(m_pkg.manifest.packageId, 0, m_pkg.chunks.at(0)));
    // Other files under the same id: one chunk hash, a mode, a path, a file more, another sender key.
    const auto refused = [this, &store](const Manifest &other, const crypto::KeyPair &key) {
        auto env = signManifest(other, key);
        QVERIFY(env);
        auto r = store.begin(*env, other);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(*store.envelope(m_pkg.manifest.packageId), m_pkg.envelope); // the stored one is kept
    };
    Manifest other = m_pkg.manifest;
    other.files[2].chunks[2][0] = char(other.files[2].chunks[2][0] ^ 0x01); // docs/video.mp4
    refused(other, m_key);
    other = m_pkg.manifest;
    other.files[0].mode = 0644;
    refused(other, m_key);
    other = m_pkg.manifest;
    other.files[0].path = QStringLiteral("a2.txt");
    refused(other, m_key);
    other = m_pkg.manifest;
    other.files.append(other.files.at(1)); // docs/empty
    other.files.last().path = QStringLiteral("docs/empty2");
    other.rebuildIndex();
    refused(other, m_key);
    auto stranger = crypto::KeyPair::generate();
    QVERIFY(stranger);
    other = m_pkg.manifest;
    other.senderKeyId = stranger->keyId();
    refused(other, *stranger);
    QCOMPARE(store.have(m_pkg.manifest.packageId)->count(true), 1);
    // An envelope that does not hold the manifest it is given with.
    const Package second = make(QStringLiteral("Zweite"), { { QStringLiteral("x.txt"), QByteArray("x") } });
    auto r = store.begin(m_pkg.envelope, second.manifest);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY(!QFileInfo::exists(material() + QStringLiteral("/.staging/") + second.manifest.packageId));
}

void PackageStoreTest::resignedEnvelopeKeepsTheBitmap()
{
    // The same folder sent again after the sender was killed: same content id, a new `created`, so a new envelope.
    const QString id = m_pkg.manifest.packageId;
    {
        PackageStore store(material());
        QVERIFY(store.begin(m_pkg.envelope, m_pkg.manifest));
        QVERIFY(putAll(store, m_pkg, 0, 2));
        QVERIFY(store.putChunk(id, 4, m_pkg.chunks.at(4)));
    }
    Manifest again = m_pkg.manifest;
    again.created = m_pkg.manifest.created.addSecs(90);
    auto env = signManifest(again, m_key);
    QVERIFY(env);
    QVERIFY(*env != m_pkg.envelope);
    PackageStore store(material()); // and the receiver restarted in between
    auto bits = store.begin(*env, again);
    QVERIFY2(bits, qPrintable(bits.errorString()));
    QCOMPARE(bits->count(true), 3);
    QVERIFY(bits->testBit(0) && bits->testBit(1) && bits->testBit(4));
    // The new envelope is what the store now holds and relays, also after another restart.
    QCOMPARE(*store.envelope(id), *env);
    QCOMPARE(store.manifest(id)->created, again.created);
    QCOMPARE(readFile(material() + QStringLiteral("/.staging/") + id + QStringLiteral("/envelope")), *env);
    QVERIFY(!QFileInfo::exists(material() + QStringLiteral("/.staging/") + id + QStringLiteral("/envelope.tmp")));
    QCOMPARE(store.begin(*env, again)->count(true), 3); // idempotent with the new one
    QCOMPARE(store.begin(m_pkg.envelope, m_pkg.manifest)->count(true), 3); // and the old one is accepted again
    QCOMPARE(*store.envelope(id), m_pkg.envelope);
    QVERIFY(store.begin(*env, again));
    {
        PackageStore restarted(material());
        QCOMPARE(*restarted.envelope(id), *env);
        QCOMPARE(restarted.have(id)->count(true), 3);
    }
    // The rest arrives under the new envelope; the finished package keeps it.
    QVERIFY(putAll(store, m_pkg, 2, 4));
    QVERIFY(putAll(store, m_pkg, 5));
    QVERIFY(store.finish(id));
    QCOMPARE(*store.envelope(id), *env);
    QCOMPARE(readFile(material() + QLatin1Char('/') + id + QStringLiteral("/docs/video.mp4")), pattern(3 * kMiB + 17, 1));
    QCOMPARE(store.list().size(), 1);
}

void PackageStoreTest::onlyEmptyFiles()
{
    // No chunks at all: begin and finish are the whole transfer.
    const Package p = make(QStringLiteral("Leer"), { { QStringLiteral("a/empty.txt"), QByteArray() }, { QStringLiteral("b"), QByteArray() } });
    QCOMPARE(p.manifest.chunkCount(), 0);
    PackageStore store(material());
    auto bits = store.begin(p.envelope, p.manifest);
    QVERIFY2(bits, qPrintable(bits.errorString()));
    QCOMPARE(bits->size(), 0);
    QVERIFY(store.finish(p.manifest.packageId));
    QVERIFY(QFileInfo(material() + QLatin1Char('/') + p.manifest.packageId + QStringLiteral("/a/empty.txt")).isFile());
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().at(0).verifiedFraction(), 1.0);
}

QTEST_GUILESS_MAIN(PackageStoreTest)
#include "tst_packagestore.moc"
