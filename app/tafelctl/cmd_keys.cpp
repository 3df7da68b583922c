// tafelctl keys create: an Ed25519 key for talking to agents, with the line that makes an agent trust it.
#include "command.h"

#include "agentlink/permissions.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "schooladmin/schooladmin.h"
#include "store/schoolkeys.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace tafel::cli {
namespace {

class KeysCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::KeysCommand)
public:
    static Group group()
    {
        return {QStringLiteral("keys"),
                [] { return tr("Keys for the agents' LAN protocol"); },
                {
                    Verb{QStringLiteral("create"), [] { return tr("Create an Ed25519 key pair for a teacher or admin"); }, &KeysCommand::declareCreate,
                         &KeysCommand::create, 0, 0},
                    Verb{QStringLiteral("list"), [] { return tr("List the school's teacher and admin keys (revoked ones too)"); },
                         [](QCommandLineParser &) {}, &KeysCommand::list, 0, 0},
                    Verb{QStringLiteral("revoke"), [] { return tr("Revoke a key: agents refuse it after the next 'config push'"); },
                         [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("KEY-ID"), tr("The key id (or a unique beginning of it).")); },
                         &KeysCommand::revoke, 1, 1},
                    Verb{QStringLiteral("import"), [] { return tr("Add an existing public key (.pub file) to the school's keys"); },
                         [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("FILE.pub"), tr("The key's .pub file (ROLE BASE64-KEY [COMMENT]).")); },
                         &KeysCommand::importKey, 1, 1},
                }};
    }

    static void declareCreate(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("role"), tr("Role the agents grant this key: teacher or admin."), QStringLiteral("ROLE")));
        p.addOption(QCommandLineOption(QStringLiteral("out"), tr("Directory to write tafel-<role>.pem (private, 0600) and tafel-<role>.pub into."),
                                       QStringLiteral("DIR")));
        p.addOption(QCommandLineOption(QStringLiteral("name"), tr("Comment stored with the public key, e.g. the person or PC (default: the role)."),
                                       QStringLiteral("TEXT")));
    }

    static QStringList row(const store::ClientKey &k)
    {
        return {k.keyId, store::roleKey(k.role), k.comment, k.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                k.isRevoked() ? tr("revoked %1").arg(k.revoked.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : tr("active")};
    }

    static int list(const QCommandLineParser &, Context &ctx)
    {
        store::Database *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto keys = store::ClientKeyRepository(*db).list();
        if (!keys)
            return ctx.fail(keys.error());
        if (ctx.json()) {
            QJsonArray a;
            for (const auto &k : std::as_const(*keys))
                a.append(store::toJson(k));
            ctx.printJson(a);
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const auto &k : std::as_const(*keys))
            rows.append(row(k));
        ctx.printTable({tr("KEY ID"), tr("ROLE"), tr("COMMENT"), tr("CREATED"), tr("STATE")}, rows);
        return ExitOk;
    }

    static int revoke(const QCommandLineParser &args, Context &ctx)
    {
        store::Database *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto k = schooladmin::SchoolAdmin(*db, ctx.actor()).revokeKey(args.positionalArguments().constFirst());
        if (!k)
            return ctx.fail(k.error());
        if (ctx.json()) {
            ctx.printJson(store::toJson(*k));
            return ExitOk;
        }
        ctx.out() << tr("Revoked %1 key %2 (%3). The agents refuse it after the next 'tafelctl config push'.")
                         .arg(store::roleKey(k->role), k->keyId, k->comment)
                  << Qt::endl;
        return ExitOk;
    }

    static int importKey(const QCommandLineParser &args, Context &ctx)
    {
        const QString path = args.positionalArguments().constFirst();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(tr("Cannot read %1: %2").arg(path, f.errorString()));
        store::Database *db = ctx.database();
        if (!db)
            return ExitFailed;
        auto k = schooladmin::SchoolAdmin(*db, ctx.actor()).importKey(QString::fromUtf8(f.read(64 * 1024)));
        if (!k)
            return ctx.fail(k.error());
        if (ctx.json()) {
            ctx.printJson(store::toJson(*k));
            return ExitOk;
        }
        ctx.out() << tr("Added %1 key %2 (%3) to the school's keys.").arg(store::roleKey(k->role), k->keyId, k->comment) << Qt::endl;
        return ExitOk;
    }

    static int create(const QCommandLineParser &args, Context &ctx)
    {
        const auto role = agentlink::roleFromString(args.value(QStringLiteral("role")));
        if (!role)
            return ctx.usageError(tr("--role must be 'teacher' or 'admin'."));
        const QString outDir = args.value(QStringLiteral("out"));
        if (outDir.isEmpty())
            return ctx.usageError(tr("--out DIR is required: the directory for the new key files."));
        if (!QDir().mkpath(outDir))
            return ctx.fail(tr("Cannot create the directory %1.").arg(outDir));
        const QDir dir(outDir);
        const QString base = QStringLiteral("tafel-") + agentlink::roleName(*role);
        const QString privPath = dir.absoluteFilePath(base + QStringLiteral(".pem"));
        const QString pubPath = dir.absoluteFilePath(base + QStringLiteral(".pub"));
        if (QFile::exists(privPath) || QFile::exists(pubPath))
            return ctx.fail(tr("%1 already exists. Choose another --out directory; an existing key is never overwritten.").arg(QFile::exists(privPath) ? privPath : pubPath));

        store::Database *db = ctx.database();
        if (!db)
            return ExitFailed;
        const QString comment = args.isSet(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : agentlink::roleName(*role);
        // Private key (0600) and .pub line on disk, the public half in the school's keys (client_keys), audited.
        auto created = schooladmin::SchoolAdmin(*db, ctx.actor())
                           .createKey(*role == agentlink::Role::Admin ? store::Role::Admin : store::Role::Teacher, comment, privPath);
        if (!created)
            return ctx.fail(created.error());
        auto key = crypto::PublicKey::fromBase64(created->publicKey.toLatin1());
        if (!key)
            return ctx.fail(key.error());
        const QString line = agentlink::TrustStore::formatLine(*role, *key, created->comment);

        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("key_id"), created->keyId},
                                      {QStringLiteral("role"), agentlink::roleName(*role)},
                                      {QStringLiteral("private_key"), privPath},
                                      {QStringLiteral("public_key_file"), pubPath},
                                      {QStringLiteral("public_key"), created->publicKey},
                                      {QStringLiteral("trust_line"), line}});
            return ExitOk;
        }
        ctx.out() << tr("Created %1 key %2:").arg(agentlink::roleName(*role), created->keyId) << '\n'
                  << "  " << privPath << "  " << tr("(private, keep it secret; mode 0600)") << '\n'
                  << "  " << pubPath << '\n'
                  << tr("To let an agent accept this key, append this line to its trusted-keys file (<DataDir>/trusted-keys):") << '\n'
                  << "  " << line << '\n'
                  << tr("or push it to every room agent with: tafelctl config push --key ADMIN-KEY") << '\n'
                  << tr("Then use it with: tafelctl agent status HOST --key %1").arg(privPath) << Qt::endl;
        return ExitOk;
    }
};

const GroupRegistrar registrar(&KeysCommand::group);

} // namespace
} // namespace tafel::cli
