#include "schedules/schedule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace tafel::schedules {

namespace {

struct DayName {
    const char *name;
    int day; // 1 = Monday
};
constexpr DayName kDayNames[] = {
    {"mon", 1}, {"monday", 1}, {"mo", 1}, {"montag", 1},
    {"tue", 2}, {"tuesday", 2}, {"di", 2}, {"dienstag", 2},
    {"wed", 3}, {"wednesday", 3}, {"mi", 3}, {"mittwoch", 3},
    {"thu", 4}, {"thursday", 4}, {"do", 4}, {"donnerstag", 4},
    {"fri", 5}, {"friday", 5}, {"fr", 5}, {"freitag", 5},
    {"sat", 6}, {"saturday", 6}, {"sa", 6}, {"samstag", 6},
    {"sun", 7}, {"sunday", 7}, {"so", 7}, {"sonntag", 7},
};
const char *const kKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> dayFromName(const QString &n)
{
    for (const auto &d : kDayNames) {
        if (n == QLatin1String(d.name))
            return d.day;
    }
    return std::nullopt;
}
} // namespace

QString actionKey(Action a)
{
    switch (a) {
    case Action::PowerOn: return QStringLiteral("on");
    case Action::PowerOff: return QStringLiteral("off");
    case Action::Input: return QStringLiteral("input");
    }
    return {};
}

std::optional<Action> actionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("on"))
        return Action::PowerOn;
    if (k == QLatin1String("off"))
        return Action::PowerOff;
    if (k == QLatin1String("input"))
        return Action::Input;
    return std::nullopt;
}

QString actionName(Action a, const QString &argument)
{
    switch (a) {
    case Action::PowerOn: return QCoreApplication::translate("tafel::schedules", "Displays on");
    case Action::PowerOff: return QCoreApplication::translate("tafel::schedules", "Displays off");
    case Action::Input: return QCoreApplication::translate("tafel::schedules", "Switch input to %1").arg(argument);
    }
    return {};
}

Result<Weekdays> parseWeekdays(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("daily") || t == QLatin1String("every-day") || t == QLatin1String("täglich"))
        return kEveryDay;
    if (t == QLatin1String("school-days") || t == QLatin1String("schooldays") || t == QLatin1String("schultage"))
        return kSchoolDays;
    if (t.isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::schedules", "No days given; use e.g. mon-fri, mon,wed,fri or daily."));
    Weekdays days = 0;
    for (const QString &rawPart : t.split(QLatin1Char(','))) {
        const QString part = rawPart.trimmed();
        const QStringList range = part.split(QLatin1Char('-'));
        if (range.size() > 2 || part.isEmpty())
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::schedules", "'%1' is not a day or a range of days.").arg(part));
        const auto from = dayFromName(range.first().trimmed());
        const auto to = range.size() == 2 ? dayFromName(range.last().trimmed()) : from;
        if (!from || !to)
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::schedules", "'%1' is not a day of the week (mon, tue, wed, thu, fri, sat, sun).").arg(part));
        // A range may wrap around the week end ("fri-mon").
        for (int d = *from;; d = d % 7 + 1) {
            days |= Weekdays(1u << (d - 1));
            if (d == *to)
                break;
        }
    }
    return days;
}

QString weekdaysKey(Weekdays days)
{
    if (days == kEveryDay)
        return QStringLiteral("daily");
    // Contiguous runs of three or more days become ranges.
    QStringList parts;
    int d = 0;
    while (d < 7) {
        if (!(days & (1u << d))) {
            ++d;
            continue;
        }
        int end = d;
        while (end + 1 < 7 && (days & (1u << (end + 1))))
            ++end;
        if (end - d >= 2) {
            parts << QLatin1String(kKeys[d]) + QLatin1Char('-') + QLatin1String(kKeys[end]);
        } else {
            for (int i = d; i <= end; ++i)
                parts << QLatin1String(kKeys[i]);
        }
        d = end + 1;
    }
    return parts.join(QLatin1Char(','));
}

QString weekdaysName(Weekdays days)
{
    if (days == kEveryDay)
        return QCoreApplication::translate("tafel::schedules", "every day");
    if (days == kSchoolDays)
        return QCoreApplication::translate("tafel::schedules", "Mon–Fri");
    QStringList names;
    for (int d = 0; d < 7; ++d) {
        if (days & (1u << d))
            names << QLocale().dayName(d + 1, QLocale::ShortFormat);
    }
    return names.join(QStringLiteral(", "));
}

Status ScheduleEntry::validate() const
{
    if (!time.isValid())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::schedules", "The time is missing or not valid (use HH:MM)."));
    if ((days & kEveryDay) == 0)
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::schedules", "Choose at least one day."));
    if (action == Action::Input && argument.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::schedules", "Switching the input needs the input to switch to."));
    return {};
}

std::optional<QDateTime> nextOccurrence(const ScheduleEntry &entry, const QDateTime &after)
{
    if (!entry.enabled || (entry.days & kEveryDay) == 0 || !entry.time.isValid())
        return std::nullopt;
    const QTime t(entry.time.hour(), entry.time.minute(), entry.time.second());
    const QDate start = after.date();
    for (int i = 0; i <= 8; ++i) {
        const QDate day = start.addDays(i);
        if (!(entry.days & (1u << (day.dayOfWeek() - 1))))
            continue;
        QDateTime candidate(day, t, after.timeZone());
        // In a daylight-saving gap Qt either moves the time forward past the gap or gives an invalid
        // value; for the latter, take the first valid minute after the wall-clock time.
        for (int m = 1; !candidate.isValid() && m <= 180; ++m)
            candidate = QDateTime(day, t.addSecs(60 * m), after.timeZone());
        if (candidate > after)
            return candidate;
    }
    return std::nullopt;
}

} // namespace tafel::schedules
