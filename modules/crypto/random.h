#pragma once

#include <QByteArray>

namespace tafel::crypto {

// Cryptographically secure random bytes from OpenSSL's DRBG. Aborts never; returns empty on failure.
QByteArray randomBytes(int count);

} // namespace tafel::crypto
