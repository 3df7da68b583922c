#pragma once

#include "core/cborframe.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tafel::screensession {

// Wire format between tafel-agent (client) and the screen helper `tafel --screen` (server), over a local
// socket (see socketpath.h):
//
//   frame   = length payload
//   length  = 4 bytes, big-endian, number of payload bytes (1 .. kMaxFrameSize)
//   payload = one CBOR map:
//     "v"     : unsigned, kProtocolVersion
//     "type"  : "req" (client → helper) | "res" | "err" (helper → client, answer a req) | "evt" (helper push)
//     "id"    : unsigned, chosen by the client per request; res/err echo it; 0 in evt
//     "cmd"   : text (req), one of the command names below
//     "args"  : map (req):  message.show {"text", "style": "fullscreen"|"banner", "seconds", "sender"}
//                           media.play {"file": absolute path}   media.seek {"ms"}
//     "state" : map (res, evt): ScreenState, see stateToCbor()
//     "error" : map {"code": text, "message": text} (err); codes: errorCodeName()
//   Unknown keys are ignored. Commands:
//     "message.show", "message.hide", "screen.blank", "screen.unblank", "media.play", "media.pause",
//     "media.resume", "media.stop", "media.seek", "state"
//   Every res carries the helper's state after the command; the helper sends an evt whenever the state changes
//   on its own (media progress about once a second, a message that timed out or was closed, a player error).
inline constexpr int kProtocolVersion = 1;
inline constexpr qsizetype kHeaderSize = cborframe::kHeaderSize;
inline constexpr qsizetype kMaxFrameSize = 64 * 1024;
inline constexpr qsizetype kMaxTextLength = 2000;   // characters of an on-screen message
inline constexpr qsizetype kMaxSenderLength = 120;
inline constexpr qsizetype kMaxPathLength = 4096;
inline constexpr int kMaxMessageSeconds = 24 * 3600; // 0 = until hidden or closed on the screen

enum class Command {
    ShowMessage,
    HideMessage,
    Blank,
    Unblank,
    MediaPlay,
    MediaPause,
    MediaResume,
    MediaStop,
    MediaSeek,
    QueryState,
};
QString commandName(Command command); // "message.show", ...

// A message for the room, shown on the display.
struct ScreenMessage {
    enum class Style { Fullscreen, Banner };
    QString text;                     // 1..kMaxTextLength characters; line breaks are kept
    Style style = Style::Fullscreen;  // Banner: a strip across the top of the screen
    int seconds = 30;                 // auto-hide after this many seconds; 0 = until hidden or closed
    QString sender;                   // e.g. the teacher's name; may be empty

    Status validate() const; // InvalidInput naming the field
};

enum class MediaState { None, Opening, Playing, Paused, Stopped, Ended, Error };
QString mediaStateName(MediaState state); // "none", "opening", "playing", "paused", "stopped", "ended", "error"

// What the display shows right now.
struct ScreenState {
    bool blanked = false;
    bool messageShown = false;
    ScreenMessage::Style messageStyle = ScreenMessage::Style::Fullscreen; // when messageShown
    MediaState media = MediaState::None;
    qint64 positionMs = 0;
    qint64 durationMs = 0; // 0 while unknown
    QString mediaFile;     // the file opened last
    QString mediaError;    // the last playback error, in state Error

    bool operator==(const ScreenState &) const = default;
};

enum class FrameType { Request, Response, Error, Event };

struct Frame {
    int version = kProtocolVersion;
    FrameType type = FrameType::Request;
    quint64 id = 0;
    // Request
    Command command = Command::QueryState;
    ScreenMessage message; // ShowMessage
    QString filePath;      // MediaPlay
    qint64 positionMs = 0; // MediaSeek
    // Response, Event
    ScreenState state;
    // Error
    Error error;

    static Frame request(quint64 id, Command command);
    static Frame response(quint64 id, const ScreenState &state);
    static Frame failure(quint64 id, const Error &error);
    static Frame event(const ScreenState &state);
};

struct ParseResult {
    enum class State {
        Incomplete, // need more bytes
        Complete,   // `frame` is valid; drop `consumed` bytes
        Invalid,    // well framed but its content is not a valid frame: drop `consumed` bytes, answer an err
                    // for `frame.id` (0 if unreadable) and go on
        Error,      // the byte stream cannot be framed (length 0 or over the cap): close the connection
    };
    State state = State::Incomplete;
    Frame frame;
    qsizetype consumed = 0;
    QString errorString; // Invalid, Error: English detail for logs and the err frame
};

// Pure: looks at the first frame in `data`, never reads past `maxSize` payload bytes; an oversized length is
// an Error as soon as the 4 header bytes are there, so a receiver never buffers more than header + maxSize.
ParseResult parse(QByteArrayView data, qsizetype maxSize = kMaxFrameSize);

// Header + CBOR payload.
QByteArray encode(const Frame &frame);

// Error codes on the wire ("invalid-input", "not-found", "unreachable", ...), both ways; unknown names map to
// ErrorCode::Failed.
QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFromName(const QString &name);

} // namespace tafel::screensession
