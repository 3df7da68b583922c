#include "crypto/keys.h"
#include "crypto/sha256.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tafel::crypto {

namespace {
constexpr int kRawKeySize = 32;
constexpr int kSignatureSize = 64;

struct BioDeleter {
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, qsizetype(n)) : QByteArray();
}

QByteArray rawPublic(EVP_PKEY *key)
{
    size_t len = kRawKeySize;
    QByteArray raw(kRawKeySize, Qt::Uninitialized);
    if (!key || EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &len) != 1 || len != kRawKeySize)
        return {};
    return raw;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype off = 0;
    while (off < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + off, size_t(data.size() - off));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        off += n;
    }
    return true;
}
} // namespace

void PkeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

// ---- PublicKey

Result<PublicKey> PublicKey::fromRaw(QByteArrayView raw)
{
    if (raw.size() != kRawKeySize)
        return Error::make(ErrorCode::InvalidInput, tr("An Ed25519 public key has 32 bytes, not %1.").arg(raw.size()));
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.data()), size_t(raw.size())));
    if (!key)
        return Error::make(ErrorCode::InvalidInput, tr("The data is not a valid Ed25519 public key."));
    PublicKey k;
    k.m_raw = raw.toByteArray();
    return k;
}

Result<PublicKey> PublicKey::fromBase64(QByteArrayView base64)
{
    auto decoded = QByteArray::fromBase64Encoding(base64.trimmed().toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::make(ErrorCode::InvalidInput, tr("The public key is not valid base64."));
    return fromRaw(*decoded);
}

Result<PublicKey> PublicKey::fromPem(QByteArrayView pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error::make(ErrorCode::InvalidInput, tr("The PEM data is not an Ed25519 public key."));
    return fromRaw(rawPublic(key.get()));
}

Result<PublicKey> PublicKey::fromCertificateDer(QByteArrayView der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    std::unique_ptr<X509, X509Deleter> cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert)
        return Error::make(ErrorCode::InvalidInput, tr("The certificate cannot be parsed."));
    EVP_PKEY *key = X509_get0_pubkey(cert.get()); // owned by the certificate
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519)
        return Error::make(ErrorCode::AuthFailed, tr("The certificate does not carry an Ed25519 key. Create keys with 'tafelctl keys create'."));
    return fromRaw(rawPublic(key));
}

QByteArray PublicKey::toPem() const
{
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(m_raw.constData()), size_t(m_raw.size())));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        return {};
    return bioContents(bio.get());
}

QString PublicKey::keyId() const
{
    if (isNull())
        return {};
    return QString::fromLatin1(Sha256::hash(m_raw).toHex().left(16));
}

bool PublicKey::verify(QByteArrayView data, QByteArrayView signature) const
{
    if (isNull() || signature.size() != kSignatureSize)
        return false;
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(m_raw.constData()), size_t(m_raw.size())));
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()))
        == 1;
}

// ---- KeyPair

KeyPair::~KeyPair() = default;

Result<KeyPair> KeyPair::generate()
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return Error::make(ErrorCode::Failed, tr("OpenSSL could not generate an Ed25519 key."));
    return KeyPair(std::move(key));
}

Result<KeyPair> KeyPair::fromPem(QByteArrayView pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    // A null password callback argument with an empty string refuses encrypted keys instead of prompting on the tty.
    char empty[] = "";
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, empty) : nullptr);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error::make(ErrorCode::InvalidInput, tr("The data is not an unencrypted Ed25519 private key (PEM)."));
    return KeyPair(std::move(key));
}

Result<KeyPair> KeyPair::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(f.exists() ? ErrorCode::Io : ErrorCode::NotFound, tr("Cannot read the key file %1: %2").arg(path, f.errorString()));
    if (f.size() > 64 * 1024)
        return Error::make(ErrorCode::InvalidInput, tr("%1 is too large to be a key file.").arg(path));
    auto key = fromPem(f.readAll());
    if (!key)
        return Error::make(key.error().code, tr("%1: %2").arg(path, key.errorString()));
    return key;
}

QByteArray KeyPair::privatePem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

Status KeyPair::save(const QString &path) const
{
    const QByteArray pem = privatePem();
    if (pem.isEmpty())
        return Error::make(ErrorCode::Failed, tr("There is no key to save."));
    const QFileInfo fi(path);
    const QByteArray target = QFile::encodeName(fi.absoluteFilePath());
    const QByteArray tmp = target + ".tmp-" + QByteArray::number(qint64(::getpid()));
    ::unlink(tmp.constData());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error::make(ErrorCode::Io, tr("Cannot create the key file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    // The umask can only remove bits; fchmod makes the mode exactly 0600 whatever it is.
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, pem) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok || ::rename(tmp.constData(), target.constData()) != 0) {
        const int err = ok ? errno : savedErrno;
        ::unlink(tmp.constData());
        return Error::make(ErrorCode::Io, tr("Cannot write the key file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    return {};
}

PublicKey KeyPair::publicKey() const
{
    auto k = PublicKey::fromRaw(rawPublic(m_key.get()));
    return k ? *k : PublicKey();
}

QByteArray KeyPair::sign(QByteArrayView data) const
{
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!m_key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return {};
    size_t len = kSignatureSize;
    QByteArray sig(kSignatureSize, Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, reinterpret_cast<const unsigned char *>(data.data()),
                       size_t(data.size()))
            != 1
        || len != kSignatureSize)
        return {};
    return sig;
}

EVP_PKEY *KeyPair::upRef() const
{
    if (!m_key || EVP_PKEY_up_ref(m_key.get()) != 1)
        return nullptr;
    return m_key.get();
}

} // namespace tafel::crypto
