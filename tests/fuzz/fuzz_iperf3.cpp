// libFuzzer harness for the iperf3 control codec: the input is run as a control stream (state bytes and
// length-prefixed JSON, switching to JSON after EXCHANGE_RESULTS like the client does), every JSON object is fed
// to the parameter and results readers, and a parsed results object must survive a round trip.
#include "monitoring/iperf3protocol.h"

#include <QByteArray>
#include <QJsonObject>

#include <algorithm>

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
    qsizetype pos = 0;
    auto expect = iperf3::Expect::State;
    while (pos < input.size()) {
        const auto d = iperf3::decode(input.sliced(pos), expect);
        if (d.kind == iperf3::Decoded::Incomplete || d.kind == iperf3::Decoded::Failed) {
            check(d.consumed == 0);
            break;
        }
        check(d.consumed > 0 && d.consumed <= input.size() - pos);
        pos += d.consumed;
        if (d.kind == iperf3::Decoded::StateByte) {
            if (d.state == iperf3::ExchangeResults)
                expect = iperf3::Expect::Json;
            continue;
        }
        expect = iperf3::Expect::State;
        (void)iperf3::paramsFromJson(d.json);
        if (auto r = iperf3::resultsFromJson(d.json)) {
            auto back = iperf3::resultsFromJson(iperf3::resultsToJson(*r));
            check(back.ok() && back->streams.size() == r->streams.size());
            for (qsizetype i = 0; i < r->streams.size(); ++i)
                check(back->streams[i].id == r->streams[i].id && back->streams[i].bytes == r->streams[i].bytes);
        }
    }
    // Framing round trip of whatever the input is as a JSON string value.
    const QJsonObject wrapped{{QStringLiteral("x"), QString::fromLatin1(input.first(std::min<qsizetype>(input.size(), 256)).toByteArray().toHex())}};
    const QByteArray framed = iperf3::frameJson(wrapped);
    const auto d = iperf3::decode(framed, iperf3::Expect::Json);
    check(d.kind == iperf3::Decoded::Json && d.consumed == framed.size() && d.json == wrapped);
    return 0;
}
