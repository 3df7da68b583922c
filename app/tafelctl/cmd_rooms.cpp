// tafelctl rooms list | add (set | remove: cmd_inventoryedit.cpp)
#include "command.h"
#include "inventoryverbs.h"

#include "store/repositories.h"

namespace tafel::cli {
namespace {

class RoomsCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::RoomsCommand)
public:
    static Group group()
    {
        return {QStringLiteral("rooms"),
                [] { return tr("Rooms of the school"); },
                QList<Verb>{
                    Verb{QStringLiteral("list"), [] { return tr("List all rooms"); }, nullptr, &RoomsCommand::list, 0, 0},
                    Verb{QStringLiteral("add"), [] { return tr("Add a room"); }, &RoomsCommand::declareAdd, &RoomsCommand::add, 1, 1},
                } + roomsEditVerbs()};
    }

    static int list(const QCommandLineParser &, Context &ctx)
    {
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto rooms = store::RoomRepository(*db).list();
        if (!rooms)
            return ctx.fail(rooms.error());
        if (ctx.json()) {
            QJsonArray array;
            for (const Room &r : *rooms)
                array.append(store::toJson(r));
            ctx.printJson(array);
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const Room &r : *rooms)
            rows.append({r.name, r.building, r.floor, r.capacity ? QString::number(r.capacity) : QString(), r.id});
        ctx.printTable({tr("NAME"), tr("BUILDING"), tr("FLOOR"), tr("CAPACITY"), tr("ID")}, rows);
        return ExitOk;
    }

    static void declareAdd(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the new room, unique in the school."));
        p.addOption(QCommandLineOption(QStringLiteral("building"), tr("Building the room is in."), QStringLiteral("B")));
        p.addOption(QCommandLineOption(QStringLiteral("floor"), tr("Floor the room is on."), QStringLiteral("F")));
        p.addOption(QCommandLineOption(QStringLiteral("capacity"), tr("Number of seats."), QStringLiteral("N")));
    }

    static int add(const QCommandLineParser &args, Context &ctx)
    {
        Room room;
        room.name = args.positionalArguments().first().trimmed();
        if (room.name.isEmpty())
            return ctx.usageError(tr("The room name must not be empty."));
        room.building = args.value(QStringLiteral("building"));
        room.floor = args.value(QStringLiteral("floor"));
        if (args.isSet(QStringLiteral("capacity"))) {
            bool ok = false;
            room.capacity = args.value(QStringLiteral("capacity")).toInt(&ok);
            if (!ok || room.capacity < 0)
                return ctx.usageError(tr("--capacity must be a whole number of 0 or more, not '%1'.").arg(args.value(QStringLiteral("capacity"))));
        }
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        Room added;
        const Status st = db->transaction([&]() -> Status {
            auto r = store::RoomRepository(*db).add(room);
            if (!r)
                return r.error();
            added = *r;
            return ctx.audit(QStringLiteral("room.add"), added.id, {}, store::toJson(added));
        });
        if (!st)
            return ctx.fail(st.error());
        if (ctx.json())
            ctx.printJson(store::toJson(added));
        else
            ctx.out() << tr("Added room '%1' (id %2).").arg(added.name, added.id) << Qt::endl;
        return ExitOk;
    }
};

const GroupRegistrar registrar(&RoomsCommand::group);

} // namespace
} // namespace tafel::cli
