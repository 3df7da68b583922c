// tafelctl schedule add | list | remove: recurring room-wide display actions ("all off at 16:30 on school
// days"), stored in the school's database and run by the agent (or the tafel app).
#include "command.h"

#include "schedules/schedule.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace tafel::cli {
namespace {

using schedules::ScheduleEntry;

class ScheduleCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::ScheduleCommand)
public:
    static Group group()
    {
        return {QStringLiteral("schedule"),
                [] { return tr("Switch the displays of a room or of the whole school at set times"); },
                {
                    Verb{QStringLiteral("add"), [] { return tr("Add a weekly schedule entry"); }, &ScheduleCommand::declareAdd,
                         &ScheduleCommand::add, 0, 0},
                    Verb{QStringLiteral("list"), [] { return tr("List schedule entries with their next run"); }, &ScheduleCommand::declareList,
                         &ScheduleCommand::list, 0, 0},
                    Verb{QStringLiteral("remove"), [] { return tr("Remove a schedule entry"); }, &ScheduleCommand::declareRemove,
                         &ScheduleCommand::remove, 1, 1},
                }};
    }

    static void declareAdd(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Room (name or id) whose displays are switched."), QStringLiteral("R")));
        p.addOption(QCommandLineOption(QStringLiteral("school"), tr("Switch the displays of every room instead of one.")));
        p.addOption(QCommandLineOption(QStringLiteral("at"), tr("Time of day, HH:MM (24 hours, local time). Required."), QStringLiteral("HH:MM")));
        p.addOption(QCommandLineOption(QStringLiteral("days"),
                                       tr("Days: mon-fri (default), daily, sat-sun, mon,wed,fri, ... (German names work too)."),
                                       QStringLiteral("DAYS")));
        p.addOption(QCommandLineOption(QStringLiteral("action"), tr("on, off or input. Required."), QStringLiteral("A")));
        p.addOption(QCommandLineOption(QStringLiteral("input"), tr("Input code for --action input, e.g. 31."), QStringLiteral("CODE")));
        p.addOption(QCommandLineOption(QStringLiteral("label"), tr("A note shown with the entry, e.g. \"after school\"."), QStringLiteral("L")));
    }

    // "7:45", "07:45" -> QTime; anything else -> an invalid QTime (ScheduleEntry::validate() explains it).
    static QTime parseTime(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
        const auto m = re.match(text.trimmed());
        if (!m.hasMatch())
            return {};
        return QTime(m.captured(1).toInt(), m.captured(2).toInt());
    }

    static int add(const QCommandLineParser &args, Context &ctx)
    {
        const bool school = args.isSet(QStringLiteral("school"));
        const bool hasRoom = args.isSet(QStringLiteral("room"));
        if (school == hasRoom)
            return ctx.usageError(tr("Give either --room R or --school."));
        if (hasRoom && args.value(QStringLiteral("room")).trimmed().isEmpty())
            return ctx.usageError(tr("--room needs a room name or id."));
        for (const auto *required : {"at", "action"}) {
            const QString option = QString::fromLatin1(required);
            if (!args.isSet(option) || args.value(option).trimmed().isEmpty())
                return ctx.usageError(tr("Missing option --%1.").arg(option));
        }

        ScheduleEntry entry;
        entry.time = parseTime(args.value(QStringLiteral("at")));
        if (!entry.time.isValid())
            return ctx.usageError(tr("--at '%1': %2").arg(args.value(QStringLiteral("at")), entry.validate().errorString()));
        if (args.isSet(QStringLiteral("days"))) {
            auto days = schedules::parseWeekdays(args.value(QStringLiteral("days")));
            if (!days)
                return ctx.usageError(tr("--days '%1': %2").arg(args.value(QStringLiteral("days")), days.errorString()));
            entry.days = *days;
        }
        const auto action = schedules::actionFromKey(args.value(QStringLiteral("action")).trimmed().toLower());
        if (!action)
            return ctx.usageError(tr("Unknown action '%1'. Use on, off or input.").arg(args.value(QStringLiteral("action"))));
        entry.action = *action;
        if (args.isSet(QStringLiteral("input"))) {
            if (entry.action != schedules::Action::Input)
                return ctx.usageError(tr("--input only applies with --action input."));
            entry.argument = args.value(QStringLiteral("input")).trimmed();
        }
        entry.label = args.value(QStringLiteral("label")).trimmed();
        if (auto v = entry.validate(); !v)
            return ctx.usageError(v.errorString());

        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        QString roomName;
        if (hasRoom) {
            auto room = store::RoomRepository(*db).resolve(args.value(QStringLiteral("room")));
            if (!room)
                return ctx.fail(room.error());
            entry.roomId = room->id;
            roomName = room->name;
        }
        ScheduleEntry added;
        const Status st = db->transaction([&]() -> Status {
            auto e = store::ScheduleRepository(*db).add(entry);
            if (!e)
                return e.error();
            added = *e;
            return ctx.audit(QStringLiteral("schedule.add"), added.id, {}, store::toJson(added));
        });
        if (!st)
            return ctx.fail(st.error());
        if (ctx.json()) {
            ctx.printJson(entryJson(added, roomName));
            return ExitOk;
        }
        ctx.out() << tr("Added schedule %1: %2 %3 at %4 on %5.")
                         .arg(added.id, actionText(added), roomText(added, roomName), added.time.toString(QStringLiteral("HH:mm")),
                              schedules::weekdaysKey(added.days))
                  << Qt::endl;
        return ExitOk;
    }

    static QString actionText(const ScheduleEntry &e)
    {
        return e.action == schedules::Action::Input ? schedules::actionKey(e.action) + QLatin1Char(' ') + e.argument : schedules::actionKey(e.action);
    }

    static QString roomText(const ScheduleEntry &e, const QString &roomName)
    {
        return e.roomId.isEmpty() ? tr("whole school") : tr("room '%1'").arg(roomName);
    }

    static std::optional<QDateTime> next(const ScheduleEntry &e)
    {
        return schedules::nextOccurrence(e, QDateTime::currentDateTime());
    }

    static QJsonObject entryJson(const ScheduleEntry &e, const QString &roomName)
    {
        QJsonObject o = store::toJson(e);
        o.insert(QStringLiteral("room"), e.roomId.isEmpty() ? QJsonValue() : QJsonValue(roomName));
        const auto n = next(e);
        // ISO 8601 with the UTC offset, so a script in another zone reads the same instant.
        o.insert(QStringLiteral("next"), n ? QJsonValue(n->toOffsetFromUtc(n->offsetFromUtc()).toString(Qt::ISODate)) : QJsonValue());
        return o;
    }

    static void declareList(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Only the entries that switch room R (id or name), school-wide ones included."),
                                       QStringLiteral("R")));
    }

    static int list(const QCommandLineParser &args, Context &ctx)
    {
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        std::optional<QString> roomId;
        if (!ctx.roomFilter(args, &roomId))
            return ExitFailed;
        auto entries = store::ScheduleRepository(*db).list(roomId);
        if (!entries)
            return ctx.fail(entries.error());
        auto names = store::RoomRepository(*db).names();
        if (!names)
            return ctx.fail(names.error());
        const QHash<QString, QString> &roomNames = *names;
        QList<ScheduleEntry> sorted = *entries;
        std::stable_sort(sorted.begin(), sorted.end(), [&](const ScheduleEntry &a, const ScheduleEntry &b) {
            if (a.time != b.time)
                return a.time < b.time;
            return roomNames.value(a.roomId) < roomNames.value(b.roomId);
        });

        if (ctx.json()) {
            QJsonArray array;
            for (const ScheduleEntry &e : sorted)
                array.append(entryJson(e, roomNames.value(e.roomId)));
            ctx.printJson(array);
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const ScheduleEntry &e : sorted) {
            const auto n = next(e);
            rows.append({e.id, e.roomId.isEmpty() ? tr("(whole school)") : roomNames.value(e.roomId), e.time.toString(QStringLiteral("HH:mm")),
                         schedules::weekdaysKey(e.days), actionText(e), e.enabled ? tr("enabled") : tr("disabled"),
                         n ? n->toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")) : QString(), e.label});
        }
        ctx.printTable({tr("ID"), tr("ROOM"), tr("TIME"), tr("DAYS"), tr("ACTION"), tr("STATE"), tr("NEXT"), tr("LABEL")}, rows);
        return ExitOk;
    }

    static void declareRemove(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("ID"), tr("Id of the entry (see 'tafelctl schedule list')."));
    }

    static int remove(const QCommandLineParser &args, Context &ctx)
    {
        const QString id = args.positionalArguments().constFirst().trimmed();
        if (id.isEmpty())
            return ctx.usageError(tr("The schedule id must not be empty."));
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        store::ScheduleRepository repo(*db);
        ScheduleEntry removed;
        const Status st = db->transaction([&]() -> Status {
            auto e = repo.get(id);
            if (!e)
                return e.error();
            removed = *e;
            if (auto r = repo.remove(id); !r)
                return r;
            return ctx.audit(QStringLiteral("schedule.remove"), id, store::toJson(removed), {});
        });
        if (!st)
            return ctx.fail(st.error());
        if (ctx.json())
            ctx.printJson(store::toJson(removed));
        else
            ctx.out() << tr("Removed schedule %1.").arg(id) << Qt::endl;
        return ExitOk;
    }
};

const GroupRegistrar registrar(&ScheduleCommand::group);

} // namespace
} // namespace tafel::cli
