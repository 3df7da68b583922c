#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace tafel::monitoring {

enum class ProbeKind { Icmp, Tcp, Http, Display, Heartbeat };

QString probeKindKey(ProbeKind kind);                     // "icmp", "tcp", "http", "display", "heartbeat"
std::optional<ProbeKind> probeKindFromKey(const QString &key);

// How an ICMP probe actually went out. TcpFallback is reported in every sample so nobody mistakes a TCP
// handshake for a ping: the host answered a TCP SYN (with SYN-ACK or RST) on fallbackPort.
enum class IcmpMethod { None, Datagram, Raw, TcpFallback };
QString icmpMethodKey(IcmpMethod method); // "", "icmp-dgram", "icmp-raw", "tcp-fallback"

// One thing to probe. `id` is what history and health key on (device id or name); `room` groups devices.
struct ProbeTarget {
    QString id;
    QString room;
    ProbeKind kind = ProbeKind::Icmp;
    QString host;               // Icmp, Tcp: address or name
    quint16 port = 0;           // Tcp: required; Icmp: port used by the TCP fallback (0 = 7, "echo")
    QUrl url;                   // Http: http:// or https://
    int timeoutMs = 2000;

    // "icmp://host", "tcp://host:port", "http(s)://...", "display://id", "heartbeat://id". Empty id = the text.
    static Result<ProbeTarget> parse(const QString &text);
    QString toString() const;
};

struct ProbeSample {
    QString target;             // ProbeTarget::id
    QString room;
    ProbeKind kind = ProbeKind::Icmp;
    bool ok = false;
    double rttMs = -1;          // < 0 when there is no round trip (failure)
    QString error;              // translated, empty when ok
    ErrorCode errorCode = ErrorCode::Failed;
    QDateTime timestamp;        // when the probe was sent (UTC, from the injected Clock)
    IcmpMethod method = IcmpMethod::None; // Icmp only
    int httpStatus = 0;         // Http only
};

} // namespace tafel::monitoring

Q_DECLARE_METATYPE(tafel::monitoring::ProbeSample)
