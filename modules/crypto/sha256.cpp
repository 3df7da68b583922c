#include "crypto/sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace tafel::crypto {

void Sha256::Deleter::operator()(EVP_MD_CTX *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
}

void Sha256::addData(QByteArrayView data)
{
    if (m_ok && !data.isEmpty())
        m_ok = EVP_DigestUpdate(m_ctx.get(), data.data(), size_t(data.size())) == 1;
}

QByteArray Sha256::result()
{
    if (!m_ok)
        return {};
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    m_ok = false; // finished; reset() before reuse
    if (EVP_DigestFinal_ex(m_ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        return {};
    out.resize(qsizetype(len));
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

Result<QByteArray> sha256File(const QString &path, qint64 chunkSize)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(f.exists() ? ErrorCode::Io : ErrorCode::NotFound, QCoreApplication::translate("tafel::crypto::Sha256", "Cannot read %1: %2").arg(path, f.errorString()));
    chunkSize = qBound<qint64>(4096, chunkSize, qint64(64) << 20);
    QByteArray buf(qsizetype(chunkSize), Qt::Uninitialized);
    Sha256 h;
    for (;;) {
        const qint64 n = f.read(buf.data(), chunkSize);
        if (n < 0)
            return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::crypto::Sha256", "Reading %1 failed: %2").arg(path, f.errorString()));
        if (n == 0)
            break;
        h.addData(QByteArrayView(buf.constData(), qsizetype(n)));
    }
    QByteArray digest = h.result();
    if (digest.isEmpty())
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::crypto::Sha256", "OpenSSL could not compute SHA-256 of %1.").arg(path));
    return digest;
}

} // namespace tafel::crypto
