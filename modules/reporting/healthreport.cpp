#include "reporting/healthreport.h"
#include "reporting/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace tafel::reporting {

const QList<MetricInfo> &metricInfos()
{
    static const QList<MetricInfo> infos = {
        {metric::Timestamp, "Time the report was built, seconds since the Unix epoch.", "s", false},
        {metric::AgentInfo, "Tafel agent of the room; the value is always 1.", "1", false},
        {metric::OutboxSize, "Reports waiting in the agent's outbox when this report was built.", "1", false},
        {metric::OutboxDropped, "Reports the agent's outbox dropped (oldest first) because it was full.", "1", true},
        {metric::SchoolRooms, "Rooms of the school whose agents answered the school reporter.", "1", false},
        {metric::SchoolRoomsOk, "Rooms of the school whose devices are all up.", "1", false},
        {metric::SchoolRoomsDegraded, "Rooms of the school with slow or some failing devices.", "1", false},
        {metric::SchoolRoomsDown, "Rooms of the school with devices down.", "1", false},
        {metric::SchoolRoomsUnknown, "Rooms of the school whose agents have no probe results yet.", "1", false},
        {metric::SchoolAgentsUnreachable, "Agents of the school that did not answer the school reporter.", "1", false},
        {metric::BroadbandDownload, "Download rate of the last broadband measurement.", "bit/s", false},
        {metric::BroadbandUpload, "Upload rate of the last broadband measurement.", "bit/s", false},
        {metric::BroadbandRtt, "Round-trip time of the last broadband measurement.", "s", false},
        {metric::BroadbandJitter, "Jitter of the last broadband measurement.", "s", false},
        {metric::BroadbandLoss, "Packet loss ratio (0..1) of the last broadband measurement.", "1", false},
        {metric::DeviceUp, "1 if the device answers its probes, 0 if it is down.", "1", false},
        {metric::DeviceRtt, "Round-trip time of the device's last probe.", "s", false},
        {metric::DisplayPowerOn, "1 if the display or projector is powered on.", "1", false},
        {metric::DisplayLampHours, "Lamp (or light source) hours reported by the display.", "h", false},
        {metric::DisplayError, "1 if the display reports an error (lamp, filter, fan, temperature, cover).", "1", false},
    };
    return infos;
}

const MetricInfo *metricInfo(const QString &name)
{
    for (const MetricInfo &m : metricInfos()) {
        if (name == QLatin1String(m.name))
            return &m;
    }
    return nullptr;
}

QString newReportId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {
using Labels = QList<QPair<QString, QString>>;

Series series(const char *name, const Labels &labels, double value)
{
    return Series{QLatin1String(name), labels, value};
}

QList<Series> deviceSeries(const DeviceHealth &d)
{
    const Labels labels = {{QStringLiteral("device"), d.device}, {QStringLiteral("kind"), d.kind}};
    QList<Series> out;
    if (d.up)
        out.append(series(metric::DeviceUp, labels, *d.up ? 1 : 0));
    if (d.rttSeconds)
        out.append(series(metric::DeviceRtt, labels, *d.rttSeconds));
    if (d.displayPowerOn)
        out.append(series(metric::DisplayPowerOn, labels, *d.displayPowerOn ? 1 : 0));
    if (d.lampHours)
        out.append(series(metric::DisplayLampHours, labels, *d.lampHours));
    if (d.displayError)
        out.append(series(metric::DisplayError, labels, *d.displayError ? 1 : 0));
    return out;
}
} // namespace

Result<HealthReport> buildReport(const HealthSnapshot &s, const QString &id)
{
    if (s.school.trimmed().isEmpty() || s.room.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::reporting", "A report needs a school and a room id."));
    HealthReport r;
    r.id = id.isEmpty() ? newReportId() : id;
    r.school = s.school;
    r.room = s.room;
    r.timestampMs = s.timestampMs;
    r.series.append(series(metric::Timestamp, {}, double(s.timestampMs) / 1000.0));
    r.series.append(series(metric::AgentInfo, {{QStringLiteral("version"), s.agentVersion}}, 1));
    r.series.append(series(metric::OutboxSize, {}, double(s.outboxSize)));
    r.series.append(series(metric::OutboxDropped, {}, double(s.outboxDropped)));
    if (s.schoolSummary) {
        const SchoolSummary &k = *s.schoolSummary;
        r.series.append(series(metric::SchoolRooms, {}, k.rooms));
        r.series.append(series(metric::SchoolRoomsOk, {}, k.roomsOk));
        r.series.append(series(metric::SchoolRoomsDegraded, {}, k.roomsDegraded));
        r.series.append(series(metric::SchoolRoomsDown, {}, k.roomsDown));
        r.series.append(series(metric::SchoolRoomsUnknown, {}, k.roomsUnknown));
        r.series.append(series(metric::SchoolAgentsUnreachable, {}, k.agentsUnreachable));
    }
    if (s.broadband) {
        const BroadbandHealth &b = *s.broadband;
        r.series.append(series(metric::BroadbandDownload, {}, b.downloadBitsPerSecond));
        r.series.append(series(metric::BroadbandUpload, {}, b.uploadBitsPerSecond));
        r.series.append(series(metric::BroadbandRtt, {}, b.rttSeconds));
        r.series.append(series(metric::BroadbandJitter, {}, b.jitterSeconds));
        r.series.append(series(metric::BroadbandLoss, {}, b.lossRatio));
    }
    QList<DeviceHealth> devices = s.devices;
    std::sort(devices.begin(), devices.end(),
              [](const DeviceHealth &a, const DeviceHealth &b) { return a.device < b.device; });
    for (const DeviceHealth &d : std::as_const(devices)) {
        const QList<Series> ds = deviceSeries(d);
        if (r.series.size() + ds.size() > HealthReport::MaxSeries) {
            ++r.droppedDevices;
            continue;
        }
        r.series.append(ds);
    }
    if (r.droppedDevices > 0)
        qCWarning(lcReporting) << "report of room" << s.room << "leaves out" << r.droppedDevices
                               << "devices to stay within" << HealthReport::MaxSeries << "series";
    return r;
}

QByteArray HealthReport::toJson() const
{
    QJsonArray arr;
    for (const Series &s : series) {
        QJsonObject labelsObj;
        for (const auto &l : s.labels)
            labelsObj.insert(l.first, l.second);
        arr.append(QJsonObject{{QStringLiteral("m"), s.metric}, {QStringLiteral("l"), labelsObj}, {QStringLiteral("v"), s.value}});
    }
    const QJsonObject o{{QStringLiteral("id"), id},
                        {QStringLiteral("school"), school},
                        {QStringLiteral("room"), room},
                        {QStringLiteral("ts"), QString::number(timestampMs)},
                        {QStringLiteral("droppedDevices"), droppedDevices},
                        {QStringLiteral("series"), arr}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<HealthReport> HealthReport::fromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::Corrupt, QStringLiteral("stored report is not JSON: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    HealthReport r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.school = o.value(QStringLiteral("school")).toString();
    r.room = o.value(QStringLiteral("room")).toString();
    r.timestampMs = o.value(QStringLiteral("ts")).toString().toLongLong();
    r.droppedDevices = o.value(QStringLiteral("droppedDevices")).toInt();
    const QJsonArray arr = o.value(QStringLiteral("series")).toArray();
    for (const QJsonValue &v : arr) {
        const QJsonObject so = v.toObject();
        Series s;
        s.metric = so.value(QStringLiteral("m")).toString();
        const QJsonObject lo = so.value(QStringLiteral("l")).toObject();
        for (auto it = lo.begin(); it != lo.end(); ++it)
            s.labels.append({it.key(), it.value().toString()});
        // Keep a stable label order: device, kind, then the rest.
        std::sort(s.labels.begin(), s.labels.end(), [](const auto &a, const auto &b) {
            auto rank = [](const QString &k) { return k == QLatin1String("device") ? 0 : k == QLatin1String("kind") ? 1 : 2; };
            return rank(a.first) != rank(b.first) ? rank(a.first) < rank(b.first) : a.first < b.first;
        });
        s.value = so.value(QStringLiteral("v")).toDouble();
        r.series.append(s);
    }
    if (r.id.isEmpty() || r.school.isEmpty() || r.room.isEmpty() || r.series.size() > MaxSeries)
        return Error::make(ErrorCode::Corrupt, QStringLiteral("stored report is incomplete"));
    return r;
}

} // namespace tafel::reporting
