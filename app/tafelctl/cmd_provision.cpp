// tafelctl provision bundle|validate|apply: the unattended-installation file (issue 9). The admin makes
// provision.json from the school's store; the packages' postinst (or an admin) applies it on each machine.
#include "command.h"

#include "agentlink/truststore.h"
#include "provision/provision.h"
#include "store/repositories.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace tafel::cli {
namespace {

class ProvisionCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::ProvisionCommand)
public:
    static Group group()
    {
        return { QStringLiteral("provision"), [] { return tr("Unattended installation: make, check and apply provision.json"); },
            {
                Verb { QStringLiteral("bundle"), [] { return tr("Write provision.json for a room (or one per room) from the store"); },
                    &ProvisionCommand::declareBundle, &ProvisionCommand::bundle, 0, 0 },
                Verb { QStringLiteral("validate"), [] { return tr("Check a provision.json and list every problem with its JSON path"); },
                    [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("FILE"), tr("The provisioning file.")); },
                    &ProvisionCommand::validate, 1, 1 },
                Verb { QStringLiteral("apply"), [] { return tr("Validate a provision.json and write the agent's configuration from it"); },
                    &ProvisionCommand::declareApply, &ProvisionCommand::apply, 1, 1 },
            } };
    }

    static void declareBundle(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("out"),
            tr("Directory to write into: DIR/provision.json with --room, else DIR/<room>/provision.json per room."), QStringLiteral("DIR")));
        p.addOption(QCommandLineOption(QStringLiteral("room"), tr("Room id or name (default: every room of the store)."), QStringLiteral("ROOM")));
        p.addOption(QCommandLineOption(QStringLiteral("role"), tr("Machine role: teacher-pc (default), display-pc, student or server."),
            QStringLiteral("ROLE"), QStringLiteral("teacher-pc")));
        p.addOption(
            QCommandLineOption(QStringLiteral("school"), tr("School id (A-Z a-z 0-9 . _ -), e.g. the city's school number."), QStringLiteral("ID")));
        p.addOption(QCommandLineOption(QStringLiteral("key"),
            tr("A public key file from 'tafelctl keys create' (*.pub, trusted-keys lines); repeatable."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(
            QStringLiteral("reporting"), tr("A JSON file with the reporting sinks, copied into the bundle as it is."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(
            QStringLiteral("admin"), tr("Admin user whose password hash goes into the bundle (default: the only admin)."), QStringLiteral("NAME")));
        p.addOption(QCommandLineOption(QStringLiteral("no-admin-hash"), tr("Leave the admin password hash out.")));
        p.addOption(QCommandLineOption(
            QStringLiteral("listen"), tr("The agents' listen address ADDR:PORT (default: the agent's, 0.0.0.0:4450)."), QStringLiteral("ADDR:PORT")));
    }

    static void declareApply(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("FILE"), tr("The provisioning file, e.g. /etc/tafel/provision.json."));
        p.addOption(QCommandLineOption(QStringLiteral("config-dir"), tr("Where agent.ini and trusted-keys go (default /etc/tafel)."),
            QStringLiteral("DIR"), QStringLiteral("/etc/tafel")));
        p.addOption(
            QCommandLineOption(QStringLiteral("data-dir"), tr("The agent's data directory written into agent.ini (default /var/lib/tafel-agent)."),
                QStringLiteral("DIR"), QStringLiteral("/var/lib/tafel-agent")));
        p.addOption(QCommandLineOption(
            QStringLiteral("keys-path"), tr("The trusted-keys path agent.ini names (default: <config-dir>/trusted-keys)."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("autostart-dir"),
            tr("Manage the screen helper's autostart entry here (e.g. /etc/xdg/autostart): written for display-pc, removed otherwise."),
            QStringLiteral("DIR")));
    }

    // Reads and validates; prints every problem. nullopt means "already reported".
    static std::optional<provision::Provision> load(const QString &path, Context &ctx)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.fail(tr("Cannot read %1: %2").arg(path, f.errorString()));
            return std::nullopt;
        }
        const QByteArray data = f.read(provision::kMaxFileSize + 1);
        auto result = provision::parse(data);
        if (!result.ok()) {
            for (const auto &e : result.errors)
                ctx.err() << "tafelctl: " << path << ": " << e.toString() << '\n';
            ctx.err() << tr("%1 is not valid (%n problem(s)); nothing was changed.", nullptr, int(result.errors.size())).arg(path) << Qt::endl;
            return std::nullopt;
        }
        return std::move(result.provision);
    }

    static int validate(const QCommandLineParser &args, Context &ctx)
    {
        const QString path = args.positionalArguments().value(0);
        auto p = load(path, ctx);
        if (!p)
            return ExitFailed;
        if (ctx.json()) {
            ctx.printJson(
                QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("valid"), true }, { QStringLiteral("provision"), p->toJson() } });
            return ExitOk;
        }
        ctx.out() << tr("%1 is valid: school %2, room %3, role %4, %n trusted key(s).", nullptr, int(p->trustedKeys.size()))
                         .arg(path, p->schoolId, p->room, provision::machineRoleName(p->role))
                  << Qt::endl;
        return ExitOk;
    }

    static int apply(const QCommandLineParser &args, Context &ctx)
    {
        const QString path = args.positionalArguments().value(0);
        auto p = load(path, ctx);
        if (!p)
            return ExitFailed;
        provision::ApplyOptions options;
        options.configDir = args.value(QStringLiteral("config-dir"));
        options.dataDir = args.value(QStringLiteral("data-dir"));
        options.keysPath = args.value(QStringLiteral("keys-path"));
        options.autostartDir = args.value(QStringLiteral("autostart-dir"));
        if (options.configDir.isEmpty() || options.dataDir.isEmpty())
            return ctx.usageError(tr("--config-dir and --data-dir must not be empty."));
        auto written = provision::Applier::apply(*p, options);
        if (!written)
            return ctx.fail(written.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("school_id"), p->schoolId },
                { QStringLiteral("room"), p->room }, { QStringLiteral("role"), provision::machineRoleName(p->role) },
                { QStringLiteral("written"), QJsonArray::fromStringList(*written) } });
            return ExitOk;
        }
        ctx.out() << tr("Applied %1 (school %2, room %3, role %4):").arg(path, p->schoolId, p->room, provision::machineRoleName(p->role)) << '\n';
        for (const QString &w : *written)
            ctx.out() << "  " << w << '\n';
        ctx.out().flush();
        return ExitOk;
    }

    static int bundle(const QCommandLineParser &args, Context &ctx)
    {
        const QString outDir = args.value(QStringLiteral("out"));
        if (outDir.isEmpty())
            return ctx.usageError(tr("--out DIR is required."));
        const QString school = args.value(QStringLiteral("school"));
        if (school.isEmpty())
            return ctx.usageError(tr("--school ID is required."));

        provision::Provision base;
        base.schoolId = school;
        base.listen = args.value(QStringLiteral("listen"));
        {
            // The role is checked by the validator below; parse it through the same path.
            auto probe = provision::parse(QJsonDocument(
                QJsonObject { { QStringLiteral("schema"), 1 }, { QStringLiteral("school_id"), QStringLiteral("x") },
                    { QStringLiteral("room"), QStringLiteral("x") }, { QStringLiteral("role"), args.value(QStringLiteral("role")) },
                    { QStringLiteral("trusted_keys"),
                        QJsonArray() } }).toJson());
            if (!probe.ok())
                return ctx.usageError(tr("--role must be teacher-pc, display-pc, student or server."));
            base.role = probe.provision->role;
        }
        for (const QString &keyFile : args.values(QStringLiteral("key"))) {
            QFile f(keyFile);
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(tr("Cannot read %1: %2").arg(keyFile, f.errorString()));
            auto store = agentlink::TrustStore::parse(f.read(1024 * 1024), keyFile);
            if (!store)
                return ctx.fail(store.error());
            for (const auto &k : store->keys())
                base.trustedKeys.append({ agentlink::roleName(k.role), k.key.toBase64(), k.comment });
        }
        if (base.trustedKeys.isEmpty())
            ctx.err() << tr("tafelctl: warning: no --key given; the agents will refuse every client until keys are added.") << Qt::endl;
        if (args.isSet(QStringLiteral("reporting"))) {
            const QString repFile = args.value(QStringLiteral("reporting"));
            QFile f(repFile);
            if (!f.open(QIODevice::ReadOnly))
                return ctx.fail(tr("Cannot read %1: %2").arg(repFile, f.errorString()));
            const auto doc = QJsonDocument::fromJson(f.read(provision::kMaxFileSize));
            if (!doc.isObject())
                return ctx.fail(tr("%1 must hold a JSON object (the reporting sinks).").arg(repFile));
            base.reporting = doc.object();
        }

        auto *db = ctx.database();
        if (!db)
            return ExitFailed;
        if (!args.isSet(QStringLiteral("no-admin-hash"))) {
            auto users = store::UserRepository(*db).list();
            if (!users)
                return ctx.fail(users.error());
            QList<store::User> admins;
            for (const auto &u : *users)
                if (u.role == store::Role::Admin && (!args.isSet(QStringLiteral("admin")) || u.name == args.value(QStringLiteral("admin"))))
                    admins.append(u);
            if (admins.isEmpty())
                return ctx.fail(args.isSet(QStringLiteral("admin"))
                        ? tr("No admin user named %1 in the store.").arg(args.value(QStringLiteral("admin")))
                        : tr("The store has no admin user; set one in the GUI or pass --no-admin-hash."));
            if (admins.size() > 1)
                return ctx.usageError(tr("The store has several admins; choose one with --admin NAME."));
            base.adminPasswordHash = admins.first().passwordHash;
        }

        QList<Room> rooms;
        if (args.isSet(QStringLiteral("room"))) {
            auto room = store::RoomRepository(*db).resolve(args.value(QStringLiteral("room")));
            if (!room)
                return ctx.fail(room.error());
            rooms.append(*room);
        } else {
            auto all = store::RoomRepository(*db).list();
            if (!all)
                return ctx.fail(all.error());
            rooms = *all;
            if (rooms.isEmpty())
                return ctx.fail(tr("The store has no rooms; add one with 'tafelctl rooms add' or pass --room."));
        }

        QJsonArray written;
        QList<QStringList> rows;
        for (const Room &room : std::as_const(rooms)) {
            provision::Provision p = base;
            p.room = room.name;
            const QByteArray json = QJsonDocument(p.toJson()).toJson(QJsonDocument::Indented);
            if (auto check = provision::parse(json); !check.ok())
                return ctx.fail(tr("The bundle for room %1 would not be valid: %2").arg(room.name, check.errors.first().toString()));
            static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
            const QString dir
                = args.isSet(QStringLiteral("room")) ? outDir : QDir(outDir).filePath(QString(room.name).replace(unsafe, QStringLiteral("-")));
            if (!QDir().mkpath(dir))
                return ctx.fail(tr("Cannot create the directory %1.").arg(dir));
            const QString file = QDir(dir).absoluteFilePath(QStringLiteral("provision.json"));
            QSaveFile f(file);
            if (!f.open(QIODevice::WriteOnly))
                return ctx.fail(tr("Cannot write %1: %2").arg(file, f.errorString()));
            // Holds the admin password hash: owner only.
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            if (f.write(json) != json.size() || !f.commit())
                return ctx.fail(tr("Cannot write %1: %2").arg(file, f.errorString()));
            written.append(QJsonObject { { QStringLiteral("room"), room.name }, { QStringLiteral("file"), file } });
            rows.append({ room.name, provision::machineRoleName(p.role), QString::number(p.trustedKeys.size()), file });
        }
        if (ctx.json())
            ctx.printJson(written);
        else
            ctx.printTable({ tr("Room"), tr("Role"), tr("Keys"), tr("File") }, rows);
        return ExitOk;
    }
};

const GroupRegistrar registrar(&ProvisionCommand::group);

} // namespace
} // namespace tafel::cli
