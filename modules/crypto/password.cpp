#include "crypto/password.h"
#include "crypto/random.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace tafel::crypto {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

Result<QByteArray> derive(const QByteArray &pw, const QByteArray &salt, const ScryptParams &p)
{
    if (p.logN < 10 || p.logN > 22 || p.r < 1 || p.r > 32 || p.p < 1 || p.p > 16)
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::crypto", "Unsupported password hash parameters."));
    QByteArray key(kHashBytes, Qt::Uninitialized);
    const quint64 n = quint64(1) << p.logN;
    const quint64 maxmem = 128ull * p.r * (n + p.p + 2) + (1u << 20);
    if (EVP_PBE_scrypt(pw.constData(), size_t(pw.size()), reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()),
                       n, quint64(p.r), quint64(p.p), maxmem, reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()))
        != 1) {
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto", "Password hashing failed (out of memory?)."));
    }
    return key;
}
} // namespace

Result<QString> hashPassword(const QString &password, ScryptParams params)
{
    const QByteArray salt = randomBytes(kSaltBytes);
    if (salt.isEmpty())
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto", "The system's random number generator failed."));
    auto key = derive(password.toUtf8(), salt, params);
    if (!key)
        return key.error();
    const auto b64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(params.logN)
        .arg(params.r)
        .arg(params.p)
        .arg(QString::fromLatin1(salt.toBase64(b64)), QString::fromLatin1(key->toBase64(b64)));
}

Result<bool> verifyPassword(const QString &password, const QString &encodedHash)
{
    const Error malformed = Error::make(ErrorCode::Corrupt, QCoreApplication::translate("tafel::crypto", "The stored password hash is malformed."));
    // "", "scrypt", "ln=..,r=..,p=..", salt, hash
    const QStringList parts = encodedHash.split(QLatin1Char('$'));
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != QLatin1String("scrypt"))
        return malformed;
    ScryptParams p;
    bool okN = false, okR = false, okP = false;
    for (const QString &kv : parts[2].split(QLatin1Char(','))) {
        const QString k = kv.section(QLatin1Char('='), 0, 0);
        const QString v = kv.section(QLatin1Char('='), 1);
        if (k == QLatin1String("ln"))
            p.logN = v.toInt(&okN);
        else if (k == QLatin1String("r"))
            p.r = v.toInt(&okR);
        else if (k == QLatin1String("p"))
            p.p = v.toInt(&okP);
    }
    if (!okN || !okR || !okP)
        return malformed;
    const auto opts = QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors;
    const auto salt = QByteArray::fromBase64Encoding(parts[3].toLatin1(), opts);
    const auto expected = QByteArray::fromBase64Encoding(parts[4].toLatin1(), opts);
    if (!salt || !expected || salt.decoded.size() < 8 || expected.decoded.size() != kHashBytes)
        return malformed;
    auto key = derive(password.toUtf8(), salt.decoded, p);
    if (!key)
        return key.error();
    return CRYPTO_memcmp(key->constData(), expected.decoded.constData(), size_t(kHashBytes)) == 0;
}

} // namespace tafel::crypto
