#include "agentlink/frame.h"

#include "core/cborframe.h"

#include <QCborValue>

namespace tafel::agentlink {

namespace {
const QString kV = QStringLiteral("v");
const QString kType = QStringLiteral("type");
const QString kSeq = QStringLiteral("seq");
const QString kId = QStringLiteral("id");
const QString kCmd = QStringLiteral("cmd");
const QString kArgs = QStringLiteral("args");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");
const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");

ParseResult fail(const char *code, QString detail)
{
    ParseResult r;
    r.state = ParseResult::State::Error;
    r.errorCode = QString::fromLatin1(code);
    r.errorString = std::move(detail);
    return r;
}

bool validCommandName(const QString &cmd)
{
    if (cmd.isEmpty() || cmd.size() > kMaxCommandLength)
        return false;
    for (const QChar c : cmd) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_'))
            return false;
    }
    return true;
}

using cborframe::readUnsigned;
} // namespace

Frame Frame::request(quint64 id, const QString &command, const QCborMap &args)
{
    Frame f;
    f.type = FrameType::Request;
    f.id = id;
    f.command = command;
    f.body = args;
    return f;
}

Frame Frame::response(quint64 id, const QCborMap &result)
{
    Frame f;
    f.type = FrameType::Response;
    f.id = id;
    f.body = result;
    return f;
}

Frame Frame::error(quint64 id, const QString &code, const QString &message)
{
    Frame f;
    f.type = FrameType::Error;
    f.id = id;
    f.errorCode = code;
    f.errorMessage = message;
    return f;
}

ParseResult parse(QByteArrayView data, qsizetype maxSize)
{
    const cborframe::Split split = cborframe::split(data, maxSize);
    switch (split.state) {
    case cborframe::Split::State::Incomplete: return {};
    case cborframe::Split::State::Empty: return fail(refusal::BadFrame, QStringLiteral("empty frame"));
    case cborframe::Split::State::TooLarge:
        return fail(refusal::TooLarge, QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes").arg(split.length).arg(maxSize));
    case cborframe::Split::State::Frame: break;
    }
    QString cborError;
    const auto decoded = cborframe::decodeMap(split.payload, &cborError);
    if (!decoded)
        return fail(refusal::BadFrame, cborError);
    const QCborMap &map = *decoded;

    ParseResult r;
    Frame &f = r.frame;
    quint64 version = 0;
    if (!readUnsigned(map, kV, version))
        return fail(refusal::BadFrame, QStringLiteral("missing protocol version"));
    if (version != quint64(kProtocolVersion))
        return fail(refusal::UnsupportedVersion, QStringLiteral("protocol version %1 is not supported (this side speaks %2)").arg(version).arg(kProtocolVersion));
    f.version = int(version);
    if (!readUnsigned(map, kSeq, f.seq) || f.seq == 0)
        return fail(refusal::BadFrame, QStringLiteral("missing or invalid sequence number"));
    if (!readUnsigned(map, kId, f.id))
        return fail(refusal::BadFrame, QStringLiteral("missing or invalid id"));

    const QCborValue type = map.value(kType);
    const QString typeName = type.isString() ? type.toString() : QString();
    if (typeName == QLatin1String("req")) {
        f.type = FrameType::Request;
        const QCborValue cmd = map.value(kCmd);
        if (!cmd.isString() || !validCommandName(cmd.toString()))
            return fail(refusal::BadFrame, QStringLiteral("missing or invalid command name"));
        f.command = cmd.toString();
        const QCborValue args = map.value(kArgs);
        if (!args.isUndefined() && !args.isMap())
            return fail(refusal::BadFrame, QStringLiteral("args must be a map"));
        f.body = args.toMap();
    } else if (typeName == QLatin1String("res")) {
        f.type = FrameType::Response;
        const QCborValue result = map.value(kResult);
        if (!result.isMap())
            return fail(refusal::BadFrame, QStringLiteral("result must be a map"));
        f.body = result.toMap();
    } else if (typeName == QLatin1String("err")) {
        f.type = FrameType::Error;
        const QCborValue err = map.value(kError);
        const QCborValue code = err.toMap().value(kCode);
        if (!err.isMap() || !code.isString() || code.toString().isEmpty())
            return fail(refusal::BadFrame, QStringLiteral("error frame without a code"));
        f.errorCode = code.toString().left(64);
        f.errorMessage = err.toMap().value(kMessage).toString().left(4096);
    } else {
        return fail(refusal::BadFrame, QStringLiteral("unknown frame type"));
    }
    r.state = ParseResult::State::Complete;
    r.consumed = split.consumed;
    return r;
}

namespace {
QCborMap frameMap(const Frame &frame)
{
    QCborMap map;
    map.insert(kV, frame.version);
    map.insert(kSeq, qint64(frame.seq));
    map.insert(kId, qint64(frame.id));
    switch (frame.type) {
    case FrameType::Request:
        map.insert(kType, QStringLiteral("req"));
        map.insert(kCmd, frame.command);
        if (!frame.body.isEmpty())
            map.insert(kArgs, frame.body);
        break;
    case FrameType::Response:
        map.insert(kType, QStringLiteral("res"));
        map.insert(kResult, frame.body);
        break;
    case FrameType::Error:
        map.insert(kType, QStringLiteral("err"));
        map.insert(kError, QCborMap{{kCode, frame.errorCode}, {kMessage, frame.errorMessage}});
        break;
    }
    return map;
}
} // namespace

QByteArray encodePayload(const Frame &frame)
{
    return frameMap(frame).toCborValue().toCbor();
}

QByteArray frameHeader(quint32 payloadSize)
{
    return cborframe::header(payloadSize);
}

QByteArray encode(const Frame &frame)
{
    return cborframe::frame(frameMap(frame).toCborValue());
}

const char *failureCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return refusal::InvalidArgs;
    case ErrorCode::NotFound:
        return refusal::NotFound;
    case ErrorCode::Unreachable:
        return refusal::NoDisplaySession;
    case ErrorCode::AlreadyExists:
        return refusal::StaleVersion;
    default:
        return refusal::Failed;
    }
}

} // namespace tafel::agentlink
