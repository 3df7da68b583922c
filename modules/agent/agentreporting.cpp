#include "agent/agentreporting.h"
#include "agent/agentmonitoring.h"
#include "agent/logging.h"
#include "agent/schoolsummary.h"
#include "displays/displaydriver.h"
#include "reporting/httpsink.h"
#include "reporting/reporter.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace tafel::agent {

AgentReporting::AgentReporting(ReportingConfig config, store::Database &db, AgentMonitoring *monitoring, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_monitoring(monitoring)
    , m_reporter(new reporting::Reporter(db, reporting::ReporterOptions{.maxReports = m_config.outboxMax}, this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(m_config.intervalSecs * 1000);
    connect(m_timer, &QTimer::timeout, this, &AgentReporting::tick);
    if (m_config.schoolReporter)
        m_schoolCollector = new SchoolSummaryCollector(m_config.schoolAgentsFile, m_config.schoolKeyFile, this);
    if (m_monitoring) {
        for (const MonitoringDisplay &d : m_monitoring->config().displays) {
            Display disp;
            disp.id = d.id;
            disp.kind = d.kind;
            displays::DisplayTarget target = d.target;
            // Within one report interval: a dead display must not hold up the report for long.
            target.timeoutMs = qBound(500, m_config.intervalSecs * 1000 / 3, 5000);
            disp.driver = displays::createDriver(target, this);
            if (disp.driver)
                m_displays.append(disp);
        }
    }
    connect(m_reporter, &reporting::Reporter::failed, this, [](const QString &sink, const QString &id, const reporting::SendResult &r) {
        qCInfo(lcAgent).noquote() << "report" << id << "to" << sink << "not delivered:" << r.errorString;
    });
}

AgentReporting::~AgentReporting() = default;

Status AgentReporting::start()
{
    for (const reporting::SinkConfig &sink : std::as_const(m_config.sinks))
        if (!sink.enabled)
            continue;
        else if (Status st = m_reporter->addSink(sink); !st)
            return Error::make(st.error().code, QStringLiteral("Reporting/%1: %2").arg(sink.name, st.errorString()));
    if (Status st = m_reporter->start(); !st)
        return st;
    m_timer->start();
    // The first report soon after the start (the city sees the agent at once), not only after a full interval.
    QTimer::singleShot(qMin(2000, m_config.intervalSecs * 1000), this, [this] {
        if (m_timer->isActive())
            tick();
    });
    qCInfo(lcAgent).noquote() << "reporting: school" << m_config.school << "room" << m_config.room << "every" << m_config.intervalSecs
                              << "s to" << m_reporter->sinkNames().join(QStringLiteral(", ")) << "; queued:" << m_reporter->outbox().size();
    return {};
}

void AgentReporting::tick()
{
    prepare([this] {
        if (Status st = reportNow(); !st)
            qCWarning(lcAgent).noquote() << "cannot queue the health report:" << st.errorString();
    });
}

void AgentReporting::stop()
{
    m_timer->stop();
}

reporting::HealthSnapshot AgentReporting::snapshot() const
{
    reporting::HealthSnapshot snap;
    snap.school = m_config.school;
    snap.room = m_config.room;
    snap.timestampMs = QDateTime::currentMSecsSinceEpoch();
    snap.agentVersion = QStringLiteral(TAFEL_VERSION);
    snap.schoolSummary = m_school;
    if (!m_monitoring)
        return snap;
    const QCborMap health = m_monitoring->health();
    for (const QCborValue &v : health.value(QStringLiteral("devices")).toArray()) {
        const QCborMap d = v.toMap();
        reporting::DeviceHealth dev;
        dev.device = d.value(QStringLiteral("id")).toString();
        dev.kind = d.value(QStringLiteral("kind")).toString();
        const QString state = d.value(QStringLiteral("state")).toString();
        const QCborValue ok = d.value(QStringLiteral("ok"));
        // The tracker's state (with hysteresis) wins; before it has decided, the latest sample; no sample: no series.
        if (state == QLatin1String("ok") || state == QLatin1String("degraded"))
            dev.up = true;
        else if (state == QLatin1String("down"))
            dev.up = false;
        else if (ok.isBool())
            dev.up = ok.toBool();
        const QCborValue rtt = d.value(QStringLiteral("rttMs"));
        if (ok.toBool() && (rtt.isDouble() || rtt.isInteger()) && rtt.toDouble() >= 0)
            dev.rttSeconds = rtt.toDouble() / 1000.0;
        snap.devices.append(dev);
    }
    // The displays' own status (power, lamp hours, error flags) joins the device of the same id, or is a device
    // of its own (then reachable = up).
    for (const Display &disp : m_displays) {
        if (!disp.polled)
            continue;
        auto it = std::find_if(snap.devices.begin(), snap.devices.end(), [&disp](const reporting::DeviceHealth &d) { return d.device == disp.id; });
        if (it == snap.devices.end()) {
            reporting::DeviceHealth dev;
            dev.device = disp.id;
            dev.kind = disp.kind;
            dev.up = disp.reachable;
            snap.devices.append(dev);
            it = snap.devices.end() - 1;
        }
        if (!disp.reachable)
            continue; // no data is not "off": no display series
        it->displayPowerOn = disp.powerOn;
        it->lampHours = disp.lampHours;
        it->displayError = disp.error;
    }
    const QCborMap bb = health.value(QStringLiteral("broadband")).toMap();
    // A failed measurement carries only an error: no broadband series rather than zeros.
    if (!bb.isEmpty() && !bb.contains(QStringLiteral("error"))
        && (bb.contains(QStringLiteral("downloadMbps")) || bb.contains(QStringLiteral("uploadMbps")))) {
        reporting::BroadbandHealth b;
        b.downloadBitsPerSecond = bb.value(QStringLiteral("downloadMbps")).toDouble() * 1e6;
        b.uploadBitsPerSecond = bb.value(QStringLiteral("uploadMbps")).toDouble() * 1e6;
        b.rttSeconds = bb.value(QStringLiteral("rttIdleMs")).toDouble() / 1000.0;
        b.jitterSeconds = bb.value(QStringLiteral("jitterMs")).toDouble() / 1000.0;
        b.lossRatio = bb.value(QStringLiteral("lossPct")).toDouble() / 100.0;
        snap.broadband = b;
    }
    return snap;
}

Status AgentReporting::reportNow()
{
    if (m_reporter->sinkNames().isEmpty())
        return {}; // every sink disabled: nothing would ever be sent
    auto report = m_reporter->enqueue(snapshot());
    if (!report)
        return report.error();
    return {};
}

QCborMap AgentReporting::status()
{
    reporting::Outbox &outbox = m_reporter->outbox();
    QHash<QString, qint64> queued;
    for (const auto &[name, count] : outbox.pendingBySink())
        queued.insert(name, count);
    QCborArray sinks;
    for (const reporting::SinkConfig &c : std::as_const(m_config.sinks)) {
        QCborMap m{{QStringLiteral("name"), c.name},
                   {QStringLiteral("kind"), reporting::sinkKindKey(c.kind)},
                   {QStringLiteral("url"), c.baseUrl.toString()},
                   {QStringLiteral("enabled"), c.enabled},
                   {QStringLiteral("queued"), queued.value(c.name)}};
        if (c.enabled) {
            const reporting::Reporter::SinkStatus st = m_reporter->sinkStatus(c.name);
            m.insert(QStringLiteral("delivered"), st.delivered);
            m.insert(QStringLiteral("lastSuccessMs"), st.lastSuccessMs);
            m.insert(QStringLiteral("lastErrorMs"), st.lastErrorMs);
            m.insert(QStringLiteral("lastError"), st.lastError);
            m.insert(QStringLiteral("failures"), st.consecutiveFailures);
            m.insert(QStringLiteral("nextAttemptMs"), st.nextAttemptMs);
        }
        sinks.append(m);
    }
    return QCborMap{{QStringLiteral("school"), m_config.school},
                    {QStringLiteral("room"), m_config.room},
                    {QStringLiteral("intervalSecs"), m_config.intervalSecs},
                    {QStringLiteral("schoolReporter"), m_config.schoolReporter},
                    {QStringLiteral("outboxSize"), outbox.size()},
                    {QStringLiteral("outboxMax"), outbox.maxReports()},
                    {QStringLiteral("outboxDropped"), outbox.dropped()},
                    {QStringLiteral("oldestQueuedMs"), outbox.oldestCreatedMs()},
                    {QStringLiteral("sinks"), sinks}};
}

void AgentReporting::test(const QString &sinkName, std::function<void(Result<QCborMap>)> done)
{
    const reporting::SinkConfig *config = m_config.sink(sinkName);
    if (!config) {
        done(Error::make(ErrorCode::NotFound, tr("There is no sink named '%1' (configured: %2).")
                                                  .arg(sinkName, m_reporter->sinkNames().join(QStringLiteral(", ")))));
        return;
    }
    reporting::HealthSnapshot snap = snapshot();
    snap.outboxSize = m_reporter->outbox().size();
    snap.outboxDropped = m_reporter->outbox().dropped();
    auto report = reporting::buildReport(snap);
    if (!report) {
        done(report.error());
        return;
    }
    if (!m_testNam)
        m_testNam = new QNetworkAccessManager(this);
    auto sink = reporting::HttpSink::create(*config, m_testNam, this);
    if (!sink) {
        done(sink.error());
        return;
    }
    reporting::HttpSink *s = *sink;
    const QString url = s->urlFor(*report).toString();
    const QString id = report->id;
    connect(s, &reporting::HttpSink::finished, this, [s, done, url, id, sinkName](const reporting::SendResult &r) {
        s->deleteLater();
        QCborMap m{{QStringLiteral("sink"), sinkName},
                   {QStringLiteral("url"), url},
                   {QStringLiteral("reportId"), id},
                   {QStringLiteral("ok"), r.outcome == reporting::SendResult::Outcome::Delivered},
                   {QStringLiteral("httpStatus"), r.httpStatus},
                   {QStringLiteral("body"), QString::fromUtf8(r.body.left(1024))}};
        if (!r.errorString.isEmpty())
            m.insert(QStringLiteral("error"), r.errorString);
        if (r.rejectedDataPoints > 0)
            m.insert(QStringLiteral("rejectedDataPoints"), r.rejectedDataPoints);
        done(m);
    });
    s->send(*report);
    qCInfo(lcAgent).noquote() << "test report" << id << "to" << sinkName << url;
}

void AgentReporting::prepare(std::function<void()> then)
{
    QPointer<AgentReporting> self(this);
    pollDisplays([self, then] {
        if (!self)
            return;
        if (!self->m_schoolCollector) {
            then();
            return;
        }
        const int deadline = qBound(1000, self->m_config.intervalSecs * 1000 / 2, 10'000);
        self->m_schoolCollector->collect(deadline, [self, then](const reporting::SchoolSummary &s) {
            if (!self)
                return;
            self->m_school = s;
            then();
        });
    });
}

void AgentReporting::pollDisplays(std::function<void()> then)
{
    if (m_displays.isEmpty() || m_polling) {
        then();
        return;
    }
    m_polling = true;
    auto pending = std::make_shared<int>(int(m_displays.size()));
    for (int i = 0; i < m_displays.size(); ++i) {
        QPointer<AgentReporting> self(this);
        m_displays[i].driver->refreshStatus([self, i, pending, then](const displays::CommandResult &r) {
            if (!self)
                return;
            Display &d = self->m_displays[i];
            d.polled = true;
            d.reachable = r.outcome.ok();
            if (d.reachable) {
                const displays::DisplayStatus &st = r.status;
                d.powerOn = st.power == displays::PowerState::Unknown ? std::optional<bool>()
                                                                        : std::optional<bool>(st.power == displays::PowerState::On
                                                                                              || st.power == displays::PowerState::Warming);
                d.lampHours.reset();
                for (const displays::LampInfo &l : st.lamps)
                    d.lampHours = qMax(d.lampHours.value_or(0), double(l.hours)); // the lamp to replace first
                d.error = st.errors.anyError();
            } else {
                qCInfo(lcAgent).noquote() << "display" << d.id << "status not read:" << r.outcome.errorString();
            }
            if (--*pending == 0) {
                self->m_polling = false;
                then();
            }
        });
    }
}

} // namespace tafel::agent
