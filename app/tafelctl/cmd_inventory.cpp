// tafelctl inventory import FILE.csv [--dry-run] [--skip-bad-lines] [--existing-rooms-only] | export [--format csv|json] [--out FILE]
#include "command.h"

#include "inventory/importplan.h"
#include "inventory/inventorycsv.h"
#include "store/repositories.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace tafel::cli {
namespace {

class InventoryCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::InventoryCommand)
public:
    static Group group()
    {
        return {QStringLiteral("inventory"),
                [] { return tr("Import and export the school's rooms and devices as CSV"); },
                {
                    Verb{QStringLiteral("import"), [] { return tr("Import rooms and devices from a CSV file (preview, then one transaction)"); },
                         &InventoryCommand::declareImport, &InventoryCommand::import, 1, 1},
                    Verb{QStringLiteral("export"), [] { return tr("Export all rooms and devices as CSV or JSON"); }, &InventoryCommand::declareExport,
                         &InventoryCommand::exportInventory, 0, 0},
                }};
    }

    static void declareImport(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("FILE"),
                                tr("CSV file (UTF-8, ',' or ';'). Columns: %1; see the README.").arg(inventory::inventoryColumns().join(QStringLiteral(", "))));
        p.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Only show what would change; write nothing.")));
        p.addOption(QCommandLineOption(QStringLiteral("skip-bad-lines"),
                                       tr("Apply the good lines even when other lines have errors (still one transaction). "
                                          "Without it any line error means nothing is written.")));
        p.addOption(QCommandLineOption(QStringLiteral("existing-rooms-only"), tr("A line naming a room that does not exist is an error "
                                                                                  "instead of creating the room.")));
    }

    static QString deviceSummary(const Device &d)
    {
        QString where = d.host;
        if (d.port)
            where += QLatin1Char(':') + QString::number(d.port);
        return QStringLiteral("%1, %2").arg(deviceKindKey(d.kind), where);
    }

    static QString fieldValue(const Device &d, const QString &room, const QString &field)
    {
        if (field == QLatin1String("room"))
            return room;
        if (field == QLatin1String("kind"))
            return deviceKindKey(d.kind);
        if (field == QLatin1String("name"))
            return d.name;
        if (field == QLatin1String("host"))
            return d.host;
        if (field == QLatin1String("port"))
            return QString::number(d.port);
        if (field == QLatin1String("mac"))
            return d.mac;
        if (field == QLatin1String("protocol"))
            return d.protocol;
        if (field == QLatin1String("has_agent"))
            return d.hasAgent ? QStringLiteral("yes") : QStringLiteral("no");
        return {};
    }

    static void printPlan(Context &ctx, const inventory::ParsedInventory &parsed, const inventory::ImportPlan &plan)
    {
        using inventory::ChangeKind;
        QTextStream &out = ctx.out();
        const QString delimiter = parsed.delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QString(parsed.delimiter);
        out << tr("Read %1 lines (delimiter '%2'%3).").arg(plan.lineCount).arg(delimiter, parsed.hadBom ? tr(", UTF-8 with BOM") : QString()) << '\n';
        out << tr("Rooms:   %1 to add, %2 to change, %3 unchanged")
                   .arg(plan.roomCount(ChangeKind::Add))
                   .arg(plan.roomCount(ChangeKind::Change))
                   .arg(plan.roomCount(ChangeKind::Unchanged))
            << '\n';
        out << tr("Devices: %1 to add, %2 to change, %3 unchanged")
                   .arg(plan.deviceCount(ChangeKind::Add))
                   .arg(plan.deviceCount(ChangeKind::Change))
                   .arg(plan.deviceCount(ChangeKind::Unchanged))
            << '\n';
        for (const auto &rc : plan.rooms) {
            if (rc.kind == ChangeKind::Add) {
                out << tr("  + room '%1' (line %2)").arg(rc.after.name).arg(rc.line) << '\n';
            } else if (rc.kind == ChangeKind::Change) {
                QStringList parts;
                if (rc.before.building != rc.after.building)
                    parts << tr("building '%1' -> '%2'").arg(rc.before.building, rc.after.building);
                if (rc.before.floor != rc.after.floor)
                    parts << tr("floor '%1' -> '%2'").arg(rc.before.floor, rc.after.floor);
                if (rc.before.capacity != rc.after.capacity)
                    parts << tr("capacity %1 -> %2").arg(rc.before.capacity).arg(rc.after.capacity);
                out << tr("  ~ room '%1': %2 (line %3)").arg(rc.after.name, parts.join(QStringLiteral("; "))).arg(rc.line) << '\n';
            }
        }
        for (const auto &dc : plan.devices) {
            if (dc.kind == ChangeKind::Add) {
                out << tr("  + device '%1' in '%2' (%3) (line %4)").arg(dc.after.name, dc.afterRoom, deviceSummary(dc.after)).arg(dc.line) << '\n';
            } else if (dc.kind == ChangeKind::Change) {
                QStringList parts;
                for (const QString &f : dc.changedFields())
                    parts << QStringLiteral("%1 '%2' -> '%3'").arg(f, fieldValue(dc.before, dc.beforeRoom, f), fieldValue(dc.after, dc.afterRoom, f));
                out << tr("  ~ device '%1' in '%2': %3 (line %4)").arg(dc.after.name, dc.afterRoom, parts.join(QStringLiteral("; "))).arg(dc.line) << '\n';
            }
        }
        if (!plan.errors.isEmpty()) {
            out << tr("Errors (%n line(s)):", nullptr, plan.badLineCount()) << '\n';
            for (const auto &e : plan.errors)
                out << QStringLiteral("  [%1] %2").arg(inventory::LineError::kindKey(e.kind), e.message) << '\n';
        }
        out.flush();
    }

    static int import(const QCommandLineParser &args, Context &ctx)
    {
        const QString path = args.positionalArguments().constFirst();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(tr("Cannot read '%1': %2").arg(path, file.errorString()));
        if (file.size() > 64 * 1024 * 1024)
            return ctx.fail(tr("'%1' is too large for an inventory file.").arg(path));
        const QByteArray data = file.readAll();
        const bool dryRun = args.isSet(QStringLiteral("dry-run"));
        const bool skip = args.isSet(QStringLiteral("skip-bad-lines"));
        inventory::ImportOptions options;
        options.createRooms = !args.isSet(QStringLiteral("existing-rooms-only"));

        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        const inventory::ParsedInventory parsed = inventory::parseInventoryCsv(data);
        auto plan = inventory::previewImport(*db, parsed, options);
        if (!plan)
            return ctx.fail(plan.error());

        const bool blocked = plan->fatal || (!plan->errors.isEmpty() && !skip);
        bool applied = false;
        inventory::ImportPlan shown = *plan;
        QString applyError;
        if (!dryRun && !blocked) {
            auto done = inventory::applyImport(*db, parsed, options, skip ? inventory::BadLines::Skip : inventory::BadLines::Block, ctx.actor(),
                                               QFileInfo(path).fileName(), &*plan);
            if (done) {
                applied = true;
                shown = *done;
            } else {
                applyError = done.errorString();
            }
        }
        if (ctx.json()) {
            QJsonObject o = shown.toJson();
            o.insert(QStringLiteral("file"), path);
            o.insert(QStringLiteral("dry_run"), dryRun);
            o.insert(QStringLiteral("applied"), applied);
            if (!applyError.isEmpty())
                o.insert(QStringLiteral("apply_error"), applyError);
            ctx.printJson(o);
        } else {
            printPlan(ctx, parsed, shown);
        }
        if (!applyError.isEmpty())
            return ctx.fail(applyError);
        if (plan->fatal)
            return ctx.fail(tr("The file cannot be imported; nothing was written."));
        if (blocked)
            return ctx.fail(tr("%n line(s) have errors; nothing was written. Fix them or pass --skip-bad-lines.", nullptr, plan->badLineCount()));
        if (dryRun) {
            if (!ctx.json())
                ctx.out() << tr("Dry run: nothing was written.") << Qt::endl;
            return ExitOk;
        }
        if (!ctx.json()) {
            if (shown.hasChanges())
                ctx.out() << tr("Applied in one transaction.") << Qt::endl;
            else
                ctx.out() << tr("Nothing to change.") << Qt::endl;
            if (!shown.errors.isEmpty())
                ctx.err() << tr("tafelctl: skipped %n bad line(s).", nullptr, shown.badLineCount()) << Qt::endl;
        }
        return ExitOk;
    }

    static void declareExport(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("format"), tr("csv (default) or json."), QStringLiteral("csv|json"), QStringLiteral("csv")));
        p.addOption(QCommandLineOption(QStringLiteral("out"), tr("Write to FILE instead of standard output."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("delimiter"), tr("CSV delimiter: ',' (default) or ';' (for a German Excel)."),
                                       QStringLiteral("D"), QStringLiteral(",")));
    }

    static int exportInventory(const QCommandLineParser &args, Context &ctx)
    {
        const QString format = args.value(QStringLiteral("format")).trimmed().toLower();
        const bool json = ctx.json() || format == QLatin1String("json");
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            return ctx.usageError(tr("--format must be csv or json, not '%1'.").arg(args.value(QStringLiteral("format"))));
        const QString delimiter = args.value(QStringLiteral("delimiter"));
        if (delimiter != QLatin1String(",") && delimiter != QLatin1String(";"))
            return ctx.usageError(tr("--delimiter must be ',' or ';', not '%1'.").arg(delimiter));
        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto rooms = store::RoomRepository(*db).list();
        if (!rooms)
            return ctx.fail(rooms.error());
        auto devices = store::DeviceRepository(*db).list();
        if (!devices)
            return ctx.fail(devices.error());
        const QByteArray data = json ? QJsonDocument(inventory::exportInventoryJson(*rooms, *devices)).toJson(QJsonDocument::Indented)
                                     : inventory::exportInventoryCsv(*rooms, *devices, delimiter.at(0));
        if (!args.isSet(QStringLiteral("out"))) {
            ctx.out() << QString::fromUtf8(data);
            ctx.out().flush();
            return ExitOk;
        }
        QSaveFile out(args.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            return ctx.fail(tr("Cannot write '%1': %2").arg(out.fileName(), out.errorString()));
        ctx.err() << tr("Exported %1 rooms and %2 devices to '%3'.").arg(rooms->size()).arg(devices->size()).arg(out.fileName()) << Qt::endl;
        return ExitOk;
    }
};

const GroupRegistrar registrar(&InventoryCommand::group);

} // namespace
} // namespace tafel::cli
