// The signed package manifest (modules/distribution/manifest.h): canonical CBOR round trip, signature and trust,
// every unsafe-path rule, the limits and the chunk size rule.
#include "crypto/keys.h"
#include "crypto/sha256.h"
#include "distribution/manifest.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QUuid>

using namespace tafel;
using namespace tafel::distribution;

namespace {

FileEntry fileOf(const QString &path, qint64 size, quint32 mode = 0644)
{
    FileEntry f;
    f.path = path;
    f.size = size;
    f.mode = mode;
    f.chunkSize = chunkSizeFor(size);
    for (qint64 i = 0; i < chunkCountFor(size, f.chunkSize); ++i)
        f.chunks.append(crypto::Sha256::hash(QByteArray(path.toUtf8() + QByteArray::number(i))));
    return f;
}

Manifest sample(const crypto::KeyPair &key)
{
    Manifest m;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.title = QStringLiteral("Arbeitsblätter 7b");
    m.created = QDateTime::fromMSecsSinceEpoch(1764151200123, Qt::UTC);
    m.senderKeyId = key.keyId();
    m.files = { fileOf(QStringLiteral("worksheet.pdf"), 300 * 1024), fileOf(QStringLiteral("video/lesson.mp4"), 5 * kMiB + 7),
        fileOf(QStringLiteral("video/empty.txt"), 0), fileOf(QStringLiteral("run.sh"), 10, 0755) };
    m.rebuildIndex();
    return m;
}

} // namespace

class ManifestTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chunkSizeRule_data();
    void chunkSizeRule();
    void roundTripIsCanonical();
    void globalChunkIndex();
    void openVerifiesTrustAndSignature();
    void tamperedManifestByteIsRejected();
    void wrongSignatureIsRejected();
    void untrustedKeyIsRefusedBeforeParsing();
    void senderKeyIdMustMatch();
    void unsafeManifests_data();
    void unsafeManifests();
    void safePathsAccepted_data();
    void safePathsAccepted();
    void limits();
    void malformedEnvelopes_data();
    void malformedEnvelopes();

private:
    crypto::KeyPair m_key;
    crypto::KeyPair m_other;
};

void ManifestTest::initTestCase()
{
    auto a = crypto::KeyPair::generate();
    auto b = crypto::KeyPair::generate();
    QVERIFY(a && b);
    m_key = std::move(a.value());
    m_other = std::move(b.value());
}

void ManifestTest::chunkSizeRule_data()
{
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("chunkSize");
    QTest::addColumn<qint64>("chunks");
    QTest::newRow("empty") << qint64(0) << kMiB << qint64(0);
    QTest::newRow("1 byte") << qint64(1) << kMiB << qint64(1);
    QTest::newRow("1 MiB") << kMiB << kMiB << qint64(1);
    QTest::newRow("1 MiB + 1") << kMiB + 1 << kMiB << qint64(2);
    QTest::newRow("256 MiB") << 256 * kMiB << kMiB << qint64(256);
    QTest::newRow("256 MiB + 1") << 256 * kMiB + 1 << 2 * kMiB << qint64(129);
    QTest::newRow("1 GiB") << kGiB << 4 * kMiB << qint64(256);
    QTest::newRow("2 GiB") << 2 * kGiB << 8 * kMiB << qint64(256);
    QTest::newRow("3 GiB") << 3 * kGiB << 16 * kMiB << qint64(192);
    QTest::newRow("8 GiB") << 8 * kGiB << 16 * kMiB << qint64(512);
}

void ManifestTest::chunkSizeRule()
{
    QFETCH(qint64, fileSize);
    QFETCH(qint64, chunkSize);
    QFETCH(qint64, chunks);
    QCOMPARE(chunkSizeFor(fileSize), chunkSize);
    QCOMPARE(chunkCountFor(fileSize, chunkSizeFor(fileSize)), chunks);
}

void ManifestTest::roundTripIsCanonical()
{
    const Manifest m = sample(m_key);
    const QByteArray bytes = encodeManifest(m);
    QCOMPARE(encodeManifest(m), bytes);
    auto parsed = parseManifest(bytes);
    QVERIFY2(parsed, qPrintable(parsed.errorString()));
    QCOMPARE(parsed->packageId, m.packageId);
    QCOMPARE(parsed->title, m.title);
    QCOMPARE(parsed->created, m.created);
    QCOMPARE(parsed->senderKeyId, m.senderKeyId);
    QCOMPARE(parsed->files.size(), m.files.size());
    for (qsizetype i = 0; i < m.files.size(); ++i) {
        QCOMPARE(parsed->files.at(i).path, m.files.at(i).path);
        QCOMPARE(parsed->files.at(i).size, m.files.at(i).size);
        QCOMPARE(parsed->files.at(i).mode, m.files.at(i).mode);
        QCOMPARE(parsed->files.at(i).chunkSize, m.files.at(i).chunkSize);
        QCOMPARE(parsed->files.at(i).chunks, m.files.at(i).chunks);
    }
    QCOMPARE(encodeManifest(*parsed), bytes);
}

void ManifestTest::globalChunkIndex()
{
    Manifest m = sample(m_key);
    // worksheet: 1 chunk, lesson.mp4: 6 chunks (5 MiB + 7 at 1 MiB), empty.txt: 0, run.sh: 1
    QCOMPARE(m.chunkCount(), 8);
    QCOMPARE(m.totalBytes(), 300 * 1024 + 5 * kMiB + 7 + 10);
    for (const bool indexed : { true, false }) {
        if (!indexed)
            m.files.append(fileOf(QStringLiteral("z.txt"), 1)); // stale index: linear fallback
        ChunkRef c = m.chunk(0);
        QCOMPARE(c.file, 0);
        QCOMPARE(c.length, 300 * 1024);
        QCOMPARE(c.dataOffset, 0);
        c = m.chunk(1);
        QCOMPARE(c.file, 1);
        QCOMPARE(c.offset, 0);
        QCOMPARE(c.dataOffset, 300 * 1024);
        c = m.chunk(6);
        QCOMPARE(c.file, 1);
        QCOMPARE(c.offset, 5 * kMiB);
        QCOMPARE(c.length, 7);
        QCOMPARE(c.sha256, m.files.at(1).chunks.at(5));
        c = m.chunk(7); // skips the empty file
        QCOMPARE(c.file, 3);
        QCOMPARE(c.offset, 0);
        QCOMPARE(c.length, 10);
        QCOMPARE(c.dataOffset, 300 * 1024 + 5 * kMiB + 7);
        QCOMPARE(m.firstChunk(3), 7);
        QVERIFY(!m.chunk(-1).isValid());
        QVERIFY(!m.chunk(indexed ? 8 : 9).isValid());
    }
}

void ManifestTest::openVerifiesTrustAndSignature()
{
    const Manifest m = sample(m_key);
    auto env = signManifest(m, m_key);
    QVERIFY2(env, qPrintable(env.errorString()));
    auto opened = openManifest(*env, { m_other.publicKey(), m_key.publicKey() });
    QVERIFY2(opened, qPrintable(opened.errorString()));
    QCOMPARE(opened->packageId, m.packageId);
    QCOMPARE(opened->chunk(6).sha256, m.files.at(1).chunks.at(5));
    QVERIFY(verifyChunk(*opened, 7, QByteArray()) == false);
    auto self = openManifestSelfSigned(*env);
    QVERIFY(self);
    // An empty sender key id is filled in from the key.
    Manifest anonymous = m;
    anonymous.senderKeyId.clear();
    auto env2 = signManifest(anonymous, m_key);
    QVERIFY(env2);
    QCOMPARE(openManifest(*env2, { m_key.publicKey() })->senderKeyId, m_key.keyId());
}

void ManifestTest::tamperedManifestByteIsRejected()
{
    auto env = signManifest(sample(m_key), m_key);
    QVERIFY(env);
    auto e = decodeEnvelope(*env);
    QVERIFY(e);
    // Flip one byte of the title inside the signed manifest and re-wrap it with the original signature.
    QByteArray body = e->manifest;
    const qsizetype at = body.indexOf("Arbeits");
    QVERIFY(at > 0);
    body[at] = 'X';
    QCborMap wrapped;
    wrapped.insert(QStringLiteral("v"), 1);
    wrapped.insert(QStringLiteral("manifest"), body);
    wrapped.insert(QStringLiteral("key"), e->key.raw());
    wrapped.insert(QStringLiteral("sig"), e->signature);
    auto opened = openManifest(wrapped.toCborValue().toCbor(), { m_key.publicKey() });
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::AuthFailed);
    QVERIFY2(opened.errorString().contains(QLatin1String("signature")), qPrintable(opened.errorString()));
}

void ManifestTest::wrongSignatureIsRejected()
{
    auto env = signManifest(sample(m_key), m_key);
    QVERIFY(env);
    auto e = decodeEnvelope(*env);
    QVERIFY(e);
    QByteArray sig = e->signature;
    sig[10] = char(sig[10] ^ 0x01);
    QCborMap wrapped;
    wrapped.insert(QStringLiteral("v"), 1);
    wrapped.insert(QStringLiteral("manifest"), e->manifest);
    wrapped.insert(QStringLiteral("key"), e->key.raw());
    wrapped.insert(QStringLiteral("sig"), sig);
    auto opened = openManifest(wrapped.toCborValue().toCbor(), { m_key.publicKey() });
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::AuthFailed);
    // A valid signature by another key over the same manifest, presented with the trusted key.
    wrapped.insert(QStringLiteral("sig"), m_other.sign(signaturePayload(e->manifest)));
    opened = openManifest(wrapped.toCborValue().toCbor(), { m_key.publicKey() });
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::AuthFailed);
}

void ManifestTest::untrustedKeyIsRefusedBeforeParsing()
{
    auto env = signManifest(sample(m_other), m_other);
    QVERIFY(env);
    auto opened = openManifest(*env, { m_key.publicKey() });
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(opened.errorString().contains(m_other.keyId()), qPrintable(opened.errorString()));
    QVERIFY(!openManifest(*env, {}));
    // Garbage in the manifest bytes signed by an untrusted key: still "not trusted", never a parse error.
    QCborMap wrapped;
    wrapped.insert(QStringLiteral("v"), 1);
    wrapped.insert(QStringLiteral("manifest"), QByteArray("\xff\xff garbage"));
    wrapped.insert(QStringLiteral("key"), m_other.publicKey().raw());
    wrapped.insert(QStringLiteral("sig"), QByteArray(64, 'x'));
    opened = openManifest(wrapped.toCborValue().toCbor(), { m_key.publicKey() });
    QCOMPARE(opened.error().code, ErrorCode::PermissionDenied);
}

void ManifestTest::senderKeyIdMustMatch()
{
    Manifest m = sample(m_key);
    m.senderKeyId = m_other.keyId();
    QVERIFY(!signManifest(m, m_key)); // refused when signing
    // Forged: a manifest naming another sender, signed by a trusted key.
    const QByteArray body = encodeManifest(m);
    QCborMap wrapped;
    wrapped.insert(QStringLiteral("v"), 1);
    wrapped.insert(QStringLiteral("manifest"), body);
    wrapped.insert(QStringLiteral("key"), m_key.publicKey().raw());
    wrapped.insert(QStringLiteral("sig"), m_key.sign(signaturePayload(body)));
    auto opened = openManifest(wrapped.toCborValue().toCbor(), { m_key.publicKey() });
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::AuthFailed);
}

void ManifestTest::unsafeManifests_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("expected"); // a fragment of the error message
    const auto row = [](const char *name, QStringList paths, const char *expected) { QTest::newRow(name) << paths << QString::fromUtf8(expected); };
    row("absolute", { QStringLiteral("/etc/passwd") }, "absolute");
    row("drive letter", { QStringLiteral("C:/Windows/evil.dll") }, "drive letter");
    row("drive relative", { QStringLiteral("c:evil") }, "drive letter");
    row("alternate data stream", { QStringLiteral("a.txt:stream") }, "':'");
    row("backslash", { QStringLiteral("dir\\file.txt") }, "backslash");
    row("backslash traversal", { QStringLiteral("..\\..\\evil") }, "backslash");
    row("dotdot", { QStringLiteral("../evil") }, "'..'");
    row("dotdot middle", { QStringLiteral("a/../../evil") }, "'..'");
    row("dot", { QStringLiteral("./a") }, "'.'");
    row("empty segment", { QStringLiteral("a//b") }, "empty path segment");
    row("trailing slash", { QStringLiteral("a/") }, "empty path segment");
    row("empty", { QString() }, "empty path");
    row("CON", { QStringLiteral("CON") }, "device name");
    row("prn lower", { QStringLiteral("docs/prn") }, "device name");
    row("aux", { QStringLiteral("Aux") }, "device name");
    row("nul.txt", { QStringLiteral("nul.txt") }, "device name");
    row("nul.tar.gz", { QStringLiteral("x/NUL.tar.gz") }, "device name");
    row("COM1", { QStringLiteral("COM1") }, "device name");
    row("com9.log", { QStringLiteral("com9.log") }, "device name");
    row("LPT1", { QStringLiteral("lpt1") }, "device name");
    row("LPT9 dir", { QStringLiteral("LPT9/file") }, "device name");
    row("COM superscript", { QStringLiteral("COM¹") }, "device name");
    row("trailing dot", { QStringLiteral("file.") }, "dot or a space");
    row("trailing space", { QStringLiteral("dir /file") }, "dot or a space");
    row("newline", { QStringLiteral("a\nb") }, "control character");
    row("nul byte", { QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) }, "control character");
    row("escape", { QStringLiteral("a\x1b[31mb") }, "control character");
    row("duplicate", { QStringLiteral("a.txt"), QStringLiteral("a.txt") }, "appears twice");
    row("case collision", { QStringLiteral("Readme.txt"), QStringLiteral("README.TXT") }, "appears twice");
    row("case collision unicode", { QStringLiteral("Ärger.txt"), QStringLiteral("äRGER.TXT") }, "appears twice");
    row("normalisation collision", { QStringLiteral("caf\u00e9"), QStringLiteral("cafe\u0301") }, "appears twice");
    row("file is dir prefix", { QStringLiteral("a"), QStringLiteral("a/b.txt") }, "both a file and a directory");
    row("dir then file", { QStringLiteral("a/b/c.txt"), QStringLiteral("A/B") }, "both a file and a directory");
    row("long path", { QString(1100, QLatin1Char('a')) }, "longer than");
    row("long segment", { QString(300, QLatin1Char('a')) }, "longer than 255");
}

void ManifestTest::unsafeManifests()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, expected);
    Manifest m = sample(m_key);
    m.files.clear();
    for (const QString &p : paths)
        m.files.append(fileOf(p, 10));
    const Status st = validateManifest(m);
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::InvalidInput);
    QVERIFY2(st.errorString().contains(expected), qPrintable(st.errorString()));
    QVERIFY(!signManifest(m, m_key)); // never signed
    // Signed anyway (a hostile sender with a trusted key): the receiver refuses it after the signature check.
    const QByteArray body = encodeManifest(m);
    QCborMap wrapped;
    wrapped.insert(QStringLiteral("v"), 1);
    wrapped.insert(QStringLiteral("manifest"), body);
    wrapped.insert(QStringLiteral("key"), m_key.publicKey().raw());
    wrapped.insert(QStringLiteral("sig"), m_key.sign(signaturePayload(body)));
    auto opened = openManifest(wrapped.toCborValue().toCbor(), { m_key.publicKey() });
    QVERIFY(!opened);
    QVERIFY2(opened.errorString().contains(expected), qPrintable(opened.errorString()));
}

void ManifestTest::safePathsAccepted_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QStringLiteral("a.txt");
    QTest::newRow("nested") << QStringLiteral("Klasse 7b/Mathe/Blatt 1.pdf");
    QTest::newRow("dotfile") << QStringLiteral(".hidden");
    QTest::newRow("dots inside") << QStringLiteral("v1.2..3.txt");
    QTest::newRow("console is no device") << QStringLiteral("console.txt");
    QTest::newRow("com10") << QStringLiteral("COM10");
    QTest::newRow("umlauts") << QStringLiteral("Übung/Größe.odt");
}

void ManifestTest::safePathsAccepted()
{
    QFETCH(QString, path);
    const Status st = checkPath(path);
    QVERIFY2(st, qPrintable(st.errorString()));
}

void ManifestTest::limits()
{
    Manifest m = sample(m_key);
    Limits small;
    small.maxFiles = 3;
    Status st = validateManifest(m, small);
    QVERIFY(!st);
    QVERIFY2(st.errorString().contains(QLatin1String("4 files")), qPrintable(st.errorString()));
    // The file count is checked while parsing, before the entries are decoded.
    auto parsed = parseManifest(encodeManifest(m), small);
    QVERIFY(!parsed);

    small = Limits();
    small.maxPackageBytes = 5 * kMiB;
    st = validateManifest(m, small);
    QVERIFY(!st);
    QVERIFY2(st.errorString().contains(QLatin1String("larger than the limit")) || st.errorString().contains(QLatin1String("impossible size")),
        qPrintable(st.errorString()));

    // Sizes that do not match the chunk list.
    Manifest wrong = sample(m_key);
    wrong.files[1].size += kMiB; // one chunk hash short now
    st = validateManifest(wrong);
    QVERIFY(!st);
    QVERIFY2(st.errorString().contains(QLatin1String("chunk hashes")), qPrintable(st.errorString()));
    wrong = sample(m_key);
    wrong.files[0].chunkSize = 4096;
    QVERIFY(!validateManifest(wrong));
    wrong = sample(m_key);
    wrong.files[0].size = -1;
    QVERIFY(!validateManifest(wrong));
    wrong = sample(m_key);
    wrong.files[0].chunks[0].chop(1);
    QVERIFY(!validateManifest(wrong));
    wrong = sample(m_key);
    wrong.files[0].mode = 0120777; // symlink
    st = validateManifest(wrong);
    QVERIFY(!st);
    QVERIFY2(st.errorString().contains(QLatin1String("symbolic link")), qPrintable(st.errorString()));
    wrong.files[0].mode = 04755; // setuid
    QVERIFY(!validateManifest(wrong));
    wrong = sample(m_key);
    wrong.files.clear();
    QVERIFY(!validateManifest(wrong));
    wrong = sample(m_key);
    wrong.packageId = QStringLiteral("../../etc");
    QVERIFY(!validateManifest(wrong));
    wrong = sample(m_key);
    wrong.title = QStringLiteral("a\nb");
    QVERIFY(!validateManifest(wrong));
}

void ManifestTest::malformedEnvelopes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QCborMap noSig;
    noSig.insert(QStringLiteral("v"), 1);
    noSig.insert(QStringLiteral("manifest"), QByteArray("x"));
    QCborMap v2 = noSig;
    v2.insert(QStringLiteral("v"), 2);
    QCborMap shortKey = noSig;
    shortKey.insert(QStringLiteral("key"), QByteArray(31, 'k'));
    shortKey.insert(QStringLiteral("sig"), QByteArray(64, 's'));
    QTest::newRow("empty") << QByteArray() << int(ErrorCode::Corrupt);
    QTest::newRow("not cbor") << QByteArray("hello") << int(ErrorCode::Corrupt);
    QTest::newRow("array") << QCborValue(QCborArray { 1, 2 }).toCbor() << int(ErrorCode::Corrupt);
    QTest::newRow("no signature") << noSig.toCborValue().toCbor() << int(ErrorCode::Corrupt);
    QTest::newRow("version 2") << v2.toCborValue().toCbor() << int(ErrorCode::Incompatible);
    QTest::newRow("short key") << shortKey.toCborValue().toCbor() << int(ErrorCode::Corrupt);
    QTest::newRow("trailing bytes") << shortKey.toCborValue().toCbor() + "x" << int(ErrorCode::Corrupt);
}

void ManifestTest::malformedEnvelopes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    auto e = decodeEnvelope(bytes);
    QVERIFY(!e);
    QCOMPARE(int(e.error().code), code);
    QVERIFY(!e.errorString().isEmpty());
    QVERIFY(!openManifest(bytes, { m_key.publicKey() }));
}

QTEST_GUILESS_MAIN(ManifestTest)
#include "tst_manifest.moc"
