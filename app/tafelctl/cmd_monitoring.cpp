// tafelctl monitor probe|measure|history: probes (ICMP/TCP/HTTP), broadband measurements (iperf3, LibreSpeed
// HTTP) and the agent's probe history, from modules/monitoring. Everything async on one event loop.
#include "command.h"

#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "core/hostport.h"
#include "monitoring/historystore.h"
#include "monitoring/iperf3client.h"
#include "monitoring/librespeedclient.h"
#include "monitoring/prober.h"

#include <QCborArray>
#include <QCborMap>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tafel::cli {
namespace {

using namespace tafel::monitoring;

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString number(const std::optional<double> &v, int decimals = 1)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

class MonitorCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::MonitorCommand)
public:
    static Group group()
    {
        return {QStringLiteral("monitor"),
                [] { return tr("Probe devices, measure broadband, read probe history"); },
                {
                    Verb{QStringLiteral("probe"), [] { return tr("Probe targets: icmp://host, tcp://host:port, http(s)://..."); },
                         &MonitorCommand::declareProbe, &MonitorCommand::probe, 1, 10000},
                    Verb{QStringLiteral("measure"), [] { return tr("Measure throughput and latency with iperf3 or a LibreSpeed server"); },
                         &MonitorCommand::declareMeasure, &MonitorCommand::measure, 0, 0},
                    Verb{QStringLiteral("history"), [] { return tr("Probe history of a device or room from the agent's history file"); },
                         &MonitorCommand::declareHistory, &MonitorCommand::history, 1, 1},
                },
                /*verbsAtTopLevel=*/true};
    }

    static void declareProbe(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("TARGET"), tr("icmp://host, tcp://host:port, http://... or https://... (several allowed)"));
        p.addOption(QCommandLineOption(QStringLiteral("count"), tr("Probes per target (default 1)."), QStringLiteral("N"), QStringLiteral("1")));
        p.addOption(QCommandLineOption(QStringLiteral("timeout"), tr("Timeout per probe in milliseconds (default 2000)."), QStringLiteral("MS"),
                                       QStringLiteral("2000")));
    }

    static int probe(const QCommandLineParser &args, Context &ctx)
    {
        bool ok = false;
        const int count = args.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 1000)
            return ctx.usageError(tr("--count must be a number from 1 to 1000."));
        const int timeout = args.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 60000)
            return ctx.usageError(tr("--timeout must be 1 to 60000 milliseconds."));
        QList<ProbeTarget> targets;
        for (const QString &text : args.positionalArguments()) {
            auto t = ProbeTarget::parse(text);
            if (!t || t->kind == ProbeKind::Display || t->kind == ProbeKind::Heartbeat)
                return ctx.usageError(t ? tr("'%1': display and heartbeat probes run in the agent.").arg(text) : t.errorString());
            t->timeoutMs = timeout;
            targets.append(*t);
        }
        Prober prober;
        QList<ProbeSample> samples;
        for (int round = 0; round < count; ++round) {
            QEventLoop loop;
            QObject::connect(&prober, &Prober::sampleReady, &loop, [&samples](const ProbeSample &s) { samples.append(s); });
            QObject::connect(&prober, &Prober::batchFinished, &loop, &QEventLoop::quit);
            prober.probeAll(targets);
            loop.exec();
        }
        std::stable_sort(samples.begin(), samples.end(), [](const ProbeSample &a, const ProbeSample &b) { return a.target < b.target; });
        bool allOk = true;
        if (ctx.json()) {
            QJsonArray out;
            for (const ProbeSample &s : samples) {
                allOk &= s.ok;
                QJsonObject o{{QStringLiteral("target"), s.target},
                              {QStringLiteral("kind"), probeKindKey(s.kind)},
                              {QStringLiteral("ok"), s.ok},
                              {QStringLiteral("rtt_ms"), s.ok ? QJsonValue(s.rttMs) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("error"), s.error},
                              {QStringLiteral("time"), s.timestamp.toString(Qt::ISODateWithMs)}};
                if (s.kind == ProbeKind::Icmp)
                    o.insert(QStringLiteral("method"), icmpMethodKey(s.method));
                if (s.kind == ProbeKind::Http)
                    o.insert(QStringLiteral("http_status"), s.httpStatus);
                out.append(o);
            }
            ctx.printJson(out);
        } else {
            QList<QStringList> rows;
            for (const ProbeSample &s : samples) {
                allOk &= s.ok;
                const QString kind = s.kind == ProbeKind::Icmp ? icmpMethodKey(s.method) : probeKindKey(s.kind);
                rows.append({s.target, kind, s.ok ? tr("ok") : tr("failed"), s.ok ? QString::number(s.rttMs, 'f', 2) : QString(),
                             s.ok ? (s.httpStatus ? QString::number(s.httpStatus) : QString()) : s.error});
            }
            ctx.printTable({tr("Target"), tr("Method"), tr("Result"), tr("RTT ms"), tr("Detail")}, rows);
        }
        return allOk ? ExitOk : ExitFailed;
    }

    static void declareMeasure(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("iperf3"), tr("iperf3 server (default port 5201)."), QStringLiteral("HOST[:PORT]")));
        p.addOption(QCommandLineOption(QStringLiteral("http"), tr("LibreSpeed backend URL, e.g. http://speed.example/backend/."), QStringLiteral("URL")));
        p.addOption(QCommandLineOption(QStringLiteral("duration"), tr("Seconds per direction, warm-up excluded (default 10)."), QStringLiteral("S"),
                                       QStringLiteral("10")));
        p.addOption(QCommandLineOption(QStringLiteral("streams"), tr("Parallel connections (default 4 for iperf3, 3 for HTTP)."), QStringLiteral("N")));
        p.addOption(QCommandLineOption(QStringLiteral("reverse"), tr("iperf3: download (the server sends) instead of upload.")));
    }

    static int measure(const QCommandLineParser &args, Context &ctx)
    {
        const bool iperf = args.isSet(QStringLiteral("iperf3"));
        const bool http = args.isSet(QStringLiteral("http"));
        if (iperf == http)
            return ctx.usageError(tr("Give exactly one of --iperf3 HOST[:PORT] and --http URL."));
        bool ok = false;
        const int duration = args.value(QStringLiteral("duration")).toInt(&ok);
        if (!ok || duration < 1 || duration > 600)
            return ctx.usageError(tr("--duration must be 1 to 600 seconds."));
        int streams = iperf ? 4 : 3;
        if (args.isSet(QStringLiteral("streams"))) {
            streams = args.value(QStringLiteral("streams")).toInt(&ok);
            if (!ok || streams < 1 || streams > (iperf ? 128 : 6))
                return ctx.usageError(tr("--streams must be 1 to %1.").arg(iperf ? 128 : 6));
        }
        std::optional<Result<BroadbandResult>> result;
        QEventLoop loop;
        const auto done = [&](const Result<BroadbandResult> &r) {
            result = r;
            loop.quit();
        };
        Iperf3Client iperfClient;
        LibreSpeedClient httpClient;
        if (iperf) {
            auto hp = parseHostPort(args.value(QStringLiteral("iperf3")), iperf3::kDefaultPort);
            if (!hp)
                return ctx.usageError(hp.errorString());
            Iperf3Options o;
            o.host = hp->host;
            o.port = hp->port;
            o.durationSec = duration;
            o.streams = streams;
            o.reverse = args.isSet(QStringLiteral("reverse"));
            iperfClient.start(o, done);
        } else {
            const QUrl url(args.value(QStringLiteral("http")), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                return ctx.usageError(tr("--http needs an http:// or https:// URL."));
            LibreSpeedOptions o;
            o.base = url;
            o.durationSec = duration;
            o.streams = streams;
            httpClient.start(o, done);
        }
        loop.exec();
        if (!result || !*result)
            return ctx.fail(result ? result->error() : Error::make(ErrorCode::Failed, tr("The measurement did not finish.")));
        const BroadbandResult &r = result->value();
        if (ctx.json()) {
            QJsonObject o = r.toJson();
            ctx.printJson(o);
            return ExitOk;
        }
        ctx.printTable({tr("Server"), tr("Down Mbit/s"), tr("Up Mbit/s"), tr("RTT idle ms"), tr("RTT loaded ms"), tr("Jitter ms"), tr("Loss %"),
                        tr("Streams"), tr("Seconds")},
                       {{r.server, number(r.downloadMbps), number(r.uploadMbps),
                         number(r.rttIdle ? std::optional(r.rttIdle->median) : std::nullopt, 2),
                         number(r.rttLoaded ? std::optional(r.rttLoaded->median) : std::nullopt, 2), number(r.jitterMs, 2),
                         number(r.lossPct), QString::number(r.streams), QString::number(r.durationSec, 'f', 1)}});
        if (r.rttMethod == QLatin1String("tcp-fallback"))
            ctx.out() << tr("Latency was measured with TCP connects (no ICMP permission).") << Qt::endl;
        return ExitOk;
    }

    static void declareHistory(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("ROOM|DEVICE"), tr("A device id or a room name"));
        p.addOption(QCommandLineOption(QStringLiteral("since"), tr("Start: an ISO date/time or a span like 24h, 7d (default 24h)."), QStringLiteral("T"),
                                       QStringLiteral("24h")));
        p.addOption(QCommandLineOption(QStringLiteral("history"), tr("The agent's history file (default: %1).").arg(defaultHistoryPath()),
                                       QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("agent"), tr("Ask the room's agent (history.query) instead of reading a file; it must be enrolled."),
                                       QStringLiteral("HOST[:PORT]")));
        p.addOption(QCommandLineOption(QStringLiteral("key"), tr("Private key file for --agent (from 'tafelctl keys create'); default $TAFEL_KEY."),
                                       QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("resolution"), tr("raw, minute or hour (default: minute up to 2 days, else hour)."),
                                       QStringLiteral("RES")));
    }

    // history.query on the agent: first as a device, then as a room.
    static Result<QList<HistoryStore::Rollup>> agentHistory(const QCommandLineParser &args, Context &ctx, const QString &subject,
                                                            const QString &resolution, const QDateTime &since, const QDateTime &until)
    {
        auto hp = parseHostPort(args.value(QStringLiteral("agent")), agentlink::kDefaultAgentPort);
        if (!hp)
            return hp.error();
        const QString keyFile = ClientKey::path(args);
        if (keyFile.isEmpty())
            return Error::make(ErrorCode::InvalidInput, tr("--agent needs a client key: pass --key FILE or set TAFEL_KEY."));
        auto creds = agentlink::ClientCredentials::fromKeyFile(keyFile);
        if (!creds)
            return creds.error();
        auto pins = agentlink::PinFile::nextToDatabase(ctx.dbPath()).load();
        if (!pins)
            return pins.error();
        const QString pinKey = agentlink::PinFile::key(hp->host, hp->port);
        if (!pins->contains(pinKey))
            return Error::make(ErrorCode::AuthFailed, tr("%1 is not enrolled. Run: tafelctl agent enroll %1").arg(pinKey));
        agentlink::AgentClient client;
        client.setCredentials(*creds);
        client.setPinnedFingerprint(pins->value(pinKey));
        client.setCallTimeout(30'000);
        client.connectToAgent(hp->host, hp->port);
        QList<HistoryStore::Rollup> out;
        for (const char *scope : {"device", "room"}) {
            std::optional<Result<QCborMap>> reply;
            QEventLoop loop;
            client.call(QStringLiteral("history.query"),
                        QCborMap{{QLatin1String(scope), subject},
                                 {QStringLiteral("since"), since.toMSecsSinceEpoch()},
                                 {QStringLiteral("until"), until.toMSecsSinceEpoch()},
                                 {QStringLiteral("resolution"), resolution}},
                        [&reply, &loop](Result<QCborMap> r) {
                            reply = std::move(r);
                            loop.quit();
                        });
            loop.exec();
            if (!*reply)
                return reply->error();
            const auto num = [](const QCborValue &v) { return v.isDouble() || v.isInteger() ? std::optional(v.toDouble()) : std::nullopt; };
            for (const QCborValue &v : reply->value().value(QStringLiteral("rows")).toArray()) {
                const QCborMap m = v.toMap();
                HistoryStore::Rollup r;
                r.target = m.value(QStringLiteral("target")).toString();
                r.room = m.value(QStringLiteral("room")).toString();
                r.kind = probeKindFromKey(m.value(QStringLiteral("kind")).toString()).value_or(ProbeKind::Tcp);
                r.bucket = QDateTime::fromMSecsSinceEpoch(m.value(QStringLiteral("bucket")).toInteger(), Qt::UTC);
                r.count = int(m.value(QStringLiteral("count")).toInteger());
                r.failures = int(m.value(QStringLiteral("failures")).toInteger());
                r.min = num(m.value(QStringLiteral("min")));
                r.median = num(m.value(QStringLiteral("median")));
                r.p90 = num(m.value(QStringLiteral("p90")));
                r.max = num(m.value(QStringLiteral("max")));
                out.append(r);
            }
            if (!out.isEmpty())
                break;
        }
        return out;
    }

    static QString defaultHistoryPath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tafel-agent/history.sqlite");
    }

    static std::optional<QDateTime> parseSince(const QString &text, const QDateTime &now)
    {
        static const QRegularExpression span(QStringLiteral("^(\\d{1,5})([mhd])$"));
        if (const auto m = span.match(text); m.hasMatch()) {
            const qint64 n = m.captured(1).toLongLong();
            const QChar unit = m.captured(2).at(0);
            return now.addSecs(-n * (unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : 86400));
        }
        QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
        return t.isValid() ? std::optional(t) : std::nullopt;
    }

    static int history(const QCommandLineParser &args, Context &ctx)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto since = parseSince(args.value(QStringLiteral("since")), now);
        if (!since)
            return ctx.usageError(tr("--since must be an ISO date/time or a span like 30m, 24h, 7d."));
        const QString subject = args.positionalArguments().constFirst();
        QString resolution = args.value(QStringLiteral("resolution"));
        if (resolution.isEmpty())
            resolution = since->secsTo(now) > 2 * 86400 ? QStringLiteral("hour") : QStringLiteral("minute");
        if (resolution != QLatin1String("raw") && resolution != QLatin1String("minute") && resolution != QLatin1String("hour"))
            return ctx.usageError(tr("--resolution must be raw, minute or hour."));
        const int resolutionSecs = resolution == QLatin1String("hour") ? 3600 : resolution == QLatin1String("minute") ? 60 : 0;
        Result<QList<HistoryStore::Rollup>> rows = QList<HistoryStore::Rollup>();
        if (args.isSet(QStringLiteral("agent"))) {
            rows = agentHistory(args, ctx, subject, resolution, *since, now);
        } else {
            if (resolution == QLatin1String("raw"))
                return ctx.usageError(tr("--resolution raw needs --agent."));
            const QString path = args.isSet(QStringLiteral("history")) ? args.value(QStringLiteral("history")) : defaultHistoryPath();
            if (!QFileInfo::exists(path))
                return ctx.fail(tr("No history file at %1 (use --history FILE or --agent HOST).").arg(path));
            HistoryStore store;
            if (auto st = store.open(path); !st)
                return ctx.fail(st.error());
            const auto res = resolutionSecs == 3600 ? HistoryStore::Resolution::Hour : HistoryStore::Resolution::Minute;
            rows = store.deviceRollups(subject, res, *since, now);
            if (rows && rows->isEmpty())
                rows = store.roomRollups(subject, res, *since, now);
        }
        if (!rows)
            return ctx.fail(rows.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto &r : *rows)
                out.append(QJsonObject{{QStringLiteral("target"), r.target},
                                       {QStringLiteral("room"), r.room},
                                       {QStringLiteral("kind"), probeKindKey(r.kind)},
                                       {QStringLiteral("bucket"), r.bucket.toString(Qt::ISODate)},
                                       {QStringLiteral("resolution_s"), resolutionSecs},
                                       {QStringLiteral("count"), r.count},
                                       {QStringLiteral("loss_pct"), r.lossPct()},
                                       {QStringLiteral("min_ms"), optionalNumber(r.min)},
                                       {QStringLiteral("median_ms"), optionalNumber(r.median)},
                                       {QStringLiteral("p90_ms"), optionalNumber(r.p90)},
                                       {QStringLiteral("max_ms"), optionalNumber(r.max)}});
            ctx.printJson(out);
            return ExitOk;
        }
        QList<QStringList> table;
        for (const auto &r : *rows)
            table.append({r.target, probeKindKey(r.kind), r.bucket.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(r.count),
                          QString::number(r.lossPct(), 'f', 1), number(r.min, 2), number(r.median, 2), number(r.p90, 2), number(r.max, 2)});
        ctx.printTable({tr("Device"), tr("Kind"), tr("From"), tr("Probes"), tr("Loss %"), tr("Min ms"), tr("Median ms"), tr("P90 ms"), tr("Max ms")}, table);
        return ExitOk;
    }
};

const GroupRegistrar registrar(&MonitorCommand::group);

} // namespace
} // namespace tafel::cli
