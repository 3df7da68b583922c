#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringView>

#include <array>

namespace tafel::wol {

// Wake-on-LAN (AMD "Magic Packet"): a UDP datagram of 6 × 0xFF followed by the target's MAC address 16 times.
// A sleeping network card in the same broadcast domain wakes its computer when it sees that pattern, so across
// VLANs the packet must be sent by a host inside the target's subnet (the agent relays it).
//
//   auto mac = tafel::wol::parseMac(u"aa:bb:cc:dd:ee:ff");
//   if (!mac) return mac.error();                             // message says what is wrong with the text
//   tafel::Status sent = tafel::wol::sendMagicPacket(*mac);   // 255.255.255.255:9
inline constexpr quint16 kDefaultPort = 9; // "discard"; 7 (echo) is the other common choice
inline constexpr int kMagicPacketSize = 6 + 16 * 6;

using MacAddress = std::array<quint8, 6>;

// Accepts "aa:bb:cc:dd:ee:ff", "aa-bb-cc-dd-ee-ff", "aabb.ccdd.eeff" (Cisco) and "aabbccddeeff", in either
// case, with surrounding white space. Refuses mixed separators, wrong group sizes, non-hex digits, and the
// all-zero, broadcast and multicast addresses (no network card has one). Errors are InvalidInput and name
// the problem, e.g. "'g' at position 4 is not a hexadecimal digit".
Result<MacAddress> parseMac(QStringView text);

// "aa:bb:cc:dd:ee:ff" (lower case).
QString formatMac(const MacAddress &mac);

// The 102-byte magic packet.
QByteArray magicPacket(const MacAddress &mac);

// Sends one magic packet as a UDP datagram to `target`:`port` (default: the limited broadcast
// 255.255.255.255:9; a subnet's directed broadcast such as 192.168.10.255 also works). Non-blocking: the
// datagram is handed to the kernel before this returns. Fails with Unreachable when the kernel refuses it
// (no route, broadcast not allowed) and InvalidInput for a null address or port 0.
Status sendMagicPacket(const MacAddress &mac, const QHostAddress &target = QHostAddress(QHostAddress::Broadcast),
                       quint16 port = kDefaultPort);

} // namespace tafel::wol
