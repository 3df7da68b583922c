#pragma once

#include "reporting/healthreport.h"

#include <QByteArray>
#include <QString>

namespace tafel::reporting {

// Prometheus text exposition format 0.0.4: "# HELP" and "# TYPE" once per metric, label values escaped (\\, \",
// \n), no timestamps (the Pushgateway refuses pushed timestamps; tafel_report_timestamp_seconds carries the time).
// withGroupingLabels=false leaves out school/room (the Pushgateway takes them from the grouping key).
inline constexpr char PrometheusContentType[] = "text/plain; version=0.0.4; charset=utf-8";
QByteArray encodePrometheus(const HealthReport &report, bool withGroupingLabels = true);
QString escapeLabelValue(const QString &value);
QString formatSampleValue(double value);

// Pushgateway grouping-key path: /metrics/job/tafel/school/<id>/room/<id>. A value that is empty or holds
// anything outside [A-Za-z0-9._~-] is written as <label>@base64/<URL-safe base64> ("=" for the empty value).
QString groupingKeyPath(const QString &school, const QString &room, const QString &job = QStringLiteral("tafel"));
QString groupingKeySegment(const QString &label, const QString &value);

// OTLP/HTTP JSON (ExportMetricsServiceRequest) for POST /v1/metrics: one resourceMetrics with resource attributes
// school/room (and service.name), one scope "tafel.reporting", one metric per name with gauge dataPoints (the
// dropped counter as a monotonic cumulative sum); timeUnixNano as a decimal string, asDouble, attributes
// device/kind (version for tafel_agent_info) and tafel.report_id = the idempotency key.
QByteArray encodeOtlpJson(const HealthReport &report);

} // namespace tafel::reporting
