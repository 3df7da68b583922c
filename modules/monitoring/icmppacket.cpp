#include "monitoring/icmppacket.h"

#include <QCoreApplication>
#include <QtEndian>

namespace tafel::monitoring::icmp {

namespace {
class IcmpText final {
    Q_DECLARE_TR_FUNCTIONS(tafel::monitoring::Icmp)
};
} // namespace

quint16 checksum(QByteArrayView data)
{
    quint32 sum = 0;
    const auto *p = reinterpret_cast<const quint8 *>(data.data());
    qsizetype n = data.size();
    for (; n > 1; n -= 2, p += 2)
        sum += quint32(p[0]) << 8 | p[1];
    if (n == 1)
        sum += quint32(p[0]) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

QByteArray buildEchoRequest(Family family, quint16 id, quint16 seq, QByteArrayView payload)
{
    QByteArray packet(kHeaderSize + payload.size(), '\0');
    auto *p = reinterpret_cast<uchar *>(packet.data());
    p[0] = family == Family::V4 ? kEchoRequestV4 : kEchoRequestV6;
    p[1] = 0;
    qToBigEndian<quint16>(id, p + 4);
    qToBigEndian<quint16>(seq, p + 6);
    if (!payload.isEmpty())
        memcpy(p + kHeaderSize, payload.data(), size_t(payload.size()));
    if (family == Family::V4)
        qToBigEndian<quint16>(checksum(packet), p + 2);
    return packet;
}

Result<Message> parse(QByteArrayView datagram, Family family, bool hasIpHeader)
{
    if (datagram.size() > kMaxPacket)
        return Error::make(ErrorCode::InvalidInput, IcmpText::tr("ICMP packet too long"));
    QByteArrayView icmp = datagram;
    if (hasIpHeader) {
        if (family != Family::V4 || datagram.size() < 20)
            return Error::make(ErrorCode::InvalidInput, IcmpText::tr("IP header too short"));
        const auto *ip = reinterpret_cast<const quint8 *>(datagram.data());
        if ((ip[0] >> 4) != 4)
            return Error::make(ErrorCode::InvalidInput, IcmpText::tr("Not an IPv4 packet"));
        const qsizetype ihl = qsizetype(ip[0] & 0x0f) * 4;
        if (ihl < 20 || ihl > datagram.size())
            return Error::make(ErrorCode::InvalidInput, IcmpText::tr("Bad IPv4 header length"));
        if (ip[9] != 1)
            return Error::make(ErrorCode::InvalidInput, IcmpText::tr("Not an ICMP packet"));
        icmp = datagram.sliced(ihl);
    }
    if (icmp.size() < kHeaderSize)
        return Error::make(ErrorCode::InvalidInput, IcmpText::tr("ICMP message too short"));
    if (family == Family::V4 && checksum(icmp) != 0)
        return Error::make(ErrorCode::Corrupt, IcmpText::tr("ICMP checksum mismatch"));
    const auto *p = reinterpret_cast<const uchar *>(icmp.data());
    Message m;
    m.type = p[0];
    m.code = p[1];
    m.id = qFromBigEndian<quint16>(p + 4);
    m.seq = qFromBigEndian<quint16>(p + 6);
    m.payload = icmp.sliced(kHeaderSize).toByteArray();
    m.isEchoReply = m.code == 0 && m.type == (family == Family::V4 ? kEchoReplyV4 : kEchoReplyV6);
    return m;
}

} // namespace tafel::monitoring::icmp
