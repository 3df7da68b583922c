#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace tafel::crypto {

// scrypt cost parameters. Defaults follow OWASP's interactive-login guidance (N=2^15, r=8, p=1: ~32 MiB, ~0.1 s).
struct ScryptParams {
    int logN = 15;
    int r = 8;
    int p = 1;
};

// Returns a self-describing PHC-style string: "$scrypt$ln=15,r=8,p=1$<salt b64>$<hash b64>".
// The password itself is never stored.
Result<QString> hashPassword(const QString &password, ScryptParams params = {});

// Constant-time check of `password` against a string made by hashPassword(). A malformed hash is an error,
// not a silent "wrong password".
Result<bool> verifyPassword(const QString &password, const QString &encodedHash);

} // namespace tafel::crypto
