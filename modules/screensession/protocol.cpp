#include "screensession/protocol.h"

#include "core/cborframe.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>

#include <array>
#include <limits>
#include <utility>

namespace tafel::screensession {

namespace {

const QString kV = QStringLiteral("v");
const QString kType = QStringLiteral("type");
const QString kId = QStringLiteral("id");
const QString kCmd = QStringLiteral("cmd");
const QString kArgs = QStringLiteral("args");
const QString kState = QStringLiteral("state");
const QString kError = QStringLiteral("error");
const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");
const QString kText = QStringLiteral("text");
const QString kStyle = QStringLiteral("style");
const QString kSeconds = QStringLiteral("seconds");
const QString kSender = QStringLiteral("sender");
const QString kFile = QStringLiteral("file");
const QString kMs = QStringLiteral("ms");
const QString kBlanked = QStringLiteral("blanked");
const QString kMessageStyle = QStringLiteral("messageStyle");
const QString kMedia = QStringLiteral("media");
const QString kPosition = QStringLiteral("position");
const QString kDuration = QStringLiteral("duration");
const QString kMediaError = QStringLiteral("mediaError");

constexpr std::array<std::pair<Command, const char *>, 10> kCommands{{
    {Command::ShowMessage, "message.show"},
    {Command::HideMessage, "message.hide"},
    {Command::Blank, "screen.blank"},
    {Command::Unblank, "screen.unblank"},
    {Command::MediaPlay, "media.play"},
    {Command::MediaPause, "media.pause"},
    {Command::MediaResume, "media.resume"},
    {Command::MediaStop, "media.stop"},
    {Command::MediaSeek, "media.seek"},
    {Command::QueryState, "state"},
}};

constexpr std::array<std::pair<MediaState, const char *>, 7> kMediaStates{{
    {MediaState::None, "none"},
    {MediaState::Opening, "opening"},
    {MediaState::Playing, "playing"},
    {MediaState::Paused, "paused"},
    {MediaState::Stopped, "stopped"},
    {MediaState::Ended, "ended"},
    {MediaState::Error, "error"},
}};

constexpr std::array<std::pair<ErrorCode, const char *>, 14> kErrorCodes{{
    {ErrorCode::Failed, "failed"},
    {ErrorCode::InvalidInput, "invalid-input"},
    {ErrorCode::NotFound, "not-found"},
    {ErrorCode::AlreadyExists, "already-exists"},
    {ErrorCode::Io, "io"},
    {ErrorCode::Locked, "locked"},
    {ErrorCode::Corrupt, "corrupt"},
    {ErrorCode::Incompatible, "incompatible"},
    {ErrorCode::Timeout, "timeout"},
    {ErrorCode::Unreachable, "unreachable"},
    {ErrorCode::AuthFailed, "auth-failed"},
    {ErrorCode::PermissionDenied, "permission-denied"},
    {ErrorCode::ProtocolError, "protocol-error"},
    {ErrorCode::Cancelled, "cancelled"},
}};

QString styleName(ScreenMessage::Style style)
{
    return style == ScreenMessage::Style::Banner ? QStringLiteral("banner") : QStringLiteral("fullscreen");
}

bool styleFromName(const QCborValue &value, ScreenMessage::Style &out)
{
    if (value.isUndefined()) {
        out = ScreenMessage::Style::Fullscreen;
        return true;
    }
    const QString name = value.toString();
    if (name == QLatin1String("fullscreen"))
        out = ScreenMessage::Style::Fullscreen;
    else if (name == QLatin1String("banner"))
        out = ScreenMessage::Style::Banner;
    else
        return false;
    return true;
}

bool commandFromName(const QString &name, Command &out)
{
    for (const auto &[command, text] : kCommands) {
        if (name == QLatin1String(text)) {
            out = command;
            return true;
        }
    }
    return false;
}

bool mediaStateFromName(const QString &name, MediaState &out)
{
    for (const auto &[state, text] : kMediaStates) {
        if (name == QLatin1String(text)) {
            out = state;
            return true;
        }
    }
    return false;
}

using cborframe::readUnsigned;

QCborMap stateToCbor(const ScreenState &s)
{
    QCborMap map;
    map.insert(kBlanked, s.blanked);
    map.insert(kMessage, s.messageShown);
    map.insert(kMessageStyle, styleName(s.messageStyle));
    map.insert(kMedia, mediaStateName(s.media));
    map.insert(kPosition, s.positionMs);
    map.insert(kDuration, s.durationMs);
    if (!s.mediaFile.isEmpty())
        map.insert(kFile, s.mediaFile);
    if (!s.mediaError.isEmpty())
        map.insert(kMediaError, s.mediaError);
    return map;
}

bool stateFromCbor(const QCborValue &value, ScreenState &s, QString &why)
{
    if (!value.isMap()) {
        why = QStringLiteral("state must be a map");
        return false;
    }
    const QCborMap map = value.toMap();
    const QCborValue blanked = map.value(kBlanked);
    const QCborValue message = map.value(kMessage);
    if (!blanked.isBool() || !message.isBool()) {
        why = QStringLiteral("state needs the booleans blanked and message");
        return false;
    }
    s.blanked = blanked.toBool();
    s.messageShown = message.toBool();
    if (!styleFromName(map.value(kMessageStyle), s.messageStyle)) {
        why = QStringLiteral("unknown message style");
        return false;
    }
    const QCborValue media = map.value(kMedia);
    if (!media.isString() || !mediaStateFromName(media.toString(), s.media)) {
        why = QStringLiteral("missing or unknown media state");
        return false;
    }
    quint64 position = 0;
    quint64 duration = 0;
    if (!readUnsigned(map, kPosition, position) || !readUnsigned(map, kDuration, duration)) {
        why = QStringLiteral("position and duration must be unsigned integers");
        return false;
    }
    s.positionMs = qint64(position);
    s.durationMs = qint64(duration);
    const QCborValue file = map.value(kFile);
    const QCborValue error = map.value(kMediaError);
    if ((!file.isUndefined() && !file.isString()) || (!error.isUndefined() && !error.isString())) {
        why = QStringLiteral("file and mediaError must be text");
        return false;
    }
    s.mediaFile = file.toString().left(kMaxPathLength);
    s.mediaError = error.toString().left(kMaxTextLength);
    return true;
}

// Reads a request's arguments; `why` is set on failure.
bool readArgs(Frame &f, const QCborMap &args, QString &why)
{
    switch (f.command) {
    case Command::ShowMessage: {
        const QCborValue text = args.value(kText);
        const QCborValue sender = args.value(kSender);
        if (!text.isString()) {
            why = QStringLiteral("message.show needs text");
            return false;
        }
        if (!sender.isUndefined() && !sender.isString()) {
            why = QStringLiteral("sender must be text");
            return false;
        }
        f.message.text = text.toString();
        f.message.sender = sender.toString();
        if (!styleFromName(args.value(kStyle), f.message.style)) {
            why = QStringLiteral("style must be fullscreen or banner");
            return false;
        }
        const QCborValue seconds = args.value(kSeconds);
        if (seconds.isUndefined()) {
            f.message.seconds = ScreenMessage{}.seconds;
        } else if (!seconds.isInteger() || seconds.toInteger() < 0 || seconds.toInteger() > kMaxMessageSeconds) {
            why = QStringLiteral("seconds must be an integer from 0 to %1").arg(kMaxMessageSeconds);
            return false;
        } else {
            f.message.seconds = int(seconds.toInteger());
        }
        if (const Status valid = f.message.validate(); !valid) {
            why = valid.errorString();
            return false;
        }
        return true;
    }
    case Command::MediaPlay: {
        const QCborValue file = args.value(kFile);
        if (!file.isString() || file.toString().isEmpty() || file.toString().size() > kMaxPathLength
            || !QDir::isAbsolutePath(file.toString())) {
            why = QStringLiteral("media.play needs an absolute file path of at most %1 characters").arg(kMaxPathLength);
            return false;
        }
        f.filePath = file.toString();
        return true;
    }
    case Command::MediaSeek: {
        quint64 ms = 0;
        if (!readUnsigned(args, kMs, ms) || ms > quint64(std::numeric_limits<qint64>::max() / 2)) {
            why = QStringLiteral("media.seek needs ms, an unsigned integer");
            return false;
        }
        f.positionMs = qint64(ms);
        return true;
    }
    case Command::HideMessage:
    case Command::Blank:
    case Command::Unblank:
    case Command::MediaPause:
    case Command::MediaResume:
    case Command::MediaStop:
    case Command::QueryState:
        return true;
    }
    return true;
}

ParseResult fail(ParseResult::State state, QString detail, qsizetype consumed = 0, quint64 id = 0)
{
    ParseResult r;
    r.state = state;
    r.errorString = std::move(detail);
    r.consumed = consumed;
    r.frame.type = FrameType::Error;
    r.frame.id = id;
    return r;
}

} // namespace

QString commandName(Command command)
{
    for (const auto &[c, text] : kCommands) {
        if (c == command)
            return QString::fromLatin1(text);
    }
    return {};
}

QString mediaStateName(MediaState state)
{
    for (const auto &[s, text] : kMediaStates) {
        if (s == state)
            return QString::fromLatin1(text);
    }
    return {};
}

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, text] : kErrorCodes) {
        if (c == code)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("failed");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &[c, text] : kErrorCodes) {
        if (name == QLatin1String(text))
            return c;
    }
    return ErrorCode::Failed;
}

Status ScreenMessage::validate() const
{
    if (text.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::screensession", "The message is empty."));
    if (text.size() > kMaxTextLength)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::screensession", "The message has %1 characters; at most %2 fit on the screen.")
                               .arg(text.size())
                               .arg(kMaxTextLength));
    if (sender.size() > kMaxSenderLength)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::screensession", "The sender's name is longer than %1 characters.").arg(kMaxSenderLength));
    if (seconds < 0 || seconds > kMaxMessageSeconds)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::screensession", "A message can stay for 0 (until closed) to %1 seconds.")
                               .arg(kMaxMessageSeconds));
    return {};
}

Frame Frame::request(quint64 id, Command command)
{
    Frame f;
    f.type = FrameType::Request;
    f.id = id;
    f.command = command;
    return f;
}

Frame Frame::response(quint64 id, const ScreenState &state)
{
    Frame f;
    f.type = FrameType::Response;
    f.id = id;
    f.state = state;
    return f;
}

Frame Frame::failure(quint64 id, const Error &error)
{
    Frame f;
    f.type = FrameType::Error;
    f.id = id;
    f.error = error;
    return f;
}

Frame Frame::event(const ScreenState &state)
{
    Frame f;
    f.type = FrameType::Event;
    f.state = state;
    return f;
}

ParseResult parse(QByteArrayView data, qsizetype maxSize)
{
    const cborframe::Split split = cborframe::split(data, maxSize);
    switch (split.state) {
    case cborframe::Split::State::Incomplete: return {};
    case cborframe::Split::State::Empty: return fail(ParseResult::State::Error, QStringLiteral("empty frame"));
    case cborframe::Split::State::TooLarge:
        return fail(ParseResult::State::Error,
                    QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes").arg(split.length).arg(maxSize));
    case cborframe::Split::State::Frame: break;
    }
    const qsizetype consumed = split.consumed;
    QString cborError;
    const auto decoded = cborframe::decodeMap(split.payload, &cborError);
    if (!decoded)
        return fail(ParseResult::State::Invalid, cborError, consumed);
    const QCborMap &map = *decoded;

    ParseResult r;
    Frame &f = r.frame;
    quint64 id = 0;
    const bool hasId = readUnsigned(map, kId, id);
    const quint64 replyId = hasId ? id : 0;
    quint64 version = 0;
    if (!readUnsigned(map, kV, version))
        return fail(ParseResult::State::Invalid, QStringLiteral("missing protocol version"), consumed, replyId);
    if (version != quint64(kProtocolVersion))
        return fail(ParseResult::State::Invalid,
                    QStringLiteral("protocol version %1 is not supported (this side speaks %2)").arg(version).arg(kProtocolVersion),
                    consumed, replyId);
    f.version = int(version);

    const QCborValue type = map.value(kType);
    const QString typeName = type.isString() ? type.toString() : QString();
    if (typeName == QLatin1String("evt")) {
        f.type = FrameType::Event;
        f.id = 0;
    } else {
        if (!hasId)
            return fail(ParseResult::State::Invalid, QStringLiteral("missing or invalid id"), consumed);
        f.id = id;
    }
    QString why;
    if (typeName == QLatin1String("req")) {
        f.type = FrameType::Request;
        const QCborValue cmd = map.value(kCmd);
        if (!cmd.isString() || !commandFromName(cmd.toString(), f.command))
            return fail(ParseResult::State::Invalid,
                        QStringLiteral("unknown command \"%1\"").arg(cmd.toString().left(64)), consumed, id);
        const QCborValue args = map.value(kArgs);
        if (!args.isUndefined() && !args.isMap())
            return fail(ParseResult::State::Invalid, QStringLiteral("args must be a map"), consumed, id);
        if (!readArgs(f, args.toMap(), why))
            return fail(ParseResult::State::Invalid, why, consumed, id);
    } else if (typeName == QLatin1String("res") || typeName == QLatin1String("evt")) {
        if (typeName == QLatin1String("res"))
            f.type = FrameType::Response;
        if (!stateFromCbor(map.value(kState), f.state, why))
            return fail(ParseResult::State::Invalid, why, consumed, f.id);
    } else if (typeName == QLatin1String("err")) {
        f.type = FrameType::Error;
        const QCborValue err = map.value(kError);
        const QCborValue code = err.toMap().value(kCode);
        if (!err.isMap() || !code.isString() || code.toString().isEmpty())
            return fail(ParseResult::State::Invalid, QStringLiteral("error frame without a code"), consumed, id);
        f.error.code = errorCodeFromName(code.toString());
        f.error.message = err.toMap().value(kMessage).toString().left(kMaxTextLength);
    } else {
        return fail(ParseResult::State::Invalid, QStringLiteral("unknown frame type"), consumed, replyId);
    }
    r.state = ParseResult::State::Complete;
    r.consumed = consumed;
    return r;
}

QByteArray encode(const Frame &frame)
{
    QCborMap map;
    map.insert(kV, frame.version);
    switch (frame.type) {
    case FrameType::Request: {
        map.insert(kType, QStringLiteral("req"));
        map.insert(kId, qint64(frame.id));
        map.insert(kCmd, commandName(frame.command));
        QCborMap args;
        if (frame.command == Command::ShowMessage) {
            args.insert(kText, frame.message.text);
            args.insert(kStyle, styleName(frame.message.style));
            args.insert(kSeconds, frame.message.seconds);
            if (!frame.message.sender.isEmpty())
                args.insert(kSender, frame.message.sender);
        } else if (frame.command == Command::MediaPlay) {
            args.insert(kFile, frame.filePath);
        } else if (frame.command == Command::MediaSeek) {
            args.insert(kMs, frame.positionMs);
        }
        if (!args.isEmpty())
            map.insert(kArgs, args);
        break;
    }
    case FrameType::Response:
        map.insert(kType, QStringLiteral("res"));
        map.insert(kId, qint64(frame.id));
        map.insert(kState, stateToCbor(frame.state));
        break;
    case FrameType::Error:
        map.insert(kType, QStringLiteral("err"));
        map.insert(kId, qint64(frame.id));
        map.insert(kError, QCborMap{{kCode, errorCodeName(frame.error.code)}, {kMessage, frame.error.message}});
        break;
    case FrameType::Event:
        map.insert(kType, QStringLiteral("evt"));
        map.insert(kId, 0);
        map.insert(kState, stateToCbor(frame.state));
        break;
    }
    return cborframe::frame(map.toCborValue());
}

} // namespace tafel::screensession
