#pragma once

#include "core/hostport.h"
#include "core/result.h"
#include "displays/displaydriver.h"
#include "monitoring/healthtracker.h"
#include "monitoring/historystore.h"
#include "monitoring/measurementscheduler.h"
#include "monitoring/sample.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace tafel::agent {

// One device the agent probes: `id` keys history and health, `deviceKind` is a label for the views
// ("display", "ap", "switch", "printer", "pc", ...), `probe` is what is sent (its id is `id`).
struct MonitoringTarget {
    QString id;
    QString deviceKind;
    monitoring::ProbeTarget probe;
};

// One display or projector of the room whose status the agent reads for its health reports
// (tafel_display_power_on / _lamp_hours / _error): `id` is the inventory id (label `device`), `kind` the label
// `kind` ("display", "projector").
struct MonitoringDisplay {
    QString id;
    QString kind;
    displays::DisplayTarget target;
};

// The [Monitoring] section of the agent's INI file (all keys optional; without Targets and servers the agent
// still answers health.get / history.query with empty data):
//
//   [Monitoring]
//   ProbeIntervalSecs=30               ; per target, 5..3600
//   Targets="dev-1|display|tcp://127.0.0.1:4352; ap-1|ap|icmp://10.0.0.2; web|http|https://example.org/"
//                                      ; ID|KIND|URL, separated by ';' (URL: icmp://, tcp://, http(s)://)
//   Displays="tafel-1|display|mdc://:0000@10.0.0.5:1515?id=1; beamer|projector|pjlink://:secret@10.0.0.6"
//                                      ; ID|KIND|URL: pjlink://[:PASSWORD@]HOST[:PORT] or mdc://[:PIN@]HOST[:PORT][?id=N];
//                                      ; status read with the display drivers before every health report
//   Iperf3Server=host:port             ; broadband test with iperf3 (port default 5201), upload + reverse
//   LibreSpeedUrl=http://host/backend/ ; broadband test with the LibreSpeed HTTP endpoints (used when no iperf3)
//   Streams=4                          ; parallel streams per broadband test (HTTP: at most 6)
//   DurationSecs=10                    ; per direction, warm-up excluded
//   BroadbandPerDay=2                  ; randomised times outside lesson hours; 0 = only on request (measure.now)
//   LessonHours=07:30-16:30            ; Monday to Friday; several as "07:30-12:00, 12:45-16:30"
//   RawDays=7                          ; retention: raw samples
//   MinuteDays=30                      ; retention: per-minute rollups
//   HourDays=1095                      ; retention: per-hour rollups
//   DownAfter=3                        ; health hysteresis: failed probes in a row before "down"
//   UpAfter=2                          ; good probes in a row to come back
//   DegradedRttMs=150                  ; a probe slower than this counts as slow
//
// History lives in <DataDir>/history.db (SQLite, WAL), broadband results in <DataDir>/broadband.jsonl.
struct MonitoringConfig {
    Q_DECLARE_TR_FUNCTIONS(tafel::agent::MonitoringConfig)
public:
    int probeIntervalSecs = 30;
    QList<MonitoringTarget> targets;
    QList<MonitoringDisplay> displays;
    HostPort iperf3Server;  // host empty = none
    QUrl libreSpeedUrl;     // empty = none
    int streams = 4;
    int durationSecs = 10;
    monitoring::ScheduleConfig schedule;
    monitoring::HistoryStore::Retention retention;
    monitoring::HealthThresholds thresholds;

    bool hasBroadband() const { return !iperf3Server.host.isEmpty() || libreSpeedUrl.isValid(); }

    // Parses one "ID|KIND|URL" entry.
    static Result<MonitoringTarget> parseTarget(const QString &text);
    // Parses one "ID|KIND|pjlink://..." or "ID|KIND|mdc://..." entry.
    static Result<MonitoringDisplay> parseDisplay(const QString &text);
    // Reads [Monitoring] from the INI file (empty path: the defaults).
    static Result<MonitoringConfig> load(const QString &path);
};

} // namespace tafel::agent
