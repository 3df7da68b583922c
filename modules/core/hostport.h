#pragma once

#include "core/result.h"

#include <QString>

namespace tafel {

// "host", "host:port", "[v6]:port", "v6" (a bare IPv6 address has no port).
struct HostPort {
    QString host;
    quint16 port = 0; // 0 = not given

    QString toString() const;
};

enum class PortZero { Reject, Allow }; // Allow: a listen address may ask for an ephemeral port
Result<HostPort> parseHostPort(const QString &text, quint16 defaultPort = 0, PortZero zero = PortZero::Reject);

} // namespace tafel
