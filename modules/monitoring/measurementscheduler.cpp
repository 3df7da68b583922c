#include "monitoring/measurementscheduler.h"

#include "monitoring/logging.h"

#include <QPointer>
#include <QTimer>

namespace tafel::monitoring {

MeasurementScheduler::MeasurementScheduler(Prober *prober, const Clock &clock, QObject *parent)
    : QObject(parent), m_prober(prober), m_clock(clock), m_random(QRandomGenerator::securelySeeded()), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &MeasurementScheduler::tick);
}

MeasurementScheduler::~MeasurementScheduler() = default;

void MeasurementScheduler::setConfig(const ScheduleConfig &config)
{
    m_config = config;
    m_config.probeIntervalSec = std::max(1, m_config.probeIntervalSec);
    if (m_broadband)
        scheduleBroadband(m_clock.now());
}

void MeasurementScheduler::setTargets(const QList<ProbeTarget> &targets, const QHash<QString, int> &intervalSecById)
{
    const qint64 now = m_clock.nowMSecs();
    QList<Scheduled> next;
    for (const ProbeTarget &t : targets) {
        Scheduled s;
        s.target = t;
        s.intervalSec = std::max(1, intervalSecById.value(t.id, m_config.probeIntervalSec));
        // Keep the phase of targets we already had; spread new ones over one interval.
        bool kept = false;
        for (const Scheduled &old : std::as_const(m_targets)) {
            if (old.target.id == t.id && old.target.kind == t.kind) {
                s.dueMs = old.dueMs;
                s.inFlight = old.inFlight;
                kept = true;
                break;
            }
        }
        if (!kept)
            s.dueMs = now + qint64(m_random.bounded(s.intervalSec * 1000));
        next.append(s);
    }
    m_targets = next;
}

void MeasurementScheduler::setBroadband(Measurement measurement)
{
    m_broadband = std::move(measurement);
    scheduleBroadband(m_clock.now());
}

void MeasurementScheduler::scheduleBroadband(const QDateTime &after)
{
    m_nextBroadband = (m_broadband && m_config.broadbandPerDay > 0) ? randomBroadbandTime(after) : QDateTime();
}

bool MeasurementScheduler::isLessonTime(const QDateTime &t) const
{
    const int dow = t.date().dayOfWeek();
    const QTime time = t.time();
    for (const LessonWindow &w : m_config.lessons) {
        const bool day = w.dayOfWeek == 0 ? dow <= 5 : w.dayOfWeek == dow;
        if (day && time >= w.start && time < w.end)
            return true;
    }
    return false;
}

QDateTime MeasurementScheduler::randomBroadbandTime(const QDateTime &after)
{
    // Spread broadbandPerDay tests over a day: the next one is on average 24 h / perDay away, at a random minute
    // that is not a lesson minute.
    const int perDay = std::max(1, m_config.broadbandPerDay);
    const int span = std::max(1, 24 * 60 / perDay);
    QList<int> free;
    for (int m = 1; m <= 2 * span && m <= 24 * 60; ++m)
        if (!isLessonTime(after.addSecs(m * 60)))
            free.append(m);
    if (free.isEmpty())
        return {};
    return after.addSecs(qint64(free.at(int(m_random.bounded(int(free.size()))))) * 60);
}

void MeasurementScheduler::requestMeasurement(Measurement measurement)
{
    m_queue.enqueue(std::move(measurement));
    if (!m_running)
        QTimer::singleShot(0, this, &MeasurementScheduler::runNextMeasurement);
}

void MeasurementScheduler::runNextMeasurement()
{
    if (m_running || m_queue.isEmpty())
        return;
    Measurement m = m_queue.dequeue();
    m_running = true;
    const quint64 id = ++m_runId;
    m_runDeadlineMs = m_clock.nowMSecs() + qint64(m_config.broadbandMaxSec) * 1000;
    Q_EMIT measurementStarted();
    QPointer<MeasurementScheduler> self(this);
    m(std::function<void()>([self, id] {
        if (!self || !self->m_running || self->m_runId != id)
            return;
        self->m_running = false;
        Q_EMIT self->measurementFinished();
        QTimer::singleShot(0, self, &MeasurementScheduler::runNextMeasurement);
    }));
}

void MeasurementScheduler::start()
{
    m_timer->start();
    tick();
}

void MeasurementScheduler::stop()
{
    m_timer->stop();
}

void MeasurementScheduler::tick()
{
    const QDateTime nowDt = m_clock.now();
    const qint64 now = nowDt.toMSecsSinceEpoch();
    for (int i = 0; i < m_targets.size(); ++i) {
        Scheduled &s = m_targets[i];
        if (s.inFlight || s.dueMs > now)
            continue;
        s.inFlight = true;
        s.dueMs = now + qint64(s.intervalSec) * 1000;
        const QString id = s.target.id;
        const ProbeKind kind = s.target.kind;
        QPointer<MeasurementScheduler> self(this);
        m_prober->probe(s.target, [self, id, kind](const ProbeSample &sample) {
            if (!self)
                return;
            for (Scheduled &t : self->m_targets)
                if (t.target.id == id && t.target.kind == kind)
                    t.inFlight = false;
            Q_EMIT self->sampleReady(sample);
        });
    }
    if (m_running && now > m_runDeadlineMs) {
        qCWarning(lcMonitoring) << "measurement did not finish in time; the next one may start";
        m_running = false;
        Q_EMIT measurementFinished();
        runNextMeasurement();
    }
    if (m_nextBroadband.isValid() && nowDt >= m_nextBroadband) {
        // Fire only outside lessons (the clock may have jumped); either way pick the next time.
        if (!isLessonTime(nowDt) && m_broadband)
            requestMeasurement(m_broadband);
        scheduleBroadband(nowDt);
    }
}

} // namespace tafel::monitoring
