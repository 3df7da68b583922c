#include "displays/pjlinkprotocol.h"

#include <openssl/evp.h>

#include <QStringDecoder>

namespace tafel::displays::pjlink {

namespace {

bool isTerminator(char c) { return c == '\r' || c == '\n'; }

bool isSkippable(char c) { return c == '\0' || isTerminator(c); }

bool isHex(QByteArrayView v)
{
    for (char c : v)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return !v.isEmpty();
}

bool hasControlChars(QByteArrayView v)
{
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t')
            return true;
        if (u == 0x7f)
            return true;
    }
    return false;
}

QByteArray trimmed(QByteArrayView v) { return v.trimmed().toByteArray(); }

ParseResult error(qsizetype consumed, QString why)
{
    ParseResult r;
    r.status = ParseResult::Status::Error;
    r.consumed = consumed;
    r.error = std::move(why);
    return r;
}

// Framing shared by replies and requests: skip NUL/CR/LF, find the terminator, enforce the cap.
struct Frame {
    ParseResult::Status status = ParseResult::Status::Incomplete;
    bool overlong = false;
    QByteArrayView line;
    qsizetype consumed = 0;
    QString error;
};

Frame frame(QByteArrayView buffer, qsizetype maxLine)
{
    Frame f;
    qsizetype start = 0;
    while (start < buffer.size() && isSkippable(buffer[start]))
        ++start;
    qsizetype end = start;
    while (end < buffer.size() && !isTerminator(buffer[end]))
        ++end;
    const qsizetype length = end - start;
    if (end == buffer.size()) { // no terminator yet
        if (length + 1 > maxLine) {
            f.status = ParseResult::Status::Error;
            f.overlong = true;
            f.consumed = buffer.size();
            f.error = QStringLiteral("line longer than %1 bytes").arg(maxLine);
            return f;
        }
        f.consumed = start; // leading junk may be dropped already; keep the rest
        return f;
    }
    qsizetype consumed = end + 1;
    if (buffer[end] == '\r' && consumed < buffer.size() && buffer[consumed] == '\n')
        ++consumed;
    if (length + 1 > maxLine) {
        f.status = ParseResult::Status::Error;
        f.overlong = true;
        f.consumed = consumed;
        f.error = QStringLiteral("line longer than %1 bytes").arg(maxLine);
        return f;
    }
    f.status = ParseResult::Status::Ok;
    f.line = buffer.sliced(start, length);
    f.consumed = consumed;
    return f;
}

bool validCommandName(QByteArrayView v)
{
    if (v.size() != 4)
        return false;
    for (char c : v)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

QByteArray hexOf(const unsigned char *data, unsigned int size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).toHex();
}

QByteArray digest(const EVP_MD *md, QByteArrayView input)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(input.data(), size_t(input.size()), out, &size, md, nullptr) != 1)
        return {};
    return hexOf(out, size);
}

Command cmd(char cls, const char *name, QByteArray param)
{
    return Command{cls, QByteArray(name), std::move(param)};
}

} // namespace

ParseResult parseLine(QByteArrayView raw)
{
    QByteArrayView line = raw;
    while (!line.isEmpty() && line.front() == '\0')
        line = line.sliced(1);
    if (line.size() + 1 > MaxLine) {
        ParseResult r = error(raw.size(), QStringLiteral("line longer than %1 bytes").arg(MaxLine));
        r.overlong = true;
        return r;
    }
    if (hasControlChars(line))
        return error(raw.size(), QStringLiteral("control characters in line"));

    ParseResult r;
    r.status = ParseResult::Status::Ok;
    r.consumed = raw.size();
    Message &m = r.message;
    m.line = line.toByteArray();
    const QByteArray text = trimmed(line);

    if (text.size() >= 6 && text.first(6).compare("PJLINK", Qt::CaseInsensitive) == 0) {
        const QList<QByteArray> parts = text.simplified().split(' ');
        if (parts.size() == 2 && parts[1].compare("ERRA", Qt::CaseInsensitive) == 0) {
            m.kind = Message::Kind::AuthError;
            return r;
        }
        if (parts.size() >= 2 && parts[0].compare("PJLINK", Qt::CaseInsensitive) == 0) {
            if (parts[1] == "0" && parts.size() == 2) {
                m.kind = Message::Kind::Greeting;
                m.authLevel = 0;
                return r;
            }
            // Level 1: MD5 runs over the random exactly as sent, so any short token is accepted (the spec
            // says 8 hex digits; some firmware sends other characters). Level 2 needs 16 bytes of hex.
            const bool level1 = parts[1] == "1" && parts.size() == 3 && parts[2].size() <= 32;
            const bool level2 = parts[1] == "2" && parts.size() == 3 && parts[2].size() == 32 && isHex(parts[2]);
            if (level1 || level2) {
                m.kind = Message::Kind::Greeting;
                m.authLevel = parts[1] == "1" ? 1 : 2;
                m.random = parts[2];
                return r;
            }
        }
        return error(raw.size(), QStringLiteral("malformed PJLINK greeting"));
    }

    if (text.startsWith('%')) {
        // %<class><CMD>=<value>. A line without '=' (e.g. a device echoing "%1POWR ?") is an error line the
        // driver skips.
        if (text.size() < 7)
            return error(raw.size(), QStringLiteral("truncated response"));
        const char cls = text[1];
        if (cls != '1' && cls != '2')
            return error(raw.size(), QStringLiteral("unknown PJLink class '%1'").arg(QLatin1Char(cls)));
        const QByteArrayView name = QByteArrayView(text).sliced(2, 4);
        if (!validCommandName(name))
            return error(raw.size(), QStringLiteral("malformed command name"));
        if (text[6] != '=')
            return error(raw.size(), QStringLiteral("missing '=' in response"));
        m.kind = Message::Kind::Response;
        m.pjClass = cls;
        m.command = name.toByteArray().toUpper();
        m.value = trimmed(QByteArrayView(text).sliced(7));
        m.error = decodeDeviceError(m.value);
        if (m.value.compare("ERRA", Qt::CaseInsensitive) == 0)
            m.kind = Message::Kind::AuthError;
        return r;
    }

    m.kind = Message::Kind::Unknown;
    return r;
}

ParseResult parse(QByteArrayView buffer)
{
    const Frame f = frame(buffer, MaxLine);
    if (f.status == ParseResult::Status::Incomplete) {
        ParseResult r;
        r.consumed = f.consumed;
        return r;
    }
    if (f.status == ParseResult::Status::Error) {
        ParseResult r = error(f.consumed, f.error);
        r.overlong = f.overlong;
        return r;
    }
    ParseResult r = parseLine(f.line);
    r.consumed = f.consumed;
    return r;
}

RequestParse parseRequest(QByteArrayView buffer)
{
    RequestParse r;
    const Frame f = frame(buffer, MaxRequestLine);
    r.consumed = f.consumed;
    r.status = f.status;
    r.error = f.error;
    if (f.status != ParseResult::Status::Ok)
        return r;
    const QByteArray text = trimmed(f.line);
    auto fail = [&r](const QString &why) {
        r.status = ParseResult::Status::Error;
        r.error = why;
        return r;
    };
    if (hasControlChars(text))
        return fail(QStringLiteral("control characters in request"));
    if (text.compare("PJLINK 2", Qt::CaseInsensitive) == 0) {
        r.request.securityLevelQuery = true;
        return r;
    }
    const qsizetype pct = text.indexOf('%');
    if (pct < 0)
        return fail(QStringLiteral("no '%' in request"));
    r.request.authPrefix = text.first(pct);
    if (!r.request.authPrefix.isEmpty() && !isHex(r.request.authPrefix))
        return fail(QStringLiteral("malformed authentication prefix"));
    const QByteArrayView body = QByteArrayView(text).sliced(pct);
    if (body.size() < 6 || (body[1] != '1' && body[1] != '2') || !validCommandName(body.sliced(2, 4)))
        return fail(QStringLiteral("malformed command"));
    r.request.pjClass = body[1];
    r.request.command = body.sliced(2, 4).toByteArray().toUpper();
    if (body.size() > 6) {
        if (body[6] != ' ')
            return fail(QStringLiteral("missing separator"));
        r.request.param = trimmed(body.sliced(7));
    }
    return r;
}

QByteArray Command::encode() const
{
    QByteArray out;
    out.reserve(8 + param.size());
    out += '%';
    out += pjClass;
    out += name;
    out += ' ';
    out += param;
    out += '\r';
    return out;
}

Command powerSet(bool on) { return cmd('1', "POWR", on ? "1" : "0"); }
Command powerQuery() { return cmd('1', "POWR", "?"); }

Command inputSet(const QString &code, int pjClass)
{
    const QByteArray c = code.toLatin1().toUpper();
    // Class 1 codes are [1-5][1-9]; a Class 2 device also knows source 6 and terminals A-Z (%2INPT only).
    const bool extended = c.size() == 2 && (c[0] == '6' || (c[1] >= 'A' && c[1] <= 'Z'));
    return cmd(pjClass >= 2 || extended ? '2' : '1', "INPT", c);
}
Command inputQuery(int pjClass) { return cmd(pjClass >= 2 ? '2' : '1', "INPT", "?"); }

Command muteSet(MuteTarget what, bool on)
{
    const char target = what == MuteTarget::Video ? '1' : what == MuteTarget::Audio ? '2' : '3';
    QByteArray p;
    p += target;
    p += on ? '1' : '0';
    return cmd('1', "AVMT", p);
}
Command muteQuery() { return cmd('1', "AVMT", "?"); }
Command errorQuery() { return cmd('1', "ERST", "?"); }
Command lampQuery() { return cmd('1', "LAMP", "?"); }
Command inputListQuery(int pjClass) { return cmd(pjClass >= 2 ? '2' : '1', "INST", "?"); }
Command nameQuery() { return cmd('1', "NAME", "?"); }
Command manufacturerQuery() { return cmd('1', "INF1", "?"); }
Command productQuery() { return cmd('1', "INF2", "?"); }
Command otherInfoQuery() { return cmd('1', "INFO", "?"); }
Command classQuery() { return cmd('1', "CLSS", "?"); }
Command serialQuery() { return cmd('2', "SNUM", "?"); }
Command softwareVersionQuery() { return cmd('2', "SVER", "?"); }
Command inputNameQuery(const QString &code) { return cmd('2', "INNM", "?" + code.toLatin1().toUpper()); }
Command inputResolutionQuery() { return cmd('2', "IRES", "?"); }
Command recommendedResolutionQuery() { return cmd('2', "RRES", "?"); }
Command filterQuery() { return cmd('2', "FILT", "?"); }
Command lampModelQuery() { return cmd('2', "RLMP", "?"); }
Command filterModelQuery() { return cmd('2', "RFIL", "?"); }
Command speakerVolume(bool up) { return cmd('2', "SVOL", up ? "1" : "0"); }
Command microphoneVolume(bool up) { return cmd('2', "MVOL", up ? "1" : "0"); }
Command freezeSet(bool on) { return cmd('2', "FREZ", on ? "1" : "0"); }
Command freezeQuery() { return cmd('2', "FREZ", "?"); }
QByteArray searchDatagram() { return QByteArrayLiteral("%2SRCH\r"); }
QByteArray securityLevelQuery() { return QByteArrayLiteral("PJLINK 2\r"); }

std::optional<PowerState> decodePower(QByteArrayView v)
{
    const QByteArrayView t = v.trimmed();
    if (t.size() != 1)
        return std::nullopt;
    switch (t[0]) {
    case '0': return PowerState::Standby;
    case '1': return PowerState::On;
    case '2': return PowerState::Cooling;
    case '3': return PowerState::Warming;
    default: return std::nullopt;
    }
}

std::optional<ErrorFlags> decodeErrors(QByteArrayView v)
{
    const QByteArrayView t = v.trimmed();
    if (t.size() != 6)
        return std::nullopt;
    Health h[6];
    for (int i = 0; i < 6; ++i) {
        switch (t[i]) {
        case '0': h[i] = Health::Ok; break;
        case '1': h[i] = Health::Warning; break;
        case '2': h[i] = Health::Error; break;
        default: return std::nullopt;
        }
    }
    return ErrorFlags{h[0], h[1], h[2], h[3], h[4], h[5]};
}

QByteArray encodeErrors(const ErrorFlags &e)
{
    QByteArray out;
    for (Health h : {e.fan, e.lamp, e.temperature, e.cover, e.filter, e.other})
        out += h == Health::Ok ? '0' : h == Health::Warning ? '1' : '2';
    return out;
}

std::optional<QList<LampInfo>> decodeLamps(QByteArrayView v)
{
    const QList<QByteArray> parts = v.trimmed().toByteArray().simplified().split(' ');
    if (parts.isEmpty() || parts.size() % 2 != 0 || parts.size() > 16)
        return std::nullopt;
    QList<LampInfo> lamps;
    for (qsizetype i = 0; i < parts.size(); i += 2) {
        bool ok = false;
        const int hours = parts[i].toInt(&ok);
        if (!ok || hours < 0 || parts[i].size() > 5)
            return std::nullopt;
        if (parts[i + 1] != "0" && parts[i + 1] != "1")
            return std::nullopt;
        lamps.append(LampInfo{hours, parts[i + 1] == "1"});
    }
    return lamps;
}

QByteArray encodeLamps(const QList<LampInfo> &lamps)
{
    QByteArray out;
    for (const LampInfo &l : lamps) {
        if (!out.isEmpty())
            out += ' ';
        out += QByteArray::number(l.hours);
        out += l.on ? " 1" : " 0";
    }
    return out;
}

std::optional<MuteState> decodeMute(QByteArrayView v)
{
    const QByteArrayView t = v.trimmed();
    if (t == "11")
        return MuteState{true, false};
    if (t == "21")
        return MuteState{false, true};
    if (t == "31")
        return MuteState{true, true};
    if (t == "10" || t == "20" || t == "30")
        return MuteState{false, false};
    return std::nullopt;
}

std::optional<int> decodeClass(QByteArrayView v)
{
    // "1"/"2" per spec; seen in the field: "Class 1", "Version1", "class2", " 2".
    const QByteArrayView t = v.trimmed();
    if (t.isEmpty() || t.size() > 16)
        return std::nullopt;
    std::optional<int> found;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            if (found)
                return std::nullopt; // more than one digit: not a class
            found = c - '0';
        }
    }
    if (!found || *found < 1 || *found > 2)
        return std::nullopt;
    return found;
}

std::optional<bool> decodeFreeze(QByteArrayView v)
{
    const QByteArrayView t = v.trimmed();
    if (t == "1")
        return true;
    if (t == "0")
        return false;
    return std::nullopt;
}

std::optional<int> decodeHours(QByteArrayView v)
{
    bool ok = false;
    const int h = v.trimmed().toInt(&ok);
    if (!ok || h < 0)
        return std::nullopt;
    return h;
}

QStringList decodeInputList(QByteArrayView v)
{
    QStringList out;
    for (const QByteArray &p : v.trimmed().toByteArray().simplified().split(' '))
        if (!p.isEmpty())
            out.append(QString::fromLatin1(p).toUpper());
    return out;
}

QString decodeText(QByteArrayView v)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(v);
    if (utf8.hasError())
        s = QString::fromLatin1(v);
    return s.trimmed();
}

DeviceError decodeDeviceError(QByteArrayView v)
{
    const QByteArrayView t = v.trimmed();
    if (t.size() != 4 || QByteArrayView(t.first(3)).compare("ERR", Qt::CaseInsensitive) != 0)
        return DeviceError::None;
    switch (t[3]) {
    case '1': return DeviceError::Undefined;
    case '2': return DeviceError::OutOfParameter;
    case '3': return DeviceError::Unavailable;
    case '4': return DeviceError::Failure;
    default: return DeviceError::None;
    }
}

QByteArray md5Digest(QByteArrayView random, QByteArrayView password)
{
    QByteArray input = random.toByteArray();
    input += password;
    return digest(EVP_md5(), input);
}

// PJLink v2.10 SHA-256 authentication. The JBMIA 2.10 specification text was not available to us; the
// exchange below is the reading two independent public implementations agree on (pjlink-client-swift,
// PJLink+Auth.swift, AuthState.level2 hash, 2025; and a Python "Show Network" PJLinkClient.sha256_digest):
//   device  → "PJLINK 1 <8 hex>"            (as in Class 1)
//   client  → "PJLINK 2"                    (asks for the v2.10 security level)
//   device  → "PJLINK 2 <32 hex>"           (16-byte projector random)
//   client  → <32 hex controller random><64 hex digest>%1POWR ?   (prefix on the first command only)
//   digest  = lower-case hex SHA-256( lower-case hex(projectorRandom XOR controllerRandom) + password )
// A device that does not know "PJLINK 2" answers ERRA, something else, closes or stays silent: the driver
// then falls back to MD5 on a fresh connection. The simulator speaks exactly this.
QByteArray sha256Digest(QByteArrayView projectorRandomHex, QByteArrayView controllerRandomHex,
                        QByteArrayView password)
{
    if (projectorRandomHex.size() != 32 || controllerRandomHex.size() != 32 || !isHex(projectorRandomHex)
        || !isHex(controllerRandomHex))
        return {};
    const QByteArray p = QByteArray::fromHex(projectorRandomHex.toByteArray());
    const QByteArray c = QByteArray::fromHex(controllerRandomHex.toByteArray());
    QByteArray x(16, '\0');
    for (int i = 0; i < 16; ++i)
        x[i] = char(p[i] ^ c[i]);
    QByteArray input = x.toHex();
    input += password;
    return digest(EVP_sha256(), input);
}

} // namespace tafel::displays::pjlink
