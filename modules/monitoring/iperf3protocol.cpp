#include "monitoring/iperf3protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QtEndian>

#include <cstring>

namespace tafel::monitoring::iperf3 {

namespace {
class Iperf3Text final {
    Q_DECLARE_TR_FUNCTIONS(tafel::monitoring::Iperf3)
};
Error protocolError(const QString &message)
{
    return Error::make(ErrorCode::ProtocolError, message);
}
} // namespace

QString stateName(qint8 state)
{
    switch (state) {
    case TestStart: return QStringLiteral("TEST_START");
    case TestRunning: return QStringLiteral("TEST_RUNNING");
    case ResultRequest: return QStringLiteral("RESULT_REQUEST");
    case TestEnd: return QStringLiteral("TEST_END");
    case StreamBegin: return QStringLiteral("STREAM_BEGIN");
    case StreamRunning: return QStringLiteral("STREAM_RUNNING");
    case StreamEnd: return QStringLiteral("STREAM_END");
    case AllStreamsEnd: return QStringLiteral("ALL_STREAMS_END");
    case ParamExchange: return QStringLiteral("PARAM_EXCHANGE");
    case CreateStreams: return QStringLiteral("CREATE_STREAMS");
    case ServerTerminate: return QStringLiteral("SERVER_TERMINATE");
    case ClientTerminate: return QStringLiteral("CLIENT_TERMINATE");
    case ExchangeResults: return QStringLiteral("EXCHANGE_RESULTS");
    case DisplayResults: return QStringLiteral("DISPLAY_RESULTS");
    case IperfStart: return QStringLiteral("IPERF_START");
    case IperfDone: return QStringLiteral("IPERF_DONE");
    case AccessDenied: return QStringLiteral("ACCESS_DENIED");
    case ServerError: return QStringLiteral("SERVER_ERROR");
    default: return QStringLiteral("state %1").arg(int(state));
    }
}

QByteArray makeCookie()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QByteArray cookie(kCookieSize, '\0');
    for (int i = 0; i < kCookieSize - 1; ++i)
        cookie[i] = alphabet[QRandomGenerator::system()->bounded(32)];
    return cookie;
}

QJsonObject paramsToJson(const Params &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("tcp"), true);
    o.insert(QStringLiteral("omit"), p.omitSec);
    o.insert(QStringLiteral("time"), p.durationSec);
    o.insert(QStringLiteral("num"), 0);
    o.insert(QStringLiteral("blockcount"), 0);
    o.insert(QStringLiteral("parallel"), p.streams);
    if (p.reverse)
        o.insert(QStringLiteral("reverse"), true);
    o.insert(QStringLiteral("len"), p.blockSize);
    o.insert(QStringLiteral("pacing_timer"), 1000);
    o.insert(QStringLiteral("client_version"), QString::fromLatin1(p.clientVersion));
    return o;
}

Result<Params> paramsFromJson(const QJsonObject &o)
{
    Params p;
    const auto intField = [&o](const char *key, int &out, int lo, int hi) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (d < lo || d > hi)
            return false;
        out = int(d);
        return true;
    };
    if (!intField("time", p.durationSec, 0, 86400) || !intField("omit", p.omitSec, 0, 600)
        || !intField("parallel", p.streams, 1, 128) || !intField("len", p.blockSize, 1, 16 * 1024 * 1024))
        return protocolError(Iperf3Text::tr("Bad iperf3 parameters"));
    p.reverse = o.value(QLatin1String("reverse")).toBool(false);
    p.clientVersion = o.value(QLatin1String("client_version")).toString().toLatin1();
    return p;
}

QByteArray frameJson(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(json.size()), out.data());
    return out + json;
}

Decoded decode(QByteArrayView buffer, Expect expect)
{
    Decoded d;
    const auto *p = reinterpret_cast<const uchar *>(buffer.data());
    if (expect == Expect::State) {
        if (buffer.isEmpty())
            return d;
        const auto state = qint8(p[0]);
        const bool known = (state >= TestStart && state <= IperfDone) || state == AccessDenied || state == ServerError;
        if (!known) {
            d.kind = Decoded::Failed;
            d.error = protocolError(Iperf3Text::tr("Unknown iperf3 state %1 from the server").arg(int(state)));
            return d;
        }
        if (state == ServerError) {
            if (buffer.size() < 9)
                return d;
            d.serverErrno = qFromBigEndian<qint32>(p + 1);
            d.systemErrno = qFromBigEndian<qint32>(p + 5);
            d.consumed = 9;
        } else {
            d.consumed = 1;
        }
        d.kind = Decoded::StateByte;
        d.state = state;
        return d;
    }
    if (buffer.size() < 4)
        return d;
    const quint32 len = qFromBigEndian<quint32>(p);
    if (len == 0 || len > kMaxJsonSize) {
        d.kind = Decoded::Failed;
        d.error = protocolError(Iperf3Text::tr("iperf3 JSON message of %1 bytes refused").arg(len));
        return d;
    }
    if (quint64(buffer.size()) < 4 + quint64(len))
        return d;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.sliced(4, len).toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        d.kind = Decoded::Failed;
        d.error = protocolError(Iperf3Text::tr("Malformed iperf3 JSON: %1").arg(err.errorString()));
        return d;
    }
    d.kind = Decoded::Json;
    d.json = doc.object();
    d.consumed = 4 + qsizetype(len);
    return d;
}

int streamId(int index)
{
    return index == 0 ? 1 : index + 2;
}

QJsonObject resultsToJson(const Results &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("cpu_util_total"), r.cpuTotal);
    o.insert(QStringLiteral("cpu_util_user"), r.cpuUser);
    o.insert(QStringLiteral("cpu_util_system"), r.cpuSystem);
    o.insert(QStringLiteral("sender_has_retransmits"), r.senderHasRetransmits);
    QJsonArray streams;
    for (const StreamResult &s : r.streams) {
        QJsonObject j;
        j.insert(QStringLiteral("id"), s.id);
        j.insert(QStringLiteral("bytes"), double(s.bytes));
        j.insert(QStringLiteral("retransmits"), double(s.retransmits));
        j.insert(QStringLiteral("jitter"), s.jitter);
        j.insert(QStringLiteral("errors"), double(s.errors));
        j.insert(QStringLiteral("omitted_errors"), 0);
        j.insert(QStringLiteral("packets"), double(s.packets));
        j.insert(QStringLiteral("omitted_packets"), 0);
        j.insert(QStringLiteral("start_time"), s.startTime);
        j.insert(QStringLiteral("end_time"), s.endTime);
        streams.append(j);
    }
    o.insert(QStringLiteral("streams"), streams);
    return o;
}

Result<Results> resultsFromJson(const QJsonObject &o)
{
    Results r;
    const auto num = [](const QJsonObject &obj, const char *key, double &out) {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        out = v.toDouble();
        return true;
    };
    double has = 0;
    if (!num(o, "cpu_util_total", r.cpuTotal) || !num(o, "cpu_util_user", r.cpuUser)
        || !num(o, "cpu_util_system", r.cpuSystem) || !num(o, "sender_has_retransmits", has))
        return protocolError(Iperf3Text::tr("iperf3 results lack CPU or retransmit fields"));
    r.senderHasRetransmits = int(has);
    const QJsonValue streams = o.value(QLatin1String("streams"));
    if (!streams.isArray())
        return protocolError(Iperf3Text::tr("iperf3 results lack the stream list"));
    const QJsonArray array = streams.toArray();
    if (array.size() > 128)
        return protocolError(Iperf3Text::tr("iperf3 results list too many streams"));
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return protocolError(Iperf3Text::tr("iperf3 stream result is not an object"));
        const QJsonObject s = v.toObject();
        StreamResult sr;
        double id = 0, bytes = 0, retr = 0, errors = 0, packets = 0;
        if (!num(s, "id", id) || !num(s, "bytes", bytes) || !num(s, "retransmits", retr) || !num(s, "jitter", sr.jitter)
            || !num(s, "errors", errors) || !num(s, "packets", packets) || bytes < 0 || bytes > 9e18)
            return protocolError(Iperf3Text::tr("iperf3 stream result lacks fields"));
        sr.id = int(id);
        sr.bytes = qint64(bytes);
        sr.retransmits = qint64(std::max(-1.0, std::min(retr, 9e18)));
        sr.errors = qint64(std::max(0.0, std::min(errors, 9e18)));
        sr.packets = qint64(std::max(0.0, std::min(packets, 9e18)));
        num(s, "start_time", sr.startTime);
        num(s, "end_time", sr.endTime);
        r.streams.append(sr);
    }
    return r;
}

QString serverErrorText(qint32 serverErrno, qint32 systemErrno)
{
    const QString what = Iperf3Text::tr("i_errno %1").arg(serverErrno);
    if (systemErrno != 0)
        return Iperf3Text::tr("iperf3 server error: %1 (%2)").arg(what, QString::fromLocal8Bit(strerror(systemErrno)));
    return Iperf3Text::tr("iperf3 server error: %1").arg(what);
}

} // namespace tafel::monitoring::iperf3
