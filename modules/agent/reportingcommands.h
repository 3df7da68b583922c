#pragma once

namespace tafel::agentlink {
class AgentLinkServer;
}

namespace tafel::agent {

class AgentService;

// The admin view's "Reports to the city" page talks to these (admin only, see agentlink/permissions.h):
//   report.status                 -> {enabled, ...AgentReporting::status()}; {enabled:false} when reporting is off
//   report.config.get             -> {configured, config: ReportingConfig::toCbor() (tokens as tokenSet only), source}
//   report.config.set {config}    -> validates like the INI file, writes <DataDir>/reporting.ini, restarts reporting
//                                    (queued reports stay); answers like report.config.get. Bad input: invalid-args
//                                    with the field and the reason; nothing is changed.
//   report.test {sink}            -> one report now to that sink, outside the outbox: {ok, httpStatus, body, error, url}
// Changes are written to the agent's audit log (agent.db), without tokens.
void registerReportingCommands(agentlink::AgentLinkServer &server, AgentService &service);

} // namespace tafel::agent
