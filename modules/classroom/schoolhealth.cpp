#include "classroom/schoolhealth.h"

#include <QCborArray>

namespace tafel::classroom {

namespace {
bool isDisplay(const QString &kind)
{
    return kind == QLatin1String("display") || kind == QLatin1String("projector");
}
} // namespace

RoomHealthSummary SchoolHealth::summarise(const QCborMap &healthGet, const QHash<QString, QString> &names)
{
    RoomHealthSummary s;
    s.state = healthGet.value(QStringLiteral("roomState")).toString(QStringLiteral("unknown"));
    if (s.state.isEmpty())
        s.state = QStringLiteral("unknown");
    s.agentTimeMs = healthGet.value(QStringLiteral("time")).toInteger();
    const QCborArray devices = healthGet.value(QStringLiteral("devices")).toArray();
    QStringList downNames, degradedNames;
    for (const QCborValue &v : devices) {
        const QCborMap m = v.toMap();
        DeviceHealth d;
        d.id = m.value(QStringLiteral("id")).toString();
        d.name = names.value(d.id, d.id);
        d.kind = m.value(QStringLiteral("kind")).toString();
        d.state = m.value(QStringLiteral("state")).toString(QStringLiteral("unknown"));
        d.answered = m.value(QStringLiteral("ok")).toBool();
        d.atMs = m.value(QStringLiteral("at")).toInteger();
        d.rttMs = m.value(QStringLiteral("rttMs")).toDouble(-1);
        d.error = m.value(QStringLiteral("error")).toString();
        s.newestSampleMs = qMax(s.newestSampleMs, d.atMs);
        if (d.state == QLatin1String("ok")) {
            ++s.ok;
        } else if (d.state == QLatin1String("degraded")) {
            ++s.degraded;
            degradedNames << d.name;
        } else if (d.state == QLatin1String("down")) {
            ++s.down;
            downNames << d.name;
        } else {
            ++s.unknown;
        }
        if (isDisplay(d.kind)) {
            if (d.atMs == 0)
                ++s.displaysUnknown;
            else if (d.state == QLatin1String("down") || !d.answered)
                ++s.displaysNotAnswering;
            else
                ++s.displaysAnswering;
        }
        s.devices.append(d);
    }
    const QCborMap bb = healthGet.value(QStringLiteral("broadband")).toMap();
    if (!bb.isEmpty()) {
        s.broadbandAtMs = bb.value(QStringLiteral("at")).toInteger();
        if (bb.contains(QStringLiteral("downloadMbps")))
            s.downloadMbps = bb.value(QStringLiteral("downloadMbps")).toDouble();
        if (bb.contains(QStringLiteral("uploadMbps")))
            s.uploadMbps = bb.value(QStringLiteral("uploadMbps")).toDouble();
        s.broadbandError = bb.value(QStringLiteral("error")).toString();
    }
    if (devices.isEmpty())
        s.reason = tr("The agent monitors no devices.");
    else if (!downNames.isEmpty())
        s.reason = tr("Not reachable: %1").arg(downNames.join(QStringLiteral(", ")));
    else if (!degradedNames.isEmpty())
        s.reason = tr("Slow or losing packets: %1").arg(degradedNames.join(QStringLiteral(", ")));
    else if (s.unknown == devices.size())
        s.reason = tr("Not measured yet");
    else if (s.unknown > 0)
        s.reason = tr("%1 of %2 devices answer").arg(s.ok).arg(devices.size()); // the rest: "not measured" on the devices line
    else
        s.reason = tr("Every device answers");
    return s;
}

int SchoolHealth::severity(const QString &state)
{
    if (state == QLatin1String("down"))
        return 0;
    if (state == QLatin1String("unreachable"))
        return 1;
    if (state == QLatin1String("degraded"))
        return 2;
    if (state == QLatin1String("unknown"))
        return 3;
    if (state == QLatin1String("checking"))
        return 4;
    if (state == QLatin1String("no-agent"))
        return 5;
    return 6;
}

QString SchoolHealth::words(const QString &state)
{
    if (state == QLatin1String("ok"))
        return tr("OK");
    if (state == QLatin1String("degraded"))
        return tr("Degraded");
    if (state == QLatin1String("down"))
        return tr("Down");
    if (state == QLatin1String("unreachable"))
        return tr("Agent unreachable");
    if (state == QLatin1String("no-agent"))
        return tr("No agent");
    if (state == QLatin1String("checking"))
        return tr("Checking…");
    return tr("Unknown");
}

QList<Device> SchoolHealth::agentsOf(const QList<Device> &roomDevices)
{
    QList<Device> out;
    for (const Device &d : roomDevices)
        if (d.runsAgent())
            out.append(d);
    return out;
}

QString SchoolHealth::age(qint64 ms)
{
    const qint64 secs = qMax<qint64>(0, ms) / 1000;
    if (secs < 120)
        return tr("%1 s").arg(secs);
    if (secs < 2 * 3600)
        return tr("%1 min").arg(secs / 60);
    if (secs < 2 * 86400)
        return tr("%1 h").arg(secs / 3600);
    return tr("%1 d").arg(secs / 86400);
}

} // namespace tafel::classroom
