#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace tafel::crypto {

struct PkeyDeleter {
    void operator()(EVP_PKEY *key) const;
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

// An Ed25519 public key (32 raw bytes). Exchanged as base64 of the raw key (one line, the form used in the
// agent's trusted-keys file) or as SubjectPublicKeyInfo PEM.
class PublicKey final {
    Q_DECLARE_TR_FUNCTIONS(tafel::crypto::PublicKey)
public:
    PublicKey() = default;

    static Result<PublicKey> fromRaw(QByteArrayView raw);
    static Result<PublicKey> fromBase64(QByteArrayView base64);
    static Result<PublicKey> fromPem(QByteArrayView pem);
    // The public key inside a DER encoded X.509 certificate; an error unless it is Ed25519.
    static Result<PublicKey> fromCertificateDer(QByteArrayView der);

    bool isNull() const { return m_raw.isEmpty(); }
    QByteArray raw() const { return m_raw; }
    QByteArray toBase64() const { return m_raw.toBase64(); }
    QByteArray toPem() const;
    // Short, human-comparable id: the first 16 hex digits of SHA-256 over the raw key ("3f9a0c…").
    QString keyId() const;

    // True only for a valid Ed25519 signature of `data` by this key.
    bool verify(QByteArrayView data, QByteArrayView signature) const;

    friend bool operator==(const PublicKey &a, const PublicKey &b) { return a.m_raw == b.m_raw; }

private:
    QByteArray m_raw;
};

// An Ed25519 key pair held in OpenSSL (EVP_PKEY). Move-only.
class KeyPair final {
    Q_DECLARE_TR_FUNCTIONS(tafel::crypto::KeyPair)
public:
    KeyPair() = default;
    KeyPair(KeyPair &&) noexcept = default;
    KeyPair &operator=(KeyPair &&) noexcept = default;
    KeyPair(const KeyPair &) = delete;
    KeyPair &operator=(const KeyPair &) = delete;
    ~KeyPair();

    static Result<KeyPair> generate();
    // PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), unencrypted; the file must be an Ed25519 key.
    static Result<KeyPair> load(const QString &path);
    static Result<KeyPair> fromPem(QByteArrayView pem);

    // Writes the private key as PKCS#8 PEM. The file is created with mode 0600 from the first byte (a
    // temporary file opened O_EXCL with 0600, fsynced, then renamed over `path`), so the key is never readable
    // by others, not even briefly. An existing file at `path` is replaced.
    Status save(const QString &path) const;

    bool isNull() const { return !m_key; }
    QByteArray privatePem() const;
    PublicKey publicKey() const;
    QString keyId() const { return publicKey().keyId(); }

    QByteArray sign(QByteArrayView data) const; // 64-byte Ed25519 signature; empty on failure

    // The OpenSSL key; owned by this object. upRef() returns a new reference the caller must free.
    EVP_PKEY *handle() const { return m_key.get(); }
    EVP_PKEY *upRef() const;

private:
    explicit KeyPair(PkeyPtr key) : m_key(std::move(key)) {}
    PkeyPtr m_key;
};

} // namespace tafel::crypto
