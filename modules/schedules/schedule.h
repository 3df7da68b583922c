#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace tafel::schedules {

enum class Action { PowerOn, PowerOff, Input };

QString actionKey(Action a);                               // "on", "off", "input"
std::optional<Action> actionFromKey(const QString &key);
QString actionName(Action a, const QString &argument = {}); // translated, for the GUI

// Days of the week as a bit set: bit 0 = Monday ... bit 6 = Sunday (Qt::DayOfWeek - 1).
using Weekdays = quint8;
inline constexpr Weekdays kSchoolDays = 0b0011111; // Mon-Fri
inline constexpr Weekdays kEveryDay = 0b1111111;

// "mon-fri", "mon,wed,fri", "sat-sun", "daily", "school-days" (German and English day names accepted:
// "mo-fr", "montag"). Errors say which part was not understood.
Result<Weekdays> parseWeekdays(const QString &text);
QString weekdaysKey(Weekdays days);   // canonical: "mon-fri", "mon,wed", "daily"
QString weekdaysName(Weekdays days);  // translated, e.g. "Mo–Fr"

// One recurring entry. roomId empty = the whole school.
struct ScheduleEntry {
    QString id;
    QString roomId;
    Action action = Action::PowerOff;
    QString argument;   // input code for Action::Input
    QTime time;         // local wall-clock time
    Weekdays days = kSchoolDays;
    bool enabled = true;
    QString label;

    Status validate() const;
};

// The first occurrence strictly after `after` (local time zone of `after`), or nullopt if the entry never
// fires (disabled, no days). Daylight-saving gaps: a time that does not exist that day fires at the first
// valid minute after it; a repeated hour fires once.
std::optional<QDateTime> nextOccurrence(const ScheduleEntry &entry, const QDateTime &after);

} // namespace tafel::schedules
