#include "reporting/reporter.h"
#include "reporting/logging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QTimer>

namespace tafel::reporting {

struct Reporter::SinkState {
    HttpSink *sink = nullptr;
    QTimer *retryTimer = nullptr;
    SinkStatus status;
    qint64 row = 0;
    QString reportId;
};

Reporter::Reporter(store::Database &db, const ReporterOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(options)
    , m_outbox(std::make_unique<Outbox>(db, options.maxReports))
    , m_nam(new QNetworkAccessManager(this))
{
    if (options.useSystemProxy)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
}

Reporter::~Reporter() = default;

Status Reporter::addSink(const SinkConfig &config)
{
    for (const auto &s : m_sinks) {
        if (s->status.name == config.name)
            return Error::make(ErrorCode::AlreadyExists, tr("There is already a report sink named %1.").arg(config.name));
    }
    auto sink = HttpSink::create(config, m_nam, this);
    if (!sink)
        return sink.error();
    auto state = std::make_unique<SinkState>();
    SinkState *st = state.get();
    st->sink = *sink;
    st->status.name = config.name;
    st->retryTimer = new QTimer(this);
    st->retryTimer->setSingleShot(true);
    connect(st->retryTimer, &QTimer::timeout, this, [this, st] {
        st->status.nextAttemptMs = 0;
        pump(*st);
    });
    connect(st->sink, &HttpSink::finished, this, [this, st](const SendResult &r) { onFinished(*st, r); });
    m_sinks.push_back(std::move(state));
    return {};
}

QStringList Reporter::sinkNames() const
{
    QStringList out;
    for (const auto &s : m_sinks)
        out << s->status.name;
    return out;
}

Reporter::SinkStatus Reporter::sinkStatus(const QString &name) const
{
    for (const auto &s : m_sinks) {
        if (s->status.name == name)
            return s->status;
    }
    return {};
}

Status Reporter::start()
{
    if (Status s = m_outbox->keepOnlySinks(sinkNames()); !s)
        return s;
    kick();
    return {};
}

Result<HealthReport> Reporter::enqueue(HealthSnapshot snapshot)
{
    snapshot.outboxSize = qMax<qint64>(0, m_outbox->size());
    snapshot.outboxDropped = m_outbox->dropped();
    if (snapshot.timestampMs == 0)
        snapshot.timestampMs = QDateTime::currentMSecsSinceEpoch();
    auto report = buildReport(snapshot);
    if (!report)
        return report.error();
    if (Status s = m_outbox->enqueue(*report, sinkNames()); !s)
        return s.error();
    kick();
    return report;
}

void Reporter::kick(bool force)
{
    for (const auto &s : m_sinks) {
        if (force && s->retryTimer->isActive()) {
            s->retryTimer->stop();
            s->status.nextAttemptMs = 0;
        }
        pump(*s);
    }
}

void Reporter::pump(SinkState &s)
{
    if (s.sink->busy() || s.retryTimer->isActive())
        return;
    for (;;) {
        auto next = m_outbox->next(s.status.name);
        if (!next) {
            s.status.lastError = next.errorString();
            s.status.lastErrorMs = QDateTime::currentMSecsSinceEpoch();
            qCWarning(lcReporting) << "outbox read failed:" << next.errorString();
            s.retryTimer->start(int(backoffMs(++s.status.consecutiveFailures)));
            return;
        }
        if (!next->has_value()) {
            bool allIdle = true;
            for (const auto &o : m_sinks)
                allIdle = allIdle && !o->sink->busy() && !o->retryTimer->isActive() && m_outbox->pendingFor(o->status.name) == 0;
            if (allIdle)
                Q_EMIT drained();
            return;
        }
        const Outbox::Entry &e = **next;
        auto report = HealthReport::fromJson(e.payload);
        if (!report) {
            qCWarning(lcReporting) << "dropping unreadable report" << e.reportId << report.errorString();
            (void)m_outbox->addToCounter(QStringLiteral("rejected"), 1);
            if (Status st = m_outbox->markDone(e.row, s.status.name); !st)
                return;
            continue;
        }
        s.row = e.row;
        s.reportId = e.reportId;
        s.sink->send(*report);
        return;
    }
}

void Reporter::onFinished(SinkState &s, const SendResult &r)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = s.reportId;
    switch (r.outcome) {
    case SendResult::Outcome::Delivered:
    case SendResult::Outcome::Rejected:
        if (Status st = m_outbox->markDone(s.row, s.status.name); !st)
            qCWarning(lcReporting) << "outbox update failed:" << st.errorString();
        if (r.outcome == SendResult::Outcome::Rejected) {
            (void)m_outbox->addToCounter(QStringLiteral("rejected"), 1);
            s.status.lastError = r.errorString;
            s.status.lastErrorMs = now;
            qCWarning(lcReporting) << "sink" << s.status.name << "refused report" << id << r.errorString;
            Q_EMIT failed(s.status.name, id, r);
        } else {
            ++s.status.delivered;
            s.status.lastSuccessMs = now;
            Q_EMIT delivered(s.status.name, id, r);
        }
        s.status.consecutiveFailures = 0;
        pump(s);
        return;
    case SendResult::Outcome::Retry: {
        (void)m_outbox->markAttempt(s.row);
        s.status.lastError = r.errorString;
        s.status.lastErrorMs = now;
        const qint64 delay = qMax(backoffMs(++s.status.consecutiveFailures), r.retryAfterMs);
        s.status.nextAttemptMs = now + delay;
        qCDebug(lcReporting) << "sink" << s.status.name << "failed:" << r.errorString << "- retry in" << delay << "ms";
        s.retryTimer->start(int(qMin<qint64>(delay, 24 * 3600 * 1000)));
        Q_EMIT failed(s.status.name, id, r);
        return;
    }
    }
}

qint64 Reporter::backoffMs(int failures) const
{
    const int shift = qBound(0, failures - 1, 30);
    const qint64 d = qMin(m_options.backoffMaxMs, m_options.backoffBaseMs << shift);
    const qint64 half = qMax<qint64>(1, d / 2);
    return half + qint64(QRandomGenerator::global()->bounded(quint32(qMin<qint64>(half, 0x7fffffff)) + 1));
}

} // namespace tafel::reporting
