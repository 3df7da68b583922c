// tafelctl db check
#include "command.h"

namespace tafel::cli {
namespace {

class DbCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::DbCommand)
public:
    static Group group()
    {
        return {QStringLiteral("db"),
                [] { return tr("The database file"); },
                {
                    Verb{QStringLiteral("check"), [] { return tr("Check the database's integrity and schema version (exit code 1 when broken)"); },
                         nullptr, &DbCommand::check, 0, 0},
                }};
    }

    static int check(const QCommandLineParser &, Context &ctx)
    {
        // Look, do not touch: no new file, no schema upgrade. A corrupt file is still moved aside by open().
        store::OpenOptions options;
        options.createIfMissing = false;
        options.migrate = false;
        auto *db = ctx.database(options);
        if (!db)
            return ExitFailed;
        auto problems = db->integrityCheck();
        if (!problems)
            return ctx.fail(problems.error());
        const int version = db->schemaVersion();
        const int latest = store::Database::latestSchemaVersion();
        const bool healthy = problems->isEmpty();

        if (ctx.json()) {
            ctx.printJson(QJsonObject{
                {QStringLiteral("path"), db->path()},
                {QStringLiteral("ok"), healthy},
                {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)},
                {QStringLiteral("schema_version"), version},
                {QStringLiteral("latest_schema_version"), latest},
                {QStringLiteral("needs_upgrade"), version < latest},
            });
        } else {
            QTextStream &out = ctx.out();
            out << tr("Database:       %1").arg(db->path()) << '\n';
            out << tr("Schema version: %1 (this program: %2)").arg(version).arg(latest) << '\n';
            if (version < latest)
                out << tr("The schema is older; the next change by Tafel or tafelctl upgrades it.") << '\n';
            if (healthy) {
                out << tr("Integrity:      ok") << '\n';
            } else {
                out << tr("Integrity:      DAMAGED") << '\n';
                for (const QString &p : *problems)
                    out << "  " << p << '\n';
            }
            out.flush();
        }
        if (!healthy)
            return ctx.fail(tr("The database %1 is damaged. Restore a backup.").arg(db->path()));
        return ExitOk;
    }
};

const GroupRegistrar registrar(&DbCommand::group);

} // namespace
} // namespace tafel::cli
