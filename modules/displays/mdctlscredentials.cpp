#include "displays/mdctlscredentials.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

namespace tafel::displays {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Free {
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree {
    void operator()(BIO *p) const { BIO_free(p); }
};

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 && data ? QByteArray(data, qsizetype(n)) : QByteArray();
}

Error failure()
{
    return Error::make(ErrorCode::Failed,
                       QCoreApplication::translate("tafel::displays::MdcTlsCredentials",
                                                   "Could not create a TLS certificate for the simulated display. "
                                                   "Check that OpenSSL 3 is installed correctly."));
}

} // namespace

Result<MdcTlsCredentials> MdcTlsCredentials::generate(const QString &commonName, int validDays)
{
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Free> cert(X509_new());
    if (!key || !cert)
        return failure();

    unsigned char serial[8] = {};
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failure();
    serial[0] &= 0x7F; // positive
    long serialValue = 0;
    for (const unsigned char b : serial)
        serialValue = (serialValue << 8) | b;

    const QByteArray cn = commonName.toUtf8().left(64);
    bool ok = X509_set_version(cert.get(), 2) == 1
        && ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serialValue) == 1
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 86400L) != nullptr
        && X509_set_pubkey(cert.get(), key.get()) == 1;
    if (ok) {
        X509_NAME *name = X509_get_subject_name(cert.get());
        ok = X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0)
                == 1
            && X509_set_issuer_name(cert.get(), name) == 1
            && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    }
    if (!ok)
        return failure();

    std::unique_ptr<BIO, BioFree> certBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failure();

    MdcTlsCredentials out;
    out.certificate = QSslCertificate(bioContents(certBio.get()), QSsl::Pem);
    out.privateKey = QSslKey(bioContents(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (out.certificate.isNull() || out.privateKey.isNull())
        return failure();
    return out;
}

} // namespace tafel::displays
