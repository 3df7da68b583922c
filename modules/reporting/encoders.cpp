#include "reporting/encoders.h"

#include <QJsonArray>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tafel::reporting {

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += QLatin1String("\\\\");
        else if (c == u'"')
            out += QLatin1String("\\\"");
        else if (c == u'\n')
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

namespace {
QString escapeHelp(const QString &value)
{
    QString out = value;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    out.replace(QLatin1String("\n"), QLatin1String("\\n"));
    return out;
}

bool safePathValue(const QString &v)
{
    if (v.isEmpty())
        return false;
    for (const QChar c : v) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
                        || c == u'_' || c == u'-' || c == u'~';
        if (!ok)
            return false;
    }
    return v != QLatin1String(".") && v != QLatin1String("..");
}

QJsonObject stringAttr(const QString &key, const QString &value)
{
    return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), QJsonObject{{QStringLiteral("stringValue"), value}}}};
}
} // namespace

QString formatSampleValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray encodePrometheus(const HealthReport &report, bool withGroupingLabels)
{
    QString out;
    for (const MetricInfo &info : metricInfos()) {
        const QString name = QLatin1String(info.name);
        bool headerWritten = false;
        for (const Series &s : report.series) {
            if (s.metric != name)
                continue;
            if (!headerWritten) {
                out += QLatin1String("# HELP ") + name + u' ' + escapeHelp(QString::fromUtf8(info.help)) + u'\n';
                out += QLatin1String("# TYPE ") + name + (info.counter ? QLatin1String(" counter\n") : QLatin1String(" gauge\n"));
                headerWritten = true;
            }
            QStringList labels;
            if (withGroupingLabels) {
                labels << QLatin1String("school=\"") + escapeLabelValue(report.school) + u'"';
                labels << QLatin1String("room=\"") + escapeLabelValue(report.room) + u'"';
            }
            for (const auto &l : s.labels)
                labels << l.first + QLatin1String("=\"") + escapeLabelValue(l.second) + u'"';
            out += name;
            if (!labels.isEmpty())
                out += u'{' + labels.join(u',') + u'}';
            out += u' ' + formatSampleValue(s.value) + u'\n';
        }
    }
    return out.toUtf8();
}

QString groupingKeySegment(const QString &label, const QString &value)
{
    if (safePathValue(value))
        return label + u'/' + value;
    if (value.isEmpty())
        return label + QLatin1String("@base64/=");
    return label + QLatin1String("@base64/")
           + QString::fromLatin1(value.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString groupingKeyPath(const QString &school, const QString &room, const QString &job)
{
    return QLatin1String("/metrics/") + groupingKeySegment(QStringLiteral("job"), job) + u'/'
           + groupingKeySegment(QStringLiteral("school"), school) + u'/' + groupingKeySegment(QStringLiteral("room"), room);
}

QByteArray encodeOtlpJson(const HealthReport &report)
{
    const QString timeNano = QString::number(report.timestampMs) + QLatin1String("000000");
    QJsonArray metrics;
    for (const MetricInfo &info : metricInfos()) {
        const QString name = QLatin1String(info.name);
        QJsonArray points;
        for (const Series &s : report.series) {
            if (s.metric != name)
                continue;
            QJsonArray attrs;
            for (const auto &l : s.labels)
                attrs.append(stringAttr(l.first, l.second));
            attrs.append(stringAttr(QStringLiteral("tafel.report_id"), report.id));
            QJsonObject p{{QStringLiteral("timeUnixNano"), timeNano}, {QStringLiteral("attributes"), attrs}};
            // JSON has no NaN/Inf; OTLP JSON writes them as strings.
            if (std::isfinite(s.value))
                p.insert(QStringLiteral("asDouble"), s.value);
            else
                p.insert(QStringLiteral("asDouble"), formatSampleValue(s.value).remove(u'+'));
            points.append(p);
        }
        if (points.isEmpty())
            continue;
        QJsonObject m{{QStringLiteral("name"), name},
                      {QStringLiteral("description"), QString::fromUtf8(info.help)},
                      {QStringLiteral("unit"), QString::fromUtf8(info.unit)}};
        if (info.counter) {
            m.insert(QStringLiteral("sum"), QJsonObject{{QStringLiteral("dataPoints"), points},
                                                        {QStringLiteral("aggregationTemporality"), 2},
                                                        {QStringLiteral("isMonotonic"), true}});
        } else {
            m.insert(QStringLiteral("gauge"), QJsonObject{{QStringLiteral("dataPoints"), points}});
        }
        metrics.append(m);
    }
    const QJsonObject resource{{QStringLiteral("attributes"),
                                QJsonArray{stringAttr(QStringLiteral("school"), report.school),
                                           stringAttr(QStringLiteral("room"), report.room),
                                           stringAttr(QStringLiteral("service.name"), QStringLiteral("tafel-agent"))}}};
    const QJsonObject scopeMetrics{{QStringLiteral("scope"), QJsonObject{{QStringLiteral("name"), QStringLiteral("tafel.reporting")}}},
                                   {QStringLiteral("metrics"), metrics}};
    const QJsonObject rm{{QStringLiteral("resource"), resource}, {QStringLiteral("scopeMetrics"), QJsonArray{scopeMetrics}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("resourceMetrics"), QJsonArray{rm}}}).toJson(QJsonDocument::Compact);
}

} // namespace tafel::reporting
