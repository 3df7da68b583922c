// libFuzzer harness for the Samsung MDC codec: the frame parser run as a receive loop (resync included),
// ACK/NAK and payload decoders on every frame, the secured-protocol banner and PIN reply parsers, and the
// input-code parser. Invariants are checked with abort(), so the fuzzer reports them as crashes.
#include "displays/mdcprotocol.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::displays;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Receive loop: every Frame or Error consumes at least one byte and never more than is there.
    qsizetype pos = 0;
    int rounds = 0;
    while (pos < input.size()) {
        const mdc::ParseResult r = mdc::parse(input.sliced(pos));
        if (r.kind == mdc::ParseResult::Kind::Incomplete) {
            check(r.consumed == 0);
            break;
        }
        check(r.consumed > 0 && r.consumed <= input.size() - pos);
        if (r.kind == mdc::ParseResult::Kind::Frame) {
            check(r.consumed <= mdc::MaxFrameSize);
            // A parsed frame re-encodes to exactly the bytes it came from.
            check(mdc::encode(r.frame) == input.sliced(pos, r.consumed));
            if (const auto reply = mdc::decodeReply(r.frame)) {
                (void)reply->nakCode();
                (void)mdc::decodeStatus(reply->data);
                (void)mdc::decodeErrorStatus(reply->data);
                (void)mdc::decodeModelNumber(reply->data);
                (void)mdc::decodeString(reply->data);
            }
        }
        pos += r.consumed;
        check(++rounds <= input.size());
    }

    (void)mdc::matchBanner(input, mdc::TlsStartBanner);
    const mdc::AuthResult a = mdc::parseAuthReply(input);
    check(a.consumed >= 0 && a.consumed <= input.size());
    check(a.failCode.size() <= 16);

    const QString text = QString::fromLatin1(input.first(std::min<qsizetype>(input.size(), 64)));
    if (const auto code = mdc::parseInputCode(text))
        check(mdc::parseInputCode(mdc::formatInputCode(*code)) == code);
    (void)mdc::isValidPin(text);
    return 0;
}
