// tafelctl display status | power | input | mute | freeze | volume | discover: displays and projectors by
// address (PJLink or Samsung MDC). Several HOSTs run at once on one event loop; each is reported on its own and
// the exit code is 1 if any of them failed.
#include "command.h"
#include "displaycli.h"

#include "displays/pjlinkudp.h"
#include "store/repositories.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>

namespace tafel::cli {
namespace {

using namespace tafel::displays;

constexpr int kDefaultWaitSeconds = 120;
constexpr int kSafetyMarginMs = 30'000; // behind the drivers' own timeouts; only a hang reaches it

class DisplayCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::DisplayCommand)
public:
    static Group group()
    {
        return {QStringLiteral("display"),
                [] { return tr("Query and switch displays and projectors by address (PJLink, Samsung MDC)"); },
                {
                    Verb{QStringLiteral("status"), [] { return tr("Show power, input, mute, errors, lamps and model of displays"); },
                         &DisplayCommand::declareStatus, &DisplayCommand::status, 1, 1000},
                    Verb{QStringLiteral("power"), [] { return tr("Switch displays on or off"); }, &DisplayCommand::declarePower,
                         &DisplayCommand::power, 2, 1001},
                    Verb{QStringLiteral("input"), [] { return tr("Switch displays to an input"); }, &DisplayCommand::declareInput,
                         &DisplayCommand::input, 2, 1001},
                    Verb{QStringLiteral("mute"), [] { return tr("Mute or unmute picture and/or sound"); }, &DisplayCommand::declareMute,
                         &DisplayCommand::mute, 3, 1002},
                    Verb{QStringLiteral("freeze"), [] { return tr("Freeze or unfreeze the picture (PJLink class 2)"); },
                         &DisplayCommand::declareFreeze, &DisplayCommand::freeze, 2, 1001},
                    Verb{QStringLiteral("volume"), [] { return tr("Turn the speaker volume up or down"); }, &DisplayCommand::declareVolume,
                         &DisplayCommand::volume, 2, 1001},
                    Verb{QStringLiteral("discover"), [] { return tr("Search the network for PJLink class 2 displays"); },
                         &DisplayCommand::declareDiscover, &DisplayCommand::discover, 0, 0},
                }};
    }

    // --- options shared by the verbs that talk to HOSTs ---

    static void declareConnection(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("protocol"), tr("Control protocol: pjlink (default, TCP 4352) or mdc (Samsung, TCP 1515)."),
                                       QStringLiteral("P"), QStringLiteral("pjlink")));
        p.addOption(QCommandLineOption(QStringLiteral("password"),
                                       tr("PJLink password or MDC PIN. Visible to other users in the process list: prefer --password-file."),
                                       QStringLiteral("PW")));
        p.addOption(QCommandLineOption(QStringLiteral("password-file"), tr("Read the password or PIN from the first line of file F."),
                                       QStringLiteral("F")));
        p.addOption(QCommandLineOption(QStringLiteral("mdc-id"), tr("MDC display id, 0 to 254 (default 1)."), QStringLiteral("N")));
        p.addOption(QCommandLineOption(QStringLiteral("timeout"), tr("Seconds to wait for each reply (default 5)."), QStringLiteral("S")));
    }

    static void addHosts(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("HOST..."), tr("One or more displays: HOST, HOST:PORT or [IPv6]:PORT."), QStringLiteral("HOST..."));
    }

    struct Targets {
        QList<DisplayTarget> list;
        QStringList labels; // "host:port" per target
        int timeoutMs = 5000;
    };

    // Parses --protocol, --password(-file), --mdc-id, --timeout and the HOST arguments from `first` on.
    // On a usage error the message has been printed and the exit code is returned in `exitCode`.
    static std::optional<Targets> targets(const QCommandLineParser &args, Context &ctx, qsizetype first, int &exitCode)
    {
        auto usage = [&](const QString &message) {
            exitCode = ctx.usageError(message);
            return std::nullopt;
        };
        const QString protocolText = args.value(QStringLiteral("protocol")).trimmed().toLower();
        Protocol protocol = Protocol::PjLink;
        if (protocolText == QLatin1String("mdc"))
            protocol = Protocol::Mdc;
        else if (protocolText != QLatin1String("pjlink"))
            return usage(tr("Unknown protocol '%1'. Use pjlink or mdc.").arg(protocolText));

        if (args.isSet(QStringLiteral("password")) && args.isSet(QStringLiteral("password-file")))
            return usage(tr("Give either --password or --password-file, not both."));
        QString password = args.value(QStringLiteral("password"));
        if (args.isSet(QStringLiteral("password-file"))) {
            auto p = DisplayCli::readPasswordFile(args.value(QStringLiteral("password-file")));
            if (!p)
                return usage(p.errorString());
            password = *p;
        }

        int mdcId = 1;
        if (args.isSet(QStringLiteral("mdc-id"))) {
            if (protocol != Protocol::Mdc)
                return usage(tr("--mdc-id only applies to --protocol mdc."));
            bool ok = false;
            mdcId = args.value(QStringLiteral("mdc-id")).toInt(&ok);
            if (!ok || mdcId < 0 || mdcId > 254)
                return usage(tr("--mdc-id must be a whole number from 0 to 254, not '%1'.").arg(args.value(QStringLiteral("mdc-id"))));
        }

        Targets t;
        if (args.isSet(QStringLiteral("timeout"))) {
            auto ms = DisplayCli::parseSeconds(QStringLiteral("timeout"), args.value(QStringLiteral("timeout")), 300);
            if (!ms)
                return usage(ms.errorString());
            t.timeoutMs = *ms;
        }

        const QStringList hosts = args.positionalArguments().mid(first);
        if (hosts.isEmpty())
            return usage(tr("'%1' needs at least one HOST.").arg(ctx.commandPath()));
        for (const QString &h : hosts) {
            auto hp = DisplayCli::parseTarget(h, protocol);
            if (!hp)
                return usage(hp.errorString());
            DisplayTarget target;
            target.host = hp->host;
            target.port = hp->port;
            target.protocol = protocol;
            target.password = password;
            target.mdcId = mdcId;
            target.timeoutMs = t.timeoutMs;
            t.list.append(target);
            t.labels.append(DisplayCli::targetText(target));
        }
        return t;
    }

    static bool onOff(const QString &text, bool *on)
    {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("on"))
            *on = true;
        else if (t == QLatin1String("off"))
            *on = false;
        else
            return false;
        return true;
    }

    // On stderr: the error of a single display (naming it), or "N of M displays failed."; returns the exit code.
    static int summarize(Context &ctx, const Targets &t, const QList<DisplayCli::Run> &runs)
    {
        int failed = 0;
        for (const auto &r : runs)
            failed += r.result.outcome.ok() ? 0 : 1;
        if (failed == 0)
            return ExitOk;
        if (runs.size() == 1) {
            const QString message = runs.constFirst().result.outcome.errorString();
            const QString target = t.labels.constFirst();
            return ctx.fail(message.contains(target) ? message : tr("%1: %2").arg(target, message));
        }
        return ctx.fail(tr("%1 of %2 displays failed.").arg(failed).arg(runs.size()));
    }

    // --- status ---

    static void declareStatus(QCommandLineParser &p)
    {
        addHosts(p);
        declareConnection(p);
    }

    static int status(const QCommandLineParser &args, Context &ctx)
    {
        int code = ExitUsage;
        const auto t = targets(args, ctx, 0, code);
        if (!t)
            return code;
        // Status first (power, input, mute, errors, lamps); the model information only from a display that answered.
        const auto start = [](DisplayDriver &driver, Callback done) {
            const QPointer<DisplayDriver> d(&driver);
            driver.refreshStatus([d, done](const CommandResult &status) {
                if (!status.outcome || !d) {
                    done(status);
                    return;
                }
                d->refreshInfo(done);
            });
        };
        const QList<DisplayCli::Run> runs = DisplayCli::runParallel(t->list, start, 20 * t->timeoutMs + kSafetyMarginMs);
        if (ctx.json()) {
            QJsonArray array;
            for (qsizetype i = 0; i < runs.size(); ++i)
                array.append(DisplayCli::statusJson(t->labels.at(i), t->list.at(i).protocol, runs.at(i).result.status, runs.at(i).result.outcome));
            ctx.printJson(array);
        } else {
            for (qsizetype i = 0; i < runs.size(); ++i) {
                if (i > 0)
                    ctx.out() << '\n';
                DisplayCli::printStatusBlock(ctx.out(), t->labels.at(i), t->list.at(i).protocol, runs.at(i).result.status,
                                             runs.at(i).result.outcome);
            }
        }
        return summarize(ctx, *t, runs);
    }

    // --- changes: power, input, mute, freeze, volume ---

    static int report(Context &ctx, const QString &action, const QJsonObject &details, const Targets &t, const QList<DisplayCli::Run> &runs)
    {
        if (ctx.json()) {
            QJsonArray array;
            for (qsizetype i = 0; i < runs.size(); ++i)
                array.append(DisplayCli::actionJson(t.labels.at(i), t.list.at(i).protocol, action, runs.at(i).result, runs.at(i).elapsedMs));
            ctx.printJson(array);
        } else {
            for (qsizetype i = 0; i < runs.size(); ++i)
                ctx.out() << DisplayCli::actionLine(t.labels.at(i), action, runs.at(i).result) << '\n';
            ctx.out().flush();
        }
        audit(ctx, action, details, t, runs);
        return summarize(ctx, t, runs);
    }

    // A change to a display reached by address is logged in the school's database when there is one; the
    // command never creates a database just for that. A log that cannot be written is reported, but the
    // display has switched and the exit code says so.
    static void audit(Context &ctx, const QString &action, const QJsonObject &details, const Targets &t, const QList<DisplayCli::Run> &runs)
    {
        if (!QFileInfo::exists(ctx.dbPath()))
            return;
        store::OpenOptions options;
        options.createIfMissing = false;
        auto *db = ctx.database(options);
        if (!db)
            return;
        const Status st = db->transaction([&]() -> Status {
            for (qsizetype i = 0; i < runs.size(); ++i) {
                QJsonObject after = details;
                after.insert(QStringLiteral("action"), action);
                after.insert(QStringLiteral("ok"), runs.at(i).result.outcome.ok());
                if (!runs.at(i).result.outcome.ok())
                    after.insert(QStringLiteral("error"), runs.at(i).result.outcome.errorString());
                after.insert(QStringLiteral("power"), powerStateKey(runs.at(i).result.status.power));
                if (auto s = ctx.audit(QStringLiteral("display.") + action.section(QLatin1Char(' '), 0, 0), t.labels.at(i), {}, after); !s)
                    return s;
            }
            return {};
        });
        if (!st)
            ctx.err() << "tafelctl: " << tr("The change was made, but the audit log could not be written: %1").arg(st.errorString()) << Qt::endl;
    }

    static void declarePower(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("on|off"), tr("Switch on or off (standby)."));
        addHosts(p);
        declareConnection(p);
        p.addOption(QCommandLineOption(QStringLiteral("wait"), tr("Wait until the displays report the new state (projectors warm up and cool down).")));
        p.addOption(QCommandLineOption(QStringLiteral("wait-timeout"), tr("Give up waiting after S seconds (default %1).").arg(kDefaultWaitSeconds),
                                       QStringLiteral("S")));
    }

    static int power(const QCommandLineParser &args, Context &ctx)
    {
        bool on = false;
        if (!onOff(args.positionalArguments().constFirst(), &on))
            return ctx.usageError(tr("Say 'on' or 'off', not '%1'.").arg(args.positionalArguments().constFirst()));
        const bool wait = args.isSet(QStringLiteral("wait"));
        int waitMs = kDefaultWaitSeconds * 1000;
        if (args.isSet(QStringLiteral("wait-timeout"))) {
            if (!wait)
                return ctx.usageError(tr("--wait-timeout only applies with --wait."));
            auto ms = DisplayCli::parseSeconds(QStringLiteral("wait-timeout"), args.value(QStringLiteral("wait-timeout")), 3600);
            if (!ms)
                return ctx.usageError(ms.errorString());
            waitMs = *ms;
        }
        int code = ExitUsage;
        const auto t = targets(args, ctx, 1, code);
        if (!t)
            return code;
        const auto start = [on, wait, waitMs](DisplayDriver &d, Callback done) {
            if (wait)
                d.setPowerAndWait(on, waitMs, std::move(done));
            else
                d.setPower(on, std::move(done));
        };
        const int deadline = (wait ? waitMs : 0) + 6 * t->timeoutMs + 120'000; // ERR3 while warming is waited out
        const auto runs = DisplayCli::runParallel(t->list, start, deadline);
        return report(ctx, on ? QStringLiteral("power on") : QStringLiteral("power off"), QJsonObject{{QStringLiteral("wait"), wait}}, *t, runs);
    }

    static void declareInput(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("CODE"), tr("Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1."));
        addHosts(p);
        declareConnection(p);
    }

    static int input(const QCommandLineParser &args, Context &ctx)
    {
        const QString code = args.positionalArguments().constFirst().trimmed();
        if (code.isEmpty())
            return ctx.usageError(tr("The input code must not be empty."));
        int codeExit = ExitUsage;
        const auto t = targets(args, ctx, 1, codeExit);
        if (!t)
            return codeExit;
        const auto runs = DisplayCli::runParallel(t->list, [code](DisplayDriver &d, Callback done) { d.setInput(code, std::move(done)); },
                                                  6 * t->timeoutMs + 120'000);
        return report(ctx, QStringLiteral("input"), QJsonObject{{QStringLiteral("input"), code}}, *t, runs);
    }

    static void declareMute(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("video|audio|all"), tr("What to mute: the picture, the sound or both."));
        p.addPositionalArgument(QStringLiteral("on|off"), tr("Mute (on) or unmute (off)."));
        addHosts(p);
        declareConnection(p);
    }

    static int mute(const QCommandLineParser &args, Context &ctx)
    {
        const QStringList pos = args.positionalArguments();
        const QString whatText = pos.at(0).trimmed().toLower();
        MuteTarget what = MuteTarget::All;
        if (whatText == QLatin1String("video"))
            what = MuteTarget::Video;
        else if (whatText == QLatin1String("audio"))
            what = MuteTarget::Audio;
        else if (whatText != QLatin1String("all"))
            return ctx.usageError(tr("Say 'video', 'audio' or 'all', not '%1'.").arg(pos.at(0)));
        bool on = false;
        if (!onOff(pos.at(1), &on))
            return ctx.usageError(tr("Say 'on' or 'off', not '%1'.").arg(pos.at(1)));
        int code = ExitUsage;
        const auto t = targets(args, ctx, 2, code);
        if (!t)
            return code;
        const auto runs = DisplayCli::runParallel(t->list, [what, on](DisplayDriver &d, Callback done) { d.setMute(what, on, std::move(done)); },
                                                  6 * t->timeoutMs + 120'000);
        return report(ctx, QStringLiteral("mute %1 %2").arg(whatText, on ? QStringLiteral("on") : QStringLiteral("off")),
                      QJsonObject{{QStringLiteral("what"), whatText}, {QStringLiteral("on"), on}}, *t, runs);
    }

    static void declareFreeze(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("on|off"), tr("Freeze (on) or unfreeze (off) the picture."));
        addHosts(p);
        declareConnection(p);
    }

    static int freeze(const QCommandLineParser &args, Context &ctx)
    {
        bool on = false;
        if (!onOff(args.positionalArguments().constFirst(), &on))
            return ctx.usageError(tr("Say 'on' or 'off', not '%1'.").arg(args.positionalArguments().constFirst()));
        int code = ExitUsage;
        const auto t = targets(args, ctx, 1, code);
        if (!t)
            return code;
        const auto runs = DisplayCli::runParallel(t->list, [on](DisplayDriver &d, Callback done) { d.setFreeze(on, std::move(done)); },
                                                  6 * t->timeoutMs + 120'000);
        return report(ctx, on ? QStringLiteral("freeze on") : QStringLiteral("freeze off"), QJsonObject{{QStringLiteral("on"), on}}, *t, runs);
    }

    static void declareVolume(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("up|down"), tr("Louder or quieter."));
        addHosts(p);
        declareConnection(p);
        p.addOption(QCommandLineOption(QStringLiteral("steps"), tr("Number of steps, 1 to 20 (default 1)."), QStringLiteral("N")));
    }

    static int volume(const QCommandLineParser &args, Context &ctx)
    {
        const QString dir = args.positionalArguments().constFirst().trimmed().toLower();
        if (dir != QLatin1String("up") && dir != QLatin1String("down"))
            return ctx.usageError(tr("Say 'up' or 'down', not '%1'.").arg(args.positionalArguments().constFirst()));
        int steps = 1;
        if (args.isSet(QStringLiteral("steps"))) {
            bool ok = false;
            steps = args.value(QStringLiteral("steps")).toInt(&ok);
            if (!ok || steps < 1 || steps > 20)
                return ctx.usageError(tr("--steps must be a whole number from 1 to 20, not '%1'.").arg(args.value(QStringLiteral("steps"))));
        }
        int code = ExitUsage;
        const auto t = targets(args, ctx, 1, code);
        if (!t)
            return code;
        const int delta = dir == QLatin1String("up") ? steps : -steps;
        const auto runs = DisplayCli::runParallel(t->list, [delta](DisplayDriver &d, Callback done) { d.adjustVolume(delta, std::move(done)); },
                                                  (steps + 6) * t->timeoutMs + 120'000);
        return report(ctx, QStringLiteral("volume ") + dir, QJsonObject{{QStringLiteral("steps"), delta}}, *t, runs);
    }

    // --- discover ---

    static void declareDiscover(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("timeout"), tr("Seconds to collect answers (default 3)."), QStringLiteral("S")));
        p.addOption(QCommandLineOption(QStringLiteral("address"),
                                       tr("Send the search to this IP address instead of the broadcast address 255.255.255.255."),
                                       QStringLiteral("A")));
        p.addOption(QCommandLineOption(QStringLiteral("port"), tr("UDP port to send the search to (default 4352)."), QStringLiteral("P")));
        p.addOption(QCommandLineOption(QStringLiteral("local-port"),
                                       tr("UDP port to receive answers on (default 4352 for the broadcast, where displays answer; "
                                          "any free port with --address)."),
                                       QStringLiteral("P")));
    }

    static std::optional<quint16> parsePort(const QString &text, bool allowZero)
    {
        bool ok = false;
        const uint port = text.trimmed().toUInt(&ok);
        if (!ok || port > 65535 || (port == 0 && !allowZero))
            return std::nullopt;
        return quint16(port);
    }

    static int discover(const QCommandLineParser &args, Context &ctx)
    {
        int timeoutMs = 3000;
        if (args.isSet(QStringLiteral("timeout"))) {
            auto ms = DisplayCli::parseSeconds(QStringLiteral("timeout"), args.value(QStringLiteral("timeout")), 60);
            if (!ms)
                return ctx.usageError(ms.errorString());
            timeoutMs = *ms;
        }
        QHostAddress destination(QHostAddress::Broadcast);
        const bool explicitAddress = args.isSet(QStringLiteral("address"));
        if (explicitAddress && !destination.setAddress(args.value(QStringLiteral("address")).trimmed()))
            return ctx.usageError(tr("--address must be an IP address, not '%1'.").arg(args.value(QStringLiteral("address"))));
        quint16 port = 4352;
        if (args.isSet(QStringLiteral("port"))) {
            const auto p = parsePort(args.value(QStringLiteral("port")), false);
            if (!p)
                return ctx.usageError(tr("--port must be a port number from 1 to 65535, not '%1'.").arg(args.value(QStringLiteral("port"))));
            port = *p;
        }
        quint16 localPort = explicitAddress ? 0 : 4352;
        if (args.isSet(QStringLiteral("local-port"))) {
            const auto p = parsePort(args.value(QStringLiteral("local-port")), true);
            if (!p)
                return ctx.usageError(tr("--local-port must be a port number from 0 to 65535, not '%1'.").arg(args.value(QStringLiteral("local-port"))));
            localPort = *p;
        }

        PjLinkDiscovery discovery;
        QEventLoop loop;
        QObject::connect(&discovery, &PjLinkDiscovery::finished, &loop, &QEventLoop::quit);
        if (!discovery.start(timeoutMs, destination, port, localPort))
            return ctx.fail(discovery.errorString());
        if (discovery.isRunning())
            loop.exec();
        const QList<DiscoveredDisplay> found = discovery.results();

        if (ctx.json()) {
            QJsonArray array;
            for (const DiscoveredDisplay &d : found)
                array.append(QJsonObject{{QStringLiteral("mac"), d.mac}, {QStringLiteral("address"), d.address.toString()}});
            ctx.printJson(array);
            return ExitOk;
        }
        if (found.isEmpty()) {
            ctx.out() << tr("No PJLink class 2 display answered within %1 s.").arg(timeoutMs / 1000.0) << Qt::endl;
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const DiscoveredDisplay &d : found)
            rows.append({d.mac, d.address.toString()});
        ctx.printTable({tr("MAC"), tr("ADDRESS")}, rows);
        return ExitOk;
    }
};

const GroupRegistrar registrar(&DisplayCommand::group);

} // namespace
} // namespace tafel::cli
