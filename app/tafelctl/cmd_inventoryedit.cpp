// tafelctl rooms set | remove, tafelctl devices set | move | remove
#include "devicepassword.h"
#include "inventoryverbs.h"

#include "core/hostport.h"
#include "inventory/inventoryeditor.h"
#include "store/repositories.h"

namespace tafel::cli {
namespace {

class InventoryEditCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::InventoryEditCommand)
public:

    // The device the first positional argument names (with the optional --room to tell same-named ones apart).
    static std::optional<Device> device(const QCommandLineParser &args, Context &ctx, store::Database &db)
    {
        std::optional<QString> roomId;
        if (!ctx.roomFilter(args, &roomId))
            return std::nullopt;
        auto d = resolveDevice(db, args.positionalArguments().constFirst().trimmed(), roomId);
        if (!d) {
            ctx.fail(d.error());
            return std::nullopt;
        }
        return *d;
    }

    static QString roomName(store::Database &db, const QString &roomId)
    {
        auto r = store::RoomRepository(db).get(roomId);
        return r ? r->name : roomId;
    }

    // --- rooms ------------------------------------------------------------------------------------------------

    static void declareRoomSet(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("ROOM"), tr("Room id or name."));
        p.addOption(QCommandLineOption(QStringLiteral("name"), tr("New name (unique in the school)."), QStringLiteral("N")));
        p.addOption(QCommandLineOption(QStringLiteral("building"), tr("Building the room is in."), QStringLiteral("B")));
        p.addOption(QCommandLineOption(QStringLiteral("floor"), tr("Floor the room is on."), QStringLiteral("F")));
        p.addOption(QCommandLineOption(QStringLiteral("capacity"), tr("Number of seats."), QStringLiteral("N")));
    }

    static int roomSet(const QCommandLineParser &args, Context &ctx)
    {
        int capacity = -1;
        if (args.isSet(QStringLiteral("capacity"))) {
            bool ok = false;
            capacity = args.value(QStringLiteral("capacity")).toInt(&ok);
            if (!ok || capacity < 0)
                return ctx.usageError(tr("--capacity must be a whole number of 0 or more, not '%1'.").arg(args.value(QStringLiteral("capacity"))));
        }
        if (args.isSet(QStringLiteral("name")) && args.value(QStringLiteral("name")).trimmed().isEmpty())
            return ctx.usageError(tr("The room name must not be empty."));
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto room = store::RoomRepository(*db).resolve(args.positionalArguments().constFirst());
        if (!room)
            return ctx.fail(room.error());
        Room changed = *room;
        if (args.isSet(QStringLiteral("name")))
            changed.name = args.value(QStringLiteral("name")).trimmed();
        if (args.isSet(QStringLiteral("building")))
            changed.building = args.value(QStringLiteral("building"));
        if (args.isSet(QStringLiteral("floor")))
            changed.floor = args.value(QStringLiteral("floor"));
        if (capacity >= 0)
            changed.capacity = capacity;
        if (auto st = inventory::InventoryEditor(*db, ctx.actor()).updateRoom(changed); !st)
            return ctx.fail(st.error());
        auto after = store::RoomRepository(*db).get(room->id);
        if (!after)
            return ctx.fail(after.error());
        if (ctx.json())
            ctx.printJson(store::toJson(*after));
        else
            ctx.out() << tr("Changed room '%1'.").arg(after->name) << Qt::endl;
        return ExitOk;
    }

    static void declareRoomRemove(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("ROOM"), tr("Room id or name."));
        p.addOption(QCommandLineOption(QStringLiteral("force"), tr("Also remove the room's devices (needed when it has any).")));
    }

    static int roomRemove(const QCommandLineParser &args, Context &ctx)
    {
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto room = store::RoomRepository(*db).resolve(args.positionalArguments().constFirst());
        if (!room)
            return ctx.fail(room.error());
        inventory::InventoryEditor editor(*db, ctx.actor());
        auto count = editor.deviceCount(room->id);
        if (!count)
            return ctx.fail(count.error());
        if (*count > 0 && !args.isSet(QStringLiteral("force")))
            return ctx.fail(tr("Room '%1' has %n device(s); they would be removed with it. Add --force to do that.", nullptr, *count).arg(room->name));
        auto removed = editor.removeRoom(room->id);
        if (!removed)
            return ctx.fail(removed.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), room->id}, {QStringLiteral("name"), room->name}, {QStringLiteral("devices_removed"), *removed}});
        else
            ctx.out() << tr("Removed room '%1' and %n device(s).", nullptr, *removed).arg(room->name) << Qt::endl;
        return ExitOk;
    }

    // --- devices ----------------------------------------------------------------------------------------------

    static void declareDeviceSet(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("DEVICE"), tr("Device id or name."));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Room of the device (id or name), when several devices share the name. "
                                                                  "To move a device use 'tafelctl devices move'."),
                                       QStringLiteral("R")));
        p.addOption(QCommandLineOption(QStringLiteral("name"), tr("New name."), QStringLiteral("N")));
        p.addOption(QCommandLineOption(QStringLiteral("kind"), tr("Kind of device: %1.").arg(deviceKindKeys()), QStringLiteral("K")));
        p.addOption(QCommandLineOption(QStringLiteral("host"), tr("Host name or IP address, optionally with :PORT."), QStringLiteral("H[:PORT]")));
        p.addOption(QCommandLineOption(QStringLiteral("port"), tr("Port (0 = the protocol's default)."), QStringLiteral("PORT")));
        p.addOption(QCommandLineOption(QStringLiteral("mac"), tr("MAC address; an empty value removes it."), QStringLiteral("M")));
        p.addOption(QCommandLineOption(QStringLiteral("protocol"),
                                       tr("Control protocol: %1; an empty value means reachability only.")
                                           .arg(store::knownDeviceProtocols().join(QStringLiteral(", "))),
                                       QStringLiteral("P")));
        p.addOption(QCommandLineOption(QStringLiteral("agent"), tr("Whether a Tafel agent runs on the device: yes or no."), QStringLiteral("yes|no")));
    }

    static int deviceSet(const QCommandLineParser &args, Context &ctx)
    {
        // Values first (usage errors, exit 2), then the database.
        std::optional<DeviceKind> kind;
        if (args.isSet(QStringLiteral("kind"))) {
            kind = deviceKindFromKey(args.value(QStringLiteral("kind")));
            if (!kind)
                return ctx.usageError(tr("Unknown device kind '%1'. Known kinds: %2.").arg(args.value(QStringLiteral("kind")), deviceKindKeys()));
        }
        std::optional<HostPort> host;
        if (args.isSet(QStringLiteral("host"))) {
            auto hp = parseHostPort(args.value(QStringLiteral("host")));
            if (!hp)
                return ctx.usageError(hp.errorString());
            host = *hp;
        }
        std::optional<quint16> port;
        if (args.isSet(QStringLiteral("port"))) {
            bool ok = false;
            const uint p = args.value(QStringLiteral("port")).toUInt(&ok);
            if (!ok || p > 65535)
                return ctx.usageError(tr("--port must be a number from 0 to 65535, not '%1'.").arg(args.value(QStringLiteral("port"))));
            port = quint16(p);
        }
        std::optional<QString> mac;
        if (args.isSet(QStringLiteral("mac"))) {
            mac = QString();
            if (!args.value(QStringLiteral("mac")).trimmed().isEmpty()) {
                auto m = store::normalizeMac(args.value(QStringLiteral("mac")));
                if (!m)
                    return ctx.usageError(m.errorString());
                mac = *m;
            }
        }
        std::optional<QString> protocol;
        if (args.isSet(QStringLiteral("protocol"))) {
            protocol = args.value(QStringLiteral("protocol")).trimmed().toLower();
            if (!protocol->isEmpty() && !store::knownDeviceProtocols().contains(*protocol))
                return ctx.usageError(tr("Unknown protocol '%1'. Known protocols: %2.").arg(*protocol, store::knownDeviceProtocols().join(QStringLiteral(", "))));
        }
        std::optional<bool> agent;
        if (args.isSet(QStringLiteral("agent"))) {
            const QString v = args.value(QStringLiteral("agent")).trimmed().toLower();
            if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
                agent = true;
            else if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
                agent = false;
            else
                return ctx.usageError(tr("--agent must be yes or no, not '%1'.").arg(args.value(QStringLiteral("agent"))));
        }
        if (args.isSet(QStringLiteral("name")) && args.value(QStringLiteral("name")).trimmed().isEmpty())
            return ctx.usageError(tr("The device name must not be empty."));

        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        const auto before = device(args, ctx, *db);
        if (!before)
            return ExitFailed;
        Device d = *before;
        if (args.isSet(QStringLiteral("name")))
            d.name = args.value(QStringLiteral("name")).trimmed();
        if (kind)
            d.kind = *kind;
        if (host) {
            d.host = host->host;
            if (host->port)
                d.port = host->port;
        }
        if (port)
            d.port = *port;
        if (mac)
            d.mac = *mac;
        if (protocol)
            d.protocol = *protocol;
        if (agent)
            d.hasAgent = *agent;
        if (auto st = inventory::InventoryEditor(*db, ctx.actor()).updateDevice(d); !st)
            return ctx.fail(st.error());
        auto after = store::DeviceRepository(*db).get(d.id);
        if (!after)
            return ctx.fail(after.error());
        if (ctx.json())
            ctx.printJson(inventory::InventoryEditor::auditJson(*after, roomName(*db, after->roomId)));
        else
            ctx.out() << tr("Changed device '%1'.").arg(after->name) << Qt::endl;
        return ExitOk;
    }

    static void declareDeviceMove(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("DEVICE"), tr("Device id or name."));
        p.addPositionalArgument(QStringLiteral("TO_ROOM"), tr("The room to move it to (id or name)."));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("The device's current room (id or name), when several devices share the name."),
                                       QStringLiteral("R")));
    }

    static int deviceMove(const QCommandLineParser &args, Context &ctx)
    {
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        const auto d = device(args, ctx, *db);
        if (!d)
            return ExitFailed;
        auto to = store::RoomRepository(*db).resolve(args.positionalArguments().at(1));
        if (!to)
            return ctx.fail(to.error());
        const QString from = roomName(*db, d->roomId);
        if (auto st = inventory::InventoryEditor(*db, ctx.actor()).moveDevice(d->id, to->id); !st)
            return ctx.fail(st.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), d->id}, {QStringLiteral("name"), d->name}, {QStringLiteral("from"), from},
                                      {QStringLiteral("room"), to->name}});
        else
            ctx.out() << tr("Moved '%1' from '%2' to '%3'.").arg(d->name, from, to->name) << Qt::endl;
        return ExitOk;
    }

    static void declareDeviceRemove(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("DEVICE"), tr("Device id or name."));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Room of the device (id or name), when several devices share the name."),
                                       QStringLiteral("R")));
    }

    static int deviceRemove(const QCommandLineParser &args, Context &ctx)
    {
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        const auto d = device(args, ctx, *db);
        if (!d)
            return ExitFailed;
        if (auto st = inventory::InventoryEditor(*db, ctx.actor()).removeDevice(d->id); !st)
            return ctx.fail(st.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), d->id}, {QStringLiteral("name"), d->name}, {QStringLiteral("removed"), true}});
        else
            ctx.out() << tr("Removed device '%1' from room '%2'.").arg(d->name, roomName(*db, d->roomId)) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QList<Verb> roomsEditVerbs()
{
    return {
        Verb{QStringLiteral("set"), [] { return InventoryEditCommand::tr("Change a room's name, building, floor or capacity"); }, &InventoryEditCommand::declareRoomSet, &InventoryEditCommand::roomSet, 1, 1},
        Verb{QStringLiteral("remove"), [] { return InventoryEditCommand::tr("Remove a room (with its devices: --force)"); }, &InventoryEditCommand::declareRoomRemove, &InventoryEditCommand::roomRemove, 1, 1},
    };
}

QList<Verb> devicesEditVerbs()
{
    return {
        Verb{QStringLiteral("set"), [] { return InventoryEditCommand::tr("Change a device's name, kind, host, port, MAC, protocol or agent flag"); }, &InventoryEditCommand::declareDeviceSet,
             &InventoryEditCommand::deviceSet, 1, 1},
        Verb{QStringLiteral("move"), [] { return InventoryEditCommand::tr("Move a device to another room"); }, &InventoryEditCommand::declareDeviceMove, &InventoryEditCommand::deviceMove, 2, 2},
        Verb{QStringLiteral("remove"), [] { return InventoryEditCommand::tr("Remove a device (and its stored password)"); }, &InventoryEditCommand::declareDeviceRemove, &InventoryEditCommand::deviceRemove, 1, 1},
    };
}

} // namespace tafel::cli
