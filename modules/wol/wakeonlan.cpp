#include "wol/wakeonlan.h"

#include <QCoreApplication>
#include <QUdpSocket>

namespace tafel::wol {

namespace {

Error invalid(const QString &text, const QString &detail)
{
    return Error::make(ErrorCode::InvalidInput,
                       QCoreApplication::translate("tafel::wol", "\"%1\" is not a MAC address: %2. Expected a form like aa:bb:cc:dd:ee:ff.").arg(text, detail));
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

Result<MacAddress> parseMac(QStringView input)
{
    const QStringView text = input.trimmed();
    const QString shown = text.left(40).toString();
    if (text.isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::wol", "No MAC address given. Expected a form like aa:bb:cc:dd:ee:ff."));

    // The separator decides the layout: ':' or '-' → 6 groups of 2 digits, '.' → 3 groups of 4, none → 12 digits.
    QChar separator;
    for (const QChar c : text) {
        if (c == u':' || c == u'-' || c == u'.') {
            if (separator.isNull())
                separator = c;
            else if (c != separator)
                return invalid(shown, QCoreApplication::translate("tafel::wol", "it mixes the separators '%1' and '%2'").arg(QString(separator), QString(c)));
        }
    }
    const int groups = separator.isNull() ? 1 : (separator == u'.' ? 3 : 6);
    const int digitsPerGroup = 12 / groups;
    if (!separator.isNull()) {
        const qsizetype found = text.count(separator) + 1;
        if (found != groups)
            return invalid(shown, QCoreApplication::translate("tafel::wol", "it has %1 groups instead of %2 groups of %3 digits")
                                      .arg(found).arg(groups).arg(digitsPerGroup));
    }

    MacAddress mac{};
    int digit = 0; // hex digits read so far
    int inGroup = 0;
    int group = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == separator) {
            if (inGroup != digitsPerGroup)
                return invalid(shown, QCoreApplication::translate("tafel::wol", "group %1 has %2 digits instead of %3").arg(group + 1).arg(inGroup).arg(digitsPerGroup));
            ++group;
            inGroup = 0;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return invalid(shown, QCoreApplication::translate("tafel::wol", "'%1' at position %2 is not a hexadecimal digit").arg(c).arg(i + 1));
        if (inGroup >= digitsPerGroup) {
            if (groups == 1)
                return invalid(shown, QCoreApplication::translate("tafel::wol", "it is too long (a MAC address has 12 hexadecimal digits)"));
            return invalid(shown, QCoreApplication::translate("tafel::wol", "group %1 has more than %2 digits").arg(group + 1).arg(digitsPerGroup));
        }
        mac[std::size_t(digit / 2)] = quint8((mac[std::size_t(digit / 2)] << 4) | v);
        ++digit;
        ++inGroup;
    }
    if (inGroup != digitsPerGroup) {
        if (groups == 1)
            return invalid(shown, QCoreApplication::translate("tafel::wol", "it has %1 hexadecimal digits instead of 12").arg(digit));
        return invalid(shown, QCoreApplication::translate("tafel::wol", "group %1 has %2 digits instead of %3").arg(group + 1).arg(inGroup).arg(digitsPerGroup));
    }
    if (mac == MacAddress{})
        return invalid(shown, QCoreApplication::translate("tafel::wol", "00:00:00:00:00:00 belongs to no network card"));
    if (mac[0] & 0x01)
        return invalid(shown, QCoreApplication::translate("tafel::wol", "it is a broadcast or multicast address, not a network card's"));
    return mac;
}

QString formatMac(const MacAddress &mac)
{
    QByteArray bytes(reinterpret_cast<const char *>(mac.data()), qsizetype(mac.size()));
    return QString::fromLatin1(bytes.toHex(':'));
}

QByteArray magicPacket(const MacAddress &mac)
{
    QByteArray packet(6, char(0xff));
    packet.reserve(kMagicPacketSize);
    const QByteArray address(reinterpret_cast<const char *>(mac.data()), qsizetype(mac.size()));
    for (int i = 0; i < 16; ++i)
        packet += address;
    return packet;
}

Status sendMagicPacket(const MacAddress &mac, const QHostAddress &target, quint16 port)
{
    if (target.isNull() || port == 0)
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::wol", "Wake-on-LAN needs a target address and a port."));
    QUdpSocket socket; // Qt enables SO_BROADCAST on UDP sockets; writeDatagram hands the datagram to the kernel
    const QByteArray packet = magicPacket(mac);
    const qint64 written = socket.writeDatagram(packet, target, port);
    if (written != packet.size())
        return Error::make(ErrorCode::Unreachable, QCoreApplication::translate("tafel::wol", "Cannot send the Wake-on-LAN packet for %1 to %2 port %3: %4")
                                                      .arg(formatMac(mac), target.toString())
                                                      .arg(port)
                                                      .arg(socket.errorString()));
    return {};
}

} // namespace tafel::wol
