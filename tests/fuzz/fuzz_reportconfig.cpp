// libFuzzer harness for the agent's reporting settings as they arrive over the LAN protocol (report.config.set:
// ReportingConfig::fromCbor) and for the display entries of [Monitoring] Displays (MonitoringConfig::parseDisplay).
// The first byte picks the parser. Invariants, checked with abort(): a refusal is InvalidInput with a message; an
// accepted configuration survives the round trip through its INI form (toCbor -> fromCbor gives the same
// configuration), so nothing a client sends can add keys to reporting.ini.
#include "agent/monitoringconfig.h"
#include "agent/reportingconfig.h"
#include "core/cborframe.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel;
using namespace tafel::agent;

namespace {
void check(bool ok)
{
    if (!ok)
        std::abort();
}

const QString &dataDir()
{
    static QTemporaryDir dir;
    static const QString path = dir.path();
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0) {
        auto d = MonitoringConfig::parseDisplay(QString::fromUtf8(input));
        if (!d) {
            check(d.error().code == ErrorCode::InvalidInput && !d.errorString().isEmpty());
            return 0;
        }
        check(!d->id.isEmpty() && !d->target.host.isEmpty() && d->target.mdcId >= 0 && d->target.mdcId <= 0xFE);
        return 0;
    }
    // Decoded as the agentlink server decodes a frame (cborframe::decodeMap refuses invalid CBOR): a bare
    // QCborValue::fromCbor ignores the error and Qt 6.4 can then return a map with a key but no value, which
    // QCborMap::value() reads past (found by this harness).
    QString cborError;
    const auto map = cborframe::decodeMap(input, &cborError);
    if (!map)
        return 0;
    auto c = ReportingConfig::fromCbor(*map, std::nullopt, QStringLiteral("r1"), dataDir());
    if (!c) {
        check(!c.errorString().isEmpty());
        return 0;
    }
    check(!c->school.isEmpty() && !c->room.isEmpty() && !c->sinks.isEmpty());
    QCborMap again = c->toCbor();
    // toCbor has tokenSet, not the token: send it back without, keeping the tokens from `c`.
    QCborArray sinks;
    for (const QCborValue &s : again.value(QStringLiteral("sinks")).toArray()) {
        QCborMap m = s.toMap();
        m.remove(QStringLiteral("tokenSet"));
        sinks.append(m);
    }
    again.insert(QStringLiteral("sinks"), sinks);
    auto c2 = ReportingConfig::fromCbor(again, *c, QStringLiteral("r1"), dataDir());
    check(bool(c2));
    check(c2->toCbor() == c->toCbor());
    for (int i = 0; i < c->sinks.size(); ++i)
        check(c2->sinks.at(i).bearerToken == c->sinks.at(i).bearerToken);
    return 0;
}
