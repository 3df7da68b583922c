#include "agent/agentmonitoring.h"
#include "agent/logging.h"

#include "monitoring/iperf3client.h"
#include "monitoring/librespeedclient.h"
#include "monitoring/measurementscheduler.h"
#include "monitoring/prober.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QTimer>

#include <algorithm>

namespace tafel::agent {

using namespace tafel::monitoring;

namespace {
constexpr int kMaxHistoryRows = 50'000;
constexpr int kMaxBroadbandEntries = 20'000;
constexpr int kMaxEvents = 5'000;

QCborValue optional(const std::optional<double> &v)
{
    return v ? QCborValue(*v) : QCborValue();
}

// Merges rows of several devices into one row per bucket: counts and failures summed, lowest min, highest max
// and p90, the median of the medians.
QCborArray combine(const QCborArray &rows, qint64 bucketMs)
{
    struct Acc {
        qint64 count = 0, failures = 0;
        std::optional<double> min, max, p90;
        QList<double> medians;
    };
    QMap<qint64, Acc> buckets;
    for (const QCborValue &v : rows) {
        const QCborMap r = v.toMap();
        const qint64 at = r.value(QStringLiteral("bucket")).toInteger();
        Acc &a = buckets[at - at % bucketMs];
        a.count += r.value(QStringLiteral("count")).toInteger();
        a.failures += r.value(QStringLiteral("failures")).toInteger();
        const auto fold = [&r](const char *key, std::optional<double> &into, bool lower) {
            const QCborValue x = r.value(QLatin1String(key));
            if (!x.isDouble() && !x.isInteger())
                return;
            const double d = x.toDouble();
            into = !into ? d : lower ? qMin(*into, d) : qMax(*into, d);
        };
        fold("min", a.min, true);
        fold("max", a.max, false);
        fold("p90", a.p90, false);
        if (const QCborValue m = r.value(QStringLiteral("median")); m.isDouble() || m.isInteger())
            a.medians.append(m.toDouble());
    }
    QCborArray out;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        QList<double> m = it->medians;
        std::sort(m.begin(), m.end());
        out.append(QCborMap{{QStringLiteral("bucket"), it.key()},
                            {QStringLiteral("count"), it->count},
                            {QStringLiteral("failures"), it->failures},
                            {QStringLiteral("min"), optional(it->min)},
                            {QStringLiteral("median"), m.isEmpty() ? QCborValue() : QCborValue(m.at(m.size() / 2))},
                            {QStringLiteral("p90"), optional(it->p90)},
                            {QStringLiteral("max"), optional(it->max)}});
    }
    return out;
}

QString broadbandFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("broadband.jsonl"));
}
} // namespace

AgentMonitoring::AgentMonitoring(MonitoringConfig config, QString room, QString dataDir, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_room(std::move(room))
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
{
}

AgentMonitoring::~AgentMonitoring()
{
    stop();
}

Status AgentMonitoring::start()
{
    m_history = std::make_unique<HistoryStore>(m_clock);
    m_history->setRetention(m_config.retention);
    if (Status st = m_history->open(QDir(m_dataDir).filePath(QStringLiteral("history.db"))); !st)
        return st;
    m_health = new HealthTracker(m_clock, m_history.get(), this);
    m_health->setThresholds(m_config.thresholds);
    connect(m_health, &HealthTracker::changed, this, [](const HistoryStore::Event &e) {
        qCInfo(lcAgent).noquote() << "health:" << e.scope << e.subject << e.from << "->" << e.to << e.reason;
    });
    m_prober = new Prober(Prober::Options{}, m_clock, this);
    m_scheduler = new MeasurementScheduler(m_prober, m_clock, this);
    m_scheduler->setConfig(m_config.schedule);
    QList<ProbeTarget> targets;
    for (MonitoringTarget t : std::as_const(m_config.targets)) {
        t.probe.room = m_room;
        targets.append(t.probe);
    }
    m_scheduler->setTargets(targets);
    if (m_config.hasBroadband()) {
        m_iperf = new Iperf3Client(m_prober, this);
        m_http = new LibreSpeedClient(this);
        if (m_config.schedule.broadbandPerDay > 0)
            m_scheduler->setBroadband([this](std::function<void()> finished) { runBroadband(std::move(finished), {}); });
    }
    connect(m_scheduler, &MeasurementScheduler::sampleReady, this, &AgentMonitoring::onSample);
    loadBroadband();
    m_scheduler->start();
    m_maintenance = new QTimer(this);
    m_maintenance->setInterval(60'000);
    connect(m_maintenance, &QTimer::timeout, this, &AgentMonitoring::maintain);
    m_maintenance->start();
    qCInfo(lcAgent).noquote() << QStringLiteral("monitoring: %1 targets every %2 s, broadband %3").arg(targets.size()).arg(m_config.probeIntervalSecs)
                                     .arg(!m_config.iperf3Server.host.isEmpty() ? QStringLiteral("iperf3 ") + m_config.iperf3Server.toString()
                                          : m_config.libreSpeedUrl.isValid() ? m_config.libreSpeedUrl.toString()
                                                                             : QStringLiteral("off"));
    return {};
}

void AgentMonitoring::stop()
{
    if (m_scheduler)
        m_scheduler->stop();
    if (m_iperf && m_iperf->isRunning())
        m_iperf->abort();
    if (m_http && m_http->isRunning())
        m_http->abort();
    if (m_maintenance)
        m_maintenance->stop();
}

void AgentMonitoring::maintain()
{
    if (!m_history)
        return;
    if (auto r = m_history->rollUp(); !r)
        qCWarning(lcAgent).noquote() << "history roll-up:" << r.errorString();
    if (++m_maintenanceRounds % 60 == 0) { // hourly
        if (auto r = m_history->prune(); !r)
            qCWarning(lcAgent).noquote() << "history prune:" << r.errorString();
    }
    if (m_health)
        m_health->checkStale();
}

void AgentMonitoring::onSample(const ProbeSample &sample)
{
    if (m_history) {
        if (Status st = m_history->add(sample); !st)
            qCWarning(lcAgent).noquote() << "history:" << st.errorString();
    }
    if (m_health)
        m_health->addSample(sample);
    Last &last = m_last[sample.target];
    last.sample = sample;
    if (!sample.ok) {
        last.lastError = sample.error;
        last.lastErrorAt = sample.timestamp;
    }
}

QCborMap AgentMonitoring::health() const
{
    QCborArray devices;
    for (const MonitoringTarget &t : m_config.targets) {
        QCborMap d{{QStringLiteral("id"), t.id},
                   {QStringLiteral("kind"), t.deviceKind},
                   {QStringLiteral("probe"), t.probe.toString()},
                   {QStringLiteral("state"), healthKey(m_health ? m_health->device(t.id) : Health::Unknown)}};
        if (const auto it = m_last.constFind(t.id); it != m_last.cend()) {
            d.insert(QStringLiteral("ok"), it->sample.ok);
            d.insert(QStringLiteral("at"), it->sample.timestamp.toMSecsSinceEpoch());
            if (it->sample.rttMs >= 0)
                d.insert(QStringLiteral("rttMs"), it->sample.rttMs);
            if (!it->lastError.isEmpty()) {
                d.insert(QStringLiteral("error"), it->lastError);
                d.insert(QStringLiteral("errorAt"), it->lastErrorAt.toMSecsSinceEpoch());
            }
        }
        devices.append(d);
    }
    QCborMap out{{QStringLiteral("time"), m_clock.nowMSecs()},
                 {QStringLiteral("room"), m_room},
                 {QStringLiteral("roomState"), healthKey(m_health ? m_health->room(m_room) : Health::Unknown)},
                 {QStringLiteral("devices"), devices},
                 {QStringLiteral("measuring"), m_measuring},
                 {QStringLiteral("broadbandConfigured"), m_config.hasBroadband()}};
    if (!m_broadband.isEmpty())
        out.insert(QStringLiteral("broadband"), m_broadband.constLast());
    return out;
}

Result<QCborMap> AgentMonitoring::history(const QCborMap &args)
{
    if (!m_history)
        return Error::make(ErrorCode::Failed, tr("Monitoring is not running on this agent."));
    const QString device = args.value(QStringLiteral("device")).toString();
    const QString room = args.value(QStringLiteral("room")).toString();
    if (device.isEmpty() == room.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("history.query needs either device or room."));
    const qint64 nowMs = m_clock.nowMSecs();
    const qint64 untilMs = args.value(QStringLiteral("until")).toInteger(nowMs);
    const qint64 sinceMs = args.value(QStringLiteral("since")).toInteger(untilMs - 24 * 3600 * 1000LL);
    if (sinceMs >= untilMs)
        return Error::make(ErrorCode::InvalidInput, tr("since must be before until."));
    const QString resolution = args.value(QStringLiteral("resolution")).toString(QStringLiteral("minute"));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC);

    QCborArray rows;
    if (resolution == QLatin1String("raw")) {
        QStringList ids;
        if (!device.isEmpty()) {
            ids << device;
        } else {
            for (const MonitoringTarget &t : std::as_const(m_config.targets))
                if (room == m_room)
                    ids << t.id;
        }
        for (const QString &id : std::as_const(ids)) {
            auto samples = m_history->samples(id, from, to);
            if (!samples)
                return samples.error();
            for (const ProbeSample &s : std::as_const(*samples)) {
                if (rows.size() >= kMaxHistoryRows)
                    break;
                const QCborValue rtt = s.ok && s.rttMs >= 0 ? QCborValue(s.rttMs) : QCborValue();
                rows.append(QCborMap{{QStringLiteral("target"), s.target},
                                     {QStringLiteral("room"), s.room},
                                     {QStringLiteral("kind"), probeKindKey(s.kind)},
                                     {QStringLiteral("bucket"), s.timestamp.toMSecsSinceEpoch()},
                                     {QStringLiteral("count"), 1},
                                     {QStringLiteral("failures"), s.ok ? 0 : 1},
                                     {QStringLiteral("min"), rtt},
                                     {QStringLiteral("median"), rtt},
                                     {QStringLiteral("p90"), rtt},
                                     {QStringLiteral("max"), rtt}});
            }
        }
    } else if (resolution == QLatin1String("minute") || resolution == QLatin1String("hour")) {
        const auto res = resolution == QLatin1String("hour") ? HistoryStore::Resolution::Hour : HistoryStore::Resolution::Minute;
        if (auto r = m_history->rollUp(); !r) // incremental: only the buckets completed since the last run
            return r.error();
        auto list = device.isEmpty() ? m_history->roomRollups(room, res, from, to) : m_history->deviceRollups(device, res, from, to);
        if (!list)
            return list.error();
        for (const HistoryStore::Rollup &r : std::as_const(*list)) {
            if (rows.size() >= kMaxHistoryRows)
                break;
            rows.append(QCborMap{{QStringLiteral("target"), r.target},
                                 {QStringLiteral("room"), r.room},
                                 {QStringLiteral("kind"), probeKindKey(r.kind)},
                                 {QStringLiteral("bucket"), r.bucket.toMSecsSinceEpoch()},
                                 {QStringLiteral("count"), r.count},
                                 {QStringLiteral("failures"), r.failures},
                                 {QStringLiteral("min"), optional(r.min)},
                                 {QStringLiteral("median"), optional(r.median)},
                                 {QStringLiteral("p90"), optional(r.p90)},
                                 {QStringLiteral("max"), optional(r.max)}});
        }
    } else {
        return Error::make(ErrorCode::InvalidInput, tr("resolution must be raw, minute or hour, not '%1'.").arg(resolution));
    }
    // combine: one row per bucket over every device (the room's line in the chart); bucketSecs widens raw rows.
    if (args.value(QStringLiteral("combine")).toBool())
        rows = combine(rows, qBound(qint64(1), args.value(QStringLiteral("bucketSecs")).toInteger(1), qint64(86400)) * 1000);
    QCborArray broadband;
    if (device.isEmpty()) {
        for (const QCborMap &b : std::as_const(m_broadband)) {
            const qint64 at = b.value(QStringLiteral("at")).toInteger();
            if (at >= sinceMs && at < untilMs)
                broadband.append(b);
        }
    }
    return QCborMap{{QStringLiteral("resolution"), resolution}, {QStringLiteral("rows"), rows}, {QStringLiteral("broadband"), broadband}};
}

Result<QCborMap> AgentMonitoring::events(const QCborMap &args) const
{
    if (!m_history)
        return Error::make(ErrorCode::Failed, tr("Monitoring is not running on this agent."));
    const qint64 nowMs = m_clock.nowMSecs();
    const qint64 untilMs = args.value(QStringLiteral("until")).toInteger(nowMs + 1);
    const qint64 sinceMs = args.value(QStringLiteral("since")).toInteger(untilMs - 24 * 3600 * 1000LL);
    if (sinceMs >= untilMs)
        return Error::make(ErrorCode::InvalidInput, tr("since must be before until."));
    const qint64 limit = qBound(qint64(1), args.value(QStringLiteral("limit")).toInteger(500), qint64(kMaxEvents));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC);
    QStringList subjects{m_room};
    for (const MonitoringTarget &t : std::as_const(m_config.targets))
        subjects << t.id;
    QList<HistoryStore::Event> all;
    for (const QString &subject : std::as_const(subjects)) {
        auto list = m_history->events(subject, from, to);
        if (!list)
            return list.error();
        all.append(*list);
    }
    std::stable_sort(all.begin(), all.end(), [](const HistoryStore::Event &a, const HistoryStore::Event &b) { return a.time < b.time; });
    if (all.size() > limit)
        all.erase(all.begin(), all.end() - limit);
    QCborArray out;
    for (const HistoryStore::Event &e : std::as_const(all))
        out.append(QCborMap{{QStringLiteral("time"), e.time.toMSecsSinceEpoch()},
                            {QStringLiteral("scope"), e.scope},
                            {QStringLiteral("subject"), e.subject},
                            {QStringLiteral("from"), e.from},
                            {QStringLiteral("to"), e.to},
                            {QStringLiteral("reason"), e.reason}});
    return QCborMap{{QStringLiteral("events"), out}};
}

void AgentMonitoring::measureNow(std::function<void(const QCborMap &)> done)
{
    if (!m_scheduler || !m_config.hasBroadband()) {
        if (done)
            done(QCborMap{{QStringLiteral("error"), tr("No broadband server is configured ([Monitoring] Iperf3Server or LibreSpeedUrl).")}});
        return;
    }
    m_scheduler->requestMeasurement([this, done = std::move(done)](std::function<void()> finished) { runBroadband(std::move(finished), done); });
}

void AgentMonitoring::runBroadband(std::function<void()> finished, std::function<void(const QCborMap &)> done)
{
    m_measuring = true;
    const qint64 at = m_clock.nowMSecs();
    auto complete = [this, finished, done](QCborMap entry) {
        m_measuring = false;
        recordBroadband(entry);
        if (done)
            done(entry);
        finished();
    };
    const auto toEntry = [at](const BroadbandResult &r) {
        QCborMap e{{QStringLiteral("at"), at},
                   {QStringLiteral("method"), r.method},
                   {QStringLiteral("server"), r.server},
                   {QStringLiteral("streams"), r.streams}};
        if (r.downloadMbps)
            e.insert(QStringLiteral("downloadMbps"), *r.downloadMbps);
        if (r.uploadMbps)
            e.insert(QStringLiteral("uploadMbps"), *r.uploadMbps);
        if (r.rttIdle)
            e.insert(QStringLiteral("rttIdleMs"), r.rttIdle->median);
        if (r.rttLoaded)
            e.insert(QStringLiteral("rttLoadedMs"), r.rttLoaded->median);
        if (r.jitterMs)
            e.insert(QStringLiteral("jitterMs"), *r.jitterMs);
        if (r.lossPct)
            e.insert(QStringLiteral("lossPct"), *r.lossPct);
        return e;
    };
    const auto failed = [at](const QString &server, const Error &e) {
        return QCborMap{{QStringLiteral("at"), at}, {QStringLiteral("server"), server}, {QStringLiteral("error"), e.message}};
    };
    if (!m_config.iperf3Server.host.isEmpty()) {
        Iperf3Options o;
        o.host = m_config.iperf3Server.host;
        o.port = m_config.iperf3Server.port;
        o.durationSec = m_config.durationSecs;
        o.streams = m_config.streams;
        const QString server = m_config.iperf3Server.toString();
        // Upload first, then the reverse test (download); one result entry.
        m_iperf->start(o, [this, o, server, complete, toEntry, failed](const Result<BroadbandResult> &up) mutable {
            if (!up) {
                complete(failed(server, up.error()));
                return;
            }
            QCborMap entry = toEntry(*up);
            o.reverse = true;
            QTimer::singleShot(0, this, [this, o, entry, complete, failed, server] {
                m_iperf->start(o, [entry, complete, failed, server](const Result<BroadbandResult> &down) mutable {
                    if (!down) {
                        complete(failed(server, down.error()));
                        return;
                    }
                    if (down->downloadMbps)
                        entry.insert(QStringLiteral("downloadMbps"), *down->downloadMbps);
                    complete(entry);
                });
            });
        });
        return;
    }
    LibreSpeedOptions o;
    o.base = m_config.libreSpeedUrl;
    o.durationSec = m_config.durationSecs;
    o.streams = qMin(m_config.streams, 6);
    m_http->start(o, [complete, toEntry, failed, server = o.base.toString()](const Result<BroadbandResult> &r) {
        complete(r ? toEntry(*r) : failed(server, r.error()));
    });
}

void AgentMonitoring::recordBroadband(const QCborMap &entry)
{
    m_broadband.append(entry);
    while (m_broadband.size() > kMaxBroadbandEntries)
        m_broadband.removeFirst();
    QFile f(broadbandFile(m_dataDir));
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly)) {
        qCWarning(lcAgent).noquote() << "cannot append to" << f.fileName() << f.errorString();
        return;
    }
    f.write(QJsonDocument(entry.toJsonObject()).toJson(QJsonDocument::Compact) + '\n');
    qCInfo(lcAgent).noquote() << "broadband:" << QString::fromUtf8(QJsonDocument(entry.toJsonObject()).toJson(QJsonDocument::Compact));
}

void AgentMonitoring::loadBroadband()
{
    QFile f(broadbandFile(m_dataDir));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const qint64 oldest = m_clock.nowMSecs() - qint64(m_config.retention.hourDays) * 86'400'000;
    while (!f.atEnd()) {
        const QJsonDocument doc = QJsonDocument::fromJson(f.readLine(64 * 1024));
        if (!doc.isObject())
            continue;
        const QCborMap e = QCborMap::fromJsonObject(doc.object());
        if (e.value(QStringLiteral("at")).toInteger() >= oldest)
            m_broadband.append(e);
    }
    while (m_broadband.size() > kMaxBroadbandEntries)
        m_broadband.removeFirst();
}

void AgentMonitoring::registerCommands(agentlink::AgentLinkServer *server)
{
    using Ctx = const agentlink::CallContext &;
    using Args = const QCborMap &;
    server->addCommand(QStringLiteral("health.get"), [this](Ctx, Args, agentlink::Reply reply) { reply(health()); });
    server->addCommand(QStringLiteral("history.query"), [this](Ctx, Args args, agentlink::Reply reply) { reply(history(args)); });
    server->addCommand(QStringLiteral("health.events"), [this](Ctx, Args args, agentlink::Reply reply) { reply(events(args)); });
    server->addCommand(QStringLiteral("measure.now"), [this, server](Ctx ctx, Args args, agentlink::Reply reply) {
        server->audit(ctx, QStringLiteral("ok"));
        if (!m_config.hasBroadband()) {
            reply(Error::make(ErrorCode::NotFound, tr("No broadband server is configured ([Monitoring] Iperf3Server or LibreSpeedUrl).")));
            return;
        }
        if (args.value(QStringLiteral("wait")).toBool()) {
            measureNow([reply](const QCborMap &entry) { reply(entry); });
            return;
        }
        measureNow();
        reply(QCborMap{{QStringLiteral("queued"), true}});
    });
}

} // namespace tafel::agent
