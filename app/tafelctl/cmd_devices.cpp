// tafelctl devices list | add | set-password (cmd_devicepassword.cpp) | set | move | remove (cmd_inventoryedit.cpp) |
// discover (cmd_devicediscover.cpp)
#include "command.h"
#include "devicediscover.h"
#include "devicepassword.h"
#include "inventoryverbs.h"

#include "core/hostport.h"
#include "store/repositories.h"

#include <QHash>

namespace tafel::cli {
namespace {

class DevicesCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::DevicesCommand)
public:
    static Group group()
    {
        return {QStringLiteral("devices"),
                [] { return tr("Devices in the rooms: displays, projectors, PCs, access points, ..."); },
                QList<Verb>{
                    Verb{QStringLiteral("list"), [] { return tr("List devices, of all rooms or of one"); }, &DevicesCommand::declareList,
                         &DevicesCommand::list, 0, 0},
                    Verb{QStringLiteral("add"), [] { return tr("Add a device to a room"); }, &DevicesCommand::declareAdd,
                         &DevicesCommand::add, 0, 0},
                    devicesSetPasswordVerb(),
                    devicesDiscoverVerb(),
                } + devicesEditVerbs()};
    }

    static void declareList(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Only the devices of room R (id or name)."), QStringLiteral("R")));
    }

    static int list(const QCommandLineParser &args, Context &ctx)
    {
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        std::optional<QString> roomId;
        if (!ctx.roomFilter(args, &roomId))
            return ExitFailed;
        auto devices = store::DeviceRepository(*db).list(roomId);
        if (!devices)
            return ctx.fail(devices.error());
        auto names = store::RoomRepository(*db).names();
        if (!names)
            return ctx.fail(names.error());
        const QHash<QString, QString> &roomNames = *names;

        if (ctx.json()) {
            QJsonArray array;
            for (const Device &d : *devices) {
                QJsonObject o = store::toJson(d);
                o.insert(QStringLiteral("room"), roomNames.value(d.roomId));
                array.append(o);
            }
            ctx.printJson(array);
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const Device &d : *devices)
            rows.append({roomNames.value(d.roomId), d.name, deviceKindKey(d.kind), d.host, d.port ? QString::number(d.port) : QString(), d.mac,
                         d.protocol, d.id});
        ctx.printTable({tr("ROOM"), tr("NAME"), tr("KIND"), tr("HOST"), tr("PORT"), tr("MAC"), tr("PROTOCOL"), tr("ID")}, rows);
        return ExitOk;
    }

    static void declareAdd(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Room of the device (id or name). Required."), QStringLiteral("R")));
        p.addOption(QCommandLineOption(QStringLiteral("kind"), tr("Kind of device: %1. Required.").arg(deviceKindKeys()), QStringLiteral("K")));
        p.addOption(QCommandLineOption(QStringLiteral("name"), tr("Name of the device. Required."), QStringLiteral("N")));
        p.addOption(QCommandLineOption(QStringLiteral("host"), tr("Host name or IP address, optionally with :PORT. Required."), QStringLiteral("H[:PORT]")));
        p.addOption(QCommandLineOption(QStringLiteral("mac"), tr("MAC address (unique), e.g. 00:11:22:AA:BB:CC."), QStringLiteral("M")));
        p.addOption(QCommandLineOption(QStringLiteral("protocol"),
                                       tr("Control protocol: %1.").arg(store::knownDeviceProtocols().join(QStringLiteral(", "))),
                                       QStringLiteral("P")));
    }

    static int add(const QCommandLineParser &args, Context &ctx)
    {
        for (const auto *required : {"room", "kind", "name", "host"}) {
            const QString option = QString::fromLatin1(required);
            if (!args.isSet(option) || args.value(option).trimmed().isEmpty())
                return ctx.usageError(tr("Missing option --%1.").arg(option));
        }
        // Everything that can be checked without the database is a usage error (exit code 2).
        Device device;
        const auto kind = deviceKindFromKey(args.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.usageError(tr("Unknown device kind '%1'. Known kinds: %2.").arg(args.value(QStringLiteral("kind")), deviceKindKeys()));
        device.kind = *kind;
        device.name = args.value(QStringLiteral("name")).trimmed();
        auto host = parseHostPort(args.value(QStringLiteral("host")));
        if (!host)
            return ctx.usageError(host.errorString());
        device.host = host->host;
        device.port = host->port;
        if (args.isSet(QStringLiteral("mac"))) {
            auto mac = store::normalizeMac(args.value(QStringLiteral("mac")));
            if (!mac)
                return ctx.usageError(mac.errorString());
            device.mac = *mac;
        }
        device.protocol = args.value(QStringLiteral("protocol")).trimmed().toLower();
        if (!device.protocol.isEmpty() && !store::knownDeviceProtocols().contains(device.protocol))
            return ctx.usageError(tr("Unknown protocol '%1'. Known protocols: %2.")
                                      .arg(device.protocol, store::knownDeviceProtocols().join(QStringLiteral(", "))));
        device.hasAgent = device.kind == DeviceKind::Agent || device.protocol == QLatin1String("agent");

        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto room = store::RoomRepository(*db).resolve(args.value(QStringLiteral("room")));
        if (!room)
            return ctx.fail(room.error());
        device.roomId = room->id;
        Device added;
        const Status st = db->transaction([&]() -> Status {
            auto d = store::DeviceRepository(*db).add(device);
            if (!d)
                return d.error();
            added = *d;
            return ctx.audit(QStringLiteral("device.add"), added.id, {}, store::toJson(added));
        });
        if (!st)
            return ctx.fail(st.error());
        if (ctx.json()) {
            QJsonObject o = store::toJson(added);
            o.insert(QStringLiteral("room"), room->name);
            ctx.printJson(o);
        } else {
            ctx.out() << tr("Added %1 '%2' to room '%3' (id %4).").arg(deviceKindKey(added.kind), added.name, room->name, added.id) << Qt::endl;
        }
        return ExitOk;
    }
};

const GroupRegistrar registrar(&DevicesCommand::group);

} // namespace
} // namespace tafel::cli
