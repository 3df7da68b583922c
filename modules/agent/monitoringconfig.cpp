#include "agent/monitoringconfig.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace tafel::agent {

namespace {
// QSettings splits unquoted commas into a list; join it back so both ';' and ',' separate.
QString text(const QSettings &s, const char *key)
{
    const QVariant v = s.value(QString::fromLatin1(key));
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString().trimmed();
}

Result<int> number(const QSettings &s, const QString &path, const char *key, int def, int min, int max)
{
    const QString t = text(s, key);
    if (t.isEmpty())
        return def;
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < min || n > max)
        return Error::make(ErrorCode::InvalidInput, MonitoringConfig::tr("%1: %2 must be a number from %3 to %4, not '%5'.")
                                                        .arg(path, QString::fromLatin1(key))
                                                        .arg(min)
                                                        .arg(max)
                                                        .arg(t));
    return n;
}
} // namespace

Result<MonitoringTarget> MonitoringConfig::parseTarget(const QString &entry)
{
    const QStringList parts = entry.trimmed().split(QLatin1Char('|'));
    if (parts.size() != 3 || parts.at(0).trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Not a monitoring target: '%1' (use ID|KIND|URL, e.g. dev-1|display|tcp://10.0.0.5:4352).").arg(entry.trimmed()));
    auto probe = monitoring::ProbeTarget::parse(parts.at(2).trimmed());
    if (!probe)
        return probe.error();
    MonitoringTarget t;
    t.id = parts.at(0).trimmed();
    t.deviceKind = parts.at(1).trimmed();
    t.probe = *probe;
    t.probe.id = t.id;
    return t;
}

Result<MonitoringDisplay> MonitoringConfig::parseDisplay(const QString &entry)
{
    const QStringList parts = entry.trimmed().split(QLatin1Char('|'));
    const auto bad = [&entry](const QString &why) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Not a display: '%1': %2 (use ID|KIND|pjlink://[:PASSWORD@]HOST[:PORT] or ID|KIND|mdc://[:PIN@]HOST[:PORT][?id=N]).")
                               .arg(entry.trimmed(), why));
    };
    if (parts.size() != 3 || parts.at(0).trimmed().isEmpty())
        return bad(tr("three parts separated by | are needed"));
    const QUrl url(parts.at(2).trimmed(), QUrl::StrictMode);
    MonitoringDisplay d;
    d.id = parts.at(0).trimmed();
    d.kind = parts.at(1).trimmed().isEmpty() ? QStringLiteral("display") : parts.at(1).trimmed();
    if (url.scheme() == QLatin1String("pjlink"))
        d.target.protocol = displays::Protocol::PjLink;
    else if (url.scheme() == QLatin1String("mdc"))
        d.target.protocol = displays::Protocol::Mdc;
    else
        return bad(tr("the protocol must be pjlink or mdc"));
    if (!url.isValid() || url.host().isEmpty())
        return bad(tr("no host"));
    if (url.port() == 0)
        return bad(tr("port 0"));
    d.target.host = url.host();
    d.target.port = url.port() > 0 ? quint16(url.port()) : 0;
    d.target.password = url.password(QUrl::FullyDecoded);
    const QUrlQuery q(url);
    for (const auto &[key, value] : q.queryItems()) {
        if (key != QLatin1String("id") || d.target.protocol != displays::Protocol::Mdc)
            return bad(tr("unknown option '%1'").arg(key));
        bool ok = false;
        d.target.mdcId = value.toInt(&ok);
        if (!ok || d.target.mdcId < 0 || d.target.mdcId > 0xFE)
            return bad(tr("the MDC id must be 0..254"));
    }
    return d;
}

Result<MonitoringConfig> MonitoringConfig::load(const QString &path)
{
    MonitoringConfig c;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return c;
    QSettings s(path, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("Monitoring"));
    const auto num = [&](const char *key, int def, int min, int max) { return number(s, path, key, def, min, max); };
    auto interval = num("ProbeIntervalSecs", 30, 1, 3600);
    auto streams = num("Streams", 4, 1, 128);
    auto duration = num("DurationSecs", 10, 1, 60);
    auto perDay = num("BroadbandPerDay", 2, 0, 24);
    auto rawDays = num("RawDays", c.retention.rawDays, 1, 3650);
    auto minuteDays = num("MinuteDays", c.retention.minuteDays, 1, 3650);
    auto hourDays = num("HourDays", c.retention.hourDays, 1, 36500);
    auto downAfter = num("DownAfter", c.thresholds.downAfter, 1, 100);
    auto upAfter = num("UpAfter", c.thresholds.upAfter, 1, 100);
    auto slowMs = num("DegradedRttMs", int(c.thresholds.degradedRttMs), 1, 60000);
    for (const auto *r : {&interval, &streams, &duration, &perDay, &rawDays, &minuteDays, &hourDays, &downAfter, &upAfter, &slowMs})
        if (!*r)
            return r->error();
    c.probeIntervalSecs = *interval;
    c.streams = *streams;
    c.durationSecs = *duration;
    c.schedule.probeIntervalSec = *interval;
    c.schedule.broadbandPerDay = *perDay;
    c.schedule.broadbandMaxSec = 4 * *duration + 60;
    c.retention = {*rawDays, *minuteDays, *hourDays};
    c.thresholds.downAfter = *downAfter;
    c.thresholds.upAfter = *upAfter;
    c.thresholds.degradedRttMs = *slowMs;
    c.thresholds.staleAfterSec = qMax(300, 5 * *interval);

    static const QRegularExpression sep(QStringLiteral("[;,]"));
    for (const QString &entry : text(s, "Targets").split(sep, Qt::SkipEmptyParts)) {
        if (entry.trimmed().isEmpty())
            continue;
        auto t = parseTarget(entry);
        if (!t)
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1: Monitoring/Targets: %2").arg(path, t.errorString()));
        c.targets.append(*t);
    }
    for (const QString &entry : text(s, "Displays").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (entry.trimmed().isEmpty())
            continue;
        auto d = parseDisplay(entry);
        if (!d)
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1: Monitoring/Displays: %2").arg(path, d.errorString()));
        c.displays.append(*d);
    }
    if (const QString iperf = text(s, "Iperf3Server"); !iperf.isEmpty()) {
        auto hp = parseHostPort(iperf, 5201);
        if (!hp)
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1: Monitoring/Iperf3Server: %2").arg(path, hp.errorString()));
        c.iperf3Server = *hp;
    }
    if (const QString url = text(s, "LibreSpeedUrl"); !url.isEmpty()) {
        c.libreSpeedUrl = QUrl(url, QUrl::StrictMode);
        if (!c.libreSpeedUrl.isValid() || (c.libreSpeedUrl.scheme() != QLatin1String("http") && c.libreSpeedUrl.scheme() != QLatin1String("https")))
            return Error::make(ErrorCode::InvalidInput, tr("%1: Monitoring/LibreSpeedUrl must be an http:// or https:// URL.").arg(path));
    }
    if (const QString hours = text(s, "LessonHours"); !hours.isEmpty()) {
        c.schedule.lessons.clear();
        static const QRegularExpression range(QStringLiteral("^\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*$"));
        for (const QString &part : hours.split(sep, Qt::SkipEmptyParts)) {
            const auto m = range.match(part);
            const QTime from = QTime::fromString(m.captured(1), QStringLiteral("H:mm"));
            const QTime to = QTime::fromString(m.captured(2), QStringLiteral("H:mm"));
            if (!m.hasMatch() || !from.isValid() || !to.isValid() || to <= from)
                return Error::make(ErrorCode::InvalidInput, tr("%1: Monitoring/LessonHours: '%2' is not a time range like 07:30-16:30.").arg(path, part.trimmed()));
            c.schedule.lessons.append({0, from, to});
        }
    }
    return c;
}

} // namespace tafel::agent
