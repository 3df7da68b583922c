#pragma once

#include "core/result.h"
#include "crypto/keys.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace tafel::crypto {

// Self-signed X.509 v3 certificate for TLS, signed by `key` (Ed25519). Subject and issuer CN = commonName.
Result<QSslCertificate> makeSelfSignedCertificate(const KeyPair &key, const QString &commonName, int validDays = 3650);

// A QSslKey usable in QSslConfiguration::setPrivateKey().
//
// Qt 6.4's OpenSSL backend cannot parse Ed25519 keys: QSslKey(pem, QSsl::Rsa|Dsa|Ec|Dh) only knows those
// algorithms and gives a null key for "BEGIN PRIVATE KEY" Ed25519 PEM. Qt does accept an *opaque* key
// (QSslKey(Qt::HANDLE, QSsl::PrivateKey)) wrapping an EVP_PKEY*, which it hands to SSL_CTX_use_PrivateKey
// unchanged; OpenSSL 3 then signs the TLS 1.3 CertificateVerify with Ed25519. The QSslKey takes ownership of
// the reference it gets (we pass an up-ref'd EVP_PKEY), so the KeyPair may be destroyed independently.
// Certificates need no workaround: QSslCertificate parses Ed25519 certificates (only publicKey() is null).
QSslKey toSslKey(const KeyPair &key);

// SHA-256 over the certificate's DER, as upper-case hex pairs separated by colons ("AB:CD:…").
QString certificateFingerprint(const QSslCertificate &cert);
// Canonical form for comparing fingerprints typed or pasted by people: hex digits only, upper case.
QString normalizeFingerprint(const QString &fingerprint);
bool fingerprintsMatch(const QString &a, const QString &b);

// The Ed25519 public key of a certificate (e.g. a TLS peer's).
Result<PublicKey> certificatePublicKey(const QSslCertificate &cert);

} // namespace tafel::crypto
