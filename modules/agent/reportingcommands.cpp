#include "agent/reportingcommands.h"
#include "agent/agentreporting.h"
#include "agent/agentservice.h"
#include "agent/reportingconfig.h"
#include "agentlink/agentlinkserver.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace tafel::agent {

namespace {
QCborMap configAnswer(AgentService &service)
{
    AgentReporting *r = service.reporting();
    if (!r)
        return QCborMap{{QStringLiteral("configured"), false}};
    return QCborMap{{QStringLiteral("configured"), true},
                    {QStringLiteral("config"), r->config().toCbor()},
                    {QStringLiteral("source"), service.reportingSource()}};
}

} // namespace

void registerReportingCommands(agentlink::AgentLinkServer &server, AgentService &service)
{
    server.addCommand(QStringLiteral("report.status"), [&service](const agentlink::CallContext &, const QCborMap &, agentlink::Reply reply) {
        AgentReporting *r = service.reporting();
        if (!r) {
            reply(QCborMap{{QStringLiteral("enabled"), false}});
            return;
        }
        QCborMap m = r->status();
        m.insert(QStringLiteral("enabled"), !r->config().enabledSinkNames().isEmpty());
        reply(m);
    });
    server.addCommand(QStringLiteral("report.config.get"), [&service](const agentlink::CallContext &, const QCborMap &, agentlink::Reply reply) {
        reply(configAnswer(service));
    });
    server.addCommand(QStringLiteral("report.config.set"),
                      [&server, &service](const agentlink::CallContext &ctx, const QCborMap &args, agentlink::Reply reply) {
                          const QCborValue config = args.value(QStringLiteral("config"));
                          if (!config.isMap()) {
                              reply(Error::make(ErrorCode::InvalidInput,
                                                QCoreApplication::translate("tafel::agent::ReportingConfig",
                                                                            "config: required, a map with school, room, intervalSecs and sinks.")));
                              return;
                          }
                          std::optional<ReportingConfig> current;
                          if (service.reporting())
                              current = service.reporting()->config();
                          auto next = ReportingConfig::fromCbor(config.toMap(), current, service.config().room, service.config().dataDir);
                          if (!next) {
                              server.audit(ctx, QStringLiteral("refused"), QStringLiteral("invalid"), next.errorString());
                              reply(next.error());
                              return;
                          }
                          if (Status st = service.applyReportingConfig(*next); !st) {
                              server.audit(ctx, QStringLiteral("failed"), QStringLiteral("apply"), st.errorString());
                              reply(st.error());
                              return;
                          }
                          // The audit detail is the new configuration without tokens (toCbor has tokenSet only).
                          server.audit(ctx, QStringLiteral("ok"), QStringLiteral("config"),
                                QString::fromUtf8(QJsonDocument(next->toCbor().toJsonObject()).toJson(QJsonDocument::Compact)));
                          reply(configAnswer(service));
                      });
    server.addCommand(QStringLiteral("report.test"),
                      [&server, &service](const agentlink::CallContext &ctx, const QCborMap &args, agentlink::Reply reply) {
                          AgentReporting *r = service.reporting();
                          if (!r) {
                              reply(Error::make(ErrorCode::NotFound,
                                                QCoreApplication::translate("tafel::agent::ReportingConfig",
                                                                            "Reporting is not configured on this agent.")));
                              return;
                          }
                          const QString sink = args.value(QStringLiteral("sink")).toString();
                          r->test(sink, [server = QPointer<agentlink::AgentLinkServer>(&server), ctx, reply](Result<QCborMap> answer) {
                              if (answer && server)
                                  server->audit(ctx, answer->value(QStringLiteral("ok")).toBool() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                        QStringLiteral("test"),
                                        QStringLiteral("%1 HTTP %2").arg(answer->value(QStringLiteral("sink")).toString())
                                            .arg(answer->value(QStringLiteral("httpStatus")).toInteger()));
                              reply(std::move(answer));
                          });
                      });
}

} // namespace tafel::agent
