#include "core/hostport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace tafel {

QString HostPort::toString() const
{
    const bool v6 = host.contains(QLatin1Char(':'));
    const QString h = v6 ? (QLatin1Char('[') + host + QLatin1Char(']')) : host;
    return port ? h + QLatin1Char(':') + QString::number(port) : h;
}

namespace {
Error bad(const QString &text, const QString &why)
{
    return Error::make(ErrorCode::InvalidInput,
                       QCoreApplication::translate("tafel::HostPort", "'%1' is not a valid host: %2").arg(text, why));
}

bool validHostName(const QString &h)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    return h.size() <= 253 && re.match(h).hasMatch();
}
} // namespace

Result<HostPort> parseHostPort(const QString &input, quint16 defaultPort, PortZero zero)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return bad(input, QCoreApplication::translate("tafel::HostPort", "empty"));

    HostPort hp;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(text, QCoreApplication::translate("tafel::HostPort", "missing ']'"));
        hp.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return bad(text, QCoreApplication::translate("tafel::HostPort", "unexpected text after ']'"));
            portText = rest.mid(1);
        }
        if (QHostAddress(hp.host).protocol() != QAbstractSocket::IPv6Protocol)
            return bad(text, QCoreApplication::translate("tafel::HostPort", "not an IPv6 address"));
    } else if (text.count(QLatin1Char(':')) > 1) {
        hp.host = text; // bare IPv6
        if (QHostAddress(hp.host).protocol() != QAbstractSocket::IPv6Protocol)
            return bad(text, QCoreApplication::translate("tafel::HostPort", "not an IPv6 address"));
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        hp.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0)
            portText = text.mid(colon + 1);
        // Digits and dots only is meant as an IPv4 address ("192.168.1.300" is not a host name either: RFC 1123
        // top-level labels are never all-numeric).
        // QHostAddress also takes the old short forms ("9999", "10.0.5" = 10.0.0.5): a typo would silently become
        // another address, so digits and dots must be the four-number form.
        static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
        static const QRegularExpression dotted(QStringLiteral("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
                                                              "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"));
        if (numeric.match(hp.host).hasMatch() && !dotted.match(hp.host).hasMatch())
            return bad(text, QCoreApplication::translate("tafel::HostPort", "not a valid IPv4 address (four numbers 0-255, e.g. 192.168.20.14)"));
        if (QHostAddress(hp.host).isNull() && !validHostName(hp.host))
            return bad(text, QCoreApplication::translate("tafel::HostPort", "not an IP address or host name"));
    }
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || (port == 0 && zero == PortZero::Reject) || port > 65535)
            return bad(text, QCoreApplication::translate("tafel::HostPort", "port must be a number from 1 to 65535"));
        hp.port = quint16(port);
    } else {
        hp.port = defaultPort;
    }
    return hp;
}

} // namespace tafel
