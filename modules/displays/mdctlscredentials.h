#pragma once

#include "core/result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace tafel::displays {

// A throw-away self-signed TLS identity (EC P-256, SHA-256), generated in memory with OpenSSL's EVP API.
// Samsung displays with the MDC "Secured Protocol" present self-signed certificates; the MDC simulator
// does the same so that the driver's trust-on-first-use path is exercised. Nothing is written to disk.
// (Candidate for modules/crypto once another module needs it.)
struct MdcTlsCredentials {
    QSslCertificate certificate;
    QSslKey privateKey;

    static Result<MdcTlsCredentials> generate(const QString &commonName, int validDays = 365);
};

} // namespace tafel::displays
