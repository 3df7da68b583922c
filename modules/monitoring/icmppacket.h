#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tafel::monitoring::icmp {

// Pure ICMP echo codec (RFC 792 / RFC 4443). No sockets here; the fuzzer and the engine share it.
enum class Family { V4, V6 };

inline constexpr quint8 kEchoRequestV4 = 8, kEchoReplyV4 = 0;
inline constexpr quint8 kEchoRequestV6 = 128, kEchoReplyV6 = 129;
inline constexpr qsizetype kMaxPacket = 65535;  // cap on what parse() looks at
inline constexpr qsizetype kHeaderSize = 8;

// The Internet checksum (RFC 1071) over data.
quint16 checksum(QByteArrayView data);

// An echo request: type, code 0, checksum (IPv4 only; the kernel fills ICMPv6's), id, seq, payload.
QByteArray buildEchoRequest(Family family, quint16 id, quint16 seq, QByteArrayView payload);

struct Message {
    quint8 type = 0;
    quint8 code = 0;
    quint16 id = 0;
    quint16 seq = 0;
    QByteArray payload;     // bytes after the 8-byte ICMP header
    bool isEchoReply = false;
};

// Parses one received datagram. hasIpHeader: IPv4 raw sockets deliver the IP header first (its IHL is
// validated and skipped); ping (SOCK_DGRAM) sockets and all IPv6 sockets deliver the ICMP message only.
// IPv4 checksums are verified. Errors: InvalidInput (too short, too long, bad IHL, not ICMP), Corrupt (checksum).
Result<Message> parse(QByteArrayView datagram, Family family, bool hasIpHeader);

} // namespace tafel::monitoring::icmp
