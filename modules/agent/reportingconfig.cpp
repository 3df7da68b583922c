#include "agent/reportingconfig.h"
#include "reporting/outbox.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace tafel::agent {

namespace {
// QSettings splits unquoted commas into a list; join it back (a token or URL may contain commas).
QString text(const QSettings &s, const QString &key)
{
    const QVariant v = s.value(key);
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString().trimmed();
}

Error invalid(const QString &path, const QString &key, const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1: Reporting/%2: %3").arg(path, key, message));
}
} // namespace

Result<std::optional<ReportingConfig>> ReportingConfig::load(const QString &path, const QString &defaultRoom, const QString &dataDir)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return std::optional<ReportingConfig>();
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return Error::make(ErrorCode::InvalidInput, tr("%1: not a readable INI file.").arg(path));
    s.beginGroup(QStringLiteral("Reporting"));
    if (s.allKeys().isEmpty())
        return std::optional<ReportingConfig>();

    static const QRegularExpression sinkGroup(QStringLiteral("^Sink([1-9][0-9]{0,3})$"));
    static const QStringList topKeys{QStringLiteral("School"), QStringLiteral("Room"), QStringLiteral("IntervalSecs"), QStringLiteral("OutboxMax")};
    static const QStringList sinkKeys{QStringLiteral("Kind"),     QStringLiteral("Url"),      QStringLiteral("Name"),   QStringLiteral("Token"),
                                      QStringLiteral("CaFile"),   QStringLiteral("CertFile"), QStringLiteral("KeyFile")};
    // A misspelt key would silently change behaviour: refuse unknown keys.
    for (const QString &key : s.childKeys())
        if (!topKeys.contains(key))
            return invalid(path, key, tr("unknown key (known: %1, and Sink<N>/%2).").arg(topKeys.join(QStringLiteral(", ")), sinkKeys.join(QLatin1Char('|'))));

    ReportingConfig c;
    c.outboxMax = reporting::Outbox::DefaultMaxReports;
    c.school = text(s, QStringLiteral("School"));
    if (c.school.isEmpty())
        return invalid(path, QStringLiteral("School"), tr("required when [Reporting] is present (the school's id, e.g. gs-nord)."));
    c.room = text(s, QStringLiteral("Room"));
    if (c.room.isEmpty())
        c.room = defaultRoom.trimmed();
    if (c.room.isEmpty())
        return invalid(path, QStringLiteral("Room"), tr("required: set Reporting/Room or Agent/Room."));

    const auto number = [&](const QString &key, qint64 def, qint64 min, qint64 max) -> Result<qint64> {
        const QString t = text(s, key);
        if (t.isEmpty())
            return def;
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok || n < min || n > max)
            return invalid(path, key, tr("must be a number from %1 to %2, not '%3'.").arg(min).arg(max).arg(t));
        return n;
    };
    auto interval = number(QStringLiteral("IntervalSecs"), 60, 1, 86'400);
    if (!interval)
        return interval.error();
    auto outboxMax = number(QStringLiteral("OutboxMax"), reporting::Outbox::DefaultMaxReports, 10, 1'000'000);
    if (!outboxMax)
        return outboxMax.error();
    c.intervalSecs = int(*interval);
    c.outboxMax = *outboxMax;

    QList<std::pair<int, QString>> groups;
    for (const QString &g : s.childGroups()) {
        const auto m = sinkGroup.match(g);
        if (!m.hasMatch())
            return invalid(path, g, tr("unknown group (sinks are Sink1/..., Sink2/...)."));
        groups.append({m.captured(1).toInt(), g});
    }
    std::sort(groups.begin(), groups.end());
    const auto file = [&dataDir](const QString &name) {
        return name.isEmpty() ? QString() : QDir::cleanPath(QDir(dataDir).absoluteFilePath(name));
    };
    for (const auto &[n, g] : std::as_const(groups)) {
        s.beginGroup(g);
        for (const QString &key : s.childKeys())
            if (!sinkKeys.contains(key))
                return invalid(path, g + QLatin1Char('/') + key, tr("unknown key (known: %1).").arg(sinkKeys.join(QStringLiteral(", "))));
        if (!s.childGroups().isEmpty())
            return invalid(path, g + QLatin1Char('/') + s.childGroups().constFirst(), tr("unknown group."));
        reporting::SinkConfig sink;
        const QString kind = text(s, QStringLiteral("Kind"));
        const auto k = reporting::sinkKindFromKey(kind.toLower());
        if (!k)
            return invalid(path, g + QStringLiteral("/Kind"), tr("must be pushgateway or otlp, not '%1'.").arg(kind));
        sink.kind = *k;
        const QString url = text(s, QStringLiteral("Url"));
        sink.baseUrl = QUrl(url, QUrl::StrictMode);
        if (url.isEmpty() || !sink.baseUrl.isValid() || sink.baseUrl.host().isEmpty()
            || (sink.baseUrl.scheme() != QLatin1String("http") && sink.baseUrl.scheme() != QLatin1String("https")))
            return invalid(path, g + QStringLiteral("/Url"), tr("must be an http:// or https:// URL with a host, not '%1'.").arg(url));
        sink.name = text(s, QStringLiteral("Name"));
        if (sink.name.isEmpty())
            sink.name = g.toLower();
        sink.bearerToken = text(s, QStringLiteral("Token"));
        sink.caFile = file(text(s, QStringLiteral("CaFile")));
        sink.clientCertFile = file(text(s, QStringLiteral("CertFile")));
        sink.clientKeyFile = file(text(s, QStringLiteral("KeyFile")));
        s.endGroup();
        if (sink.clientCertFile.isEmpty() != sink.clientKeyFile.isEmpty())
            return invalid(path, g + (sink.clientCertFile.isEmpty() ? QStringLiteral("/CertFile") : QStringLiteral("/KeyFile")),
                           tr("CertFile and KeyFile go together (mutual TLS)."));
        for (const auto &[key, f] : {std::pair{QStringLiteral("CaFile"), sink.caFile}, std::pair{QStringLiteral("CertFile"), sink.clientCertFile},
                                     std::pair{QStringLiteral("KeyFile"), sink.clientKeyFile}})
            if (!f.isEmpty() && !QFileInfo(f).isReadable())
                return invalid(path, g + QLatin1Char('/') + key, tr("cannot read %1.").arg(f));
        for (const reporting::SinkConfig &other : std::as_const(c.sinks))
            if (other.name == sink.name)
                return invalid(path, g + QStringLiteral("/Name"), tr("the sink name '%1' is used twice.").arg(sink.name));
        c.sinks.append(sink);
    }
    if (c.sinks.isEmpty())
        return invalid(path, QStringLiteral("Sink1"), tr("at least one sink is required (Sink1/Kind=pushgateway|otlp, Sink1/Url=...)."));
    return std::optional<ReportingConfig>(c);
}

} // namespace tafel::agent
