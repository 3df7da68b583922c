#include "agent/reportingconfig.h"
#include "core/settings.h"
#include "reporting/outbox.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
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

bool hasControl(const QString &t)
{
    return std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

QStringList ReportingConfig::enabledSinkNames() const
{
    QStringList out;
    for (const reporting::SinkConfig &s : sinks)
        if (s.enabled)
            out << s.name;
    return out;
}

const reporting::SinkConfig *ReportingConfig::sink(const QString &name) const
{
    for (const reporting::SinkConfig &s : sinks)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString ReportingConfig::overridePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("reporting.ini"));
}

Result<std::optional<ReportingConfig>> ReportingConfig::loadForAgent(const QString &configPath, const QString &defaultRoom, const QString &dataDir)
{
    const QString override = overridePath(dataDir);
    if (!dataDir.isEmpty() && QFileInfo::exists(override))
        return load(override, defaultRoom, dataDir);
    return load(configPath, defaultRoom, dataDir);
}

Result<std::optional<ReportingConfig>> ReportingConfig::load(const QString &filePath, const QString &defaultRoom, const QString &dataDir,
                                                             const QString &label)
{
    const QString &path = filePath;
    const QString shown = label.isEmpty() ? filePath : label;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return std::optional<ReportingConfig>();
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return Error::make(ErrorCode::InvalidInput, tr("%1: not a readable INI file.").arg(shown));
    s.beginGroup(QStringLiteral("Reporting"));
    if (s.allKeys().isEmpty())
        return std::optional<ReportingConfig>();

    static const QRegularExpression sinkGroup(QStringLiteral("^Sink([1-9][0-9]{0,3})$"));
    static const QStringList topKeys{QStringLiteral("School"), QStringLiteral("Room"), QStringLiteral("IntervalSecs"), QStringLiteral("OutboxMax"),
                                     QStringLiteral("SchoolReporter"), QStringLiteral("SchoolAgents"), QStringLiteral("SchoolKeyFile")};
    static const QStringList sinkKeys{QStringLiteral("Kind"),   QStringLiteral("Url"),      QStringLiteral("Name"),    QStringLiteral("Token"),
                                      QStringLiteral("CaFile"), QStringLiteral("CertFile"), QStringLiteral("KeyFile"), QStringLiteral("Enabled")};
    // A misspelt key would silently change behaviour: refuse unknown keys.
    for (const QString &key : s.childKeys())
        if (!topKeys.contains(key))
            return invalid(shown, key, tr("unknown key (known: %1, and Sink<N>/%2).").arg(topKeys.join(QStringLiteral(", ")), sinkKeys.join(QLatin1Char('|'))));

    ReportingConfig c;
    c.outboxMax = reporting::Outbox::DefaultMaxReports;
    c.school = text(s, QStringLiteral("School"));
    if (c.school.isEmpty())
        return invalid(shown, QStringLiteral("School"), tr("required when [Reporting] is present (the school's id, e.g. gs-nord)."));
    c.room = text(s, QStringLiteral("Room"));
    if (c.room.isEmpty())
        c.room = defaultRoom.trimmed();
    for (const auto &[key, value] : {std::pair{QStringLiteral("School"), c.school}, std::pair{QStringLiteral("Room"), c.room}})
        if (hasControl(value))
            return invalid(shown, key, tr("must not contain control characters (line breaks, tabs)."));
    if (c.room.isEmpty())
        return invalid(shown, QStringLiteral("Room"), tr("required: set Reporting/Room or Agent/Room."));

    const auto number = [&](const QString &key, qint64 def, qint64 min, qint64 max) -> Result<qint64> {
        const QString t = text(s, key);
        if (t.isEmpty())
            return def;
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok || n < min || n > max)
            return invalid(shown, key, tr("must be a number from %1 to %2, not '%3'.").arg(min).arg(max).arg(t));
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
    if (const QString t = text(s, QStringLiteral("SchoolReporter")); !t.isEmpty()) {
        const auto b = parseBool(t);
        if (!b)
            return invalid(shown, QStringLiteral("SchoolReporter"), tr("must be true or false, not '%1'.").arg(t));
        c.schoolReporter = *b;
    }

    QList<std::pair<int, QString>> groups;
    for (const QString &g : s.childGroups()) {
        const auto m = sinkGroup.match(g);
        if (!m.hasMatch())
            return invalid(shown, g, tr("unknown group (sinks are Sink1/..., Sink2/...)."));
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
                return invalid(shown, g + QLatin1Char('/') + key, tr("unknown key (known: %1).").arg(sinkKeys.join(QStringLiteral(", "))));
        if (!s.childGroups().isEmpty())
            return invalid(shown, g + QLatin1Char('/') + s.childGroups().constFirst(), tr("unknown group."));
        reporting::SinkConfig sink;
        const QString kind = text(s, QStringLiteral("Kind"));
        const auto k = reporting::sinkKindFromKey(kind.toLower());
        if (!k)
            return invalid(shown, g + QStringLiteral("/Kind"), tr("must be pushgateway or otlp, not '%1'.").arg(kind));
        sink.kind = *k;
        const QString url = text(s, QStringLiteral("Url"));
        sink.baseUrl = QUrl(url, QUrl::StrictMode);
        if (url.isEmpty() || !sink.baseUrl.isValid() || sink.baseUrl.host().isEmpty()
            || (sink.baseUrl.scheme() != QLatin1String("http") && sink.baseUrl.scheme() != QLatin1String("https")))
            return invalid(shown, g + QStringLiteral("/Url"), tr("must be an http:// or https:// URL with a host, not '%1'.").arg(url));
        if (!sink.baseUrl.userInfo().isEmpty())
            return invalid(shown, g + QStringLiteral("/Url"), tr("must not contain a user name or password (use Token for a bearer token)."));
        if (sink.baseUrl.hasQuery() || sink.baseUrl.hasFragment())
            return invalid(shown, g + QStringLiteral("/Url"), tr("must not contain '?' or '#' (the sink appends its own path), not '%1'.").arg(url));
        if (const QString t = text(s, QStringLiteral("Enabled")); !t.isEmpty()) {
            const auto b = parseBool(t);
            if (!b)
                return invalid(shown, g + QStringLiteral("/Enabled"), tr("must be true or false, not '%1'.").arg(t));
            sink.enabled = *b;
        }
        sink.name = text(s, QStringLiteral("Name"));
        if (sink.name.isEmpty())
            sink.name = g.toLower();
        if (hasControl(sink.name))
            return invalid(shown, g + QStringLiteral("/Name"), tr("must not contain control characters (line breaks, tabs)."));
        sink.bearerToken = text(s, QStringLiteral("Token"));
        sink.caFile = file(text(s, QStringLiteral("CaFile")));
        sink.clientCertFile = file(text(s, QStringLiteral("CertFile")));
        sink.clientKeyFile = file(text(s, QStringLiteral("KeyFile")));
        s.endGroup();
        if (sink.clientCertFile.isEmpty() != sink.clientKeyFile.isEmpty())
            return invalid(shown, g + (sink.clientCertFile.isEmpty() ? QStringLiteral("/CertFile") : QStringLiteral("/KeyFile")),
                           tr("CertFile and KeyFile go together (mutual TLS)."));
        for (const auto &[key, f] : {std::pair{QStringLiteral("CaFile"), sink.caFile}, std::pair{QStringLiteral("CertFile"), sink.clientCertFile},
                                     std::pair{QStringLiteral("KeyFile"), sink.clientKeyFile}})
            if (!f.isEmpty() && !QFileInfo(f).isReadable())
                return invalid(shown, g + QLatin1Char('/') + key, tr("cannot read %1.").arg(f));
        for (const reporting::SinkConfig &other : std::as_const(c.sinks))
            if (other.name == sink.name)
                return invalid(shown, g + QStringLiteral("/Name"), tr("the sink name '%1' is used twice.").arg(sink.name));
        c.sinks.append(sink);
    }
    if (c.sinks.isEmpty())
        return invalid(shown, QStringLiteral("Sink1"), tr("at least one sink is required (Sink1/Kind=pushgateway|otlp, Sink1/Url=...)."));
    c.schoolAgentsFile = file(text(s, QStringLiteral("SchoolAgents")));
    c.schoolKeyFile = file(text(s, QStringLiteral("SchoolKeyFile")));
    if (c.schoolReporter) {
        for (const auto &[key, f] : {std::pair{QStringLiteral("SchoolAgents"), c.schoolAgentsFile}, std::pair{QStringLiteral("SchoolKeyFile"), c.schoolKeyFile}}) {
            if (f.isEmpty())
                return invalid(shown, key, tr("required with SchoolReporter=true (the school's agents and the key to ask them)."));
            if (!QFileInfo(f).isReadable())
                return invalid(shown, key, tr("cannot read %1.").arg(f));
        }
    }
    return std::optional<ReportingConfig>(c);
}

Status ReportingConfig::save(const QString &path) const
{
    const QString tmp = path + QStringLiteral(".new");
    QFile::remove(tmp);
    {
        // Create the file 0600 before QSettings writes a token into it.
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(tmp, f.errorString()));
    }
    {
        QSettings s(tmp, QSettings::IniFormat);
        s.beginGroup(QStringLiteral("Reporting"));
        s.setValue(QStringLiteral("School"), school);
        s.setValue(QStringLiteral("Room"), room);
        s.setValue(QStringLiteral("IntervalSecs"), intervalSecs);
        s.setValue(QStringLiteral("OutboxMax"), outboxMax);
        s.setValue(QStringLiteral("SchoolReporter"), schoolReporter ? QStringLiteral("true") : QStringLiteral("false"));
        if (!schoolAgentsFile.isEmpty())
            s.setValue(QStringLiteral("SchoolAgents"), schoolAgentsFile);
        if (!schoolKeyFile.isEmpty())
            s.setValue(QStringLiteral("SchoolKeyFile"), schoolKeyFile);
        int n = 0;
        for (const reporting::SinkConfig &sink : sinks) {
            s.beginGroup(QStringLiteral("Sink%1").arg(++n));
            s.setValue(QStringLiteral("Name"), sink.name);
            s.setValue(QStringLiteral("Kind"), reporting::sinkKindKey(sink.kind));
            s.setValue(QStringLiteral("Url"), sink.baseUrl.toString());
            s.setValue(QStringLiteral("Enabled"), sink.enabled ? QStringLiteral("true") : QStringLiteral("false"));
            if (!sink.bearerToken.isEmpty())
                s.setValue(QStringLiteral("Token"), sink.bearerToken);
            if (!sink.caFile.isEmpty())
                s.setValue(QStringLiteral("CaFile"), sink.caFile);
            if (!sink.clientCertFile.isEmpty())
                s.setValue(QStringLiteral("CertFile"), sink.clientCertFile);
            if (!sink.clientKeyFile.isEmpty())
                s.setValue(QStringLiteral("KeyFile"), sink.clientKeyFile);
            s.endGroup();
        }
        s.endGroup();
        s.sync();
        if (s.status() != QSettings::NoError)
            return Error::make(ErrorCode::Io, tr("Cannot write %1.").arg(tmp));
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path))
        return Error::make(ErrorCode::Io, tr("Cannot replace %1.").arg(path));
    return {};
}

QCborMap ReportingConfig::toCbor() const
{
    QCborArray list;
    for (const reporting::SinkConfig &sink : sinks)
        list.append(QCborMap{{QStringLiteral("name"), sink.name},
                             {QStringLiteral("kind"), reporting::sinkKindKey(sink.kind)},
                             {QStringLiteral("url"), sink.baseUrl.toString()},
                             {QStringLiteral("enabled"), sink.enabled},
                             {QStringLiteral("caFile"), sink.caFile},
                             {QStringLiteral("certFile"), sink.clientCertFile},
                             {QStringLiteral("keyFile"), sink.clientKeyFile},
                             {QStringLiteral("tokenSet"), !sink.bearerToken.isEmpty()}});
    return QCborMap{{QStringLiteral("school"), school},
                    {QStringLiteral("room"), room},
                    {QStringLiteral("intervalSecs"), intervalSecs},
                    {QStringLiteral("outboxMax"), outboxMax},
                    {QStringLiteral("schoolReporter"), schoolReporter},
                    {QStringLiteral("schoolAgents"), schoolAgentsFile},
                    {QStringLiteral("schoolKeyFile"), schoolKeyFile},
                    {QStringLiteral("sinks"), list}};
}

Result<ReportingConfig> ReportingConfig::fromCbor(const QCborMap &map, const std::optional<ReportingConfig> &current,
                                                  const QString &defaultRoom, const QString &dataDir)
{
    const auto bad = [](const QString &field, const QString &why) {
        return Error::make(ErrorCode::InvalidInput, tr("%1: %2").arg(field, why));
    };
    static const QStringList topFields{QStringLiteral("school"), QStringLiteral("room"), QStringLiteral("intervalSecs"),
                                       QStringLiteral("outboxMax"), QStringLiteral("schoolReporter"), QStringLiteral("schoolAgents"),
                                       QStringLiteral("schoolKeyFile"), QStringLiteral("sinks")};
    static const QStringList sinkFields{QStringLiteral("name"),   QStringLiteral("kind"),     QStringLiteral("url"),     QStringLiteral("enabled"),
                                        QStringLiteral("caFile"), QStringLiteral("certFile"), QStringLiteral("keyFile"), QStringLiteral("token"),
                                        QStringLiteral("tokenSet")};
    for (auto it = map.begin(); it != map.end(); ++it)
        if (!topFields.contains(it.key().toString()))
            return bad(it.key().toString(), tr("unknown field (known: %1).").arg(topFields.join(QStringLiteral(", "))));
    const auto isText = [](const QCborValue &v) { return v.isString() || v.isUndefined(); };
    const auto isNumber = [](const QCborValue &v) { return v.isInteger() || v.isUndefined(); };
    for (const char *f : {"school", "room", "schoolAgents", "schoolKeyFile"})
        if (!isText(map.value(QLatin1String(f))))
            return bad(QLatin1String(f), tr("must be text."));
    for (const char *f : {"intervalSecs", "outboxMax"})
        if (!isNumber(map.value(QLatin1String(f))))
            return bad(QLatin1String(f), tr("must be a whole number."));
    if (!map.value(QStringLiteral("schoolReporter")).isBool() && !map.value(QStringLiteral("schoolReporter")).isUndefined())
        return bad(QStringLiteral("schoolReporter"), tr("must be true or false."));
    if (!map.value(QStringLiteral("sinks")).isArray())
        return bad(QStringLiteral("sinks"), tr("required: a list of sinks (at least one)."));

    ReportingConfig c;
    c.school = map.value(QStringLiteral("school")).toString().trimmed();
    c.room = map.value(QStringLiteral("room")).toString().trimmed();
    c.intervalSecs = int(qBound(qint64(-1), map.value(QStringLiteral("intervalSecs")).toInteger(60), qint64(1'000'000)));
    c.outboxMax = map.value(QStringLiteral("outboxMax")).toInteger(reporting::Outbox::DefaultMaxReports);
    c.schoolReporter = map.value(QStringLiteral("schoolReporter")).toBool(false);
    c.schoolAgentsFile = map.value(QStringLiteral("schoolAgents")).toString().trimmed();
    c.schoolKeyFile = map.value(QStringLiteral("schoolKeyFile")).toString().trimmed();
    int n = 0;
    for (const QCborValue &v : map.value(QStringLiteral("sinks")).toArray()) {
        ++n;
        const QString where = QStringLiteral("sinks[%1]").arg(n);
        if (!v.isMap())
            return bad(where, tr("must be a map."));
        const QCborMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            if (!sinkFields.contains(it.key().toString()))
                return bad(where + QLatin1Char('.') + it.key().toString(), tr("unknown field (known: %1).").arg(sinkFields.join(QStringLiteral(", "))));
        for (const char *f : {"name", "kind", "url", "caFile", "certFile", "keyFile", "token"})
            if (!isText(m.value(QLatin1String(f))))
                return bad(where + QLatin1Char('.') + QLatin1String(f), tr("must be text."));
        if (!m.value(QStringLiteral("enabled")).isBool() && !m.value(QStringLiteral("enabled")).isUndefined())
            return bad(where + QStringLiteral(".enabled"), tr("must be true or false."));
        reporting::SinkConfig sink;
        sink.name = m.value(QStringLiteral("name")).toString().trimmed();
        if (sink.name.isEmpty())
            sink.name = QStringLiteral("sink%1").arg(n);
        const QString kind = m.value(QStringLiteral("kind")).toString().trimmed().toLower();
        const auto k = reporting::sinkKindFromKey(kind);
        if (!k)
            return bad(where + QStringLiteral(".kind"), tr("must be pushgateway or otlp, not '%1'.").arg(kind));
        sink.kind = *k;
        // Kept as typed (save() writes the URL text), so the INI rules below judge exactly what the admin entered.
        sink.baseUrl = QUrl(m.value(QStringLiteral("url")).toString().trimmed(), QUrl::TolerantMode);
        sink.enabled = m.value(QStringLiteral("enabled")).toBool(true);
        sink.caFile = m.value(QStringLiteral("caFile")).toString().trimmed();
        sink.clientCertFile = m.value(QStringLiteral("certFile")).toString().trimmed();
        sink.clientKeyFile = m.value(QStringLiteral("keyFile")).toString().trimmed();
        if (m.contains(QStringLiteral("token")))
            sink.bearerToken = m.value(QStringLiteral("token")).toString().trimmed();
        else if (current && current->sink(sink.name))
            sink.bearerToken = current->sink(sink.name)->bearerToken; // write-only: not sent back, kept
        c.sinks.append(sink);
    }
    // The same rules as the INI file: write a scratch file, load it, report errors under the field names.
    const QString scratch = QDir(dataDir).filePath(QStringLiteral("reporting.ini.check"));
    if (Status st = c.save(scratch); !st)
        return st.error();
    auto loaded = load(scratch, defaultRoom, dataDir, QStringLiteral("report.config.set"));
    QFile::remove(scratch);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return bad(QStringLiteral("sinks"), tr("required: a list of sinks (at least one)."));
    return **loaded;
}

} // namespace tafel::agent
