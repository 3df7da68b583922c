// tafelctl devices discover: PJLink %2SRCH plus a TCP sweep for PJLink, Samsung MDC and Tafel agent ports, the
// answers proposed as devices and matched against the inventory; --add --room R adds the new ones (audited).
#include "devicediscover.h"

#include "discovery/networkscan.h"
#include "inventory/inventoryeditor.h"
#include "store/repositories.h"

#include <QEventLoop>
#include <QJsonArray>

namespace tafel::cli {
namespace {

class DiscoverCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::DiscoverCommand)
public:
    static void declare(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("subnet"),
                                       tr("Subnet to sweep, at most /22 (repeatable). Default: this PC's IPv4 subnets."),
                                       QStringLiteral("CIDR")));
        p.addOption(QCommandLineOption(QStringLiteral("ports"),
                                       tr("Ports and what they speak (default 4352=pjlink,1515=mdc,4450=agent)."),
                                       QStringLiteral("PORT=pjlink|mdc|agent,...")));
        p.addOption(QCommandLineOption(QStringLiteral("no-search"), tr("Do not send the PJLink search (UDP broadcast).")));
        p.addOption(QCommandLineOption(QStringLiteral("search-to"),
                                       tr("Send the PJLink search to ADDR:PORT instead of the broadcast to port 4352 "
                                          "(answers then come to any free local port)."),
                                       QStringLiteral("ADDR:PORT")));
        p.addOption(QCommandLineOption(QStringLiteral("timeout"), tr("Connect timeout per address and port (default 700)."),
                                       QStringLiteral("MS"), QStringLiteral("700")));
        p.addOption(QCommandLineOption(QStringLiteral("concurrency"), tr("Connections at once (default 64)."), QStringLiteral("N"),
                                       QStringLiteral("64")));
        p.addOption(QCommandLineOption(QStringLiteral("add"), tr("Add every found device that is not in the inventory yet (needs --room).")));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("With --add: the room for the new devices (id or name)."), QStringLiteral("R")));
    }

    static int run(const QCommandLineParser &args, Context &ctx)
    {
        discovery::ScanOptions options;
        for (const QString &text : args.values(QStringLiteral("subnet"))) {
            auto s = discovery::Subnets::parse(text);
            if (!s)
                return ctx.usageError(s.errorString());
            options.subnets.append(*s);
        }
        if (args.isSet(QStringLiteral("ports"))) {
            options.ports.clear();
            for (const QString &part : args.value(QStringLiteral("ports")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QStringList kv = part.trimmed().split(QLatin1Char('='));
                bool ok = false;
                const uint port = kv.value(0).toUInt(&ok);
                const QString service = kv.value(1).trimmed().toLower();
                if (kv.size() != 2 || !ok || port == 0 || port > 65535
                    || (service != QLatin1String("pjlink") && service != QLatin1String("mdc") && service != QLatin1String("agent")))
                    return ctx.usageError(tr("'%1' is not PORT=pjlink, PORT=mdc or PORT=agent.").arg(part));
                options.ports.append({quint16(port), service == QLatin1String("pjlink") ? discovery::Service::PjLink
                                                     : service == QLatin1String("mdc")  ? discovery::Service::Mdc
                                                                                        : discovery::Service::Agent});
            }
            if (options.ports.isEmpty())
                return ctx.usageError(tr("--ports names no port."));
        }
        bool ok = false;
        options.connectTimeoutMs = args.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || options.connectTimeoutMs < 20 || options.connectTimeoutMs > 60'000)
            return ctx.usageError(tr("--timeout must be 20 to 60000 milliseconds."));
        options.concurrency = args.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > 1024)
            return ctx.usageError(tr("--concurrency must be 1 to 1024."));
        options.pjlinkSearch = !args.isSet(QStringLiteral("no-search"));
        if (args.isSet(QStringLiteral("search-to"))) {
            const QString to = args.value(QStringLiteral("search-to"));
            const qsizetype colon = to.lastIndexOf(QLatin1Char(':'));
            const uint port = to.mid(colon + 1).toUInt(&ok);
            QHostAddress address;
            if (colon <= 0 || !ok || port == 0 || port > 65535 || !address.setAddress(to.left(colon)))
                return ctx.usageError(tr("--search-to must look like 127.0.0.1:4352."));
            options.searchDestination = address;
            options.searchPort = quint16(port);
            options.searchLocalPort = 0;
        }
        const bool add = args.isSet(QStringLiteral("add"));
        if (add && !args.isSet(QStringLiteral("room")))
            return ctx.usageError(tr("--add needs --room R."));
        if (options.subnets.isEmpty() && !args.isSet(QStringLiteral("subnet"))) {
            options.subnets = discovery::Subnets::local();
            if (options.subnets.isEmpty() && !options.pjlinkSearch)
                return ctx.fail(tr("This PC has no IPv4 network to sweep; pass --subnet CIDR."));
        }
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        std::optional<Room> room;
        if (add) {
            auto r = store::RoomRepository(*db).resolve(args.value(QStringLiteral("room")));
            if (!r)
                return ctx.fail(r.error());
            room = *r;
        }

        discovery::NetworkScan scan;
        QEventLoop loop;
        QObject::connect(&scan, &discovery::NetworkScan::finished, &loop, &QEventLoop::quit);
        if (Status st = scan.start(options); !st)
            return ctx.fail(st.error());
        loop.exec();
        for (const QString &w : scan.warnings())
            ctx.err() << "tafelctl: " << w << '\n';
        auto inventory = store::DeviceRepository(*db).list();
        if (!inventory)
            return ctx.fail(inventory.error());
        QList<discovery::Proposal> proposals = discovery::NetworkScan::propose(scan.findings(), *inventory);

        QHash<int, QString> addedIds;
        if (add) {
            const Status st = db->transaction([&]() -> Status {
                inventory::InventoryEditor editor(*db, ctx.actor());
                for (int i = 0; i < proposals.size(); ++i) {
                    if (proposals.at(i).inInventory())
                        continue;
                    Device d = proposals.at(i).device;
                    d.roomId = room->id;
                    auto a = editor.addDevice(d); // with its audit entry, inside this transaction
                    if (!a)
                        return a.error();
                    addedIds.insert(i, a->id);
                }
                return {};
            });
            if (!st)
                return ctx.fail(st.error());
        }

        if (ctx.json()) {
            QJsonArray array;
            for (int i = 0; i < proposals.size(); ++i) {
                const discovery::Proposal &p = proposals.at(i);
                QJsonObject o{{QStringLiteral("address"), p.device.host},
                              {QStringLiteral("port"), p.device.port},
                              {QStringLiteral("protocol"), p.device.protocol},
                              {QStringLiteral("kind"), deviceKindKey(p.device.kind)},
                              {QStringLiteral("name"), p.device.name},
                              {QStringLiteral("confirmed"), p.finding.confirmed},
                              {QStringLiteral("answered"), p.finding.detail},
                              {QStringLiteral("by_search"), p.finding.bySearch},
                              {QStringLiteral("in_inventory"), p.inInventory()}};
                if (!p.finding.name.isEmpty())
                    o.insert(QStringLiteral("pjlink_name"), p.finding.name);
                if (!p.finding.pjlinkClass.isEmpty())
                    o.insert(QStringLiteral("pjlink_class"), p.finding.pjlinkClass);
                if (p.finding.service == discovery::Service::PjLink && p.finding.confirmed)
                    o.insert(QStringLiteral("password_protected"), p.finding.passwordProtected);
                if (!p.device.mac.isEmpty())
                    o.insert(QStringLiteral("mac"), p.device.mac);
                if (p.inInventory())
                    o.insert(QStringLiteral("existing_device"), p.existingName);
                if (addedIds.contains(i))
                    o.insert(QStringLiteral("added_id"), addedIds.value(i));
                array.append(o);
            }
            ctx.printJson(array);
            return ExitOk;
        }
        QList<QStringList> rows;
        for (int i = 0; i < proposals.size(); ++i) {
            const discovery::Proposal &p = proposals.at(i);
            QString name = p.finding.name;
            if (!p.finding.pjlinkClass.isEmpty())
                name += QStringLiteral(" (class %1)").arg(p.finding.pjlinkClass);
            rows.append({QStringLiteral("%1:%2").arg(p.device.host).arg(p.device.port), p.device.protocol, p.finding.detail, name, p.device.mac,
                         p.inInventory() ? tr("yes: %1").arg(p.existingName) : addedIds.contains(i) ? tr("added") : tr("no")});
        }
        ctx.printTable({tr("ADDRESS"), tr("PROTOCOL"), tr("ANSWERED"), tr("NAME"), tr("MAC"), tr("IN INVENTORY")}, rows);
        ctx.out() << tr("%n device(s) answered (%1 connects).", nullptr, int(proposals.size())).arg(scan.done()) << '\n';
        return ExitOk;
    }
};

} // namespace

Verb devicesDiscoverVerb()
{
    return Verb{QStringLiteral("discover"), [] { return DiscoverCommand::tr("Find projectors, displays and agents on the network (PJLink search, port sweep)"); },
                &DiscoverCommand::declare, &DiscoverCommand::run, 0, 0};
}

} // namespace tafel::cli
