#include "crypto/secretbox.h"
#include "crypto/random.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>

#include <memory>

namespace tafel::crypto {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr char kVersion = 0x01;

struct CtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
} // namespace

Result<SecretBox> SecretBox::fromKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.exists()) {
        const QByteArray key = randomBytes(kKeyBytes);
        if (key.size() != kKeyBytes)
            return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto::SecretBox", "The system's random number generator failed."));
        QSaveFile out(path);
        // QSaveFile writes a temporary file and renames it: the key is never visible half-written, and
        // the permissions are set before any key byte is written.
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || out.write(key) != kKeyBytes
            || !out.commit()) {
            return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::crypto::SecretBox", "Cannot create the key file %1: %2").arg(path, out.errorString()));
        }
        return SecretBox(key);
    }
    const auto perms = QFileInfo(path).permissions();
    if (perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
        return Error::make(ErrorCode::PermissionDenied, QCoreApplication::translate("tafel::crypto::SecretBox", "The key file %1 is readable by other users; it must have mode 0600 (chmod 600).").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::crypto::SecretBox", "Cannot read the key file %1: %2").arg(path, f.errorString()));
    const QByteArray key = f.read(kKeyBytes + 1);
    if (key.size() != kKeyBytes)
        return Error::make(ErrorCode::Corrupt, QCoreApplication::translate("tafel::crypto::SecretBox", "The key file %1 is damaged (it must hold exactly 32 bytes).").arg(path));
    return SecretBox(key);
}

SecretBox SecretBox::fromKey(const QByteArray &key32)
{
    return SecretBox(key32);
}

Result<QByteArray> SecretBox::seal(const QByteArray &plaintext, const QByteArray &context) const
{
    const Error failed = Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto::SecretBox", "Encrypting the secret failed."));
    if (m_key.size() != kKeyBytes)
        return failed;
    const QByteArray nonce = randomBytes(kNonceBytes);
    Ctx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || nonce.size() != kNonceBytes || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(m_key), u(nonce)) != 1)
        return failed;
    int len = 0;
    if (!context.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(context), int(context.size())) != 1)
        return failed;
    QByteArray cipher(plaintext.size() + 16, Qt::Uninitialized);
    int total = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), u(cipher), &len, u(plaintext), int(plaintext.size())) != 1)
            return failed;
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), u(cipher) + total, &len) != 1)
        return failed;
    total += len;
    cipher.truncate(total);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        return failed;
    return QByteArray(QByteArray(1, kVersion) + nonce + cipher + tag);
}

Result<QByteArray> SecretBox::open(const QByteArray &sealed, const QByteArray &context) const
{
    const Error bad = Error::make(ErrorCode::Corrupt, QCoreApplication::translate("tafel::crypto::SecretBox", "A stored secret cannot be decrypted: it was damaged or belongs to another key file."));
    if (m_key.size() != kKeyBytes || sealed.size() < 1 + kNonceBytes + kTagBytes || sealed.at(0) != kVersion)
        return bad;
    const QByteArray nonce = sealed.mid(1, kNonceBytes);
    const QByteArray cipher = sealed.mid(1 + kNonceBytes, sealed.size() - 1 - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    Ctx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(m_key), u(nonce)) != 1)
        return bad;
    int len = 0;
    if (!context.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(context), int(context.size())) != 1)
        return bad;
    QByteArray plain(cipher.size() + 16, Qt::Uninitialized);
    int total = 0;
    if (!cipher.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), u(plain), &len, u(cipher), int(cipher.size())) != 1)
            return bad;
        total = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1 || EVP_DecryptFinal_ex(ctx.get(), u(plain) + total, &len) != 1)
        return bad;
    plain.truncate(total + len);
    return plain;
}

} // namespace tafel::crypto
