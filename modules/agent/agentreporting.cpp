#include "agent/agentreporting.h"
#include "agent/agentmonitoring.h"
#include "agent/logging.h"
#include "reporting/reporter.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QTimer>

namespace tafel::agent {

AgentReporting::AgentReporting(ReportingConfig config, store::Database &db, AgentMonitoring *monitoring, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_monitoring(monitoring)
    , m_reporter(new reporting::Reporter(db, reporting::ReporterOptions{.maxReports = m_config.outboxMax}, this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(m_config.intervalSecs * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (Status st = reportNow(); !st)
            qCWarning(lcAgent).noquote() << "cannot queue the health report:" << st.errorString();
    });
    connect(m_reporter, &reporting::Reporter::failed, this, [](const QString &sink, const QString &id, const reporting::SendResult &r) {
        qCInfo(lcAgent).noquote() << "report" << id << "to" << sink << "not delivered:" << r.errorString;
    });
}

AgentReporting::~AgentReporting() = default;

Status AgentReporting::start()
{
    for (const reporting::SinkConfig &sink : std::as_const(m_config.sinks))
        if (Status st = m_reporter->addSink(sink); !st)
            return Error::make(st.error().code, QStringLiteral("Reporting/%1: %2").arg(sink.name, st.errorString()));
    if (Status st = m_reporter->start(); !st)
        return st;
    m_timer->start();
    qCInfo(lcAgent).noquote() << "reporting: school" << m_config.school << "room" << m_config.room << "every" << m_config.intervalSecs
                              << "s to" << m_reporter->sinkNames().join(QStringLiteral(", ")) << "; queued:" << m_reporter->outbox().size();
    return {};
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
    auto report = m_reporter->enqueue(snapshot());
    if (!report)
        return report.error();
    return {};
}

} // namespace tafel::agent
