// tafelctl package create|show: lesson material packages (issue 5). `create` turns a folder into one signed,
// self-contained package file; `show` prints its manifest and verifies every chunk. Sending it to a room is
// `tafelctl distribute`.
#include "command.h"

#include "crypto/keys.h"
#include "distribution/packagefile.h"

#include <QFileInfo>

namespace tafel::cli {
namespace {

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < distribution::kMiB)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
    if (bytes < distribution::kGiB)
        return QStringLiteral("%1 MiB").arg(double(bytes) / double(distribution::kMiB), 0, 'f', 1);
    return QStringLiteral("%1 GiB").arg(double(bytes) / double(distribution::kGiB), 0, 'f', 2);
}

QString modeText(quint32 mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

QJsonObject summaryJson(const distribution::Manifest &m)
{
    return QJsonObject { { QStringLiteral("package_id"), m.packageId }, { QStringLiteral("title"), m.title },
        { QStringLiteral("created"), m.created.toString(Qt::ISODateWithMs) }, { QStringLiteral("sender_key_id"), m.senderKeyId },
        { QStringLiteral("file_count"), int(m.files.size()) }, { QStringLiteral("bytes"), m.totalBytes() },
        { QStringLiteral("chunks"), m.chunkCount() } };
}

class PackageCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::PackageCommand)
public:
    static Group group()
    {
        return { QStringLiteral("package"), [] { return tr("Lesson material packages: make and inspect signed package files"); },
            {
                Verb { QStringLiteral("create"), [] { return tr("Make one signed package file from a folder"); }, &PackageCommand::declareCreate,
                    &PackageCommand::create, 1, 1 },
                Verb { QStringLiteral("show"), [] { return tr("Print a package file's manifest and verify every chunk"); },
                    &PackageCommand::declareShow, &PackageCommand::show, 1, 1 },
            } };
    }

    static void declareCreate(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("DIR"), tr("The folder to package (regular files only; symlinks and special files are refused)."));
        p.addOption(
            QCommandLineOption(QStringLiteral("key"), tr("The sender's private key (PEM, from 'tafelctl keys create')."), QStringLiteral("KEY")));
        p.addOption(QCommandLineOption(QStringLiteral("out"), tr("The package file to write (replaced atomically)."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("title"), tr("Title receivers see (default: the folder's name)."), QStringLiteral("TITLE")));
    }

    static void declareShow(QCommandLineParser &p)
    {
        p.addPositionalArgument(QStringLiteral("FILE"), tr("A package file from 'tafelctl package create'."));
        p.addOption(QCommandLineOption(QStringLiteral("no-verify"), tr("Only check the manifest's signature; do not read and hash the data.")));
    }

    static int create(const QCommandLineParser &args, Context &ctx)
    {
        const QString dir = args.positionalArguments().at(0);
        const QString keyPath = args.value(QStringLiteral("key"));
        const QString out = args.value(QStringLiteral("out"));
        if (keyPath.isEmpty())
            return ctx.usageError(tr("--key KEY is required: the sender's private key file."));
        if (out.isEmpty())
            return ctx.usageError(tr("--out FILE is required: where to write the package."));
        if (!QFileInfo(dir).isDir())
            return ctx.fail(tr("%1 is not a folder.").arg(dir));
        auto key = crypto::KeyPair::load(keyPath);
        if (!key)
            return ctx.fail(key.error());
        auto made = distribution::createPackage(dir, *key, args.value(QStringLiteral("title")), out);
        if (!made)
            return ctx.fail(made.error());
        if (ctx.json()) {
            QJsonObject o = summaryJson(*made);
            o.insert(QStringLiteral("out"), QFileInfo(out).absoluteFilePath());
            o.insert(QStringLiteral("out_bytes"), QFileInfo(out).size());
            ctx.printJson(o);
            return ExitOk;
        }
        ctx.out() << tr("Created package %1 \"%2\": %n file(s), %3 in %4 chunks, signed by key %5.", nullptr, int(made->files.size()))
                         .arg(made->packageId, made->title, sizeText(made->totalBytes()))
                         .arg(made->chunkCount())
                         .arg(made->senderKeyId)
                  << '\n'
                  << "  " << QFileInfo(out).absoluteFilePath() << Qt::endl;
        return ExitOk;
    }

    static int show(const QCommandLineParser &args, Context &ctx)
    {
        const QString path = args.positionalArguments().at(0);
        auto reader = distribution::PackageReader::openFile(path);
        if (!reader)
            return ctx.fail(reader.error());
        const distribution::Manifest &m = (*reader)->manifest();
        const bool verify = !args.isSet(QStringLiteral("no-verify"));
        Status verified;
        if (verify)
            verified = (*reader)->verifyAll();
        if (ctx.json()) {
            QJsonObject o = summaryJson(m);
            QJsonArray files;
            for (const distribution::FileEntry &f : m.files)
                files.append(QJsonObject { { QStringLiteral("path"), f.path }, { QStringLiteral("size"), f.size },
                    { QStringLiteral("mode"), modeText(f.mode) }, { QStringLiteral("chunk_size"), f.chunkSize },
                    { QStringLiteral("chunks"), int(f.chunks.size()) } });
            o.insert(QStringLiteral("files"), files);
            o.insert(QStringLiteral("signature"), QStringLiteral("valid"));
            o.insert(QStringLiteral("verified"), verify ? QJsonValue(verified.ok()) : QJsonValue());
            if (!verified)
                o.insert(QStringLiteral("error"), verified.errorString());
            ctx.printJson(o);
            return verified ? ExitOk : ExitFailed;
        }
        ctx.out() << tr("Package %1 \"%2\"").arg(m.packageId, m.title) << '\n'
                  << tr("  created %1, signed by key %2 (signature valid)").arg(m.created.toString(Qt::ISODate), m.senderKeyId) << '\n'
                  << tr("  %n file(s), %1 in %2 chunks", nullptr, int(m.files.size())).arg(sizeText(m.totalBytes())).arg(m.chunkCount()) << '\n';
        QList<QStringList> rows;
        for (const distribution::FileEntry &f : m.files)
            rows.append({ f.path, QString::number(f.size), modeText(f.mode), sizeText(f.chunkSize), QString::number(f.chunks.size()) });
        ctx.printTable({ tr("PATH"), tr("BYTES"), tr("MODE"), tr("CHUNK"), tr("CHUNKS") }, rows);
        if (!verified)
            return ctx.fail(verified.error());
        ctx.out() << (verify ? tr("Every chunk matches its SHA-256.") : tr("Data not verified (--no-verify).")) << Qt::endl;
        return ExitOk;
    }
};

const GroupRegistrar registrar(&PackageCommand::group);

} // namespace
} // namespace tafel::cli
