#include "crypto/certificate.h"
#include "crypto/random.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace tafel::crypto {

namespace {
struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
struct ExtDeleter {
    void operator()(X509_EXTENSION *e) const { X509_EXTENSION_free(e); }
};
struct BnDeleter {
    void operator()(BIGNUM *b) const { BN_free(b); }
};

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtDeleter> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}
} // namespace

Result<QSslCertificate> makeSelfSignedCertificate(const KeyPair &key, const QString &commonName, int validDays)
{
    if (key.isNull())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::crypto::Certificate", "A certificate needs a key."));
    std::unique_ptr<X509, X509Deleter> cert(X509_new());
    if (!cert)
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto::Certificate", "OpenSSL could not create a certificate."));
    const QByteArray serialBytes = randomBytes(16);
    std::unique_ptr<BIGNUM, BnDeleter> serial(BN_bin2bn(reinterpret_cast<const unsigned char *>(serialBytes.constData()), int(serialBytes.size()), nullptr));
    const QByteArray cn = (commonName.isEmpty() ? QStringLiteral("tafel") : commonName).left(64).toUtf8();
    bool ok = serial && BN_set_bit(serial.get(), 0) == 1 && X509_set_version(cert.get(), X509_VERSION_3) == 1;
    if (ok) {
        BN_clear_bit(serial.get(), 127); // positive, non-zero, 127 bits
        ok = BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr;
    }
    ok = ok && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr
        && X509_time_adj_ex(X509_getm_notAfter(cert.get()), validDays, 0, nullptr) != nullptr;
    X509_NAME *name = X509_get_subject_name(cert.get());
    ok = ok && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0) == 1
        && X509_set_issuer_name(cert.get(), name) == 1 && X509_set_pubkey(cert.get(), key.handle()) == 1
        && addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth,clientAuth")
        && addExtension(cert.get(), NID_subject_key_identifier, "hash");
    // Ed25519 signs the whole message itself: the digest argument must be null.
    ok = ok && X509_sign(cert.get(), key.handle(), nullptr) > 0;
    if (!ok)
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto::Certificate", "OpenSSL could not create the self-signed certificate."));
    const int len = i2d_X509(cert.get(), nullptr);
    if (len <= 0)
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto::Certificate", "OpenSSL could not encode the certificate."));
    QByteArray der(len, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(cert.get(), &p);
    QSslCertificate qcert(der, QSsl::Der);
    if (qcert.isNull())
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto::Certificate", "Qt's TLS backend cannot read the certificate. Is the OpenSSL TLS plugin installed?"));
    return qcert;
}

QSslKey toSslKey(const KeyPair &key)
{
    EVP_PKEY *ref = key.upRef();
    if (!ref)
        return {};
    QSslKey sslKey(reinterpret_cast<Qt::HANDLE>(ref), QSsl::PrivateKey);
    if (sslKey.isNull())
        EVP_PKEY_free(ref); // the backend did not take it
    return sslKey;
}

QString certificateFingerprint(const QSslCertificate &cert)
{
    if (cert.isNull())
        return {};
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString normalizeFingerprint(const QString &fingerprint)
{
    QString out;
    out.reserve(64);
    for (const QChar c : fingerprint) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'))
            out.append(c.toUpper());
    }
    return out;
}

bool fingerprintsMatch(const QString &a, const QString &b)
{
    const QString na = normalizeFingerprint(a);
    return na.size() == 64 && na == normalizeFingerprint(b);
}

Result<PublicKey> certificatePublicKey(const QSslCertificate &cert)
{
    if (cert.isNull())
        return Error::make(ErrorCode::AuthFailed, QCoreApplication::translate("tafel::crypto::Certificate", "No certificate."));
    return PublicKey::fromCertificateDer(cert.toDer());
}

} // namespace tafel::crypto
