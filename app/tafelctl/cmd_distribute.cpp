// tafelctl distribute PATH --to HOST[:PORT]... | --room ROOM: sends lesson material to agents (modules/distribution
// Distributor: a relay chain, resumable); tafelctl agent packages HOST [--delete ID]: what an agent holds.
// The client key comes from --key FILE or $TAFEL_KEY; agents must be enrolled (agent-pins next to the database).
#include "command.h"
#include "distributecli.h"

#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "core/hostport.h"
#include "distribution/distributor.h"
#include "distribution/packagefile.h"
#include "store/repositories.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <unistd.h>

namespace tafel::cli {
namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QString hostKey(const HostPort &hp)
{
    return agentlink::PinFile::key(hp.host, hp.port);
}

class DistributeCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::DistributeCommand)
public:
    static Group group()
    {
        return {QStringLiteral("material"),
                [] { return tr("Send lesson material to the agents of a room"); },
                {Verb{QStringLiteral("distribute"), [] { return tr("Send a package (or a folder) to agents, relayed from agent to agent, resumable"); },
                      &DistributeCommand::declare, &DistributeCommand::distribute, 1, 1}},
                /*verbsAtTopLevel=*/true};
    }

    static void declare(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("PATH"), tr("A package file from 'tafelctl package create', or a folder (packaged and signed on the fly)."));
        p.addOption(QCommandLineOption(QStringLiteral("to"), tr("An enrolled agent; repeat or separate with commas."), QStringLiteral("HOST[:PORT]")));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Every agent of this room (id or name) in the inventory."), QStringLiteral("ROOM")));
        p.addOption(ClientKey::option());
        p.addOption(QCommandLineOption(QStringLiteral("title"), tr("Title when PATH is a folder (default: its name)."), QStringLiteral("TEXT")));
        p.addOption(QCommandLineOption(QStringLiteral("give-up"), tr("Keep retrying an unreachable agent this many seconds (default 60)."), QStringLiteral("SECS"),
                                       QStringLiteral("60")));
        p.addOption(QCommandLineOption(QStringLiteral("no-relay"), tr("Send to every agent directly instead of relaying (for comparison).")));
    }

    static int distribute(const QCommandLineParser &args, Context &ctx)
    {
        const QString path = args.positionalArguments().constFirst();
        QList<HostPort> hosts;
        for (const QString &to : args.values(QStringLiteral("to"))) {
            for (const QString &part : to.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                auto hp = parseHostPort(part.trimmed(), agentlink::kDefaultAgentPort);
                if (!hp)
                    return ctx.usageError(tr("'%1' is not HOST or HOST:PORT: %2").arg(part, hp.errorString()));
                hosts.append(*hp);
            }
        }
        if (args.isSet(QStringLiteral("room")) == !hosts.isEmpty())
            return ctx.usageError(tr("Name the receivers with --to HOST[:PORT]... or --room ROOM (one of them)."));
        bool ok = false;
        const int giveUp = args.value(QStringLiteral("give-up")).toInt(&ok);
        if (!ok || giveUp < 0 || giveUp > 86400)
            return ctx.usageError(tr("--give-up must be a number of seconds from 0 to 86400."));
        const QString kp = ClientKey::path(args);
        if (kp.isEmpty())
            return ctx.usageError(tr("A key is needed: pass --key FILE or set TAFEL_KEY (create one with 'tafelctl keys create')."));
        const QFileInfo pathInfo(path);
        if (!pathInfo.exists())
            return ctx.usageError(tr("%1 does not exist.").arg(path));

        if (args.isSet(QStringLiteral("room"))) {
            std::optional<QString> roomId;
            if (!ctx.roomFilter(args, &roomId))
                return ExitFailed;
            auto devices = store::DeviceRepository(*ctx.database()).list(roomId);
            if (!devices)
                return ctx.fail(devices.error());
            for (const Device &d : std::as_const(*devices)) {
                if (d.runsAgent())
                    hosts.append(HostPort{d.host, d.port ? d.port : agentlink::kDefaultAgentPort});
            }
            if (hosts.isEmpty())
                return ctx.fail(tr("Room %1 has no agents in the inventory.").arg(args.value(QStringLiteral("room"))));
        }

        auto key = crypto::KeyPair::load(kp);
        if (!key)
            return ctx.fail(key.error());
        auto pins = agentlink::PinFile::nextToDatabase(ctx.dbPath()).load();
        if (!pins)
            return ctx.fail(pins.error());
        QList<distribution::Target> targets;
        for (const HostPort &hp : std::as_const(hosts)) {
            if (!pins->contains(hostKey(hp)))
                return ctx.fail(tr("%1 is not enrolled. Run: tafelctl agent enroll %1").arg(hostKey(hp)));
            targets.append(distribution::Target{hp.host, hp.port, pins->value(hostKey(hp))});
        }

        std::shared_ptr<distribution::PackageReader> reader;
        if (pathInfo.isDir()) {
            const QString title = args.isSet(QStringLiteral("title")) ? args.value(QStringLiteral("title")) : pathInfo.fileName();
            auto r = distribution::PackageReader::signDirectory(path, *key, title);
            if (!r)
                return ctx.fail(r.error());
            reader = std::move(r).value();
        } else {
            auto r = distribution::PackageReader::openFile(path);
            if (!r)
                return ctx.fail(r.error());
            reader = std::move(r).value();
        }

        distribution::DistributorOptions options;
        options.giveUpAfterMs = giveUp * 1000;
        options.relay = !args.isSet(QStringLiteral("no-relay"));
        distribution::Distributor dist(*key, targets, reader, options);
        QEventLoop loop;
        QObject::connect(&dist, &distribution::Distributor::finished, &loop, &QEventLoop::quit);
        QObject::connect(&dist, &distribution::Distributor::targetFinished, &loop, [&](int i, const Status &st) {
            if (!st)
                ctx.err() << (isatty(2) ? "\r\033[K" : "") << "tafelctl: " << dist.target(i).label() << ": " << st.errorString() << Qt::endl;
        });
        QElapsedTimer clock;
        clock.start();
        const bool tty = isatty(2);
        QTimer progress;
        progress.setInterval(tty ? 500 : 2000);
        QObject::connect(&progress, &QTimer::timeout, &loop, [&] {
            int verified = 0;
            qint64 have = 0;
            for (int i = 0; i < dist.targetCount(); ++i) {
                const auto r = dist.result(i);
                verified += r.verified ? 1 : 0;
                have += r.haveBytes;
            }
            const double secs = qMax(0.001, clock.elapsed() / 1000.0);
            const QString line = tr("%1/%2 verified, %3 of %4 delivered, sent %5 (%6/s)")
                                     .arg(verified)
                                     .arg(dist.targetCount())
                                     .arg(sizeText(have), sizeText(dist.packageBytes() * dist.targetCount()), sizeText(dist.bytesSent()),
                                          sizeText(qint64(dist.bytesSent() / secs)));
            ctx.err() << (tty ? "\r\033[K" : "") << line << (tty ? "" : "\n");
            ctx.err().flush();
        });
        progress.start();
        dist.start();
        if (dist.isRunning())
            loop.exec();
        progress.stop();
        if (tty)
            ctx.err() << "\r\033[K";
        ctx.err().flush();

        const double seconds = clock.elapsed() / 1000.0;
        int failures = 0;
        QJsonArray receivers;
        QList<QStringList> rows;
        for (int i = 0; i < dist.targetCount(); ++i) {
            const auto r = dist.result(i);
            failures += r.verified ? 0 : 1;
            receivers.append(QJsonObject{{QStringLiteral("host"), dist.target(i).label()},
                                         {QStringLiteral("bytes"), r.receivedBytes},
                                         {QStringLiteral("total_bytes"), r.totalBytes},
                                         {QStringLiteral("seconds"), r.seconds},
                                         {QStringLiteral("verified"), r.verified},
                                         {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)}});
            rows.append({dist.target(i).label(), r.verified ? tr("verified") : tr("failed"), sizeText(r.receivedBytes),
                         QString::number(r.seconds, 'f', 1), r.error});
        }
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("package"), dist.packageId()},
                                      {QStringLiteral("title"), reader->manifest().title},
                                      {QStringLiteral("bytes"), dist.packageBytes()},
                                      {QStringLiteral("sent_bytes"), dist.bytesSent()},
                                      {QStringLiteral("seconds"), seconds},
                                      {QStringLiteral("receivers"), receivers}});
        } else {
            ctx.printTable({tr("AGENT"), tr("RESULT"), tr("RECEIVED"), tr("SECONDS"), tr("ERROR")}, rows);
            ctx.out() << tr("Package %1 (%2): sent %3 in %4 s to %5 agents.")
                             .arg(dist.packageId(), sizeText(dist.packageBytes()), sizeText(dist.bytesSent()))
                             .arg(seconds, 0, 'f', 1)
                             .arg(dist.targetCount())
                      << '\n';
            ctx.out().flush();
        }
        return failures ? ExitFailed : ExitOk;
    }
};

const GroupRegistrar registrar(&DistributeCommand::group);

class AgentPackagesCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::AgentPackagesCommand)
public:
    static void declare(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("HOST[:PORT]"), tr("An enrolled agent."));
        p.addOption(ClientKey::option());
        p.addOption(QCommandLineOption(QStringLiteral("delete"), tr("Delete this package (finished or partly received) on the agent."), QStringLiteral("ID")));
    }

    static int run(const QCommandLineParser &args, Context &ctx)
    {
        auto hp = parseHostPort(args.positionalArguments().constFirst(), agentlink::kDefaultAgentPort);
        if (!hp)
            return ctx.usageError(hp.errorString());
        const QString kp = ClientKey::path(args);
        if (kp.isEmpty())
            return ctx.usageError(tr("A client key is needed: pass --key FILE or set TAFEL_KEY (create one with 'tafelctl keys create')."));
        const bool remove = args.isSet(QStringLiteral("delete"));
        if (remove && args.value(QStringLiteral("delete")).trimmed().isEmpty())
            return ctx.usageError(tr("--delete needs the package id (see 'tafelctl agent packages HOST')."));
        auto creds = agentlink::ClientCredentials::fromKeyFile(kp);
        if (!creds)
            return ctx.fail(creds.error());
        auto pins = agentlink::PinFile::nextToDatabase(ctx.dbPath()).load();
        if (!pins)
            return ctx.fail(pins.error());
        const QString host = hostKey(*hp);
        if (!pins->contains(host))
            return ctx.fail(tr("%1 is not enrolled. Run: tafelctl agent enroll %1").arg(host));

        agentlink::AgentClient client;
        client.setCredentials(*creds);
        client.setPinnedFingerprint(pins->value(host));
        client.setCallTimeout(30'000);
        client.connectToAgent(hp->host, hp->port);
        QEventLoop loop;
        std::optional<Result<QCborMap>> result;
        const QString command = remove ? QStringLiteral("package.delete") : QStringLiteral("package.list");
        const QCborMap callArgs = remove ? QCborMap{{QStringLiteral("id"), args.value(QStringLiteral("delete")).trimmed()}} : QCborMap();
        client.call(command, callArgs, [&](Result<QCborMap> r) {
            result = std::move(r);
            loop.quit();
        });
        loop.exec();
        client.disconnectFromAgent();
        if (!*result)
            return ctx.fail(tr("%1: %2").arg(host, result->errorString()));
        if (remove) {
            if (ctx.json())
                ctx.printJson(QJsonObject{{QStringLiteral("agent"), host}, {QStringLiteral("deleted"), args.value(QStringLiteral("delete")).trimmed()}});
            else
                ctx.out() << tr("Deleted package %1 on %2.").arg(args.value(QStringLiteral("delete")).trimmed(), host) << Qt::endl;
            return ExitOk;
        }
        const QCborArray packages = (*result)->value(QStringLiteral("packages")).toArray();
        QJsonArray array;
        QList<QStringList> rows;
        for (const QCborValue &v : packages) {
            const QCborMap p = v.toMap();
            const bool complete = p.value(QStringLiteral("complete")).toBool();
            const qint64 chunks = p.value(QStringLiteral("chunks")).toInteger();
            const qint64 verified = p.value(QStringLiteral("verifiedChunks")).toInteger();
            array.append(QJsonObject{{QStringLiteral("id"), p.value(QStringLiteral("id")).toString()},
                                     {QStringLiteral("title"), p.value(QStringLiteral("title")).toString()},
                                     {QStringLiteral("created"), p.value(QStringLiteral("created")).toString()},
                                     {QStringLiteral("sender_key_id"), p.value(QStringLiteral("senderKeyId")).toString()},
                                     {QStringLiteral("bytes"), p.value(QStringLiteral("bytes")).toInteger()},
                                     {QStringLiteral("files"), p.value(QStringLiteral("files")).toInteger()},
                                     {QStringLiteral("complete"), complete},
                                     {QStringLiteral("chunks"), chunks},
                                     {QStringLiteral("verified_chunks"), verified}});
            rows.append({p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("title")).toString(),
                         sizeText(p.value(QStringLiteral("bytes")).toInteger()), QString::number(p.value(QStringLiteral("files")).toInteger()),
                         complete ? tr("complete") : tr("receiving %1/%2 chunks").arg(verified).arg(chunks)});
        }
        if (ctx.json())
            ctx.printJson(array);
        else
            ctx.printTable({tr("ID"), tr("TITLE"), tr("SIZE"), tr("FILES"), tr("STATE")}, rows);
        return ExitOk;
    }
};

} // namespace

Verb agentPackagesVerb()
{
    return Verb{QStringLiteral("packages"), [] { return AgentPackagesCommand::tr("List (or --delete) the lesson material packages on an agent"); },
                &AgentPackagesCommand::declare, &AgentPackagesCommand::run, 1, 1};
}

} // namespace tafel::cli
