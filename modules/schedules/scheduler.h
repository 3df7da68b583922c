#pragma once

#include "core/clock.h"
#include "schedules/schedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimeZone>

class QTimer;

namespace tafel::schedules {

// Fires due() when an entry's time comes. Wakes at the next occurrence but at least once a minute, so a
// changed system clock or a suspended PC is noticed. An occurrence missed by more than the grace period
// (the PC was off at 16:30) is skipped, not run late: nobody wants the projector to come on at 22:00.
class Scheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)
public:
    explicit Scheduler(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~Scheduler() override;

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setGraceSecs(int secs) { m_graceSecs = secs; }
    void setEntries(const QList<ScheduleEntry> &entries);
    const QList<ScheduleEntry> &entries() const { return m_entries; }

    // When each enabled entry fires next (local time), soonest first.
    QList<QPair<QDateTime, ScheduleEntry>> upcoming() const;

    void start();   // arms the timer
    void tick();    // checks for due entries now (called by the timer; tests call it with a FakeClock)

Q_SIGNALS:
    void due(const tafel::schedules::ScheduleEntry &entry, const QDateTime &scheduledFor);
    void skipped(const tafel::schedules::ScheduleEntry &entry, const QDateTime &scheduledFor);

private:
    QDateTime localNow() const;
    void rearm();

    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_graceSecs = 600;
    QList<ScheduleEntry> m_entries;
    QHash<QString, QDateTime> m_next;
    QTimer *m_timer = nullptr;
};

} // namespace tafel::schedules
