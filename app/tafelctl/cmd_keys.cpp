// tafelctl keys create: an Ed25519 key for talking to agents, with the line that makes an agent trust it.
#include "command.h"

#include "agentlink/permissions.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"

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

        auto key = crypto::KeyPair::generate();
        if (!key)
            return ctx.fail(key.error());
        if (auto st = key->save(privPath); !st)
            return ctx.fail(st.error());
        const QString comment = args.isSet(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : agentlink::roleName(*role);
        const QString line = agentlink::TrustStore::formatLine(*role, key->publicKey(), comment);
        QSaveFile pub(pubPath);
        if (!pub.open(QIODevice::WriteOnly) || pub.write(line.toUtf8() + '\n') < 0 || !pub.commit())
            return ctx.fail(tr("Cannot write %1: %2").arg(pubPath, pub.errorString()));

        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("key_id"), key->keyId()},
                                      {QStringLiteral("role"), agentlink::roleName(*role)},
                                      {QStringLiteral("private_key"), privPath},
                                      {QStringLiteral("public_key_file"), pubPath},
                                      {QStringLiteral("public_key"), QString::fromLatin1(key->publicKey().toBase64())},
                                      {QStringLiteral("trust_line"), line}});
            return ExitOk;
        }
        ctx.out() << tr("Created %1 key %2:").arg(agentlink::roleName(*role), key->keyId()) << '\n'
                  << "  " << privPath << "  " << tr("(private, keep it secret; mode 0600)") << '\n'
                  << "  " << pubPath << '\n'
                  << tr("To let an agent accept this key, append this line to its trusted-keys file (<DataDir>/trusted-keys):") << '\n'
                  << "  " << line << '\n'
                  << tr("Then use it with: tafelctl agent status HOST --key %1").arg(privPath) << Qt::endl;
        return ExitOk;
    }
};

const GroupRegistrar registrar(&KeysCommand::group);

} // namespace
} // namespace tafel::cli
