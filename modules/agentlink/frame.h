#pragma once

#include "core/cborframe.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QString>

namespace tafel::agentlink {

// Wire format of the agent LAN protocol (inside TLS):
//
//   frame   = length payload
//   length  = 4 bytes, big-endian, number of payload bytes (1 .. kMaxFrameSize)
//   payload = one CBOR map (nothing after it):
//     "v"      : unsigned, protocol version (kProtocolVersion)
//     "type"   : "req" | "res" | "err"
//     "seq"    : unsigned > 0, the sender's frame counter; strictly increasing per connection and direction
//                (a frame whose seq is not larger than the previous one is a replay and ends the connection)
//     "id"     : unsigned, request id chosen by the client; responses and errors echo it (0 = connection level)
//     "cmd"    : text, the command (requests only), e.g. "status"
//     "args"   : map, the command's arguments (requests, optional)
//     "result" : map, the command's result (responses)
//     "error"  : map {"code": text, "message": text} (errors; codes in namespace refusal)
//   Unknown keys are ignored, so later versions may add fields.
inline constexpr int kProtocolVersion = 1;
inline constexpr quint16 kDefaultAgentPort = 4450; // TCP port of tafel-agent's LAN protocol
inline constexpr qsizetype kHeaderSize = cborframe::kHeaderSize;
inline constexpr qsizetype kMaxFrameSize = 1024 * 1024; // control frames; material chunks get their own type later
inline constexpr qsizetype kMaxCommandLength = 64;

// Error codes carried in "err" frames.
namespace refusal {
inline constexpr char Unauthenticated[] = "unauthenticated"; // no (usable) client certificate
inline constexpr char UnknownKey[] = "unknown-key";          // key not in the agent's trusted keys
inline constexpr char Forbidden[] = "forbidden";             // role may not run this command
inline constexpr char UnknownCommand[] = "unknown-command";
inline constexpr char Replay[] = "replay";                   // seq not increasing
inline constexpr char BadFrame[] = "bad-frame";              // malformed frame
inline constexpr char TooLarge[] = "too-large";              // frame over the size cap
inline constexpr char UnsupportedVersion[] = "unsupported-version";
inline constexpr char Timeout[] = "timeout";                 // idle or handshake timeout
inline constexpr char Failed[] = "failed";                   // the command ran and failed
// Failures of a command's own (the connection stays open). A handler reports them with these ErrorCodes:
inline constexpr char InvalidArgs[] = "invalid-args";        // ErrorCode::InvalidInput: bad or refused arguments
inline constexpr char NotFound[] = "not-found";              // ErrorCode::NotFound: e.g. no such media file
inline constexpr char NoDisplaySession[] = "no-display-session"; // ErrorCode::Unreachable: no screen helper runs
inline constexpr char StaleVersion[] = "stale-version";      // ErrorCode::AlreadyExists: config.push older than (or equal
                                                              // to, with other content) the configuration the agent has
} // namespace refusal

// The wire code for a command handler's error (see refusal::InvalidArgs ...; anything else: refusal::Failed).
const char *failureCode(ErrorCode code);

enum class FrameType { Request, Response, Error };

struct Frame {
    int version = kProtocolVersion;
    FrameType type = FrameType::Request;
    quint64 seq = 0;
    quint64 id = 0;
    QString command;     // Request
    QCborMap body;       // Request: args; Response: result
    QString errorCode;   // Error
    QString errorMessage;

    static Frame request(quint64 id, const QString &command, const QCborMap &args = {});
    static Frame response(quint64 id, const QCborMap &result);
    static Frame error(quint64 id, const QString &code, const QString &message);
};

struct ParseResult {
    enum class State { Incomplete, Complete, Error };
    State state = State::Incomplete;
    Frame frame;             // Complete
    qsizetype consumed = 0;  // Complete: header + payload bytes to drop from the buffer
    QString errorCode;       // Error: one of refusal::BadFrame, TooLarge, UnsupportedVersion
    QString errorString;     // Error: English detail for logs and the refusal frame
};

// Pure: looks at the first frame in `data` and never reads past `maxSize` payload bytes. An oversized length is
// an error as soon as the 4 header bytes are there, so a receiver never buffers more than header + maxSize.
ParseResult parse(QByteArrayView data, qsizetype maxSize = kMaxFrameSize);

// Header + CBOR payload. The caller sets frame.seq.
QByteArray encode(const Frame &frame);
QByteArray encodePayload(const Frame &frame); // the CBOR map alone (tests build malformed frames from it)
QByteArray frameHeader(quint32 payloadSize);

} // namespace tafel::agentlink
