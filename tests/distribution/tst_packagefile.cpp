// The package file (modules/distribution/packagefile.h) over a real directory tree: create, open, read every
// chunk back, verify, and the refusals (symlinks, FIFOs, unsafe names, tampered or truncated files).
#include "crypto/keys.h"
#include "crypto/sha256.h"
#include "distribution/packagefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace tafel;
using namespace tafel::distribution;

namespace {

void writeFile(const QString &path, const QByteArray &data,
    QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
    f.close();
    QVERIFY(f.setPermissions(perms));
}

// A sparse 17 MiB + 5 file with some data in it, so the test stays fast but spans 18 chunks.
QByteArray makeBigFile(const QString &path)
{
    const qint64 size = 17 * kMiB + 5;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
        return {};
    QByteArray expected(size, '\0');
    for (qint64 at : { qint64(0), kMiB - 3, 9 * kMiB + 12345, size - 100 }) {
        QByteArray stamp = QByteArray::number(at).repeated(10);
        stamp.truncate(std::min<qint64>(stamp.size(), size - at));
        f.seek(at);
        f.write(stamp);
        expected.replace(at, stamp.size(), stamp);
    }
    return expected;
}

QString packageIdOfFile(const QString &packageFile)
{
    auto r = PackageReader::openFile(packageFile);
    return r ? (*r)->manifest().packageId : QString();
}

} // namespace

class PackageFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createAndReadBack();
    void openDirectoryReadsTheSource();
    void packageIdFollowsTheContent();
    void tamperedDataIsDetected();
    void truncatedOrForeignFilesAreRejected();
    void refusesSymlinks();
    void refusesSpecialFiles();
    void refusesUnsafeNames();
    void cancelLeavesNoFile();

private:
    QString source() const { return m_dir.filePath(QStringLiteral("src")); }
    QTemporaryDir m_dir;
    crypto::KeyPair m_key;
    QHash<QString, QByteArray> m_contents;
};

void PackageFileTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    m_key = std::move(key.value());
    m_contents.insert(QStringLiteral("Mathe/Blatt 1.pdf"), QByteArray("%PDF-1.4 worksheet").repeated(1000));
    m_contents.insert(QStringLiteral("Mathe/leer.txt"), QByteArray());
    m_contents.insert(QStringLiteral("run.sh"), QByteArray("#!/bin/sh\necho hi\n"));
    m_contents.insert(QStringLiteral(".hidden"), QByteArray("x"));
    for (auto it = m_contents.cbegin(); it != m_contents.cend(); ++it)
        writeFile(source() + QLatin1Char('/') + it.key(), it.value());
    QVERIFY(QFile::setPermissions(
        source() + QStringLiteral("/run.sh"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    QDir().mkpath(source() + QStringLiteral("/video/empty-dir"));
    const QByteArray big = makeBigFile(source() + QStringLiteral("/video/lesson.mp4"));
    QCOMPARE(big.size(), 17 * kMiB + 5);
    m_contents.insert(QStringLiteral("video/lesson.mp4"), big);
}

void PackageFileTest::createAndReadBack()
{
    const QString out = m_dir.filePath(QStringLiteral("lesson.tafelpkg"));
    qint64 lastDone = -1, lastTotal = -1;
    auto made = createPackage(source(), m_key, QStringLiteral("Stunde 3"), out, {}, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY2(made, qPrintable(made.errorString()));
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(made->title, QStringLiteral("Stunde 3"));
    QCOMPARE(made->senderKeyId, m_key.keyId());

    auto reader = PackageReader::openFile(out);
    QVERIFY2(reader, qPrintable(reader.errorString()));
    const Manifest &m = (*reader)->manifest();
    QCOMPARE(m.packageId, made->packageId);
    QStringList paths;
    for (const FileEntry &f : m.files)
        paths << f.path;
    // Sorted depth-first; empty directories are not part of a package.
    QCOMPARE(paths,
        (QStringList { QStringLiteral(".hidden"), QStringLiteral("Mathe/Blatt 1.pdf"), QStringLiteral("Mathe/leer.txt"), QStringLiteral("run.sh"),
            QStringLiteral("video/lesson.mp4") }));
    QCOMPARE(m.files.at(3).mode, quint32(0750));
    QCOMPARE(m.files.at(1).mode, quint32(0644));
    QCOMPARE(m.files.at(4).chunkSize, kMiB);
    QCOMPARE(m.files.at(4).chunks.size(), 18);
    QCOMPARE(QFileInfo(out).size(), kPackageHeaderSize + (*reader)->envelope().size() + m.totalBytes());
    // The envelope is trusted by whoever trusts the key.
    QVERIFY(openManifest((*reader)->envelope(), { m_key.publicKey() }));

    // Every chunk, read back by global index, is the source's bytes.
    QHash<QString, QByteArray> rebuilt;
    for (int i = 0; i < m.chunkCount(); ++i) {
        auto data = (*reader)->readChunk(i, true);
        QVERIFY2(data, qPrintable(data.errorString()));
        rebuilt[m.files.at(m.chunk(i).file).path] += *data;
    }
    for (const FileEntry &f : m.files)
        QCOMPARE(rebuilt.value(f.path), m_contents.value(f.path));
    QVERIFY((*reader)->verifyAll());
    QVERIFY(!(*reader)->readChunk(m.chunkCount()));
}

void PackageFileTest::openDirectoryReadsTheSource()
{
    auto m = buildManifest(source(), QString(), m_key.keyId());
    QVERIFY2(m, qPrintable(m.errorString()));
    QCOMPARE(m->title, QStringLiteral("src"));
    auto env = signManifest(*m, m_key);
    QVERIFY(env);
    auto reader = PackageReader::openDirectory(*env, source());
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QVERIFY((*reader)->verifyAll());
    // Reading out of order switches files correctly.
    const int last = m->chunkCount() - 1;
    QCOMPARE((*reader)->readChunk(last)->size(), 5);
    QCOMPARE(*(*reader)->readChunk(0), m_contents.value(QStringLiteral(".hidden")));

    // The source changes after the manifest was made: the size check refuses to open, a same-size edit is caught
    // by the hash.
    writeFile(source() + QStringLiteral("/run.sh"), QByteArray("#!/bin/sh\necho HI\n"),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    reader = PackageReader::openDirectory(*env, source());
    QVERIFY(reader);
    const Status st = (*reader)->verifyAll();
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::Corrupt);
    QVERIFY2(st.errorString().contains(QLatin1String("run.sh")), qPrintable(st.errorString()));
    writeFile(source() + QStringLiteral("/run.sh"), QByteArray("#!/bin/sh\necho a longer line now\n"),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    QVERIFY(!PackageReader::openDirectory(*env, source()));
    writeFile(source() + QStringLiteral("/run.sh"), m_contents.value(QStringLiteral("run.sh")),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
}

void PackageFileTest::packageIdFollowsTheContent()
{
    // The same folder twice (a rerun of `tafelctl distribute DIR`): the same id, although `created` differs.
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.txt")), "hello");
    writeFile(dir.filePath(QStringLiteral("sub/b.bin")), QByteArray(kMiB + 3, 'b'));
    auto first = buildManifest(dir.path(), QStringLiteral("Stunde"), m_key.keyId());
    QVERIFY2(first, qPrintable(first.errorString()));
    QTest::qWait(5); // a different `created`
    auto second = buildManifest(dir.path(), QStringLiteral("Stunde"), m_key.keyId());
    QVERIFY(second);
    QVERIFY(first->created != second->created);
    QCOMPARE(second->packageId, first->packageId);
    QCOMPARE(contentPackageId(*first), first->packageId);
    // An RFC 9562 version-8 UUID, lowercase without braces, that the manifest's UUID check accepts.
    const QUuid uuid = QUuid::fromString(first->packageId);
    QCOMPARE(uuid.toString(QUuid::WithoutBraces), first->packageId);
    QCOMPARE(first->packageId, first->packageId.toLower());
    QCOMPARE(first->packageId.at(14), QLatin1Char('8')); // version 8 (QUuid::version() of Qt 6.4 knows 1-5 only)
    QVERIFY(QStringLiteral("89ab").contains(first->packageId.at(19))); // variant 10xx
    QCOMPARE(uuid.variant(), QUuid::DCE);
    QVERIFY(validateManifest(*first));
    // A package file of the same folder has the same id (createPackage signs a placeholder of the same length).
    const QString out = m_dir.filePath(QStringLiteral("same.tafelpkg"));
    auto made = createPackage(dir.path(), m_key, QStringLiteral("Stunde"), out);
    QVERIFY2(made, qPrintable(made.errorString()));
    QCOMPARE(made->packageId, first->packageId);
    QCOMPARE(packageIdOfFile(out), first->packageId);

    // One byte of one file changed (same size): another id.
    QByteArray changed(kMiB + 3, 'b');
    changed[kMiB + 1] = 'c';
    writeFile(dir.filePath(QStringLiteral("sub/b.bin")), changed);
    auto edited = buildManifest(dir.path(), QStringLiteral("Stunde"), m_key.keyId());
    QVERIFY(edited);
    QVERIFY(edited->packageId != first->packageId);
    writeFile(dir.filePath(QStringLiteral("sub/b.bin")), QByteArray(kMiB + 3, 'b'));
    QCOMPARE(buildManifest(dir.path(), QStringLiteral("Stunde"), m_key.keyId())->packageId, first->packageId);
    // Another title, another sender key, another mode, a renamed file: other ids.
    QVERIFY(buildManifest(dir.path(), QStringLiteral("Stunde 2"), m_key.keyId())->packageId != first->packageId);
    QVERIFY(buildManifest(dir.path(), QStringLiteral("Stunde"), QStringLiteral("0123456789abcdef"))->packageId != first->packageId);
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("a.txt")), QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(buildManifest(dir.path(), QStringLiteral("Stunde"), m_key.keyId())->packageId != first->packageId);
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("a.txt")), dir.filePath(QStringLiteral("c.txt"))));
    QVERIFY(buildManifest(dir.path(), QStringLiteral("Stunde"), m_key.keyId())->packageId != first->packageId);
}

void PackageFileTest::tamperedDataIsDetected()
{
    const QString out = m_dir.filePath(QStringLiteral("tamper.tafelpkg"));
    auto made = createPackage(source(), m_key, QString(), out);
    QVERIFY(made);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() - 3);
    f.write("!");
    f.close();
    auto reader = PackageReader::openFile(out);
    QVERIFY(reader);
    const int last = made->chunkCount() - 1;
    QVERIFY((*reader)->readChunk(last)); // unverified read still works
    auto bad = (*reader)->readChunk(last, true);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Corrupt);
    QVERIFY(!(*reader)->verifyAll());

    // A byte of the manifest: the signature fails.
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(kPackageHeaderSize + 40);
    const char c = f.peek(1).at(0);
    f.write(QByteArray(1, char(c ^ 0x20)));
    f.close();
    auto broken = PackageReader::openFile(out);
    QVERIFY(!broken);
}

void PackageFileTest::truncatedOrForeignFilesAreRejected()
{
    const QString out = m_dir.filePath(QStringLiteral("trunc.tafelpkg"));
    QVERIFY(createPackage(source(), m_key, QString(), out));
    QVERIFY(QFile::resize(out, QFileInfo(out).size() - 1));
    auto r = PackageReader::openFile(out);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Corrupt);
    QVERIFY(QFile::resize(out, 10));
    QVERIFY(!PackageReader::openFile(out));
    writeFile(out, QByteArray("PK\x03\x04 not a package at all, just some zip"));
    r = PackageReader::openFile(out);
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(QLatin1String("not a Tafel package")), qPrintable(r.errorString()));
    QCOMPARE(PackageReader::openFile(m_dir.filePath(QStringLiteral("missing"))).error().code, ErrorCode::NotFound);
}

void PackageFileTest::refusesSymlinks()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.txt")), "a");
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("sub/passwd")))
        || (QDir().mkpath(dir.filePath(QStringLiteral("sub")))
            && QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("sub/passwd")))));
    const QString out = m_dir.filePath(QStringLiteral("link.tafelpkg"));
    auto made = createPackage(dir.path(), m_key, QString(), out);
    QVERIFY(!made);
    QVERIFY2(made.errorString().contains(QLatin1String("sub/passwd")) && made.errorString().contains(QLatin1String("symbolic link")),
        qPrintable(made.errorString()));
    QVERIFY(!QFile::exists(out));
    // A symlinked directory too.
    QFile::remove(dir.filePath(QStringLiteral("sub/passwd")));
    QVERIFY(QFile::link(QStringLiteral("/etc"), dir.filePath(QStringLiteral("etc"))));
    made = createPackage(dir.path(), m_key, QString(), out);
    QVERIFY(!made);
    QVERIFY2(made.errorString().contains(QLatin1String("/etc is a symbolic link")), qPrintable(made.errorString()));
}

void PackageFileTest::refusesSpecialFiles()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a.txt")), "a");
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), 0600), 0);
    auto made = createPackage(dir.path(), m_key, QString(), m_dir.filePath(QStringLiteral("fifo.tafelpkg")));
    QVERIFY(!made);
    QVERIFY2(made.errorString().contains(QLatin1String("pipe")) && made.errorString().contains(QLatin1String("not a regular file")),
        qPrintable(made.errorString()));
}

void PackageFileTest::refusesUnsafeNames()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("docs/nul.txt")), "a");
    auto made = createPackage(dir.path(), m_key, QString(), m_dir.filePath(QStringLiteral("nul.tafelpkg")));
    QVERIFY(!made);
    QVERIFY2(made.errorString().contains(QLatin1String("docs/nul.txt")) && made.errorString().contains(QLatin1String("device name")),
        qPrintable(made.errorString()));
    QTemporaryDir empty;
    made = createPackage(empty.path(), m_key, QString(), m_dir.filePath(QStringLiteral("empty.tafelpkg")));
    QVERIFY(!made);
    QVERIFY(!createPackage(m_dir.filePath(QStringLiteral("nope")), m_key, QString(), m_dir.filePath(QStringLiteral("nope.tafelpkg"))));
}

void PackageFileTest::cancelLeavesNoFile()
{
    const QString out = m_dir.filePath(QStringLiteral("keep.tafelpkg"));
    writeFile(out, "previous content");
    auto made = createPackage(source(), m_key, QString(), out, {}, [](qint64 done, qint64) { return done < 3 * kMiB; });
    QVERIFY(!made);
    QCOMPARE(made.error().code, ErrorCode::Cancelled);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous content"));
}

QTEST_GUILESS_MAIN(PackageFileTest)
#include "tst_packagefile.moc"
