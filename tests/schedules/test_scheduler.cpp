// The scheduler against a fake clock: fires once per occurrence, skips what was missed by more than the
// grace period, follows entry changes, and really wakes up from its own timer.
#include "schedules/scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace tafel;
using namespace tafel::schedules;

class SchedulerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firesOncePerOccurrence();
    void skipsLongMissedOccurrence();
    void upcomingIsSorted();
    void timerWakesUp();

private:
    static ScheduleEntry entry(const QString &id, QTime t, Action a = Action::PowerOff, Weekdays d = kEveryDay)
    {
        ScheduleEntry e;
        e.id = id;
        e.time = t;
        e.action = a;
        e.days = d;
        return e;
    }
};

void SchedulerTest::firesOncePerOccurrence()
{
    FakeClock clock(QDateTime(QDate(2026, 11, 26), QTime(16, 0), QTimeZone::utc()));
    Scheduler s(clock);
    s.setTimeZone(QTimeZone::utc());
    s.setEntries({entry(QStringLiteral("off"), QTime(16, 30))});
    QSignalSpy due(&s, &Scheduler::due);

    s.tick();
    QCOMPARE(due.count(), 0);
    clock.set(QDateTime(QDate(2026, 11, 26), QTime(16, 30, 5), QTimeZone::utc()));
    s.tick();
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.at(0).at(1).toDateTime(), QDateTime(QDate(2026, 11, 26), QTime(16, 30), QTimeZone::utc()));
    s.tick();
    QCOMPARE(due.count(), 1); // not again the same day
    clock.set(QDateTime(QDate(2026, 11, 27), QTime(16, 31), QTimeZone::utc()));
    s.tick();
    QCOMPARE(due.count(), 2);
}

void SchedulerTest::skipsLongMissedOccurrence()
{
    FakeClock clock(QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::utc()));
    Scheduler s(clock);
    s.setTimeZone(QTimeZone::utc());
    s.setGraceSecs(600);
    s.setEntries({entry(QStringLiteral("on"), QTime(7, 45), Action::PowerOn)});
    QSignalSpy due(&s, &Scheduler::due);
    QSignalSpy skipped(&s, &Scheduler::skipped);
    // The PC was off from 07:00 until 09:00: the 07:45 "on" is skipped, not run at 09:00.
    clock.set(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    s.tick();
    QCOMPARE(due.count(), 0);
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(s.upcoming().first().first, QDateTime(QDate(2026, 11, 27), QTime(7, 45), QTimeZone::utc()));
}

void SchedulerTest::upcomingIsSorted()
{
    FakeClock clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc()));
    Scheduler s(clock);
    s.setTimeZone(QTimeZone::utc());
    auto disabled = entry(QStringLiteral("x"), QTime(13, 0));
    disabled.enabled = false;
    s.setEntries({entry(QStringLiteral("b"), QTime(16, 30)), entry(QStringLiteral("a"), QTime(7, 45), Action::PowerOn), disabled});
    const auto up = s.upcoming();
    QCOMPARE(up.size(), 2);
    QCOMPARE(up.at(0).second.id, QStringLiteral("b"));
    QCOMPARE(up.at(1).second.id, QStringLiteral("a"));
}

void SchedulerTest::timerWakesUp()
{
    // Real clock: an entry two seconds from now fires from the scheduler's own timer.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTime target = now.time().addSecs(2);
    if (target < now.time())
        QSKIP("too close to midnight for a real-time check");
    Scheduler s;
    s.setTimeZone(QTimeZone::utc());
    s.setEntries({entry(QStringLiteral("soon"), target)});
    QSignalSpy due(&s, &Scheduler::due);
    s.start();
    QVERIFY(due.wait(10'000));
}

QTEST_GUILESS_MAIN(SchedulerTest)
#include "test_scheduler.moc"
