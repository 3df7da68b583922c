// libFuzzer harness for the agent LAN protocol's frame parser, driven like the server's read loop: parse frames
// off the buffer until it is incomplete or an error; every complete frame must re-encode to a frame that
// parses to the same content, and nothing may be consumed past the input or the size cap.
#include "agentlink/frame.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::agentlink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A small cap as well as the real one, so the cap path is exercised with small inputs.
    for (const qsizetype cap : {kMaxFrameSize, qsizetype(64)}) {
        QByteArrayView rest = input;
        while (!rest.isEmpty()) {
            const ParseResult r = parse(rest, cap);
            if (r.state == ParseResult::State::Incomplete)
                break;
            if (r.state == ParseResult::State::Error) {
                if (r.errorCode.isEmpty())
                    std::abort();
                break;
            }
            if (r.consumed <= kHeaderSize || r.consumed > rest.size() || r.consumed > kHeaderSize + cap)
                std::abort();
            Frame f = r.frame;
            const ParseResult again = parse(encode(f), kMaxFrameSize);
            if (again.state != ParseResult::State::Complete || again.frame.seq != f.seq || again.frame.id != f.id
                || again.frame.type != f.type || again.frame.command != f.command
                || again.frame.body.toCborValue().toCbor() != f.body.toCborValue().toCbor()
                || again.frame.errorCode != f.errorCode)
                std::abort();
            rest = rest.sliced(r.consumed);
        }
    }
    return 0;
}
