// tafelctl config push: the school's configuration (the room's devices and schedules, the trusted and revoked
// client keys) to every room agent, versioned; an agent refuses an older version (stale-version). One line (or
// JSON object) per agent; exit 1 when any agent failed.
#include "command.h"

#include "schooladmin/configpusher.h"
#include "store/schoolkeys.h"

#include <QEventLoop>

namespace tafel::cli {
namespace {

class ConfigCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::ConfigCommand)
public:
    static Group group()
    {
        return { QStringLiteral("config"), [] { return tr("Push the school's configuration to the room agents"); },
            {
                Verb { QStringLiteral("push"), [] { return tr("Send devices, schedules and trusted keys to the agents (a new version)"); },
                    &ConfigCommand::declarePush, &ConfigCommand::push, 0, 0 },
            } };
    }

    static void declarePush(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Only the agents of this room (id or name)."), QStringLiteral("ROOM")));
        p.addOption(QCommandLineOption(
            QStringLiteral("key"), tr("Admin key file (from 'tafelctl keys create --role admin'); default $TAFEL_KEY."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("version"),
            tr("Push this version number instead of the next one (repairs and tests; "
               "agents refuse versions older than theirs)."),
            QStringLiteral("N")));
    }

    static int push(const QCommandLineParser &args, Context &ctx)
    {
        const QString keyFile = ClientKey::path(args);
        if (keyFile.isEmpty())
            return ctx.usageError(
                tr("An admin key is needed: pass --key FILE or set TAFEL_KEY (create one with 'tafelctl keys create --role admin')."));
        qint64 versionOverride = 0;
        if (args.isSet(QStringLiteral("version"))) {
            bool ok = false;
            versionOverride = args.value(QStringLiteral("version")).toLongLong(&ok);
            if (!ok || versionOverride <= 0)
                return ctx.usageError(tr("--version must be a number above 0."));
        }
        store::Database *db = ctx.database();
        if (!db)
            return ExitFailed;
        std::optional<QString> roomId;
        if (!ctx.roomFilter(args, &roomId))
            return ExitFailed;
        schooladmin::SchoolAdmin admin(*db, ctx.actor());
        auto targets = admin.agents(roomId);
        if (!targets)
            return ctx.fail(targets.error());
        QString scope = tr("all rooms");
        if (roomId && !targets->isEmpty())
            scope = targets->constFirst().roomName;
        else if (roomId)
            scope = *roomId;

        schooladmin::ConfigPusher pusher(*db, ctx.actor());
        if (versionOverride > 0)
            pusher.setVersionOverride(versionOverride);
        QEventLoop loop;
        QObject::connect(&pusher, &schooladmin::ConfigPusher::finished, &loop, &QEventLoop::quit);
        auto version = pusher.start(*targets, keyFile, scope);
        if (!version)
            return ctx.fail(version.error());
        loop.exec();

        int failures = 0;
        QJsonArray array;
        QList<QStringList> rows;
        for (const schooladmin::PushResult &r : pusher.results()) {
            QJsonObject o { { QStringLiteral("agent"), r.target.hostPort }, { QStringLiteral("room"), r.target.roomName },
                { QStringLiteral("device"), r.target.deviceName }, { QStringLiteral("version"), r.version }, { QStringLiteral("ok"), r.ok } };
            if (r.ok) {
                o.insert(QStringLiteral("previous"), r.previous);
                o.insert(QStringLiteral("unchanged"), r.unchanged);
                rows.append({ r.target.roomName, r.target.deviceName, r.target.hostPort, QString::number(r.version),
                    r.unchanged ? tr("unchanged") : tr("ok (was %1)").arg(r.previous) });
            } else {
                ++failures;
                o.insert(QStringLiteral("error"), r.error);
                ctx.err() << "tafelctl: " << r.target.hostPort << ": " << r.error << Qt::endl;
                rows.append({ r.target.roomName, r.target.deviceName, r.target.hostPort, QString::number(r.version), tr("failed: %1").arg(r.error) });
            }
            array.append(o);
        }
        if (ctx.json())
            ctx.printJson(array);
        else
            ctx.printTable({ tr("ROOM"), tr("AGENT"), tr("ADDRESS"), tr("VERSION"), tr("RESULT") }, rows);
        return failures ? ExitFailed : ExitOk;
    }
};

const GroupRegistrar registrar(&ConfigCommand::group);

} // namespace
} // namespace tafel::cli
