// tafelctl report show|push|outbox (issue 7): the agent's report outbox from the command line.
#include "command.h"

#include "reporting/encoders.h"
#include "reporting/outbox.h"
#include "reporting/reporter.h"
#include "store/database.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

namespace tafel::cli {
namespace {

using namespace tafel::reporting;

class ReportCommand final {
    Q_DECLARE_TR_FUNCTIONS(tafel::cli::ReportCommand)
public:
    static Group group()
    {
        return {QStringLiteral("report"), [] { return tr("Health reports to the city's monitoring (Pushgateway, OTLP)"); },
                {Verb{QStringLiteral("show"), [] { return tr("Print a queued report as it would be sent"); }, &ReportCommand::declareShow,
                      &ReportCommand::show, 0, 0},
                 Verb{QStringLiteral("push"), [] { return tr("Send the queued reports to a sink now"); }, &ReportCommand::declarePush,
                      &ReportCommand::push, 0, 0},
                 Verb{QStringLiteral("outbox"), [] { return tr("Show the agent's report outbox"); }, &ReportCommand::declareAgentDb,
                      &ReportCommand::outbox, 0, 0}}};
    }

private:
    static QString defaultAgentDb() { return QStringLiteral("/var/lib/tafel-agent/agent.db"); }

    static void declareAgentDb(QCommandLineParser &p)
    {
        p.addOption(QCommandLineOption(QStringLiteral("agent-db"), tr("The agent's database (default: %1).").arg(defaultAgentDb()),
                                       QStringLiteral("FILE")));
    }

    static void declareShow(QCommandLineParser &p)
    {
        declareAgentDb(p);
        p.addOption(QCommandLineOption(QStringLiteral("format"), tr("prometheus (text format 0.0.4, default) or otlp (OTLP/HTTP JSON)."),
                                       QStringLiteral("FORMAT"), QStringLiteral("prometheus")));
        p.addOption(QCommandLineOption(QStringLiteral("report"), tr("The report's idempotency key (default: the newest report)."),
                                       QStringLiteral("ID")));
    }

    static void declarePush(QCommandLineParser &p)
    {
        declareAgentDb(p);
        p.addOption(QCommandLineOption(QStringLiteral("sink"), tr("The sink whose queued reports to send (default: the --kind)."),
                                       QStringLiteral("NAME")));
        p.addOption(QCommandLineOption(QStringLiteral("url"), tr("The sink's base URL, e.g. https://push.example:9091."), QStringLiteral("URL")));
        p.addOption(QCommandLineOption(QStringLiteral("kind"), tr("pushgateway (default) or otlp."), QStringLiteral("KIND"),
                                       QStringLiteral("pushgateway")));
        p.addOption(QCommandLineOption(QStringLiteral("token"), tr("Bearer token."), QStringLiteral("TOKEN")));
        p.addOption(QCommandLineOption(QStringLiteral("ca"), tr("CA certificate (PEM) instead of the system trust store."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("cert"), tr("Client certificate (PEM) for mutual TLS."), QStringLiteral("FILE")));
        p.addOption(QCommandLineOption(QStringLiteral("key"), tr("Client key (PEM) for mutual TLS."), QStringLiteral("FILE")));
    }

    static std::unique_ptr<store::Database> openAgentDb(const QCommandLineParser &args, Context &ctx)
    {
        const QString path = args.isSet(QStringLiteral("agent-db")) ? args.value(QStringLiteral("agent-db")) : defaultAgentDb();
        if (!QFileInfo::exists(path)) {
            ctx.fail(tr("No agent database at %1 (use --agent-db FILE).").arg(path));
            return nullptr;
        }
        store::OpenOptions o;
        o.schema = store::Schema::Agent;
        o.createIfMissing = false;
        auto db = store::Database::open(path, o);
        if (!db) {
            ctx.fail(db.error());
            return nullptr;
        }
        return std::move(db).value();
    }

    static int show(const QCommandLineParser &args, Context &ctx)
    {
        const QString format = args.value(QStringLiteral("format"));
        if (format != QLatin1String("prometheus") && format != QLatin1String("otlp"))
            return ctx.usageError(tr("--format must be prometheus or otlp."));
        auto db = openAgentDb(args, ctx);
        if (!db)
            return ExitFailed;
        Outbox outbox(*db);
        auto entry = outbox.find(args.value(QStringLiteral("report")));
        if (!entry)
            return ctx.fail(entry.error());
        if (!entry->has_value())
            return ctx.fail(args.isSet(QStringLiteral("report")) ? tr("No queued report %1.").arg(args.value(QStringLiteral("report")))
                                                                 : tr("The outbox is empty: every report has been sent."));
        auto report = HealthReport::fromJson((*entry)->payload);
        if (!report)
            return ctx.fail(report.error());
        if (format == QLatin1String("otlp"))
            ctx.out() << QString::fromUtf8(encodeOtlpJson(*report)) << Qt::endl;
        else
            ctx.out() << QString::fromUtf8(encodePrometheus(*report));
        return ExitOk;
    }

    static int push(const QCommandLineParser &args, Context &ctx)
    {
        const auto kind = sinkKindFromKey(args.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.usageError(tr("--kind must be pushgateway or otlp."));
        if (!args.isSet(QStringLiteral("url")))
            return ctx.usageError(tr("--url is required."));
        SinkConfig config;
        config.kind = *kind;
        config.name = args.isSet(QStringLiteral("sink")) ? args.value(QStringLiteral("sink")) : sinkKindKey(*kind);
        config.baseUrl = QUrl(args.value(QStringLiteral("url")), QUrl::StrictMode);
        config.bearerToken = args.value(QStringLiteral("token"));
        config.caFile = args.value(QStringLiteral("ca"));
        config.clientCertFile = args.value(QStringLiteral("cert"));
        config.clientKeyFile = args.value(QStringLiteral("key"));
        auto db = openAgentDb(args, ctx);
        if (!db)
            return ExitFailed;
        Reporter reporter(*db);
        if (Status s = reporter.addSink(config); !s)
            return ctx.fail(s.error());
        const qint64 before = reporter.outbox().pendingFor(config.name);
        QString error;
        QEventLoop loop;
        // One attempt per report: stop at the first failure instead of backing off (the agent retries).
        QObject::connect(&reporter, &Reporter::failed, &loop, [&](const QString &, const QString &, const SendResult &r) {
            if (r.outcome == SendResult::Outcome::Retry) {
                error = r.errorString;
                loop.quit();
            }
        });
        QObject::connect(&reporter, &Reporter::drained, &loop, &QEventLoop::quit);
        if (before > 0) {
            QTimer::singleShot(0, &reporter, [&reporter] { reporter.kick(); });
            loop.exec();
        }
        const auto status = reporter.sinkStatus(config.name);
        const qint64 left = reporter.outbox().pendingFor(config.name);
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("sink"), config.name},
                                      {QStringLiteral("delivered"), status.delivered},
                                      {QStringLiteral("pending"), left},
                                      {QStringLiteral("error"), error}});
        } else {
            ctx.printTable({tr("Sink"), tr("Delivered"), tr("Still queued"), tr("Error")},
                           {{config.name, QString::number(status.delivered), QString::number(left), error}});
        }
        return error.isEmpty() ? ExitOk : ExitFailed;
    }

    static int outbox(const QCommandLineParser &args, Context &ctx)
    {
        auto db = openAgentDb(args, ctx);
        if (!db)
            return ExitFailed;
        Outbox outbox(*db);
        const qint64 size = outbox.size();
        const qint64 oldest = outbox.oldestCreatedMs();
        const auto sinks = outbox.pendingBySink();
        const QString oldestText = oldest ? QDateTime::fromMSecsSinceEpoch(oldest, Qt::UTC).toString(Qt::ISODate) : QString();
        if (ctx.json()) {
            QJsonObject pending;
            for (const auto &s : sinks)
                pending.insert(s.first, s.second);
            ctx.printJson(QJsonObject{{QStringLiteral("size"), size},
                                      {QStringLiteral("dropped"), outbox.dropped()},
                                      {QStringLiteral("rejected"), outbox.counter(QStringLiteral("rejected"))},
                                      {QStringLiteral("oldest"), oldestText},
                                      {QStringLiteral("pending_by_sink"), pending}});
            return ExitOk;
        }
        ctx.printTable({tr("Queued"), tr("Dropped (full)"), tr("Refused by a server"), tr("Oldest")},
                       {{QString::number(size), QString::number(outbox.dropped()), QString::number(outbox.counter(QStringLiteral("rejected"))),
                         oldestText}});
        if (!sinks.isEmpty()) {
            QList<QStringList> rows;
            for (const auto &s : sinks)
                rows.append({s.first, QString::number(s.second)});
            ctx.out() << Qt::endl;
            ctx.printTable({tr("Sink"), tr("Still queued")}, rows);
        }
        return ExitOk;
    }
};

const GroupRegistrar registrar(&ReportCommand::group);

} // namespace
} // namespace tafel::cli
