// libFuzzer harness for the screen-session parser (agent ↔ `tafel --screen`), driven like the server's read
// loop: parse frames off the buffer until it is incomplete or unframeable; every complete frame must re-encode
// to a frame that parses to the same content, and nothing may be consumed past the input or the size cap.
#include "screensession/protocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::screensession;

namespace {

bool sameContent(const Frame &a, const Frame &b)
{
    if (a.type != b.type || a.id != b.id)
        return false;
    switch (a.type) {
    case FrameType::Request:
        return a.command == b.command && a.message.text == b.message.text && a.message.sender == b.message.sender
            && a.message.seconds == b.message.seconds && a.message.style == b.message.style && a.filePath == b.filePath
            && a.positionMs == b.positionMs;
    case FrameType::Response:
    case FrameType::Event:
        return a.state == b.state;
    case FrameType::Error:
        return a.error.code == b.error.code && a.error.message == b.error.message;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const qsizetype cap : {kMaxFrameSize, qsizetype(64)}) {
        QByteArrayView rest = input;
        while (!rest.isEmpty()) {
            const ParseResult r = parse(rest, cap);
            if (r.state == ParseResult::State::Incomplete)
                break;
            if (r.state == ParseResult::State::Error) {
                if (r.errorString.isEmpty() || r.consumed != 0)
                    std::abort();
                break;
            }
            if (r.consumed <= kHeaderSize || r.consumed > rest.size() || r.consumed > kHeaderSize + cap)
                std::abort();
            if (r.state == ParseResult::State::Invalid) {
                if (r.errorString.isEmpty())
                    std::abort();
            } else {
                if (r.frame.type == FrameType::Request && r.frame.command == Command::ShowMessage
                    && !r.frame.message.validate().ok())
                    std::abort(); // the parser lets no invalid message through
                const ParseResult again = parse(encode(r.frame), kMaxFrameSize);
                if (again.state != ParseResult::State::Complete || !sameContent(again.frame, r.frame))
                    std::abort();
            }
            rest = rest.sliced(r.consumed);
        }
    }
    return 0;
}
