#include "crypto/random.h"

#include <openssl/rand.h>

namespace tafel::crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count <= 0 || RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return {};
    return out;
}

} // namespace tafel::crypto
