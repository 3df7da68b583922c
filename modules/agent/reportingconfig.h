#pragma once

#include "core/result.h"
#include "reporting/httpsink.h"

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
//   Sink1/Kind=pushgateway             ; required per sink: pushgateway | otlp
//   Sink1/Url=https://push.city.example:9091   ; required: http(s) base URL (the sink appends its path)
//   Sink1/Name=city-push               ; unique; the outbox tracks deliveries by it (default: sink1)
//   Sink1/Token=...                    ; bearer token (optional)
//   Sink1/CaFile=city-ca.pem           ; PEM CA instead of the system trust store (optional)
//   Sink1/CertFile=agent-client.pem    ; client certificate for mutual TLS (with KeyFile)
//   Sink1/KeyFile=agent-client.key
//   Sink2/Kind=otlp                    ; more sinks: Sink2/..., Sink3/... (any positive number, sent in number order)
//   Sink2/Url=http://127.0.0.1:4318
//
// Relative file names are relative to DataDir. Renaming a sink forgets what was still queued for it.
struct ReportingConfig {
    Q_DECLARE_TR_FUNCTIONS(tafel::agent::ReportingConfig)
public:
    QString school;
    QString room;
    int intervalSecs = 60;
    qint64 outboxMax = 20'000;
    QList<reporting::SinkConfig> sinks;

    // Reads [Reporting] from the INI file; nullopt when the section is absent (reporting off). Errors name the
    // file and the key. `defaultRoom` is [Agent] Room, `dataDir` resolves relative file names.
    static Result<std::optional<ReportingConfig>> load(const QString &path, const QString &defaultRoom, const QString &dataDir);
};

} // namespace tafel::agent
