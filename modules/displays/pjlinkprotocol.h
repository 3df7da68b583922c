#pragma once

// PJLink (JBMIA) Class 1 and Class 2 wire format: a pure, allocation-light parser with a size cap, the
// command encoders, the value decoders and the two authentication digests. No sockets here.

#include "displays/displaydriver.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::displays::pjlink {

constexpr quint16 DefaultPort = 4352;
// Longest line the spec allows, terminator included ("%2" + 4 + "=" + 128 + CR). Longer is an error.
constexpr qsizetype MaxLine = 136;
// A request may carry an authentication prefix (96 hex digits for SHA-256) in front of the command.
constexpr qsizetype MaxRequestLine = MaxLine + 96;

// ERR1..ERR4 as a device reports them in a reply.
enum class DeviceError { None, Undefined, OutOfParameter, Unavailable, Failure };

struct Message {
    enum class Kind {
        Greeting,  // PJLINK 0 | PJLINK 1 <random> | PJLINK 2 <random>
        AuthError, // PJLINK ERRA (also %nXXXX=ERRA)
        Response,  // %1CMD=value / %2CMD=value (replies, notifications, %2ACKN=<MAC>)
        Unknown,   // a text line that is neither (tolerated: devices print banners and echo junk)
    };
    Kind kind = Kind::Unknown;
    int authLevel = 0;   // Greeting: 0, 1 or 2
    QByteArray random;   // Greeting: the device's random, as sent (hex)
    char pjClass = '1';  // Response: '1' or '2'
    QByteArray command;  // Response: upper-case 4-letter body, e.g. "POWR"
    QByteArray value;    // Response: everything after '=' (trimmed); ERRn is reported in `error` as well
    DeviceError error = DeviceError::None;
    QByteArray line;     // the line without terminator and leading NULs

    bool isOk() const { return kind == Kind::Response && value.compare("OK", Qt::CaseInsensitive) == 0; }
};

struct ParseResult {
    enum class Status { Incomplete, Ok, Error };
    Status status = Status::Incomplete;
    Message message;        // Ok only
    qsizetype consumed = 0; // Ok and Error: bytes to drop from the front of the buffer
    QString error;          // Error only; English, for logs
    // Error only: the line broke the 136-byte cap. That is fatal for a connection (the device is not speaking
    // PJLink); any other error line (garbage, an echo, a malformed response) is skipped by the driver.
    bool overlong = false;

    bool incomplete() const { return status == Status::Incomplete; }
    bool ok() const { return status == Status::Ok; }
};

// Takes one line from the front of `buffer`. Tolerates CR, LF or CRLF terminators, leading NULs and empty
// lines, lower-case bodies and "PJLink" greetings. A line longer than MaxLine (terminated or not, `overlong`),
// a line with control characters and a malformed response are errors; `consumed` then skips past it.
// Incomplete may carry consumed > 0 (leading NULs / empty lines already dropped).
ParseResult parse(QByteArrayView buffer);
// Classifies one line without terminator (exposed for UDP datagrams and tests).
ParseResult parseLine(QByteArrayView line);

// A request as a device receives it (used by the simulator; the driver never parses requests).
struct Request {
    QByteArray authPrefix; // hex digits in front of '%' (32 for MD5, 96 for SHA-256), or empty
    char pjClass = '1';
    QByteArray command;    // upper-case
    QByteArray param;      // e.g. "1", "?", "?31"
    bool securityLevelQuery = false; // the line was "PJLINK 2" (v2.10 authentication negotiation)
};
struct RequestParse {
    ParseResult::Status status = ParseResult::Status::Incomplete;
    Request request;
    qsizetype consumed = 0;
    QString error;
};
RequestParse parseRequest(QByteArrayView buffer);

// One command ready to send.
struct Command {
    char pjClass = '1';
    QByteArray name;  // "POWR"
    QByteArray param; // "1", "?"

    QByteArray encode() const; // "%1POWR 1\r"
    bool isQuery() const { return param.startsWith('?'); }
};

// Class 1
Command powerSet(bool on);
Command powerQuery();
Command inputSet(const QString &code, int pjClass = 1); // class 2 (or a letter terminal) → %2INPT
Command inputQuery(int pjClass = 1);
Command muteSet(MuteTarget what, bool on);
Command muteQuery();
Command errorQuery();
Command lampQuery();
Command inputListQuery(int pjClass = 1);
Command nameQuery();
Command manufacturerQuery(); // INF1
Command productQuery();      // INF2
Command otherInfoQuery();    // INFO
Command classQuery();        // CLSS
// Class 2
Command serialQuery();             // SNUM
Command softwareVersionQuery();    // SVER
Command inputNameQuery(const QString &code); // INNM ?xx
Command inputResolutionQuery();    // IRES
Command recommendedResolutionQuery(); // RRES
Command filterQuery();             // FILT
Command lampModelQuery();          // RLMP
Command filterModelQuery();        // RFIL
Command speakerVolume(bool up);    // SVOL 1/0
Command microphoneVolume(bool up); // MVOL 1/0
Command freezeSet(bool on);        // FREZ
Command freezeQuery();
// UDP
QByteArray searchDatagram(); // "%2SRCH\r"

// Value decoders (nullopt = malformed)
std::optional<PowerState> decodePower(QByteArrayView v); // 0 standby, 1 on, 2 cooling, 3 warming
std::optional<ErrorFlags> decodeErrors(QByteArrayView v); // six digits fan lamp temp cover filter other
std::optional<QList<LampInfo>> decodeLamps(QByteArrayView v); // "hours on hours on ..."
struct MuteState {
    bool video = false;
    bool audio = false;
};
std::optional<MuteState> decodeMute(QByteArrayView v); // 10/11/20/21/30/31
std::optional<int> decodeClass(QByteArrayView v);       // "1", "2", and quirks "Class 1", "Version1"
std::optional<bool> decodeFreeze(QByteArrayView v);
std::optional<int> decodeHours(QByteArrayView v);       // FILT
QStringList decodeInputList(QByteArrayView v);
QString decodeText(QByteArrayView v);                   // NAME/INF*/INNM: UTF-8 (Class 2), Latin-1 tolerated
DeviceError decodeDeviceError(QByteArrayView v);
QByteArray encodeErrors(const ErrorFlags &e);
QByteArray encodeLamps(const QList<LampInfo> &lamps);

// Authentication. Both return lower-case hex; the MD5 one is the Class 1 procedure, the SHA-256 one is the
// v2.10 scheme (see pjlinkprotocol.cpp for the exchange and its sources).
QByteArray md5Digest(QByteArrayView random, QByteArrayView password);
// projectorRandom and controllerRandom: 32 hex digits each (16 bytes). Empty on malformed input.
QByteArray sha256Digest(QByteArrayView projectorRandomHex, QByteArrayView controllerRandomHex,
                        QByteArrayView password);
QByteArray securityLevelQuery(); // "PJLINK 2\r"

} // namespace tafel::displays::pjlink
