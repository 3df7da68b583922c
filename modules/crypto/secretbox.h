#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace tafel::crypto {

// Authenticated encryption of small secrets at rest (PJLink passwords, MDC PINs) with AES-256-GCM
// (OpenSSL EVP). The key is 32 random bytes in a key file created with mode 0600 next to the database.
// Sealed format: 0x01 | 12-byte nonce | ciphertext | 16-byte tag. `context` (e.g. the credential id) is
// bound as additional data, so a sealed value copied to another row does not decrypt.
class SecretBox final {
public:
    // Loads the key file, creating it (0600, atomically) when it does not exist. A key file with other
    // permissions than 0600 or the wrong size is refused with a message naming it.
    static Result<SecretBox> fromKeyFile(const QString &path);
    static SecretBox fromKey(const QByteArray &key32); // tests

    Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &context = {}) const;
    Result<QByteArray> open(const QByteArray &sealed, const QByteArray &context = {}) const;

private:
    explicit SecretBox(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

} // namespace tafel::crypto
