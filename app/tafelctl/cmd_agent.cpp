// tafelctl agent enroll | status | message | blank | unblank | media | wake | power: the agents' LAN protocol from
// the command line. Several agents are served in parallel on one event loop; --json prints one object per agent;
// exit code 0 when every agent did it, 1 when one failed (each failure named on stderr), 2 for a bad command line.
//
// Pins: the SHA-256 fingerprint of each agent's certificate is stored by `agent enroll` in the text file
// "agent-pins" next to the database (one "HOST:PORT FINGERPRINT" per line), and every later connection must
// present exactly that certificate. The client key comes from --key FILE or $TAFEL_KEY (see `keys create`).
#include "command.h"
#include "distributecli.h"

#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "core/hostport.h"
#include "crypto/certificate.h"
#include "schooladmin/schooladmin.h"
#include "wol/wakeonlan.h"

#include <QCborArray>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QMap>
#include <QSaveFile>
#include <QTimer>

#include <memory>

namespace tafel::cli {
namespace {

// Pins live in agentlink::PinFile ("agent-pins" next to the database), shared with tafel's teacher view.
agentlink::PinFile pinFileFor(const Context &ctx)
{
    return agentlink::PinFile::nextToDatabase(ctx.dbPath());
}

QString snakeCase(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (c.isUpper()) {
            out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QJsonValue toSnakeJson(const QCborValue &v)
{
    if (v.isMap()) {
        QJsonObject o;
        const QCborMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(snakeCase(it.key().toString()), toSnakeJson(it.value()));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        const QCborArray arr = v.toArray();
        for (const QCborValue &e : arr)
            a.append(toSnakeJson(e));
        return a;
    }
    return v.toJsonValue();
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatUptime(qint64 secs)
{
    if (secs < 0)
        return {};
    if (secs >= 86400)
        return QStringLiteral("%1d %2h").arg(secs / 86400).arg((secs % 86400) / 3600);
    if (secs >= 3600)
        return QStringLiteral("%1h %2m").arg(secs / 3600).arg((secs % 3600) / 60);
    return QStringLiteral("%1m %2s").arg(secs / 60).arg(secs % 60);
}

class AgentCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::AgentCommand)
public:
    static Group group()
    {
        return {QStringLiteral("agent"),
                [] { return tr("Talk to tafel-agent on classroom PCs"); },
                {
                    Verb{QStringLiteral("enroll"), [] { return tr("Connect to an agent, show its certificate fingerprint and pin it"); },
                         &AgentCommand::declareEnroll, &AgentCommand::enroll, 1, 1},
                    Verb{QStringLiteral("unpin"), [] { return tr("Forget an agent's pinned certificate (enroll it again to reach it)"); },
                         &AgentCommand::declareUnpin, &AgentCommand::unpin, 1, 1},
                    Verb{QStringLiteral("status"), [] { return tr("Show host, version, uptime, OS and disk of agents"); }, &AgentCommand::declareStatus,
                         &AgentCommand::status, 1, 1000},
                    Verb{QStringLiteral("message"), [] { return tr("Show a message on the agents' displays"); }, &AgentCommand::declareMessage,
                         &AgentCommand::message, 1, 1000},
                    Verb{QStringLiteral("blank"), [] { return tr("Blank the agents' displays (black screen)"); }, &AgentCommand::declareHosts,
                         [](const QCommandLineParser &a, Context &c) { return simple(a, c, QStringLiteral("screen.blank"), a.positionalArguments()); }, 1, 1000},
                    Verb{QStringLiteral("unblank"), [] { return tr("Show the agents' displays again after blank"); }, &AgentCommand::declareHosts,
                         [](const QCommandLineParser &a, Context &c) { return simple(a, c, QStringLiteral("screen.unblank"), a.positionalArguments()); }, 1, 1000},
                    Verb{QStringLiteral("media"), [] { return tr("Play, pause, resume or stop a video on the agents' displays"); }, &AgentCommand::declareMedia,
                         &AgentCommand::media, 2, 1000},
                    Verb{QStringLiteral("wake"), [] { return tr("Wake a PC with Wake-on-LAN, sent by an agent in its subnet"); }, &AgentCommand::declareWake,
                         &AgentCommand::wake, 1, 1},
                    Verb{QStringLiteral("power"), [] { return tr("Shut down or reboot agents' PCs (admin key)"); }, &AgentCommand::declarePower,
                         &AgentCommand::power, 2, 1000},
                    agentPackagesVerb(), // cmd_distribute.cpp
                }};
    }

    static void declareHosts(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("HOST[:PORT]..."), tr("One or more enrolled agents."));
        p.addOption(ClientKey::option());
    }

    static void declareMessage(QCommandLineParser &p)
    {
        declareHosts(p);
        p.addOption(QCommandLineOption(QStringLiteral("text"), tr("The message."), QStringLiteral("TEXT")));
        p.addOption(QCommandLineOption(QStringLiteral("seconds"), tr("Hide it after N seconds (default 30; 0 = until hidden)."), QStringLiteral("N"), QStringLiteral("30")));
        p.addOption(QCommandLineOption(QStringLiteral("banner"), tr("A strip across the top instead of the whole screen.")));
        p.addOption(QCommandLineOption(QStringLiteral("hide"), tr("Hide the message that is shown instead.")));
    }

    static void declareMedia(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("play|pause|resume|stop"), tr("What to do."));
        declareHosts(p);
        p.addOption(QCommandLineOption(QStringLiteral("file"), tr("play: the file's NAME in the agent's media folder (no path)."), QStringLiteral("NAME")));
    }

    static void declareWake(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("MAC"), tr("The network card to wake, e.g. aa:bb:cc:dd:ee:ff."));
        p.addOption(ClientKey::option());
        p.addOption(QCommandLineOption(QStringLiteral("via"), tr("The enrolled agent in the PC's subnet that sends the packet."), QStringLiteral("HOST[:PORT]")));
        p.addOption(QCommandLineOption(QStringLiteral("broadcast"), tr("Send to this address instead of the agent's configured one."), QStringLiteral("ADDR")));
        p.addOption(QCommandLineOption(QStringLiteral("port"), tr("UDP port instead of the agent's configured one."), QStringLiteral("PORT")));
    }

    static void declarePower(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("off|reboot"), tr("What to do."));
        declareHosts(p);
    }

    static int message(const QCommandLineParser &args, Context &ctx)
    {
        if (args.isSet(QStringLiteral("hide")))
            return simple(args, ctx, QStringLiteral("message.hide"), args.positionalArguments());
        const QString text = args.value(QStringLiteral("text"));
        if (text.trimmed().isEmpty())
            return ctx.usageError(tr("--text is needed: the message to show."));
        bool ok = false;
        const int seconds = args.value(QStringLiteral("seconds")).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return ctx.usageError(tr("--seconds must be a number from 0 to 86400."));
        QCborMap a{{QStringLiteral("text"), text},
                   {QStringLiteral("mode"), args.isSet(QStringLiteral("banner")) ? QStringLiteral("banner") : QStringLiteral("fullscreen")},
                   {QStringLiteral("seconds"), seconds}};
        if (const QString user = qEnvironmentVariable("USER"); !user.isEmpty())
            a.insert(QStringLiteral("sender"), user);
        return simple(args, ctx, QStringLiteral("message.show"), args.positionalArguments(), a);
    }

    static int media(const QCommandLineParser &args, Context &ctx)
    {
        QStringList hosts = args.positionalArguments();
        const QString action = hosts.takeFirst();
        static const QStringList actions{QStringLiteral("play"), QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("stop")};
        if (!actions.contains(action))
            return ctx.usageError(tr("'%1' is not play, pause, resume or stop.").arg(action));
        QCborMap a;
        if (action == QLatin1String("play")) {
            const QString file = args.value(QStringLiteral("file"));
            if (file.isEmpty())
                return ctx.usageError(tr("media play needs --file NAME (a file in the agent's media folder)."));
            a.insert(QStringLiteral("file"), file);
        } else if (args.isSet(QStringLiteral("file"))) {
            return ctx.usageError(tr("--file belongs to media play only."));
        }
        return simple(args, ctx, QStringLiteral("media.") + action, hosts, a);
    }

    static int wake(const QCommandLineParser &args, Context &ctx)
    {
        const QString mac = args.positionalArguments().constFirst();
        if (auto parsed = wol::parseMac(mac); !parsed)
            return ctx.usageError(tr("'%1' is not a MAC address: %2").arg(mac, parsed.errorString()));
        const QString via = args.value(QStringLiteral("via"));
        if (via.isEmpty())
            return ctx.usageError(tr("--via HOST is needed: an enrolled agent in the PC's subnet sends the packet."));
        QCborMap a{{QStringLiteral("mac"), mac}};
        if (args.isSet(QStringLiteral("broadcast"))) {
            const QHostAddress addr(args.value(QStringLiteral("broadcast")));
            if (addr.protocol() != QAbstractSocket::IPv4Protocol)
                return ctx.usageError(tr("--broadcast must be an IPv4 address such as 192.168.20.255."));
            a.insert(QStringLiteral("broadcast"), addr.toString());
        }
        if (args.isSet(QStringLiteral("port"))) {
            bool ok = false;
            const int port = args.value(QStringLiteral("port")).toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return ctx.usageError(tr("--port must be between 1 and 65535."));
            a.insert(QStringLiteral("port"), port);
        }
        return simple(args, ctx, QStringLiteral("wake"), {via}, a);
    }

    static int power(const QCommandLineParser &args, Context &ctx)
    {
        QStringList hosts = args.positionalArguments();
        const QString action = hosts.takeFirst();
        if (action != QLatin1String("off") && action != QLatin1String("reboot"))
            return ctx.usageError(tr("'%1' is not off or reboot.").arg(action));
        return simple(args, ctx, QStringLiteral("power.") + action, hosts);
    }

    // Calls `command` on every host at once: one event loop, one client per agent, each checked against its pinned
    // fingerprint. Returns -1 when the calls ran (one result per target, in order); otherwise the exit code of a
    // usage or setup error that has been printed already.
    static int callAll(const QCommandLineParser &args, Context &ctx, const QStringList &hosts, const QString &command, const QCborMap &commandArgs,
                       int timeoutMs, QList<HostPort> &targets, QList<std::optional<Result<QCborMap>>> &results)
    {
        const QString kp = ClientKey::path(args);
        if (kp.isEmpty())
            return ctx.usageError(tr("A client key is needed: pass --key FILE or set TAFEL_KEY (create one with 'tafelctl keys create')."));
        for (const QString &a : hosts) {
            auto hp = target(a);
            if (!hp)
                return ctx.usageError(hp.errorString());
            targets.append(*hp);
        }
        auto creds = agentlink::ClientCredentials::fromKeyFile(kp);
        if (!creds)
            return ctx.fail(creds.error());
        const agentlink::PinFile pinFile = pinFileFor(ctx);
        auto pins = pinFile.load();
        if (!pins)
            return ctx.fail(pins.error());

        results = QList<std::optional<Result<QCborMap>>>(targets.size());
        QEventLoop loop;
        int pending = 0;
        std::vector<std::unique_ptr<agentlink::AgentClient>> clients;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const QString key = pinKey(targets.at(i));
            if (!pins->contains(key)) {
                results[i] = Error::make(ErrorCode::AuthFailed, tr("%1 is not enrolled. Run: tafelctl agent enroll %1").arg(key));
                continue;
            }
            auto client = std::make_unique<agentlink::AgentClient>();
            client->setCredentials(*creds);
            client->setPinnedFingerprint(pins->value(key));
            client->setCallTimeout(timeoutMs);
            client->connectToAgent(targets.at(i).host, targets.at(i).port);
            ++pending;
            client->call(command, commandArgs, [&results, &pending, &loop, i](Result<QCborMap> r) {
                results[i] = std::move(r);
                if (--pending == 0)
                    loop.quit();
            });
            clients.push_back(std::move(client));
        }
        if (pending > 0)
            loop.exec();
        return -1;
    }

    // Sends `command` with `commandArgs` to every host at once and prints one line (or JSON object) per agent.
    static int simple(const QCommandLineParser &args, Context &ctx, const QString &command, const QStringList &hosts, const QCborMap &commandArgs = {})
    {
        QList<HostPort> targets;
        QList<std::optional<Result<QCborMap>>> results;
        if (const int code = callAll(args, ctx, hosts, command, commandArgs, command.startsWith(QLatin1String("power.")) ? 70'000 : 15'000, targets, results);
            code >= 0)
            return code;

        int failures = 0;
        QJsonArray array;
        QList<QStringList> rows;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const QString host = pinKey(targets.at(i));
            const Result<QCborMap> &r = *results.at(i);
            if (!r) {
                ++failures;
                ctx.err() << "tafelctl: " << host << ": " << r.errorString() << Qt::endl;
                array.append(QJsonObject{{QStringLiteral("agent"), host}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), r.errorString()}});
                rows.append({host, tr("failed"), r.errorString()});
                continue;
            }
            QJsonObject o = toSnakeJson(QCborValue(*r)).toObject();
            o.insert(QStringLiteral("agent"), host);
            o.insert(QStringLiteral("ok"), true);
            array.append(o);
            rows.append({host, tr("ok"), describe(*r)});
        }
        if (ctx.json())
            ctx.printJson(array);
        else
            ctx.printTable({tr("AGENT"), tr("RESULT"), tr("DETAIL")}, rows);
        return failures ? ExitFailed : ExitOk;
    }

    // One line about the screen after a command: "message shown (banner)", "blanked", "video playing 0:12 / 2:30".
    static QString describe(const QCborMap &result)
    {
        if (result.contains(QStringLiteral("sentTo")))
            return tr("magic packet for %1 sent to %2").arg(result.value(QStringLiteral("mac")).toString(), result.value(QStringLiteral("sentTo")).toString());
        if (!result.contains(QStringLiteral("screen")))
            return {};
        const QCborMap s = result.value(QStringLiteral("screen")).toMap();
        QStringList parts;
        if (s.value(QStringLiteral("blanked")).toBool())
            parts << tr("blanked");
        if (s.value(QStringLiteral("messageShown")).toBool())
            parts << tr("message shown (%1)").arg(s.value(QStringLiteral("messageMode")).toString());
        const QString media = s.value(QStringLiteral("media")).toString();
        if (!media.isEmpty() && media != QLatin1String("none")) {
            const auto clock = [](qint64 ms) { return QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0')); };
            parts << tr("media %1 %2 (%3 / %4)")
                         .arg(media, s.value(QStringLiteral("mediaFile")).toString(), clock(s.value(QStringLiteral("positionMs")).toInteger()),
                              clock(s.value(QStringLiteral("durationMs")).toInteger()));
        }
        return parts.isEmpty() ? tr("screen shows the desktop") : parts.join(QStringLiteral(", "));
    }

    static void declareEnroll(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("HOST[:PORT]"), tr("The agent (default port %1).").arg(agentlink::kDefaultAgentPort));
        p.addOption(ClientKey::option());
        p.addOption(QCommandLineOption(QStringLiteral("fingerprint"),
                                       tr("Expected fingerprint (from the agent's log or the installer); enrollment fails if it differs."),
                                       QStringLiteral("SHA256")));
    }

    static void declareStatus(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("HOST[:PORT]..."), tr("One or more enrolled agents."));
        p.addOption(ClientKey::option());
    }

    static Result<HostPort> target(const QString &text)
    {
        auto hp = parseHostPort(text, agentlink::kDefaultAgentPort);
        if (!hp)
            return Error::make(ErrorCode::InvalidInput, tr("'%1' is not HOST or HOST:PORT: %2").arg(text, hp.errorString()));
        return hp;
    }

    static QString pinKey(const HostPort &hp) { return agentlink::PinFile::key(hp.host, hp.port); }

    static int enroll(const QCommandLineParser &args, Context &ctx)
    {
        auto hp = target(args.positionalArguments().constFirst());
        if (!hp)
            return ctx.usageError(hp.errorString());
        const QString expected = args.value(QStringLiteral("fingerprint"));
        if (args.isSet(QStringLiteral("fingerprint")) && crypto::normalizeFingerprint(expected).size() != 64)
            return ctx.usageError(tr("--fingerprint must be 64 hex digits (colons allowed)."));
        std::optional<agentlink::ClientCredentials> creds;
        if (const QString kp = ClientKey::path(args); !kp.isEmpty()) {
            auto c = agentlink::ClientCredentials::fromKeyFile(kp);
            if (!c)
                return ctx.fail(c.error());
            creds = *c;
        }

        agentlink::AgentClient client;
        client.setAcceptAnyCertificate(true); // enrollment: the fingerprint is what we are here to learn
        client.setCallTimeout(15000);
        if (creds)
            client.setCredentials(*creds);
        QEventLoop loop;
        QString fingerprint;
        std::optional<Error> connectError;
        std::optional<Result<QCborMap>> keyCheck;
        QObject::connect(&client, &agentlink::AgentClient::connected, &loop, [&] {
            fingerprint = client.peerFingerprint();
            if (!creds)
                loop.quit();
        });
        QObject::connect(&client, &agentlink::AgentClient::failed, &loop, [&](const Error &e) {
            if (fingerprint.isEmpty())
                connectError = e;
            loop.quit();
        });
        client.connectToAgent(hp->host, hp->port);
        if (creds)
            client.call(QStringLiteral("heartbeat"), {}, [&](Result<QCborMap> r) {
                keyCheck = std::move(r);
                loop.quit();
            });
        loop.exec();
        client.disconnectFromAgent();
        if (fingerprint.isEmpty())
            return ctx.fail(connectError ? connectError->message : tr("Could not connect to %1.").arg(pinKey(*hp)));
        if (!expected.isEmpty() && !crypto::fingerprintsMatch(expected, fingerprint))
            return ctx.fail(tr("%1 presented fingerprint %2, not the expected %3. Nothing was pinned. Check that you reached the right PC.")
                                .arg(pinKey(*hp), fingerprint, expected));
        const agentlink::PinFile pins = pinFileFor(ctx);
        if (auto st = pins.store(pinKey(*hp), fingerprint); !st)
            return ctx.fail(st.error());

        const QString keyState = !creds ? QStringLiteral("none") : (keyCheck && *keyCheck) ? QStringLiteral("trusted") : QStringLiteral("refused");
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("agent"), pinKey(*hp)},
                          {QStringLiteral("fingerprint"), fingerprint},
                          {QStringLiteral("pin_file"), pins.path()},
                          {QStringLiteral("verified"), !expected.isEmpty()},
                          {QStringLiteral("key"), keyState}};
            if (keyCheck && !*keyCheck)
                o.insert(QStringLiteral("key_error"), keyCheck->errorString());
            ctx.printJson(o);
            return ExitOk;
        }
        ctx.out() << tr("Agent %1 certificate fingerprint (SHA-256):").arg(pinKey(*hp)) << '\n' << "  " << fingerprint << '\n';
        if (expected.isEmpty())
            ctx.out() << tr("Compare it with the fingerprint in the agent's log ('certificate fingerprint ...'); pass --fingerprint to check it automatically.") << '\n';
        ctx.out() << tr("Pinned in %1.").arg(pins.path()) << '\n';
        if (keyState == QLatin1String("trusted"))
            ctx.out() << tr("The agent accepts your key.") << '\n';
        else if (keyState == QLatin1String("refused"))
            ctx.out() << tr("The agent does not accept your key yet: %1").arg(keyCheck->errorString()) << '\n';
        ctx.out().flush();
        return ExitOk;
    }

    static void declareUnpin(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("HOST[:PORT]"), tr("The enrolled agent (default port %1).").arg(agentlink::kDefaultAgentPort));
    }

    // The same as "Unpin" in the admin view: the pin goes, and the school's audit log records it with the old
    // fingerprint (a PC that was replaced, or a reinstalled agent with a new certificate).
    static int unpin(const QCommandLineParser &args, Context &ctx)
    {
        auto hp = target(args.positionalArguments().constFirst());
        if (!hp)
            return ctx.usageError(hp.errorString());
        const QString key = pinKey(*hp);
        auto pins = pinFileFor(ctx).load();
        if (!pins)
            return ctx.fail(pins.error());
        if (!pins->contains(key))
            return ctx.fail(tr("%1 is not enrolled; there is nothing to unpin.").arg(key));
        store::Database *db = ctx.database();
        if (!db)
            return ExitFailed;
        const QString old = pins->value(key);
        if (Status st = schooladmin::SchoolAdmin(*db, ctx.actor()).unpin(key, old); !st)
            return ctx.fail(st.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("agent"), key}, {QStringLiteral("fingerprint"), old}, {QStringLiteral("unpinned"), true}});
            return ExitOk;
        }
        ctx.out() << tr("%1 is no longer pinned (it was %2). Enroll it again to reach it.").arg(key, old) << Qt::endl;
        return ExitOk;
    }

    static int status(const QCommandLineParser &args, Context &ctx)
    {
        QList<HostPort> targets;
        QList<std::optional<Result<QCborMap>>> results;
        if (const int code = callAll(args, ctx, args.positionalArguments(), QStringLiteral("status"), {}, 15'000, targets, results); code >= 0)
            return code;

        int failures = 0;
        QJsonArray array;
        QList<QStringList> rows;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const QString host = pinKey(targets.at(i));
            const Result<QCborMap> &r = *results.at(i);
            if (!r) {
                ++failures;
                ctx.err() << "tafelctl: " << host << ": " << r.errorString() << Qt::endl;
                array.append(QJsonObject{{QStringLiteral("agent"), host}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), r.errorString()}});
                rows.append({host, {}, {}, {}, {}, {}, {}, tr("error")});
                continue;
            }
            QJsonObject o = toSnakeJson(QCborValue(*r)).toObject();
            o.insert(QStringLiteral("agent"), host);
            o.insert(QStringLiteral("ok"), true);
            array.append(o);
            const QCborMap disk = r->value(QStringLiteral("disk")).toMap();
            rows.append({host, r->value(QStringLiteral("name")).toString(), r->value(QStringLiteral("room")).toString(),
                         r->value(QStringLiteral("version")).toString(), formatUptime(r->value(QStringLiteral("uptimeSecs")).toInteger(-1)),
                         r->value(QStringLiteral("os")).toMap().value(QStringLiteral("name")).toString(),
                         formatBytes(disk.value(QStringLiteral("freeBytes")).toInteger(-1)) + QStringLiteral(" / ")
                             + formatBytes(disk.value(QStringLiteral("totalBytes")).toInteger(-1)),
                         tr("online")});
        }
        if (ctx.json())
            ctx.printJson(array);
        else
            ctx.printTable({tr("AGENT"), tr("NAME"), tr("ROOM"), tr("VERSION"), tr("UPTIME"), tr("OS"), tr("DISK FREE"), tr("STATE")}, rows);
        return failures ? ExitFailed : ExitOk;
    }
};

const GroupRegistrar registrar(&AgentCommand::group);

} // namespace
} // namespace tafel::cli
