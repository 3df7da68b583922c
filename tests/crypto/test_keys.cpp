// Ed25519 keys, signatures, self-signed TLS certificates and streaming SHA-256 (modules/crypto), including a
// real TLS 1.3 handshake on loopback that proves Qt 6.4's OpenSSL backend works with the opaque Ed25519 keys.
#include "crypto/certificate.h"
#include "crypto/keys.h"
#include "crypto/sha256.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tafel::crypto;

namespace {
// A TLS listener as the agent has one: adopts the descriptor into a QSslSocket and starts the server handshake.
class TlsListener final : public QTcpServer {
public:
    explicit TlsListener(const QSslConfiguration &conf) : m_conf(conf) {}
    QSslSocket *socket = nullptr;
    bool encrypted = false;

protected:
    void incomingConnection(qintptr fd) override
    {
        socket = new QSslSocket(this);
        socket->setSocketDescriptor(fd);
        socket->setSslConfiguration(m_conf);
        connect(socket, &QSslSocket::encrypted, this, [this] { encrypted = true; });
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_conf;
};
} // namespace

class KeysTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void signAndVerify();
    void tamperedDataFails_data();
    void tamperedDataFails();
    void wrongKeyFails();
    void publicKeyRoundTrips();
    void rejectsBadPublicKeys_data();
    void rejectsBadPublicKeys();
    void saveLoadRoundTrip();
    void savedKeyIs0600EvenWithOpenUmask();
    void loadRejectsNonEd25519();
    void selfSignedCertificate();
    void sha256Vectors();
    void sha256StreamingMatchesOneShot();
    void sha256OfFile();
    void tls13HandshakeWithEd25519();

private:
    QTemporaryDir m_dir;
};

void KeysTest::signAndVerify()
{
    auto key = KeyPair::generate();
    QVERIFY2(key, qPrintable(key.errorString()));
    const QByteArray msg("lesson material manifest");
    const QByteArray sig = key->sign(msg);
    QCOMPARE(sig.size(), 64);
    QVERIFY(key->publicKey().verify(msg, sig));
    QVERIFY(!key->publicKey().verify(msg, QByteArray()));
}

void KeysTest::tamperedDataFails_data()
{
    QTest::addColumn<int>("flipData");
    QTest::addColumn<int>("flipSig");
    QTest::newRow("data-first-byte") << 0 << -1;
    QTest::newRow("data-last-byte") << 23 << -1;
    QTest::newRow("signature-r") << -1 << 3;
    QTest::newRow("signature-s") << -1 << 60;
}

void KeysTest::tamperedDataFails()
{
    QFETCH(int, flipData);
    QFETCH(int, flipSig);
    auto key = KeyPair::generate();
    QVERIFY(key);
    QByteArray msg("lesson material manifest");
    QByteArray sig = key->sign(msg);
    if (flipData >= 0)
        msg[flipData] = char(msg[flipData] ^ 0x01);
    if (flipSig >= 0)
        sig[flipSig] = char(sig[flipSig] ^ 0x80);
    QVERIFY(!key->publicKey().verify(msg, sig));
}

void KeysTest::wrongKeyFails()
{
    auto a = KeyPair::generate();
    auto b = KeyPair::generate();
    QVERIFY(a && b);
    QVERIFY(a->keyId() != b->keyId());
    const QByteArray sig = a->sign("hello");
    QVERIFY(!b->publicKey().verify("hello", sig));
}

void KeysTest::publicKeyRoundTrips()
{
    auto key = KeyPair::generate();
    QVERIFY(key);
    const PublicKey pub = key->publicKey();
    QCOMPARE(pub.raw().size(), 32);
    auto fromB64 = PublicKey::fromBase64(pub.toBase64());
    QVERIFY2(fromB64, qPrintable(fromB64.errorString()));
    QVERIFY(*fromB64 == pub);
    const QByteArray pem = pub.toPem();
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
    auto fromPem = PublicKey::fromPem(pem);
    QVERIFY2(fromPem, qPrintable(fromPem.errorString()));
    QVERIFY(*fromPem == pub);
    QCOMPARE(pub.keyId().size(), 16);
    QCOMPARE(fromPem->keyId(), pub.keyId());
    QVERIFY(fromB64->verify("x", key->sign("x")));
}

void KeysTest::rejectsBadPublicKeys_data()
{
    QTest::addColumn<QByteArray>("base64");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not-base64") << QByteArray("!!!!");
    QTest::newRow("short") << QByteArray(31, 'a').toBase64();
    QTest::newRow("long") << QByteArray(33, 'a').toBase64();
}

void KeysTest::rejectsBadPublicKeys()
{
    QFETCH(QByteArray, base64);
    QVERIFY(!PublicKey::fromBase64(base64));
}

void KeysTest::saveLoadRoundTrip()
{
    auto key = KeyPair::generate();
    QVERIFY(key);
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.pem"));
    auto st = key->save(path);
    QVERIFY2(st, qPrintable(st.errorString()));
    auto loaded = KeyPair::load(path);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QCOMPARE(loaded->keyId(), key->keyId());
    QVERIFY(key->publicKey().verify("m", loaded->sign("m")));
    // Saving again replaces the file and leaves no temporary behind.
    QVERIFY(loaded->save(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("roundtrip.pem*")}, QDir::Files).size(), 1);
    QVERIFY(!KeyPair::load(m_dir.filePath(QStringLiteral("missing.pem"))));
}

void KeysTest::savedKeyIs0600EvenWithOpenUmask()
{
    auto key = KeyPair::generate();
    QVERIFY(key);
    const mode_t old = ::umask(0);
    const QString path = m_dir.filePath(QStringLiteral("perm.pem"));
    auto st = key->save(path);
    ::umask(old);
    QVERIFY2(st, qPrintable(st.errorString()));
    struct stat sb {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &sb), 0);
    QCOMPARE(int(sb.st_mode & 07777), 0600);
}

void KeysTest::loadRejectsNonEd25519()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.pem"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    f.close();
    auto k = KeyPair::load(path);
    QVERIFY(!k);
    QVERIFY(k.errorString().contains(path));
}

void KeysTest::selfSignedCertificate()
{
    auto key = KeyPair::generate();
    QVERIFY(key);
    auto cert = makeSelfSignedCertificate(*key, QStringLiteral("raum-204"));
    QVERIFY2(cert, qPrintable(cert.errorString()));
    QVERIFY(!cert->isNull());
    QCOMPARE(cert->subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("raum-204"));
    QCOMPARE(cert->issuerInfo(QSslCertificate::CommonName), cert->subjectInfo(QSslCertificate::CommonName));
    QVERIFY(cert->expiryDate() > QDateTime::currentDateTimeUtc().addYears(5));
    auto pub = certificatePublicKey(*cert);
    QVERIFY2(pub, qPrintable(pub.errorString()));
    QVERIFY(*pub == key->publicKey());
    // PEM round trip through Qt keeps the fingerprint.
    const QSslCertificate again(cert->toPem(), QSsl::Pem);
    const QString fp = certificateFingerprint(*cert);
    QCOMPARE(fp.size(), 95); // 32 hex pairs with 31 colons
    QCOMPARE(certificateFingerprint(again), fp);
    QVERIFY(fingerprintsMatch(fp, normalizeFingerprint(fp).toLower()));
    QVERIFY(!fingerprintsMatch(fp, QString()));
    const QSslKey sslKey = toSslKey(*key);
    QVERIFY(!sslKey.isNull());
    QCOMPARE(sslKey.algorithm(), QSsl::Opaque);
}

void KeysTest::sha256Vectors()
{
    // FIPS 180-2 test vectors.
    QCOMPARE(Sha256::hash("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Sha256::hash("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    Sha256 h;
    for (int i = 0; i < 1000; ++i)
        h.addData(QByteArray(1000, 'a'));
    QCOMPARE(h.result().toHex(), QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void KeysTest::sha256StreamingMatchesOneShot()
{
    QByteArray data(100000, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char((i * 7919) & 0xff);
    Sha256 h;
    for (qsizetype off = 0; off < data.size(); off += 777)
        h.addData(QByteArrayView(data).sliced(off, qMin<qsizetype>(777, data.size() - off)));
    QCOMPARE(h.result(), Sha256::hash(data));
    h.reset();
    h.addData("abc");
    QCOMPARE(h.result(), Sha256::hash("abc"));
}

void KeysTest::sha256OfFile()
{
    const QString path = m_dir.filePath(QStringLiteral("big.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray all;
    for (int i = 0; i < 40; ++i) {
        const QByteArray block(100003, char('a' + i % 26));
        f.write(block);
        all += block;
    }
    f.close();
    auto d = sha256File(path, 4096);
    QVERIFY2(d, qPrintable(d.errorString()));
    QCOMPARE(*d, Sha256::hash(all));
    QVERIFY(!tafel::crypto::sha256File(m_dir.filePath(QStringLiteral("nope"))));
}

void KeysTest::tls13HandshakeWithEd25519()
{
    auto serverKey = KeyPair::generate();
    auto clientKey = KeyPair::generate();
    QVERIFY(serverKey && clientKey);
    auto serverCert = makeSelfSignedCertificate(*serverKey, QStringLiteral("server"));
    auto clientCert = makeSelfSignedCertificate(*clientKey, QStringLiteral("client"));
    QVERIFY(serverCert && clientCert);

    QSslConfiguration sc = QSslConfiguration::defaultConfiguration();
    sc.setProtocol(QSsl::TlsV1_3OrLater);
    sc.setPeerVerifyMode(QSslSocket::QueryPeer);
    sc.setLocalCertificate(*serverCert);
    sc.setPrivateKey(toSslKey(*serverKey));
    TlsListener listener(sc);
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSslSocket client;
    QSslConfiguration cc = QSslConfiguration::defaultConfiguration();
    cc.setProtocol(QSsl::TlsV1_3OrLater);
    cc.setPeerVerifyMode(QSslSocket::VerifyNone);
    cc.setLocalCertificate(*clientCert);
    cc.setPrivateKey(toSslKey(*clientKey));
    client.setSslConfiguration(cc);
    QSignalSpy clientEncrypted(&client, &QSslSocket::encrypted);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), listener.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(listener.socket, 5000);
    QSslSocket &server = *listener.socket;
    QTRY_VERIFY2_WITH_TIMEOUT(listener.encrypted && clientEncrypted.count(), qPrintable(client.errorString() + QLatin1Char('|') + server.errorString()), 10000);
    QCOMPARE(client.sessionProtocol(), QSsl::TlsV1_3);
    QCOMPARE(certificateFingerprint(client.peerCertificate()), certificateFingerprint(*serverCert));
    auto seen = certificatePublicKey(server.peerCertificate());
    QVERIFY2(seen, qPrintable(seen.errorString()));
    QVERIFY(*seen == clientKey->publicKey());
    client.write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(server.bytesAvailable(), qint64(4), 5000);
    QCOMPARE(server.readAll(), QByteArray("ping"));
}

QTEST_GUILESS_MAIN(KeysTest)
#include "test_keys.moc"
