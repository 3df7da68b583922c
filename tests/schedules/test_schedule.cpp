// Weekday parsing, validation and next-occurrence computation, including daylight-saving edges.
#include "schedules/schedule.h"

#include <QTest>
#include <QTimeZone>

using namespace tafel::schedules;

class ScheduleTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseWeekdays_data();
    void parseWeekdays();
    void parseWeekdaysErrors_data();
    void parseWeekdaysErrors();
    void validate();
    void nextOccurrence_data();
    void nextOccurrence();
    void disabledNeverFires();
    void daylightSavingGap();
    void daylightSavingRepeat();
};

void ScheduleTest::parseWeekdays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("key");
    QTest::newRow("mon-fri") << "mon-fri" << int(kSchoolDays) << "mon-fri";
    QTest::newRow("german-mo-fr") << "Mo-Fr" << int(kSchoolDays) << "mon-fri";
    QTest::newRow("school-days") << "school-days" << int(kSchoolDays) << "mon-fri";
    QTest::newRow("daily") << "daily" << int(kEveryDay) << "daily";
    QTest::newRow("list") << "mon, wed,fri" << 0b0010101 << "mon,wed,fri";
    QTest::newRow("weekend") << "sat-sun" << 0b1100000 << "sat,sun";
    QTest::newRow("wrap-fri-mon") << "fri-mon" << 0b1110001 << "mon,fri-sun";
    QTest::newRow("full-names") << "Montag,Dienstag" << 0b0000011 << "mon,tue";
    QTest::newRow("single") << "thu" << 0b0001000 << "thu";
}

void ScheduleTest::parseWeekdays()
{
    QFETCH(QString, text);
    QFETCH(int, days);
    QFETCH(QString, key);
    auto r = tafel::schedules::parseWeekdays(text);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(int(*r), days);
    QCOMPARE(weekdaysKey(*r), key);
    // The canonical key parses back to the same set.
    QCOMPARE(int(*tafel::schedules::parseWeekdays(key)), days);
}

void ScheduleTest::parseWeekdaysErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "No days";
    QTest::newRow("unknown-day") << "mon-frx" << "mon-frx";
    QTest::newRow("triple-range") << "mon-wed-fri" << "mon-wed-fri";
    QTest::newRow("dangling-comma") << "mon," << "not a day";
}

void ScheduleTest::parseWeekdaysErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto r = tafel::schedules::parseWeekdays(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(mentions), qPrintable(r.errorString()));
}

void ScheduleTest::validate()
{
    ScheduleEntry e;
    QVERIFY(!e.validate().ok()); // no time
    e.time = QTime(16, 30);
    QVERIFY(e.validate().ok());
    e.days = 0;
    QVERIFY(!e.validate().ok());
    e.days = kSchoolDays;
    e.action = Action::Input;
    QVERIFY(!e.validate().ok());
    e.argument = QStringLiteral("31");
    QVERIFY(e.validate().ok());
}

void ScheduleTest::nextOccurrence_data()
{
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("expected");
    const QTimeZone utc = QTimeZone::utc();
    // 2026-11-26 is a Thursday.
    QTest::newRow("later-today") << QDateTime(QDate(2026, 11, 26), QTime(7, 0), utc) << QTime(16, 30) << int(kSchoolDays)
                                 << QDateTime(QDate(2026, 11, 26), QTime(16, 30), utc);
    QTest::newRow("exactly-now-means-next") << QDateTime(QDate(2026, 11, 26), QTime(16, 30), utc) << QTime(16, 30) << int(kSchoolDays)
                                            << QDateTime(QDate(2026, 11, 27), QTime(16, 30), utc);
    QTest::newRow("friday-evening-to-monday") << QDateTime(QDate(2026, 11, 27), QTime(17, 0), utc) << QTime(7, 45) << int(kSchoolDays)
                                              << QDateTime(QDate(2026, 11, 30), QTime(7, 45), utc);
    QTest::newRow("weekly-sunday") << QDateTime(QDate(2026, 11, 26), QTime(7, 0), utc) << QTime(3, 0) << 0b1000000
                                   << QDateTime(QDate(2026, 11, 29), QTime(3, 0), utc);
    QTest::newRow("same-day-next-week") << QDateTime(QDate(2026, 11, 26), QTime(8, 0), utc) << QTime(7, 0) << 0b0001000
                                        << QDateTime(QDate(2026, 12, 3), QTime(7, 0), utc);
}

void ScheduleTest::nextOccurrence()
{
    QFETCH(QDateTime, after);
    QFETCH(QTime, time);
    QFETCH(int, days);
    QFETCH(QDateTime, expected);
    ScheduleEntry e;
    e.time = time;
    e.days = Weekdays(days);
    const auto next = tafel::schedules::nextOccurrence(e, after);
    QVERIFY(next.has_value());
    QCOMPARE(*next, expected);
}

void ScheduleTest::disabledNeverFires()
{
    ScheduleEntry e;
    e.time = QTime(8, 0);
    e.enabled = false;
    QVERIFY(!tafel::schedules::nextOccurrence(e, QDateTime::currentDateTime()).has_value());
}

void ScheduleTest::daylightSavingGap()
{
    // Berlin springs forward on 2026-03-29 at 02:00 -> 03:00; an entry at 02:30 must still fire that day.
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no tz database entry for Europe/Berlin on this machine");
    ScheduleEntry e;
    e.time = QTime(2, 30);
    e.days = kEveryDay;
    const auto next = tafel::schedules::nextOccurrence(e, QDateTime(QDate(2026, 3, 29), QTime(1, 0), berlin));
    QVERIFY(next.has_value());
    QCOMPARE(next->date(), QDate(2026, 3, 29));
    QVERIFY(next->time() >= QTime(3, 0));
    QVERIFY(next->time() <= QTime(3, 30));
}

void ScheduleTest::daylightSavingRepeat()
{
    // Berlin falls back on 2026-10-25 at 03:00 -> 02:00; 02:30 occurs twice but fires once that day.
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no tz database entry for Europe/Berlin on this machine");
    ScheduleEntry e;
    e.time = QTime(2, 30);
    e.days = kEveryDay;
    const auto first = tafel::schedules::nextOccurrence(e, QDateTime(QDate(2026, 10, 25), QTime(1, 0), berlin));
    QVERIFY(first.has_value());
    const auto second = tafel::schedules::nextOccurrence(e, *first);
    QVERIFY(second.has_value());
    QCOMPARE(second->date(), QDate(2026, 10, 26));
}

QTEST_GUILESS_MAIN(ScheduleTest)
#include "test_schedule.moc"
