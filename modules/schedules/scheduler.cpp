#include "schedules/scheduler.h"

#include <QTimer>

#include <algorithm>

namespace tafel::schedules {

Scheduler::Scheduler(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

Scheduler::~Scheduler() = default;

QDateTime Scheduler::localNow() const
{
    return m_clock.now().toTimeZone(m_zone);
}

void Scheduler::setEntries(const QList<ScheduleEntry> &entries)
{
    m_entries = entries;
    m_next.clear();
    const QDateTime now = localNow();
    for (const auto &e : std::as_const(m_entries)) {
        if (auto n = nextOccurrence(e, now))
            m_next.insert(e.id, *n);
    }
    if (m_timer->isActive())
        rearm();
}

QList<QPair<QDateTime, ScheduleEntry>> Scheduler::upcoming() const
{
    QList<QPair<QDateTime, ScheduleEntry>> out;
    for (const auto &e : m_entries) {
        const auto it = m_next.constFind(e.id);
        if (it != m_next.cend())
            out.append({*it, e});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

void Scheduler::start()
{
    rearm();
}

void Scheduler::tick()
{
    const QDateTime now = localNow();
    for (const auto &e : std::as_const(m_entries)) {
        auto it = m_next.find(e.id);
        if (it == m_next.end() || *it > now)
            continue;
        const QDateTime scheduled = *it;
        if (scheduled.secsTo(now) <= m_graceSecs)
            Q_EMIT due(e, scheduled);
        else
            Q_EMIT skipped(e, scheduled);
        if (auto n = nextOccurrence(e, now))
            *it = *n;
        else
            m_next.erase(it);
    }
    rearm();
}

void Scheduler::rearm()
{
    const QDateTime now = localNow();
    qint64 wait = 60'000;
    for (const auto &n : std::as_const(m_next))
        wait = std::min(wait, std::max<qint64>(0, now.msecsTo(n)));
    m_timer->start(std::chrono::milliseconds(wait));
}

} // namespace tafel::schedules
