#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// Samsung MDC (Multiple Display Control), the pure wire codec. No sockets, no Qt event loop.
//
// Sources for the frame layout and the command table (read, not copied):
//  - "MDC Protocol" specification as summarised by python-samsung-mdc (github.com/vgavro/samsung-mdc,
//    samsung_mdc/connection.py, commands.py, README; spec v15.0 2020-11-06 and v13.7c 2015).
//  - The published vectors of issue 3: power on id 1 = AA 11 01 01 01 14, its ACK = AA FF 01 03 41 11 01 56,
//    status get id 1 = AA 00 01 00 01.
//
// Request:  AA cmd id len data[len] chk
// Reply:    AA FF id len ('A'|'N') rcmd data[len-2] chk   (ACK / NAK; a NAK's data is one error byte)
// chk = sum of all bytes after the 0xAA header, modulo 256.
namespace tafel::displays::mdc {

inline constexpr quint8 Header = 0xAA;
inline constexpr quint8 ReplyCommand = 0xFF;
inline constexpr quint8 AckByte = 'A';
inline constexpr quint8 NakByte = 'N';
inline constexpr quint8 BroadcastId = 0xFE;
inline constexpr quint16 DefaultPort = 1515;
// Header, command, id, length, up to 255 data bytes, checksum. The length byte caps every frame.
inline constexpr qsizetype MaxFrameSize = 4 + 255 + 1;
inline constexpr qsizetype MinFrameSize = 5;

// The commands Tafel uses. Values from the MDC command table.
namespace Cmd {
inline constexpr quint8 Status = 0x00;          // get: power, volume, mute, input, aspect, N/F time
inline constexpr quint8 SerialNumber = 0x0B;    // get: ASCII
inline constexpr quint8 ErrorStatus = 0x0D;     // get: lamp, temperature, brightness sensor, no-sync, temp, fan
inline constexpr quint8 SoftwareVersion = 0x0E; // get: ASCII
inline constexpr quint8 ModelNumber = 0x10;     // get: species, model code, TV support
inline constexpr quint8 Power = 0x11;           // get/set: 0 off, 1 on, 2 reboot
inline constexpr quint8 Volume = 0x12;          // get/set: 0..100
inline constexpr quint8 Mute = 0x13;            // get/set: 0 off, 1 on
inline constexpr quint8 InputSource = 0x14;     // get/set: source code
inline constexpr quint8 VolumeChange = 0x62;    // set: 0 up, 1 down
inline constexpr quint8 DeviceName = 0x67;      // get: ASCII
inline constexpr quint8 ModelName = 0x8A;       // get: ASCII
inline constexpr quint8 DisplayIdOsd = 0xB9;    // set: show the display id on screen (0 off, 1 on)
inline constexpr quint8 Panel = 0xF9;           // get/set: 0 panel on, 1 panel off (picture off)
} // namespace Cmd

namespace PowerValue {
inline constexpr quint8 Off = 0x00;
inline constexpr quint8 On = 0x01;
inline constexpr quint8 Reboot = 0x02;
} // namespace PowerValue

// One frame on the wire, requests and replies alike (a reply has command == ReplyCommand).
struct Frame {
    quint8 command = 0;
    quint8 id = 0;
    QByteArray data; // at most 255 bytes

    bool operator==(const Frame &) const = default;
};

enum class ParseError {
    None,
    Garbage,     // bytes before a 0xAA header; `consumed` skips to the next 0xAA (or the end)
    BadChecksum, // a complete frame whose checksum does not match; `consumed` skips its header byte only
};

struct ParseResult {
    enum class Kind { Incomplete, Frame, Error };
    Kind kind = Kind::Incomplete;
    Frame frame;            // valid when kind == Frame
    qsizetype consumed = 0; // bytes to drop from the front of the input (Frame and Error)
    ParseError error = ParseError::None;
};

// Parses the first frame of `input`. Incomplete consumes nothing; call again with more bytes.
// An Error always consumes at least one byte, so a loop over parse() terminates and resyncs on the
// next 0xAA.
ParseResult parse(QByteArrayView input);
const char *parseErrorName(ParseError e); // for logs, not for users

quint8 checksum(QByteArrayView bytesAfterHeader);
// Encodes one frame; data beyond 255 bytes is truncated (callers never send that much).
QByteArray encode(const Frame &frame);
QByteArray encodeRequest(quint8 command, quint8 id, QByteArrayView data = {});
QByteArray encodeAck(quint8 id, quint8 command, QByteArrayView data = {});
QByteArray encodeNak(quint8 id, quint8 command, quint8 errorCode);

// An ACK/NAK reply, decoded from a Frame with command == ReplyCommand.
struct Reply {
    bool ack = false;
    quint8 id = 0;
    quint8 command = 0; // the command this replies to
    QByteArray data;    // ACK: payload after rcmd; NAK: the error byte(s)
    quint8 nakCode() const { return data.isEmpty() ? 0 : quint8(data.at(0)); }
};
enum class ReplyError { None, NotAReply, TooShort, BadAckByte };
std::optional<Reply> decodeReply(const Frame &frame, ReplyError *error = nullptr);

// --- Payload decoders (ACK data of the GET commands) -------------------------------------------------------

struct StatusData {
    quint8 power = 0;   // PowerValue
    quint8 volume = 0;  // 0..100
    bool mute = false;
    quint8 input = 0;   // input source code
    std::optional<quint8> aspect;
    std::optional<quint8> nTimeNf, fTimeNf;
};
// Needs at least power, volume, mute and input; older models send fewer trailing fields.
std::optional<StatusData> decodeStatus(QByteArrayView data);
QByteArray encodeStatus(const StatusData &s);

struct ErrorStatusData {
    quint8 lamp = 0;              // 0 normal, 1 error
    quint8 temperature = 0;       // 0 normal, 1 error
    quint8 brightnessSensor = 0;  // 0 none, 1 error, 2 normal
    quint8 noSync = 0;            // 0 normal, 1 error, 2 invalid (app source)
    quint8 temperatureC = 0;      // current temperature, degrees Celsius
    quint8 fan = 0;               // 0 normal, 1 error, 2 no fan
};
std::optional<ErrorStatusData> decodeErrorStatus(QByteArrayView data);
QByteArray encodeErrorStatus(const ErrorStatusData &e);

struct ModelNumberData {
    quint8 species = 0; // 1 PDP, 2 LCD, 3 DLP, 4 LED, 5 CRT, 6 OLED
    quint8 code = 0;
    quint8 tvSupport = 0; // 0 supported, 1 not supported
};
std::optional<ModelNumberData> decodeModelNumber(QByteArrayView data);
QString modelSpeciesName(quint8 species); // "LCD", "LED", ... or empty

// ASCII strings (serial, software version, model name): trailing NULs and spaces removed, non-printable
// bytes replaced by '?'.
QString decodeString(QByteArrayView data);

// --- Input sources ---------------------------------------------------------------------------------------

struct InputSource {
    quint8 code;
    const char *name; // stable, ASCII, not translated: "HDMI1", "DisplayPort1", ...
};
QList<InputSource> knownInputSources();
QString inputSourceName(quint8 code);    // empty when unknown
QString formatInputCode(quint8 code);    // "0x21"
// Accepts "0x21", "21" (hex, as MDC codes are always written in hex) or a known name ("HDMI1", any case).
std::optional<quint8> parseInputCode(const QString &text);

// --- Secured protocol banners -----------------------------------------------------------------------------
// Newer Samsung firmware with "Secured Protocol" enabled sends "MDCSTART<<TLS>>" in clear text right after
// the TCP connect; the client then starts TLS, sends the 4-digit PIN as 4 ASCII bytes (no terminator), and
// the display replies inside TLS with "MDCAUTH<<PASS>>" or "MDCAUTH<<FAIL:xxxx>>" (xxxx: a code such as
// "0x01"). Source: python-samsung-mdc samsung_mdc/connection.py (_start_tls, which reads exactly these
// 15-byte banners and parses the FAIL code as the 4 characters before ">>").

inline constexpr QByteArrayView TlsStartBanner = "MDCSTART<<TLS>>";
inline constexpr QByteArrayView AuthPassBanner = "MDCAUTH<<PASS>>";
inline constexpr QByteArrayView AuthFailPrefix = "MDCAUTH<<FAIL:";
inline constexpr qsizetype MaxBannerSize = 64;

struct BannerResult {
    enum class Kind { Incomplete, Match, Mismatch };
    Kind kind = Kind::Incomplete;
    qsizetype consumed = 0;
};
// Is `input` (so far) the banner `expected`? Match consumes exactly the banner.
BannerResult matchBanner(QByteArrayView input, QByteArrayView expected);

struct AuthResult {
    enum class Kind { Incomplete, Pass, Fail, Error };
    Kind kind = Kind::Incomplete;
    QByteArray failCode; // Fail: the text between "FAIL:" and ">>", at most 16 bytes
    qsizetype consumed = 0;
};
AuthResult parseAuthReply(QByteArrayView input);
QByteArray encodeAuthFail(QByteArrayView code);

// A PIN is exactly 4 ASCII digits.
bool isValidPin(const QString &pin);

} // namespace tafel::displays::mdc
