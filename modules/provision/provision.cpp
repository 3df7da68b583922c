#include "provision.h"

#include "agentlink/permissions.h"
#include "core/hostport.h"
#include "crypto/keys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#else
using gid_t = unsigned int;
#endif

namespace tafel::provision {

namespace {

// The translation context of the validator's messages.
class Validator final {
    Q_DECLARE_TR_FUNCTIONS(tafel::provision::Validator)
};

bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    return false;
}

const QSet<QString> &topLevelKeys()
{
    static const QSet<QString> keys { QStringLiteral("schema"), QStringLiteral("school_id"), QStringLiteral("room"), QStringLiteral("role"),
        QStringLiteral("agent"), QStringLiteral("trusted_keys"), QStringLiteral("reporting"), QStringLiteral("admin_password_hash") };
    return keys;
}

std::optional<MachineRole> machineRoleFromName(const QString &name)
{
    for (auto r : { MachineRole::TeacherPc, MachineRole::DisplayPc, MachineRole::Student, MachineRole::Server })
        if (machineRoleName(r) == name)
            return r;
    return std::nullopt;
}

class Checker {
public:
    QList<ValidationError> errors;
    void add(const QString &path, const QString &message) { errors.append({ path, message }); }

    // A required or optional string; returns nullopt (and records an error) when present but not a string.
    std::optional<QString> string(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const auto v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                add(path, Validator::tr("missing (required)"));
            return std::nullopt;
        }
        if (!v.isString()) {
            add(path, Validator::tr("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }
};

} // namespace

QString machineRoleName(MachineRole role)
{
    switch (role) {
    case MachineRole::TeacherPc:
        return QStringLiteral("teacher-pc");
    case MachineRole::DisplayPc:
        return QStringLiteral("display-pc");
    case MachineRole::Student:
        return QStringLiteral("student");
    case MachineRole::Server:
        return QStringLiteral("server");
    }
    return {};
}

bool isScryptPhc(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{43})\\z"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int ln = m.captured(1).toInt();
    const int r = m.captured(2).toInt();
    const int p = m.captured(3).toInt();
    return ln >= 10 && ln <= 24 && r >= 1 && r <= 64 && p >= 1 && p <= 16;
}

QJsonObject Provision::toJson() const
{
    QJsonObject o { { QStringLiteral("schema"), schema }, { QStringLiteral("school_id"), schoolId }, { QStringLiteral("room"), room },
        { QStringLiteral("role"), machineRoleName(role) } };
    QJsonObject agent;
    if (!agentName.isEmpty())
        agent.insert(QStringLiteral("name"), agentName);
    if (!listen.isEmpty())
        agent.insert(QStringLiteral("listen"), listen);
    if (!agent.isEmpty())
        o.insert(QStringLiteral("agent"), agent);
    QJsonArray keys;
    for (const auto &k : trustedKeys) {
        QJsonObject e { { QStringLiteral("role"), k.role }, { QStringLiteral("key"), QString::fromLatin1(k.key) } };
        if (!k.comment.isEmpty())
            e.insert(QStringLiteral("comment"), k.comment);
        keys.append(e);
    }
    o.insert(QStringLiteral("trusted_keys"), keys);
    if (!reporting.isEmpty())
        o.insert(QStringLiteral("reporting"), reporting);
    if (!adminPasswordHash.isEmpty())
        o.insert(QStringLiteral("admin_password_hash"), adminPasswordHash);
    return o;
}

ParseResult parse(const QByteArray &json)
{
    Checker c;
    if (json.size() > kMaxFileSize) {
        c.add(QStringLiteral("$"), Validator::tr("the file is larger than 1 MiB"));
        return { std::nullopt, c.errors };
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        c.add(QStringLiteral("$"), Validator::tr("not valid JSON at byte %1: %2").arg(perr.offset).arg(perr.errorString()));
        return { std::nullopt, c.errors };
    }
    if (!doc.isObject()) {
        c.add(QStringLiteral("$"), Validator::tr("must be a JSON object"));
        return { std::nullopt, c.errors };
    }
    const QJsonObject o = doc.object();
    Provision p;

    for (auto it = o.begin(); it != o.end(); ++it)
        if (!topLevelKeys().contains(it.key()))
            c.add(QStringLiteral("$.") + it.key(),
                Validator::tr("unknown key (allowed: schema, school_id, room, role, agent, trusted_keys, reporting, admin_password_hash)"));

    // schema first: a newer file is reported as such, not as a list of "unknown" problems.
    const auto schema = o.value(QStringLiteral("schema"));
    if (schema.isUndefined()) {
        c.add(QStringLiteral("$.schema"), Validator::tr("missing (required; this Tafel writes %1)").arg(kSchemaVersion));
    } else if (!schema.isDouble() || schema.toDouble() != double(schema.toInt())) {
        c.add(QStringLiteral("$.schema"), Validator::tr("must be an integer"));
    } else if (schema.toInt() > kSchemaVersion) {
        c.add(QStringLiteral("$.schema"),
            Validator::tr("version %1 is newer than this Tafel understands (%2); upgrade Tafel first").arg(schema.toInt()).arg(kSchemaVersion));
        return { std::nullopt, c.errors };
    } else if (schema.toInt() < 1) {
        c.add(QStringLiteral("$.schema"), Validator::tr("must be %1").arg(kSchemaVersion));
    }

    if (auto s = c.string(o, QStringLiteral("school_id"), QStringLiteral("$.school_id"), true)) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}\\z"));
        if (!re.match(*s).hasMatch())
            c.add(QStringLiteral("$.school_id"), Validator::tr("must be 1-64 characters of A-Z a-z 0-9 . _ -"));
        p.schoolId = *s;
    }
    if (auto s = c.string(o, QStringLiteral("room"), QStringLiteral("$.room"), true)) {
        if (s->trimmed().isEmpty() || s->size() > 100 || hasControl(*s) || s->trimmed() != *s)
            c.add(QStringLiteral("$.room"), Validator::tr("must be 1-100 characters without control characters or surrounding spaces"));
        p.room = *s;
    }
    if (auto s = c.string(o, QStringLiteral("role"), QStringLiteral("$.role"), true)) {
        if (auto r = machineRoleFromName(*s))
            p.role = *r;
        else
            c.add(QStringLiteral("$.role"), Validator::tr("'%1' is not a machine role (teacher-pc, display-pc, student, server)").arg(*s));
    }

    const auto agent = o.value(QStringLiteral("agent"));
    if (!agent.isUndefined()) {
        if (!agent.isObject()) {
            c.add(QStringLiteral("$.agent"), Validator::tr("must be an object"));
        } else {
            const QJsonObject a = agent.toObject();
            for (auto it = a.begin(); it != a.end(); ++it)
                if (it.key() != QLatin1String("name") && it.key() != QLatin1String("listen"))
                    c.add(QStringLiteral("$.agent.") + it.key(), Validator::tr("unknown key (allowed: name, listen)"));
            if (auto s = c.string(a, QStringLiteral("name"), QStringLiteral("$.agent.name"), false)) {
                static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}\\z"));
                if (!re.match(*s).hasMatch())
                    c.add(QStringLiteral("$.agent.name"), Validator::tr("must be a host-name-like name of 1-63 characters (A-Z a-z 0-9 . _ -)"));
                p.agentName = *s;
            }
            if (auto s = c.string(a, QStringLiteral("listen"), QStringLiteral("$.agent.listen"), false)) {
                if (auto hp = parseHostPort(*s, 4450); !hp || hasControl(*s))
                    c.add(QStringLiteral("$.agent.listen"), hp ? Validator::tr("must be ADDR:PORT") : hp.errorString());
                p.listen = *s;
            }
        }
    }

    const auto keys = o.value(QStringLiteral("trusted_keys"));
    if (keys.isUndefined()) {
        c.add(QStringLiteral("$.trusted_keys"), Validator::tr("missing (required; an empty list makes the agent refuse every client)"));
    } else if (!keys.isArray()) {
        c.add(QStringLiteral("$.trusted_keys"), Validator::tr("must be an array"));
    } else if (keys.toArray().size() > kMaxTrustedKeys) {
        c.add(QStringLiteral("$.trusted_keys"), Validator::tr("more than %1 keys").arg(kMaxTrustedKeys));
    } else {
        QSet<QByteArray> seen;
        const QJsonArray arr = keys.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString path = QStringLiteral("$.trusted_keys[%1]").arg(i);
            if (!arr.at(i).isObject()) {
                c.add(path, Validator::tr("must be an object with role, key and optional comment"));
                continue;
            }
            const QJsonObject k = arr.at(i).toObject();
            for (auto it = k.begin(); it != k.end(); ++it)
                if (it.key() != QLatin1String("role") && it.key() != QLatin1String("key") && it.key() != QLatin1String("comment"))
                    c.add(path + QStringLiteral(".") + it.key(), Validator::tr("unknown key (allowed: role, key, comment)"));
            ProvisionKey pk;
            if (auto s = c.string(k, QStringLiteral("role"), path + QStringLiteral(".role"), true)) {
                if (!agentlink::roleFromString(*s))
                    c.add(path + QStringLiteral(".role"), Validator::tr("'%1' is not a key role (teacher, admin)").arg(*s));
                pk.role = *s;
            }
            if (auto s = c.string(k, QStringLiteral("key"), path + QStringLiteral(".key"), true)) {
                const QByteArray b64 = s->toLatin1();
                if (auto pub = crypto::PublicKey::fromBase64(b64); !pub || hasControl(*s) || s->contains(QLatin1Char(' ')))
                    c.add(path + QStringLiteral(".key"), Validator::tr("not an Ed25519 public key (base64 of 32 bytes)"));
                else if (seen.contains(pub->raw()))
                    c.add(path + QStringLiteral(".key"), Validator::tr("listed twice"));
                else
                    seen.insert(pub->raw());
                pk.key = b64;
            }
            if (auto s = c.string(k, QStringLiteral("comment"), path + QStringLiteral(".comment"), false)) {
                if (s->size() > 200 || hasControl(*s))
                    c.add(path + QStringLiteral(".comment"), Validator::tr("must be at most 200 characters without control characters"));
                pk.comment = *s;
            }
            p.trustedKeys.append(pk);
        }
    }

    const auto reporting = o.value(QStringLiteral("reporting"));
    if (!reporting.isUndefined()) {
        if (!reporting.isObject()) {
            c.add(QStringLiteral("$.reporting"), Validator::tr("must be an object (the reporting sinks' configuration)"));
        } else {
            // {"interval_secs": 60, "outbox_max": 20000, "sinks": [{"kind": "pushgateway|otlp", "url": "https://...",
            //  "name", "token", "ca_file", "cert_file", "key_file"}]} -> the agent's [Reporting] section.
            const QJsonObject r = reporting.toObject();
            p.reporting = r;
            for (auto it = r.begin(); it != r.end(); ++it) {
                if (it.key() != QLatin1String("sinks") && it.key() != QLatin1String("interval_secs") && it.key() != QLatin1String("outbox_max"))
                    c.add(QStringLiteral("$.reporting.") + it.key(), Validator::tr("unknown key (allowed: sinks, interval_secs, outbox_max)"));
            }
            for (const char *key : {"interval_secs", "outbox_max"}) {
                const QJsonValue v = r.value(QLatin1String(key));
                if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(qint64(v.toDouble()))))
                    c.add(QStringLiteral("$.reporting.") + QLatin1String(key), Validator::tr("must be a positive whole number"));
            }
            const QJsonValue sinks = r.value(QStringLiteral("sinks"));
            if (!sinks.isArray()) {
                c.add(QStringLiteral("$.reporting.sinks"), Validator::tr("must be a list of sinks"));
            } else {
                const QJsonArray list = sinks.toArray();
                for (qsizetype i = 0; i < list.size(); ++i) {
                    const QString at = QStringLiteral("$.reporting.sinks[%1]").arg(i);
                    if (!list.at(i).isObject()) {
                        c.add(at, Validator::tr("must be an object"));
                        continue;
                    }
                    const QJsonObject sink = list.at(i).toObject();
                    static const QStringList known = {QStringLiteral("kind"),  QStringLiteral("url"),     QStringLiteral("name"),     QStringLiteral("token"),
                                                      QStringLiteral("ca_file"), QStringLiteral("cert_file"), QStringLiteral("key_file")};
                    for (auto it = sink.begin(); it != sink.end(); ++it) {
                        if (!known.contains(it.key()))
                            c.add(at + QLatin1Char('.') + it.key(), Validator::tr("unknown key (allowed: kind, url, name, token, ca_file, cert_file, key_file)"));
                        else if (!it.value().isString() || it.value().toString().contains(QLatin1Char('\n')))
                            c.add(at + QLatin1Char('.') + it.key(), Validator::tr("must be a single-line string"));
                    }
                    const QString kind = sink.value(QStringLiteral("kind")).toString();
                    if (kind != QLatin1String("pushgateway") && kind != QLatin1String("otlp"))
                        c.add(at + QStringLiteral(".kind"), Validator::tr("must be 'pushgateway' or 'otlp'"));
                    const QUrl url(sink.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
                    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                        c.add(at + QStringLiteral(".url"), Validator::tr("must be an http:// or https:// address"));
                }
            }
        }
    }

    if (auto s = c.string(o, QStringLiteral("admin_password_hash"), QStringLiteral("$.admin_password_hash"), false)) {
        if (!isScryptPhc(*s))
            c.add(QStringLiteral("$.admin_password_hash"),
                Validator::tr("must be an scrypt hash ($scrypt$ln=..,r=..,p=..$salt$hash) as 'tafelctl provision bundle' writes it; a plain password "
                              "is refused"));
        p.adminPasswordHash = *s;
    }

    if (!c.errors.isEmpty())
        return { std::nullopt, c.errors };
    return { std::move(p), {} };
}

QByteArray Applier::trustedKeys(const Provision &provision)
{
    QByteArray out = "# Written by 'tafelctl provision apply' from provision.json (school " + provision.schoolId.toUtf8()
        + "). Changes here are replaced on the next apply.\n";
    for (const auto &k : provision.trustedKeys) {
        out += k.role.toUtf8() + ' ' + k.key;
        if (!k.comment.isEmpty())
            out += ' ' + k.comment.toUtf8();
        out += '\n';
    }
    return out;
}

Result<QByteArray> Applier::agentIni(const Provision &provision, const ApplyOptions &options, const QByteArray &existingIni)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error::make(ErrorCode::Io, tr("Cannot create a temporary directory: %1").arg(tmp.errorString()));
    const QString path = tmp.filePath(QStringLiteral("agent.ini"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(existingIni) != existingIni.size())
            return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    }
    {
        QSettings s(path, QSettings::IniFormat);
        if (s.status() != QSettings::NoError)
            return Error::make(ErrorCode::Corrupt, tr("The existing agent.ini cannot be read; fix or remove it and apply again."));
        s.setValue(QStringLiteral("Agent/Room"), provision.room);
        if (provision.agentName.isEmpty())
            s.remove(QStringLiteral("Agent/Name"));
        else
            s.setValue(QStringLiteral("Agent/Name"), provision.agentName);
        s.setValue(QStringLiteral("Agent/DataDir"), options.dataDir);
        if (provision.listen.isEmpty())
            s.remove(QStringLiteral("Agent/Listen"));
        else
            s.setValue(QStringLiteral("Agent/Listen"), provision.listen);
        s.setValue(QStringLiteral("Trust/KeysFile"),
            options.keysPath.isEmpty() ? QDir(options.configDir).absoluteFilePath(QString::fromLatin1(kTrustedKeys)) : options.keysPath);
        s.setValue(QStringLiteral("Provision/SchoolId"), provision.schoolId);
        // The agent reads its reporting sinks from [Reporting] (modules/agent/reportingconfig.h).
        s.remove(QStringLiteral("Reporting"));
        if (!provision.reporting.isEmpty()) {
            s.setValue(QStringLiteral("Reporting/School"), provision.schoolId);
            if (provision.reporting.contains(QStringLiteral("interval_secs")))
                s.setValue(QStringLiteral("Reporting/IntervalSecs"), provision.reporting.value(QStringLiteral("interval_secs")).toInteger());
            if (provision.reporting.contains(QStringLiteral("outbox_max")))
                s.setValue(QStringLiteral("Reporting/OutboxMax"), provision.reporting.value(QStringLiteral("outbox_max")).toInteger());
            const QJsonArray sinks = provision.reporting.value(QStringLiteral("sinks")).toArray();
            const QList<QPair<const char *, const char *>> keys = {{"kind", "Kind"},     {"url", "Url"},          {"name", "Name"},      {"token", "Token"},
                                                                   {"ca_file", "CaFile"}, {"cert_file", "CertFile"}, {"key_file", "KeyFile"}};
            for (qsizetype i = 0; i < sinks.size(); ++i) {
                const QJsonObject sink = sinks.at(i).toObject();
                for (const auto &[json, ini] : keys) {
                    const QString v = sink.value(QLatin1String(json)).toString();
                    if (!v.isEmpty())
                        s.setValue(QStringLiteral("Reporting/Sink%1/%2").arg(i + 1).arg(QLatin1String(ini)), v);
                }
            }
        }
        s.setValue(QStringLiteral("Provision/Role"), machineRoleName(provision.role));
        s.sync();
        if (s.status() != QSettings::NoError)
            return Error::make(ErrorCode::Io, tr("Cannot write the agent configuration."));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, f.errorString()));
    QByteArray ini("; Written by 'tafelctl provision apply'. [Agent] Room/Name/DataDir/Listen, [Trust] and [Provision] are\n"
                   "; replaced on the next apply; other keys ([Power], [Link], [Screen], [Media], [Wake]) are kept.\n");
    ini += f.readAll();
    return ini;
}

QByteArray Applier::autostartEntry()
{
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Tafel screen helper\n"
                             "Name[de]=Tafel-Bildschirmhelfer\n"
                             "Name[tr]=Tafel ekran yard\xc4\xb1mc\xc4\xb1s\xc4\xb1\n"
                             "Comment=Shows messages and media from the Tafel agent on this display PC\n"
                             "Comment[de]=Zeigt Nachrichten und Medien des Tafel-Agenten auf diesem Anzeige-PC\n"
                             "TryExec=tafel\n"
                             "Exec=tafel --screen\n"
                             "Icon=org.tafel.Tafel\n"
                             "Terminal=false\n"
                             "NoDisplay=true\n"
                             "X-GNOME-Autostart-enabled=true\n"
                             "X-Tafel-Provisioned=true\n");
}

namespace {

Status writeAtomically(const QString &path, const QByteArray &data, QFile::Permissions perms, gid_t group)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, Applier::tr("Cannot write %1: %2").arg(path, f.errorString()));
    // Restrict before any content is written; the rename makes the new file visible complete or not at all.
    f.setPermissions(perms);
#ifdef Q_OS_UNIX
    if (group != gid_t(-1))
        if (::fchown(int(f.handle()), 0, group) != 0)
            return Error::make(ErrorCode::Io, Applier::tr("Cannot set the group of %1.").arg(path));
#else
    Q_UNUSED(group);
#endif
    if (f.write(data) != data.size() || !f.commit())
        return Error::make(ErrorCode::Io, Applier::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Result<QStringList> Applier::apply(const Provision &provision, const ApplyOptions &options)
{
    if (!QDir().mkpath(options.configDir))
        return Error::make(ErrorCode::Io, tr("Cannot create the directory %1.").arg(options.configDir));
    const QDir dir(options.configDir);
    const QString iniPath = dir.absoluteFilePath(QString::fromLatin1(kAgentIni));
    QByteArray existing;
    if (QFile f(iniPath); f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(iniPath, f.errorString()));
        existing = f.readAll();
    }
    // Everything is computed before the first write, so a failure here leaves the old configuration whole.
    auto ini = agentIni(provision, options, existing);
    if (!ini)
        return ini.error();
    QByteArray reporting;
    if (!provision.reporting.isEmpty())
        reporting = QJsonDocument(provision.reporting).toJson(QJsonDocument::Indented);

    // As root (package scripts): root:tafel, so the service user reads its configuration and nobody else does.
    gid_t group = gid_t(-1);
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        if (const struct group *g = ::getgrnam("tafel"))
            group = g->gr_gid;
#endif
    const auto priv = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    const auto pub = priv | QFile::ReadOther;

    QStringList written;
    const QString keysPath = dir.absoluteFilePath(QString::fromLatin1(kTrustedKeys));
    if (auto st = writeAtomically(keysPath, trustedKeys(provision), pub, group); !st)
        return st.error();
    written << keysPath;
    const QString repPath = dir.absoluteFilePath(QString::fromLatin1(kReportingJson));
    if (!reporting.isEmpty()) {
        if (auto st = writeAtomically(repPath, reporting, priv, group); !st)
            return st.error();
        written << repPath;
    } else if (QFile::exists(repPath) && !QFile::remove(repPath)) {
        return Error::make(ErrorCode::Io, tr("Cannot remove %1.").arg(repPath));
    }
    const QString hashPath = dir.absoluteFilePath(QString::fromLatin1(kAdminHash));
    if (!provision.adminPasswordHash.isEmpty()) {
        if (auto st = writeAtomically(hashPath, provision.adminPasswordHash.toLatin1() + '\n', priv, group); !st)
            return st.error();
        written << hashPath;
    } else if (QFile::exists(hashPath) && !QFile::remove(hashPath)) {
        return Error::make(ErrorCode::Io, tr("Cannot remove %1.").arg(hashPath));
    }
    if (!options.autostartDir.isEmpty()) {
        const QString autostart = QDir(options.autostartDir).absoluteFilePath(QString::fromLatin1(kAutostartFile));
        if (provision.role == MachineRole::DisplayPc) {
            if (!QDir().mkpath(options.autostartDir))
                return Error::make(ErrorCode::Io, tr("Cannot create the directory %1.").arg(options.autostartDir));
            if (auto st = writeAtomically(autostart, autostartEntry(), pub, gid_t(-1)); !st)
                return st.error();
            written << autostart;
        } else if (QFile::exists(autostart) && !QFile::remove(autostart)) {
            return Error::make(ErrorCode::Io, tr("Cannot remove %1.").arg(autostart));
        }
    }
    // Last: the agent re-reads trusted-keys on change; agent.ini names it, so it goes after the keys exist.
    if (auto st = writeAtomically(iniPath, *ini, priv, group); !st)
        return st.error();
    written << iniPath;
    return written;
}

} // namespace tafel::provision
