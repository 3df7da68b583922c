// libFuzzer harness for the ICMP echo codec: every datagram is parsed as IPv4 with and without an IP header and
// as ICMPv6; invariants (no read past the input, payload = input minus headers, a re-built reply round-trips)
// are checked with abort().
#include "monitoring/icmppacket.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::monitoring;

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
    for (const auto family : {icmp::Family::V4, icmp::Family::V6}) {
        for (const bool ip : {false, true}) {
            auto m = icmp::parse(input, family, ip);
            if (!m)
                continue;
            check(m->payload.size() <= input.size() - icmp::kHeaderSize);
            if (!ip)
                check(m->payload.size() == input.size() - icmp::kHeaderSize);
            check(m->isEchoReply == (m->code == 0 && m->type == (family == icmp::Family::V4 ? 0 : 129)));
            // Round trip: a request built from the parsed fields parses back to the same fields.
            const QByteArray again = icmp::buildEchoRequest(family, m->id, m->seq, m->payload);
            auto back = icmp::parse(again, family, false);
            check(back.ok() && back->id == m->id && back->seq == m->seq && back->payload == m->payload);
        }
    }
    return 0;
}
