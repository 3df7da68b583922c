#include "agent/schoolconfig.h"
#include "agent/logging.h"
#include "crypto/sha256.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tafel::agent {

namespace {
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

QString hashOf(const QCborMap &config)
{
    return QString::fromLatin1(crypto::Sha256::hash(QCborValue(config).toCbor()).toHex());
}
} // namespace

SchoolConfig::SchoolConfig(QString dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("school-config.json")))
{
}

Result<SchoolConfig::Document> SchoolConfig::parse(qint64 version, const QCborMap &config)
{
    if (version <= 0)
        return Error::make(ErrorCode::InvalidInput, tr("config.push needs a version above 0."));
    Document d;
    d.version = version;
    d.config = config;
    const QCborValue trusted = config.value(QStringLiteral("trustedKeys"));
    if (!trusted.isUndefined() && !trusted.isArray())
        return Error::make(ErrorCode::InvalidInput, tr("config.trustedKeys must be a list."));
    const QCborArray trustedList = trusted.toArray();
    for (qsizetype i = 0; i < trustedList.size(); ++i) {
        const QCborMap k = trustedList.at(i).toMap();
        const auto role = agentlink::roleFromString(k.value(QStringLiteral("role")).toString());
        if (!role)
            return Error::make(ErrorCode::InvalidInput, tr("config.trustedKeys[%1].role must be 'teacher' or 'admin'.").arg(i));
        auto key = crypto::PublicKey::fromBase64(k.value(QStringLiteral("publicKey")).toString().toLatin1());
        if (!key)
            return Error::make(ErrorCode::InvalidInput, tr("config.trustedKeys[%1].publicKey: %2").arg(i).arg(key.errorString()));
        d.trusted.append(agentlink::TrustedKey { *key, *role, k.value(QStringLiteral("comment")).toString() });
    }
    const QCborValue revoked = config.value(QStringLiteral("revokedKeys"));
    if (!revoked.isUndefined() && !revoked.isArray())
        return Error::make(ErrorCode::InvalidInput, tr("config.revokedKeys must be a list."));
    const QCborArray revokedList = revoked.toArray();
    for (qsizetype i = 0; i < revokedList.size(); ++i) {
        auto key = crypto::PublicKey::fromBase64(revokedList.at(i).toMap().value(QStringLiteral("publicKey")).toString().toLatin1());
        if (!key)
            return Error::make(ErrorCode::InvalidInput, tr("config.revokedKeys[%1].publicKey: %2").arg(i).arg(key.errorString()));
        d.revoked.append(*key);
    }
    for (const QString &list : { QStringLiteral("devices"), QStringLiteral("schedules") }) {
        const QCborValue v = config.value(list);
        if (!v.isUndefined() && !v.isArray())
            return Error::make(ErrorCode::InvalidInput, tr("config.%1 must be a list.").arg(list));
    }
    d.sha256 = hashOf(config);
    return d;
}

Status SchoolConfig::load()
{
    QFile f(m_path);
    if (!f.exists()) {
        m_current.reset();
        return {};
    }
    const auto damaged = [this](const QString &why) {
        return Error::make(ErrorCode::Corrupt,
            tr("The pushed school configuration %1 is damaged (%2). Move it aside and push the configuration "
               "again from the admin view ('tafelctl config push').")
                .arg(m_path, why));
    };
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_path, f.errorString()));
    if (f.size() > kMaxFileSize)
        return damaged(tr("larger than 4 MiB"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        return damaged(err.errorString());
    const QJsonObject o = doc.object();
    auto d = parse(qint64(o.value(QStringLiteral("version")).toDouble()), QCborMap::fromJsonObject(o.value(QStringLiteral("config")).toObject()));
    if (!d)
        return damaged(d.errorString());
    d->sha256 = o.value(QStringLiteral("sha256")).toString(); // of the config as it was pushed (CBOR)
    d->received = QDateTime::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODate);
    d->fromKey = o.value(QStringLiteral("fromKey")).toString();
    m_current = std::move(d).value();
    apply();
    return {};
}

Result<QCborMap> SchoolConfig::accept(qint64 version, const QCborMap &config, const QString &fromKey)
{
    auto d = parse(version, config);
    if (!d)
        return d.error();
    const qint64 previous = m_current ? m_current->version : 0;
    QCborMap result { { QStringLiteral("version"), version }, { QStringLiteral("previous"), previous },
        { QStringLiteral("trustedKeys"), qint64(d->trusted.size()) }, { QStringLiteral("revokedKeys"), qint64(d->revoked.size()) },
        { QStringLiteral("devices"), qint64(config.value(QStringLiteral("devices")).toArray().size()) },
        { QStringLiteral("schedules"), qint64(config.value(QStringLiteral("schedules")).toArray().size()) } };
    if (m_current) {
        if (version < m_current->version)
            return Error::make(ErrorCode::AlreadyExists,
                tr("This agent has configuration version %1; version %2 is older and was not applied.").arg(m_current->version).arg(version));
        if (version == m_current->version) {
            if (d->sha256 != m_current->sha256)
                return Error::make(ErrorCode::AlreadyExists,
                    tr("This agent already has a different configuration with version %1; push a newer version.").arg(version));
            result.insert(QStringLiteral("unchanged"), true);
            return result;
        }
    }
    d->received = QDateTime::currentDateTimeUtc();
    d->fromKey = fromKey;
    const QJsonObject file { { QStringLiteral("version"), d->version }, { QStringLiteral("sha256"), d->sha256 },
        { QStringLiteral("received"), d->received.toString(Qt::ISODateWithMs) }, { QStringLiteral("fromKey"), fromKey },
        { QStringLiteral("config"), config.toJsonObject() } };
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(file).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_path, f.errorString()));
    m_current = std::move(d).value();
    apply();
    result.insert(QStringLiteral("unchanged"), false);
    return result;
}

void SchoolConfig::apply()
{
    if (m_server && m_current)
        m_server->setManagedTrust(m_current->trusted, m_current->revoked);
}

void SchoolConfig::attach(agentlink::AgentLinkServer *server)
{
    m_server = server;
    apply();
    server->addCommand(
        QStringLiteral("config.push"), [this, server](const agentlink::CallContext &ctx, const QCborMap &args, agentlink::Reply reply) {
            const QCborValue version = args.value(QStringLiteral("version"));
            const QCborValue config = args.value(QStringLiteral("config"));
            Result<QCborMap> r = (!version.isInteger() || !config.isMap())
                ? Result<QCborMap>(Error::make(ErrorCode::InvalidInput, tr("config.push needs {version: integer, config: map}.")))
                : accept(version.toInteger(), config.toMap(), ctx.keyId);
            const QString detail = QStringLiteral("version %1").arg(version.toInteger());
            server->audit(ctx, r ? QStringLiteral("ok") : QStringLiteral("refused"),
                          r ? QString() : QString::fromLatin1(agentlink::failureCode(r.error().code)),
                          r ? detail : detail + QStringLiteral(": ") + r.errorString());
            if (r)
                qCInfo(lcAgent).noquote() << "configuration version" << version.toInteger() << "from key" << ctx.keyId
                                          << (r->value(QStringLiteral("unchanged")).toBool() ? "unchanged" : "applied");
            reply(std::move(r));
        });
}

QCborMap SchoolConfig::summary() const
{
    if (!m_current)
        return QCborMap { { QStringLiteral("version"), 0 } };
    return QCborMap { { QStringLiteral("version"), m_current->version }, { QStringLiteral("sha256"), m_current->sha256 },
        { QStringLiteral("received"), m_current->received.toString(Qt::ISODate) }, { QStringLiteral("fromKey"), m_current->fromKey },
        { QStringLiteral("devices"), qint64(m_current->config.value(QStringLiteral("devices")).toArray().size()) },
        { QStringLiteral("schedules"), qint64(m_current->config.value(QStringLiteral("schedules")).toArray().size()) },
        { QStringLiteral("managedKeys"), qint64(m_current->trusted.size()) }, { QStringLiteral("revokedKeys"), qint64(m_current->revoked.size()) } };
}

} // namespace tafel::agent
