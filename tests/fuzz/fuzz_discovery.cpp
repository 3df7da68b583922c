// libFuzzer harness for what discovery reads: the PJLink probe's lines (greeting, NAME, CLSS) from any port that
// answers, and the subnets an admin types (Subnets::parse, then the host list of what it accepted).
#include "discovery/networkscan.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::discovery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArrayView rest = input;
    for (int guard = 0; guard < 100000 && !rest.isEmpty(); ++guard) {
        const qsizetype cr = rest.indexOf('\r');
        const QByteArrayView line = cr < 0 ? rest : rest.first(cr);
        const PjLinkProbeLine l = parsePjLinkProbeLine(line);
        if (l.value.size() > 64)
            std::abort();
        if (l.kind == PjLinkProbeLine::Kind::Unknown && !l.value.isEmpty())
            std::abort();
        rest = cr < 0 ? QByteArrayView() : rest.sliced(cr + 1);
    }
    const auto subnet = Subnets::parse(QString::fromUtf8(input.first(qMin<qsizetype>(input.size(), 256))));
    if (subnet) {
        if (subnet->prefix < Subnets::kMinPrefix || subnet->prefix > 32)
            std::abort();
        const QList<QHostAddress> hosts = Subnets::hosts(*subnet);
        if (hosts.size() != qsizetype(subnet->hostCount()) || hosts.size() > 1024)
            std::abort();
    }
    return 0;
}
