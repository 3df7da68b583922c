#include "displays/mdcprotocol.h"

#include <algorithm>
#include <array>

namespace tafel::displays::mdc {

namespace {

constexpr std::array<InputSource, 31> kInputSources{{
    {0x04, "S-Video"},
    {0x08, "Component"},
    {0x0C, "AV"},
    {0x0D, "AV2"},
    {0x0E, "SCART1"},
    {0x14, "PC"},
    {0x18, "DVI"},
    {0x1E, "BNC"},
    {0x1F, "DVI-Video"},
    {0x20, "MagicInfo"},
    {0x21, "HDMI1"},
    {0x22, "HDMI1-PC"},
    {0x23, "HDMI2"},
    {0x24, "HDMI2-PC"},
    {0x25, "DisplayPort1"},
    {0x26, "DisplayPort2"},
    {0x27, "DisplayPort3"},
    {0x30, "RF-TV"},
    {0x31, "HDMI3"},
    {0x32, "HDMI3-PC"},
    {0x33, "HDMI4"},
    {0x34, "HDMI4-PC"},
    {0x40, "TV-DTV"},
    {0x50, "PlugInModule"},
    {0x55, "HDBaseT"},
    {0x60, "MagicInfo-S"},
    {0x61, "ScreenMirroring"},
    {0x62, "InternalUSB"},
    {0x63, "URLLauncher"},
    {0x64, "Whiteboard"},
    {0x65, "WebBrowser"},
}};

quint8 byteAt(QByteArrayView v, qsizetype i)
{
    return quint8(v.at(i));
}

} // namespace

quint8 checksum(QByteArrayView bytesAfterHeader)
{
    unsigned sum = 0;
    for (const char c : bytesAfterHeader)
        sum += quint8(c);
    return quint8(sum & 0xFFu);
}

ParseResult parse(QByteArrayView input)
{
    ParseResult r;
    if (input.isEmpty())
        return r;
    if (byteAt(input, 0) != Header) {
        // Skip to the next header byte, but tell the caller: garbage is a symptom worth logging.
        const qsizetype next = input.indexOf(char(Header));
        r.kind = ParseResult::Kind::Error;
        r.error = ParseError::Garbage;
        r.consumed = next < 0 ? input.size() : next;
        return r;
    }
    if (input.size() < 4)
        return r;
    const qsizetype len = byteAt(input, 3);
    const qsizetype total = 4 + len + 1;
    if (input.size() < total)
        return r;
    const quint8 expected = checksum(input.sliced(1, total - 2));
    if (expected != byteAt(input, total - 1)) {
        // The length byte itself may be the corrupt one, so resync from the byte after this header.
        r.kind = ParseResult::Kind::Error;
        r.error = ParseError::BadChecksum;
        r.consumed = 1;
        return r;
    }
    r.kind = ParseResult::Kind::Frame;
    r.frame.command = byteAt(input, 1);
    r.frame.id = byteAt(input, 2);
    r.frame.data = input.sliced(4, len).toByteArray();
    r.consumed = total;
    return r;
}

const char *parseErrorName(ParseError e)
{
    switch (e) {
    case ParseError::None: return "none";
    case ParseError::Garbage: return "garbage before header";
    case ParseError::BadChecksum: return "bad checksum";
    }
    return "unknown";
}

QByteArray encode(const Frame &frame)
{
    const QByteArrayView data = QByteArrayView(frame.data).first(std::min<qsizetype>(frame.data.size(), 255));
    QByteArray out;
    out.reserve(5 + data.size());
    out.append(char(Header));
    out.append(char(frame.command));
    out.append(char(frame.id));
    out.append(char(quint8(data.size())));
    out.append(data);
    out.append(char(checksum(QByteArrayView(out).sliced(1))));
    return out;
}

QByteArray encodeRequest(quint8 command, quint8 id, QByteArrayView data)
{
    return encode(Frame{command, id, data.toByteArray()});
}

QByteArray encodeAck(quint8 id, quint8 command, QByteArrayView data)
{
    QByteArray payload;
    payload.append(char(AckByte));
    payload.append(char(command));
    payload.append(data.first(std::min<qsizetype>(data.size(), 253)));
    return encode(Frame{ReplyCommand, id, payload});
}

QByteArray encodeNak(quint8 id, quint8 command, quint8 errorCode)
{
    QByteArray payload;
    payload.append(char(NakByte));
    payload.append(char(command));
    payload.append(char(errorCode));
    return encode(Frame{ReplyCommand, id, payload});
}

std::optional<Reply> decodeReply(const Frame &frame, ReplyError *error)
{
    auto fail = [error](ReplyError e) -> std::optional<Reply> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (frame.command != ReplyCommand)
        return fail(ReplyError::NotAReply);
    if (frame.data.size() < 2)
        return fail(ReplyError::TooShort);
    const quint8 ackByte = quint8(frame.data.at(0));
    if (ackByte != AckByte && ackByte != NakByte)
        return fail(ReplyError::BadAckByte);
    if (error)
        *error = ReplyError::None;
    Reply r;
    r.ack = ackByte == AckByte;
    r.id = frame.id;
    r.command = quint8(frame.data.at(1));
    r.data = frame.data.sliced(2);
    return r;
}

std::optional<StatusData> decodeStatus(QByteArrayView data)
{
    if (data.size() < 4)
        return std::nullopt;
    StatusData s;
    s.power = byteAt(data, 0);
    s.volume = byteAt(data, 1);
    s.mute = byteAt(data, 2) != 0;
    s.input = byteAt(data, 3);
    if (data.size() > 4)
        s.aspect = byteAt(data, 4);
    if (data.size() > 5)
        s.nTimeNf = byteAt(data, 5);
    if (data.size() > 6)
        s.fTimeNf = byteAt(data, 6);
    return s;
}

QByteArray encodeStatus(const StatusData &s)
{
    QByteArray out;
    out.append(char(s.power));
    out.append(char(s.volume));
    out.append(char(s.mute ? 1 : 0));
    out.append(char(s.input));
    out.append(char(s.aspect.value_or(0)));
    out.append(char(s.nTimeNf.value_or(0)));
    out.append(char(s.fTimeNf.value_or(0)));
    return out;
}

std::optional<ErrorStatusData> decodeErrorStatus(QByteArrayView data)
{
    if (data.size() < 6)
        return std::nullopt;
    ErrorStatusData e;
    e.lamp = byteAt(data, 0);
    e.temperature = byteAt(data, 1);
    e.brightnessSensor = byteAt(data, 2);
    e.noSync = byteAt(data, 3);
    e.temperatureC = byteAt(data, 4);
    e.fan = byteAt(data, 5);
    return e;
}

QByteArray encodeErrorStatus(const ErrorStatusData &e)
{
    QByteArray out;
    for (const quint8 b : {e.lamp, e.temperature, e.brightnessSensor, e.noSync, e.temperatureC, e.fan})
        out.append(char(b));
    return out;
}

std::optional<ModelNumberData> decodeModelNumber(QByteArrayView data)
{
    if (data.size() < 3)
        return std::nullopt;
    return ModelNumberData{byteAt(data, 0), byteAt(data, 1), byteAt(data, 2)};
}

QString modelSpeciesName(quint8 species)
{
    switch (species) {
    case 0x01: return QStringLiteral("PDP");
    case 0x02: return QStringLiteral("LCD");
    case 0x03: return QStringLiteral("DLP");
    case 0x04: return QStringLiteral("LED");
    case 0x05: return QStringLiteral("CRT");
    case 0x06: return QStringLiteral("OLED");
    default: break;
    }
    return {};
}

QString decodeString(QByteArrayView data)
{
    qsizetype end = data.size();
    while (end > 0 && (data.at(end - 1) == '\0' || data.at(end - 1) == ' '))
        --end;
    QString out;
    out.reserve(end);
    for (qsizetype i = 0; i < end; ++i) {
        const quint8 c = byteAt(data, i);
        out.append(c >= 0x20 && c < 0x7F ? QChar(char16_t(c)) : QChar(u'?'));
    }
    return out;
}

QList<InputSource> knownInputSources()
{
    return QList<InputSource>(kInputSources.begin(), kInputSources.end());
}

QString inputSourceName(quint8 code)
{
    for (const auto &s : kInputSources)
        if (s.code == code)
            return QString::fromLatin1(s.name);
    return {};
}

QString formatInputCode(quint8 code)
{
    return QStringLiteral("0x") + QString::number(code, 16).toUpper().rightJustified(2, u'0');
}

std::optional<quint8> parseInputCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 32)
        return std::nullopt;
    for (const auto &s : kInputSources)
        if (t.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.code;
    QStringView digits = t;
    if (digits.startsWith(u"0x", Qt::CaseInsensitive))
        digits = digits.sliced(2);
    if (digits.isEmpty() || digits.size() > 2)
        return std::nullopt;
    bool ok = false;
    const uint v = digits.toUInt(&ok, 16);
    if (!ok || v > 0xFF)
        return std::nullopt;
    return quint8(v);
}

BannerResult matchBanner(QByteArrayView input, QByteArrayView expected)
{
    BannerResult r;
    const qsizetype n = std::min(input.size(), expected.size());
    if (input.first(n) != expected.first(n)) {
        r.kind = BannerResult::Kind::Mismatch;
        return r;
    }
    if (input.size() < expected.size())
        return r;
    r.kind = BannerResult::Kind::Match;
    r.consumed = expected.size();
    return r;
}

AuthResult parseAuthReply(QByteArrayView input)
{
    AuthResult r;
    const BannerResult pass = matchBanner(input, AuthPassBanner);
    if (pass.kind == BannerResult::Kind::Match) {
        r.kind = AuthResult::Kind::Pass;
        r.consumed = pass.consumed;
        return r;
    }
    // "MDCAUTH<<" is common to both; decide on the first byte after it.
    const BannerResult fail = matchBanner(input, AuthFailPrefix);
    if (fail.kind == BannerResult::Kind::Mismatch) {
        if (pass.kind == BannerResult::Kind::Incomplete)
            return r;
        r.kind = AuthResult::Kind::Error;
        r.consumed = input.size();
        return r;
    }
    if (fail.kind == BannerResult::Kind::Incomplete)
        return r;
    constexpr qsizetype maxCode = 16;
    const QByteArrayView rest = input.sliced(AuthFailPrefix.size());
    const qsizetype end = rest.indexOf(QByteArrayView(">>"));
    if (end < 0) {
        if (rest.size() > maxCode + 1) {
            r.kind = AuthResult::Kind::Error;
            r.consumed = input.size();
        }
        return r;
    }
    if (end > maxCode) {
        r.kind = AuthResult::Kind::Error;
        r.consumed = input.size();
        return r;
    }
    r.kind = AuthResult::Kind::Fail;
    r.failCode = rest.first(end).toByteArray();
    r.consumed = AuthFailPrefix.size() + end + 2;
    return r;
}

QByteArray encodeAuthFail(QByteArrayView code)
{
    return AuthFailPrefix.toByteArray() + code.first(std::min<qsizetype>(code.size(), 16)).toByteArray() + ">>";
}

bool isValidPin(const QString &pin)
{
    return pin.size() == 4 && std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace tafel::displays::mdc
