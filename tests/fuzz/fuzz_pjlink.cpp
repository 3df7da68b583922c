// libFuzzer harness for the PJLink parsers: the reply/greeting parser (as a driver's read loop uses it),
// the request parser (as the simulator uses it) and the value decoders on every parsed value.
#include "displays/pjlinkprotocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::displays::pjlink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Read loop: consume the whole buffer line by line; every step must make progress or stop.
    QByteArrayView rest = input;
    for (int guard = 0; guard < 100000 && !rest.isEmpty(); ++guard) {
        const ParseResult r = parse(rest);
        if (r.consumed < 0 || r.consumed > rest.size())
            std::abort();
        if (r.ok()) {
            if (r.message.line.size() >= MaxLine)
                std::abort();
            const QByteArray &v = r.message.value;
            (void)decodePower(v);
            (void)decodeErrors(v);
            (void)decodeLamps(v);
            (void)decodeMute(v);
            (void)decodeClass(v);
            (void)decodeFreeze(v);
            (void)decodeHours(v);
            (void)decodeInputList(v);
            (void)decodeText(v);
        }
        if (r.incomplete()) {
            if (rest.size() - r.consumed >= MaxLine)
                std::abort(); // the cap must turn a long partial line into an error
            break;
        }
        if (r.consumed == 0)
            std::abort(); // no progress on a complete or erroneous line
        rest = rest.sliced(r.consumed);
    }

    QByteArrayView req = input;
    for (int guard = 0; guard < 100000 && !req.isEmpty(); ++guard) {
        const RequestParse r = parseRequest(req);
        if (r.consumed < 0 || r.consumed > req.size())
            std::abort();
        if (r.status == ParseResult::Status::Incomplete || r.consumed == 0)
            break;
        req = req.sliced(r.consumed);
    }

    if (size >= 64) {
        const QByteArray d = sha256Digest(input.first(32), input.sliced(32, 32), input.sliced(64));
        if (!d.isEmpty() && d.size() != 64)
            std::abort();
    }
    return 0;
}
