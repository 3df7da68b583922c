// tafelctl audit [--since T] [--action A] [--actor X] [--limit N] [--csv] [--json]: the audit log of the school's
// database (every change to inventory, keys, schedules, settings), newest first.
#include "command.h"

#include "store/auditexport.h"
#include "store/repositories.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace tafel::cli {
namespace {

class AuditCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::AuditCommand)
public:
    static Group group()
    {
        Group g{QStringLiteral("audit"),
                [] { return tr("Show the audit log (who changed what, when)"); },
                {Verb{QStringLiteral("list"), [] { return tr("List audit entries, newest first (the default)"); }, &AuditCommand::declare,
                      &AuditCommand::list, 0, 0}}};
        g.defaultVerb = QStringLiteral("list");
        return g;
    }

    static void declare(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("since"),
                                       tr("Only entries from T on: ISO 8601 (2026-11-20, 2026-11-20T08:00, 2026-11-20T08:00:00Z) or "
                                          "relative to now (30m, 24h, 7d, 2w)."),
                                       QStringLiteral("T")));
        p.addOption(QCommandLineOption(QStringLiteral("action"),
                                       tr("Only this action (room.add) or family of actions (room = room.*)."), QStringLiteral("A")));
        p.addOption(QCommandLineOption(QStringLiteral("actor"), tr("Only entries by this user or key."), QStringLiteral("NAME")));
        p.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N entries (default 1000, 0 = all)."), QStringLiteral("N")));
        p.addOption(QCommandLineOption(QStringLiteral("csv"), tr("Print CSV (id,at,actor,action,target,before,after) instead of a table.")));
    }

    // ISO 8601 date or date-time (local time unless it carries a zone) or a relative duration back from now.
    static Result<QDateTime> parseSince(const QString &text, const QDateTime &now)
    {
        const QString t = text.trimmed();
        static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})\\s*([smhdw])$"));
        if (const auto m = relative.match(t.toLower()); m.hasMatch()) {
            const qint64 n = m.captured(1).toLongLong();
            const qint64 unit = QHash<QString, qint64>{{QStringLiteral("s"), 1},
                                                       {QStringLiteral("m"), 60},
                                                       {QStringLiteral("h"), 3600},
                                                       {QStringLiteral("d"), 86400},
                                                       {QStringLiteral("w"), 7 * 86400}}
                                    .value(m.captured(2));
            return now.addSecs(-n * unit);
        }
        QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!at.isValid()) {
            const QDate d = QDate::fromString(t, Qt::ISODate);
            if (d.isValid())
                at = d.startOfDay();
        }
        if (!at.isValid())
            return Error::make(ErrorCode::InvalidInput,
                               tr("--since: '%1' is neither an ISO 8601 time (2026-11-20 or 2026-11-20T08:00) nor a duration such as 30m, 24h, 7d or 2w.")
                                   .arg(text));
        return at;
    }

    static int list(const QCommandLineParser &args, Context &ctx)
    {
        QDateTime since;
        if (args.isSet(QStringLiteral("since"))) {
            auto s = parseSince(args.value(QStringLiteral("since")), QDateTime::currentDateTimeUtc());
            if (!s)
                return ctx.usageError(s.errorString());
            since = *s;
        }
        int limit = 1000;
        if (args.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = args.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 0)
                return ctx.usageError(tr("--limit must be a whole number of 0 or more, not '%1'.").arg(args.value(QStringLiteral("limit"))));
        }
        if (args.isSet(QStringLiteral("csv")) && ctx.json())
            return ctx.usageError(tr("--csv and --json exclude each other."));
        const QString action = args.value(QStringLiteral("action")).trimmed();
        const QString actor = args.value(QStringLiteral("actor")).trimmed();
        store::OpenOptions open;
        open.createIfMissing = false;
        auto *db = ctx.database(open);
        if (!db)
            return ExitFailed;
        // Filters apply before the limit: read everything since T, filter, then cut.
        auto entries = store::AuditLog(*db).list(since, std::numeric_limits<int>::max());
        if (!entries)
            return ctx.fail(entries.error());
        QList<store::AuditEntry> shown;
        for (const store::AuditEntry &e : std::as_const(*entries)) {
            if (!action.isEmpty() && e.action != action && !e.action.startsWith(action + QLatin1Char('.')))
                continue;
            if (!actor.isEmpty() && e.actor.compare(actor, Qt::CaseInsensitive) != 0)
                continue;
            shown.append(e);
            if (limit > 0 && shown.size() >= limit)
                break;
        }
        if (ctx.json()) {
            ctx.printJson(store::auditToJsonArray(shown));
            return ExitOk;
        }
        if (args.isSet(QStringLiteral("csv"))) {
            ctx.out() << QString::fromUtf8(store::auditToCsv(shown).mid(3)); // no BOM on a terminal
            ctx.out().flush();
            return ExitOk;
        }
        QList<QStringList> rows;
        const auto compact = [](const QJsonObject &o) {
            return o.isEmpty() ? QStringLiteral("-") : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        for (const store::AuditEntry &e : std::as_const(shown))
            rows.append({e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, e.action, e.target,
                         compact(e.before) + QStringLiteral(" -> ") + compact(e.after)});
        ctx.printTable({tr("WHEN"), tr("WHO"), tr("ACTION"), tr("OBJECT"), tr("CHANGE")}, rows);
        return ExitOk;
    }
};

const GroupRegistrar registrar(&AuditCommand::group);

} // namespace
} // namespace tafel::cli
