#include "monitoring/sample.h"

#include "core/hostport.h"

#include <QCoreApplication>

namespace tafel::monitoring {

QString probeKindKey(ProbeKind kind)
{
    switch (kind) {
    case ProbeKind::Icmp: return QStringLiteral("icmp");
    case ProbeKind::Tcp: return QStringLiteral("tcp");
    case ProbeKind::Http: return QStringLiteral("http");
    case ProbeKind::Display: return QStringLiteral("display");
    case ProbeKind::Heartbeat: return QStringLiteral("heartbeat");
    }
    return {};
}

std::optional<ProbeKind> probeKindFromKey(const QString &key)
{
    for (auto k : {ProbeKind::Icmp, ProbeKind::Tcp, ProbeKind::Http, ProbeKind::Display, ProbeKind::Heartbeat})
        if (probeKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString icmpMethodKey(IcmpMethod method)
{
    switch (method) {
    case IcmpMethod::None: return {};
    case IcmpMethod::Datagram: return QStringLiteral("icmp-dgram");
    case IcmpMethod::Raw: return QStringLiteral("icmp-raw");
    case IcmpMethod::TcpFallback: return QStringLiteral("tcp-fallback");
    }
    return {};
}

Result<ProbeTarget> ProbeTarget::parse(const QString &text)
{
    ProbeTarget t;
    t.id = text;
    const auto bad = [&text] {
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::monitoring::ProbeTarget",
                                                       "Not a probe target: \"%1\" (use icmp://host, tcp://host:port, "
                                                       "http(s)://..., display://id or heartbeat://id)")
                               .arg(text));
    };
    const qsizetype sep = text.indexOf(QStringLiteral("://"));
    if (sep <= 0)
        return bad();
    const QString scheme = text.left(sep).toLower();
    const QString rest = text.mid(sep + 3);
    if (rest.isEmpty())
        return bad();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        t.kind = ProbeKind::Http;
        t.url = QUrl(text, QUrl::StrictMode);
        if (!t.url.isValid() || t.url.host().isEmpty())
            return bad();
        t.host = t.url.host();
        return t;
    }
    if (scheme == QLatin1String("display") || scheme == QLatin1String("heartbeat")) {
        t.kind = scheme == QLatin1String("display") ? ProbeKind::Display : ProbeKind::Heartbeat;
        t.host = rest;
        t.id = rest;
        return t;
    }
    if (scheme != QLatin1String("icmp") && scheme != QLatin1String("tcp"))
        return bad();
    t.kind = scheme == QLatin1String("icmp") ? ProbeKind::Icmp : ProbeKind::Tcp;
    auto hp = parseHostPort(rest);
    if (!hp)
        return hp.error();
    if (t.kind == ProbeKind::Tcp && hp->port == 0)
        return bad();
    t.host = hp->host;
    t.port = hp->port;
    return t;
}

QString ProbeTarget::toString() const
{
    switch (kind) {
    case ProbeKind::Http: return url.toString();
    case ProbeKind::Display: return QStringLiteral("display://") + host;
    case ProbeKind::Heartbeat: return QStringLiteral("heartbeat://") + host;
    case ProbeKind::Icmp:
    case ProbeKind::Tcp: return probeKindKey(kind) + QStringLiteral("://") + HostPort{host, port}.toString();
    }
    return {};
}

} // namespace tafel::monitoring
