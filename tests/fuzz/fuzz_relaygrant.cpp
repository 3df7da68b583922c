// libFuzzer harness for relay grants (modules/distribution/relaygrant.h), which a receiving agent decodes from the
// network before it knows who sent them, and for the chunk bitmaps of package.push/package.status. A grant that
// decodes must be complete, and check() must refuse it for any other package, key or receiver.
#include "distribution/pusher.h"
#include "distribution/relaygrant.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel;
using namespace tafel::distribution;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    auto g = RelayGrant::decode(input);
    if (g) {
        if (g->packageId.isEmpty() || g->relayKey.size() != 32 || g->toFingerprint.isEmpty() || g->signer.isNull())
            std::abort();
        const QDateTime before = g->expires.addMSecs(-1);
        if (g->check(g->packageId + QLatin1Char('x'), g->relayKey, g->toFingerprint, before))
            std::abort();
        if (g->check(g->packageId, QByteArray(32, '\0') == g->relayKey ? QByteArray(32, '\1') : QByteArray(32, '\0'), g->toFingerprint, before))
            std::abort();
        if (g->check(g->packageId, g->relayKey, g->toFingerprint, g->expires))
            std::abort();
    } else if (g.errorString().isEmpty()) {
        std::abort();
    }
    const int bits = int(size % 4096);
    const QBitArray bitmap = bitmapFromBytes(input.toByteArray(), bits);
    if (bitmap.size() != bits || bitmapFromBytes(bitmapToBytes(bitmap), bits) != bitmap)
        std::abort();
    return 0;
}
