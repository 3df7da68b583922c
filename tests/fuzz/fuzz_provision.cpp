// libFuzzer harness for the provisioning file validator (provision.json, installed by school IT, applied as root
// by the packages' postinst). Invariants, checked with abort(): a result is either a Provision or a non-empty
// list of errors each with a JSON path starting at "$"; an accepted file re-serialises (toJson) to a file that is
// accepted again and yields the same trusted-keys text and agent.ini values (no newline reaches the INI).
#include "provision/provision.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::provision;

namespace {
void check(bool ok)
{
    if (!ok)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParseResult r = parse(input);
    if (!r.ok()) {
        check(!r.errors.isEmpty());
        for (const auto &e : r.errors)
            check(e.path.startsWith(QLatin1Char('$')) && !e.message.isEmpty());
        return 0;
    }
    check(r.errors.isEmpty());
    const Provision &p = *r.provision;
    check(!p.room.contains(QLatin1Char('\n')) && !p.schoolId.contains(QLatin1Char('\n')));
    const QByteArray again = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
    const ParseResult r2 = parse(again);
    check(r2.ok());
    check(r2.provision->room == p.room && r2.provision->schoolId == p.schoolId && r2.provision->role == p.role);
    const QByteArray keys = Applier::trustedKeys(p);
    check(keys == Applier::trustedKeys(*r2.provision));
    // One line per key plus the header comment: a key or comment cannot smuggle in another line.
    check(keys.count('\n') == p.trustedKeys.size() + 1);
    return 0;
}
