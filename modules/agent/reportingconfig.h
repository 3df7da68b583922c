#pragma once

#include "core/result.h"
#include "reporting/httpsink.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::agent {

// The [Reporting] section of the agent's INI file: health reports to the city's monitoring (modules/reporting).
// Without the section (or without any key in it) reporting is off.
//
//   [Reporting]
//   School=gs-nord                     ; required: the school's id (label `school`)
//   Room=r204                          ; the room's id (label `room`); default: [Agent] Room
//   IntervalSecs=60                    ; one report every N seconds, 1..86400
//   OutboxMax=20000                    ; reports kept in agent.db while sinks are unreachable (oldest dropped), 10..1000000
//   SchoolReporter=false               ; true: this agent also sends the school's aggregate (tafel_school_* series),
//   SchoolAgents=school-agents         ;   asking the agents listed here ("HOST:PORT FINGERPRINT" lines, the agent-pins
//   SchoolKeyFile=school-key.pem       ;   format) for health.get with this client key (a teacher key is enough)
//   Sink1/Kind=pushgateway             ; required per sink: pushgateway | otlp
//   Sink1/Url=https://push.city.example:9091   ; required: http(s) base URL (the sink appends its path)
//   Sink1/Name=city-push               ; unique; the outbox tracks deliveries by it (default: sink1)
//   Sink1/Token=...                    ; bearer token (optional)
//   Sink1/CaFile=city-ca.pem           ; PEM CA instead of the system trust store (optional)
//   Sink1/CertFile=agent-client.pem    ; client certificate for mutual TLS (with KeyFile)
//   Sink1/KeyFile=agent-client.key
//   Sink1/Enabled=true                 ; false: kept in the configuration, but no reports (its queue is forgotten)
//   Sink2/Kind=otlp                    ; more sinks: Sink2/..., Sink3/... (any positive number, sent in number order)
//   Sink2/Url=http://127.0.0.1:4318
//
// Relative file names are relative to DataDir. Renaming a sink forgets what was still queued for it.
//
// The admin view changes the configuration over the LAN protocol (report.config.set). The agent does not rewrite
// its INI file (often read-only in /etc, and comments would be lost): it writes <DataDir>/reporting.ini (0600,
// the same [Reporting] keys), which from then on replaces the INI file's [Reporting] section (loadForAgent).
struct ReportingConfig {
    Q_DECLARE_TR_FUNCTIONS(tafel::agent::ReportingConfig)
public:
    QString school;
    QString room;
    int intervalSecs = 60;
    qint64 outboxMax = 20'000;
    bool schoolReporter = false;
    QString schoolAgentsFile; // absolute; required with schoolReporter
    QString schoolKeyFile;    // absolute; required with schoolReporter
    QList<reporting::SinkConfig> sinks;

    QStringList enabledSinkNames() const;
    const reporting::SinkConfig *sink(const QString &name) const;

    // Reads [Reporting] from the INI file; nullopt when the section is absent (reporting off). Errors name the
    // file (or `label` when given) and the key. `defaultRoom` is [Agent] Room, `dataDir` resolves relative file names.
    static Result<std::optional<ReportingConfig>> load(const QString &path, const QString &defaultRoom, const QString &dataDir,
                                                       const QString &label = QString());
    // <DataDir>/reporting.ini when it exists (written by report.config.set), else the agent's INI file.
    static Result<std::optional<ReportingConfig>> loadForAgent(const QString &configPath, const QString &defaultRoom, const QString &dataDir);
    static QString overridePath(const QString &dataDir);

    // Writes the [Reporting] section to `path` (a new file, 0600: it may hold bearer tokens; written to a
    // temporary name and renamed, so a crash leaves the old file).
    Status save(const QString &path) const;

    // The LAN protocol form: {school, room, intervalSecs, outboxMax, schoolReporter, sinks:[{name, kind, url,
    // enabled, caFile, certFile, keyFile, tokenSet}]}. The token itself never leaves the agent.
    QCborMap toCbor() const;
    // Validates `map` (the form above, `token` instead of `tokenSet`) with the same rules as the INI file and
    // returns the new configuration. A sink without `token` keeps the token of the current sink of that name;
    // "token": "" removes it. Unknown fields are refused. Errors say which field is wrong and why.
    static Result<ReportingConfig> fromCbor(const QCborMap &map, const std::optional<ReportingConfig> &current,
                                            const QString &defaultRoom, const QString &dataDir);
};

} // namespace tafel::agent
