#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

using EVP_MD_CTX = struct evp_md_ctx_st;

namespace tafel::crypto {

// Incremental SHA-256 over OpenSSL EVP. Feed any number of chunks, then result() (which finishes the hash;
// call reset() to start again).
class Sha256 final {
    Q_DISABLE_COPY_MOVE(Sha256)
public:
    Sha256();
    ~Sha256();

    void addData(QByteArrayView data);
    QByteArray result(); // 32 bytes; empty if OpenSSL failed
    void reset();

    static QByteArray hash(QByteArrayView data);

private:
    struct Deleter {
        void operator()(EVP_MD_CTX *ctx) const;
    };
    std::unique_ptr<EVP_MD_CTX, Deleter> m_ctx;
    bool m_ok = false;
};

// SHA-256 of a file read in chunks of `chunkSize` bytes (constant memory for any file size).
Result<QByteArray> sha256File(const QString &path, qint64 chunkSize = 1 << 20);

} // namespace tafel::crypto
