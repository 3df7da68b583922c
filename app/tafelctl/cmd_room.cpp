// tafelctl room power | input | mute | freeze | status: every display of a room (from the store, with its
// stored password) at once, one result per display.
#include "command.h"
#include "displaycli.h"

#include "classroom/inventorydisplays.h"
#include "displays/roomcontrol.h"
#include "store/repositories.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace tafel::cli {
namespace {

using namespace tafel::displays;

class RoomCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::RoomCommand)
public:
    static Group group()
    {
        return {QStringLiteral("room"),
                [] { return tr("Switch and query all displays of a room at once"); },
                {
                    Verb{QStringLiteral("power"), [] { return tr("Switch every display of a room on or off"); }, &RoomCommand::declarePower,
                         &RoomCommand::power, 2, 2},
                    Verb{QStringLiteral("input"), [] { return tr("Switch every display of a room to an input"); }, &RoomCommand::declareInput,
                         &RoomCommand::input, 2, 2},
                    Verb{QStringLiteral("mute"), [] { return tr("Mute or unmute picture or sound of every display of a room"); },
                         &RoomCommand::declareMute, &RoomCommand::mute, 3, 3},
                    Verb{QStringLiteral("freeze"), [] { return tr("Freeze or unfreeze the picture of every display of a room"); },
                         &RoomCommand::declareFreeze, &RoomCommand::freeze, 2, 2},
                    Verb{QStringLiteral("status"), [] { return tr("Show the state of every display of a room"); }, &RoomCommand::declareStatus,
                         &RoomCommand::status, 1, 1},
                }};
    }

    static void addRoom(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("ROOM"), tr("Room name or id."));
        p.addOption(QCommandLineOption(QStringLiteral("timeout"), tr("Seconds to wait for each reply (default 5)."), QStringLiteral("S")));
    }

    static std::optional<bool> onOff(const QString &text)
    {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("on"))
            return true;
        if (t == QLatin1String("off"))
            return false;
        return std::nullopt;
    }

    struct Prepared {
        Room room;
        QList<RoomDisplay> displays;
    };

    // Reads --timeout, opens the store, resolves the room and loads its displays with their passwords.
    static std::optional<Prepared> prepare(const QCommandLineParser &args, Context &ctx, const QString &roomArg, int &exitCode)
    {
        int timeoutMs = 5000;
        if (args.isSet(QStringLiteral("timeout"))) {
            auto ms = DisplayCli::parseSeconds(QStringLiteral("timeout"), args.value(QStringLiteral("timeout")), 300);
            if (!ms) {
                exitCode = ctx.usageError(ms.errorString());
                return std::nullopt;
            }
            timeoutMs = *ms;
        }
        exitCode = ExitFailed;
        auto *db = ctx.database();
        if (!db)
            return std::nullopt;
        auto room = store::RoomRepository(*db).resolve(roomArg);
        if (!room) {
            ctx.fail(room.error());
            return std::nullopt;
        }
        auto displays = classroom::inventoryDisplays(*db, room->id);
        if (!displays) {
            ctx.fail(displays.error());
            return std::nullopt;
        }
        if (displays->isEmpty()) {
            ctx.fail(tr("Room '%1' has no displays to control. Add one with: tafelctl devices add --room '%1' --kind display "
                        "--name NAME --host HOST --protocol pjlink")
                         .arg(room->name));
            return std::nullopt;
        }
        for (RoomDisplay &d : *displays)
            d.target.timeoutMs = timeoutMs;
        return Prepared{*room, *displays};
    }

    // Runs one room action on every display and waits for all of them (a safety deadline behind the drivers'
    // own timeouts cancels what still runs).
    static QList<DeviceOutcome> runRoom(const QList<RoomDisplay> &displays, RoomAction action, const RoomControl::Options &options, int deadlineMs)
    {
        RoomControl control;
        control.setDisplays(displays);
        QEventLoop loop;
        bool finished = false;
        QList<DeviceOutcome> outcomes;
        control.run(action, options, nullptr, [&](const QList<DeviceOutcome> &all) {
            outcomes = all;
            finished = true;
            loop.quit();
        });
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            for (const RoomDisplay &d : displays) {
                if (auto *drv = control.driver(d.deviceId))
                    drv->cancelAll();
            }
        });
        if (!finished) {
            deadline.start(deadlineMs);
            loop.exec();
        }
        return outcomes;
    }

    static QString label(const DeviceOutcome &o)
    {
        return QStringLiteral("%1 (%2)").arg(o.name, o.target);
    }

    static Protocol protocolOf(const QList<RoomDisplay> &displays, const QString &deviceId)
    {
        for (const RoomDisplay &d : displays) {
            if (d.deviceId == deviceId)
                return d.target.protocol;
        }
        return Protocol::PjLink;
    }

    // Prints the per-display results, writes the audit entry ("room.power", ...) and returns the exit code.
    static int reportChange(Context &ctx, const Prepared &p, const QString &auditAction, const QString &action, QJsonObject details,
                            const QList<DeviceOutcome> &outcomes)
    {
        int failed = 0;
        QJsonArray array;
        QJsonArray audited;
        for (const DeviceOutcome &o : outcomes) {
            const CommandResult r{o.outcome, o.status};
            QJsonObject j = DisplayCli::actionJson(o.target, protocolOf(p.displays, o.deviceId), action, r, o.elapsedMs);
            j.insert(QStringLiteral("device_id"), o.deviceId);
            j.insert(QStringLiteral("device"), o.name);
            array.append(j);
            QJsonObject a{{QStringLiteral("device_id"), o.deviceId}, {QStringLiteral("name"), o.name}, {QStringLiteral("ok"), o.outcome.ok()}};
            if (!o.outcome.ok()) {
                ++failed;
                a.insert(QStringLiteral("error"), o.outcome.errorString());
            }
            audited.append(a);
            if (!ctx.json())
                ctx.out() << DisplayCli::actionLine(label(o), action, r) << '\n';
        }
        if (ctx.json())
            ctx.printJson(array);
        else
            ctx.out().flush();

        details.insert(QStringLiteral("action"), action);
        details.insert(QStringLiteral("room"), p.room.name);
        details.insert(QStringLiteral("displays"), audited);
        auto *db = ctx.database();
        const Status st = db ? db->transaction([&]() -> Status { return ctx.audit(auditAction, p.room.id, {}, details); })
                             : Status(Error::make(ErrorCode::Failed, tr("No database is open.")));
        if (!st)
            ctx.err() << "tafelctl: " << tr("The displays were switched, but the audit log could not be written: %1").arg(st.errorString())
                      << Qt::endl;
        if (failed)
            return ctx.fail(tr("%1 of %2 displays in room '%3' failed.").arg(failed).arg(outcomes.size()).arg(p.room.name));
        return ExitOk;
    }

    static void declarePower(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("on|off"), tr("Switch on or off (standby)."));
        addRoom(p);
        p.addOption(QCommandLineOption(QStringLiteral("wait"), tr("Wait until every display reports the new state.")));
        p.addOption(QCommandLineOption(QStringLiteral("wait-timeout"), tr("Give up waiting after S seconds (default 120)."), QStringLiteral("S")));
    }

    static int power(const QCommandLineParser &args, Context &ctx)
    {
        const QStringList pos = args.positionalArguments();
        const auto on = onOff(pos.at(0));
        if (!on)
            return ctx.usageError(tr("Say 'on' or 'off', not '%1'.").arg(pos.at(0)));
        RoomControl::Options options;
        options.wait = args.isSet(QStringLiteral("wait"));
        if (args.isSet(QStringLiteral("wait-timeout"))) {
            if (!options.wait)
                return ctx.usageError(tr("--wait-timeout only applies with --wait."));
            auto ms = DisplayCli::parseSeconds(QStringLiteral("wait-timeout"), args.value(QStringLiteral("wait-timeout")), 3600);
            if (!ms)
                return ctx.usageError(ms.errorString());
            options.maxWaitMs = *ms;
        }
        int code = ExitFailed;
        const auto p = prepare(args, ctx, pos.at(1), code);
        if (!p)
            return code;
        const auto outcomes = runRoom(p->displays, *on ? RoomAction::PowerOn : RoomAction::PowerOff, options,
                                      (options.wait ? options.maxWaitMs : 0) + 150'000);
        return reportChange(ctx, *p, QStringLiteral("room.power"), *on ? QStringLiteral("power on") : QStringLiteral("power off"),
                            QJsonObject{{QStringLiteral("wait"), options.wait}}, outcomes);
    }

    static void declareInput(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("CODE"), tr("Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1."));
        addRoom(p);
    }

    static int input(const QCommandLineParser &args, Context &ctx)
    {
        const QStringList pos = args.positionalArguments();
        const QString code = pos.at(0).trimmed();
        if (code.isEmpty())
            return ctx.usageError(tr("The input code must not be empty."));
        int exit = ExitFailed;
        const auto p = prepare(args, ctx, pos.at(1), exit);
        if (!p)
            return exit;
        RoomControl::Options options;
        options.argument = code;
        const auto outcomes = runRoom(p->displays, RoomAction::Input, options, 150'000);
        return reportChange(ctx, *p, QStringLiteral("room.input"), QStringLiteral("input"), QJsonObject{{QStringLiteral("input"), code}}, outcomes);
    }

    static void declareMute(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("video|audio"), tr("What to mute: the picture or the sound."));
        p.addPositionalArgument(QStringLiteral("on|off"), tr("Mute (on) or unmute (off)."));
        addRoom(p);
    }

    static int mute(const QCommandLineParser &args, Context &ctx)
    {
        const QStringList pos = args.positionalArguments();
        const QString what = pos.at(0).trimmed().toLower();
        if (what != QLatin1String("video") && what != QLatin1String("audio"))
            return ctx.usageError(tr("Say 'video' or 'audio', not '%1'.").arg(pos.at(0)));
        const auto on = onOff(pos.at(1));
        if (!on)
            return ctx.usageError(tr("Say 'on' or 'off', not '%1'.").arg(pos.at(1)));
        int code = ExitFailed;
        const auto p = prepare(args, ctx, pos.at(2), code);
        if (!p)
            return code;
        const RoomAction action = what == QLatin1String("video") ? (*on ? RoomAction::MuteVideo : RoomAction::UnmuteVideo)
                                                                 : (*on ? RoomAction::MuteAudio : RoomAction::UnmuteAudio);
        const auto outcomes = runRoom(p->displays, action, {}, 150'000);
        return reportChange(ctx, *p, QStringLiteral("room.mute"), QStringLiteral("mute %1 %2").arg(what, *on ? QStringLiteral("on") : QStringLiteral("off")),
                            QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("on"), *on}}, outcomes);
    }

    static void declareFreeze(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("on|off"), tr("Freeze (on) or unfreeze (off) the picture."));
        addRoom(p);
    }

    static int freeze(const QCommandLineParser &args, Context &ctx)
    {
        const QStringList pos = args.positionalArguments();
        const auto on = onOff(pos.at(0));
        if (!on)
            return ctx.usageError(tr("Say 'on' or 'off', not '%1'.").arg(pos.at(0)));
        int code = ExitFailed;
        const auto p = prepare(args, ctx, pos.at(1), code);
        if (!p)
            return code;
        const auto outcomes = runRoom(p->displays, *on ? RoomAction::Freeze : RoomAction::Unfreeze, {}, 150'000);
        return reportChange(ctx, *p, QStringLiteral("room.freeze"), *on ? QStringLiteral("freeze on") : QStringLiteral("freeze off"),
                            QJsonObject{{QStringLiteral("on"), *on}}, outcomes);
    }

    static void declareStatus(QCommandLineParser &p)
    {
        addRoom(p);
    }

    static int status(const QCommandLineParser &args, Context &ctx)
    {
        int code = ExitFailed;
        const auto p = prepare(args, ctx, args.positionalArguments().constFirst(), code);
        if (!p)
            return code;
        const auto outcomes = runRoom(p->displays, RoomAction::Refresh, {}, 150'000);
        int failed = 0;
        QJsonArray array;
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            const DeviceOutcome &o = outcomes.at(i);
            const Protocol protocol = protocolOf(p->displays, o.deviceId);
            failed += o.outcome.ok() ? 0 : 1;
            if (ctx.json()) {
                QJsonObject j = DisplayCli::statusJson(o.target, protocol, o.status, o.outcome);
                j.insert(QStringLiteral("device_id"), o.deviceId);
                j.insert(QStringLiteral("device"), o.name);
                array.append(j);
            } else {
                if (i > 0)
                    ctx.out() << '\n';
                DisplayCli::printStatusBlock(ctx.out(), label(o), protocol, o.status, o.outcome);
            }
        }
        if (ctx.json())
            ctx.printJson(array);
        if (failed)
            return ctx.fail(tr("%1 of %2 displays in room '%3' failed.").arg(failed).arg(outcomes.size()).arg(p->room.name));
        return ExitOk;
    }
};

const GroupRegistrar registrar(&RoomCommand::group);

} // namespace
} // namespace tafel::cli
