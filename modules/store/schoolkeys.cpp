#include "store/schoolkeys.h"

#include "core/clock.h"
#include "crypto/keys.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tafel::store {

using detail::exec;

namespace {

// The translation context lupdate sees ("SchoolKeys"); a tr() wrapper function would hide it.
struct SchoolKeys {
    Q_DECLARE_TR_FUNCTIONS(SchoolKeys)
};

const QString kKeyColumns = QStringLiteral("key_id, role, comment, public_key, created_ms, revoked_ms");

Result<ClientKey> keyFromRow(const QSqlQuery &q)
{
    ClientKey k;
    k.keyId = q.value(0).toString();
    const auto role = roleFromKey(q.value(1).toString());
    if (!role)
        return Error::make(ErrorCode::Incompatible, SchoolKeys::tr("Key %1 has the unknown role '%2'.").arg(k.keyId, q.value(1).toString()));
    k.role = *role;
    k.comment = q.value(2).toString();
    k.publicKey = q.value(3).toString();
    k.created = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    if (!q.value(5).isNull())
        k.revoked = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return k;
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

} // namespace

QJsonObject toJson(const ClientKey &key)
{
    QJsonObject o { { QStringLiteral("key_id"), key.keyId }, { QStringLiteral("role"), roleKey(key.role) },
        { QStringLiteral("comment"), key.comment }, { QStringLiteral("public_key"), key.publicKey },
        { QStringLiteral("created"), key.created.toUTC().toString(Qt::ISODate) }, { QStringLiteral("revoked"), key.isRevoked() } };
    if (key.isRevoked())
        o.insert(QStringLiteral("revoked_at"), key.revoked.toUTC().toString(Qt::ISODate));
    return o;
}

Result<QList<ClientKey>> ClientKeyRepository::list() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(" FROM client_keys ORDER BY created_ms, key_id"));
    if (!q)
        return q.error();
    QList<ClientKey> keys;
    while (q->next()) {
        auto k = keyFromRow(*q);
        if (!k)
            return k.error();
        keys.append(*k);
    }
    return keys;
}

Result<ClientKey> ClientKeyRepository::get(const QString &keyId) const
{
    const QString id = keyId.trimmed().toLower();
    if (id.isEmpty())
        return Error::make(ErrorCode::InvalidInput, SchoolKeys::tr("A key id is needed."));
    auto q = exec(m_db.connection(),
        QStringLiteral("SELECT ") + kKeyColumns + QStringLiteral(" FROM client_keys WHERE key_id = ? OR substr(key_id, 1, ?) = ?"),
        { id, qint64(id.size()), id });
    if (!q)
        return q.error();
    QList<ClientKey> found;
    while (q->next()) {
        auto k = keyFromRow(*q);
        if (!k)
            return k.error();
        if (k->keyId == id)
            return k;
        found.append(*k);
    }
    if (found.isEmpty())
        return Error::make(ErrorCode::NotFound, SchoolKeys::tr("There is no key '%1'. 'tafelctl keys list' shows the school's keys.").arg(keyId));
    if (found.size() > 1)
        return Error::make(ErrorCode::InvalidInput, SchoolKeys::tr("'%1' matches %2 keys; give more digits of the key id.").arg(keyId).arg(found.size()));
    return found.constFirst();
}

Result<ClientKey> ClientKeyRepository::add(ClientKey key)
{
    auto pub = crypto::PublicKey::fromBase64(key.publicKey.trimmed().toLatin1());
    if (!pub)
        return Error::make(ErrorCode::InvalidInput, SchoolKeys::tr("Not an Ed25519 public key: %1").arg(pub.errorString()));
    if (key.keyId.isEmpty())
        key.keyId = pub->keyId();
    if (key.keyId != pub->keyId())
        return Error::make(ErrorCode::InvalidInput, SchoolKeys::tr("The key id %1 does not belong to this public key (%2).").arg(key.keyId, pub->keyId()));
    key.publicKey = QString::fromLatin1(pub->toBase64());
    key.comment = key.comment.simplified();
    if (!key.created.isValid())
        key.created = Clock::system().now();
    Status st = m_db.transaction([&]() -> Status {
        auto existing = exec(
            m_db.connection(), QStringLiteral("SELECT key_id FROM client_keys WHERE key_id = ? OR public_key = ?"), { key.keyId, key.publicKey });
        if (!existing)
            return existing.error();
        if (existing->next())
            return Error::make(ErrorCode::AlreadyExists, SchoolKeys::tr("The key %1 is already in the school's keys.").arg(key.keyId));
        auto q = exec(m_db.connection(),
            QStringLiteral("INSERT INTO client_keys (key_id, role, comment, public_key, created_ms, revoked_ms) VALUES (?, ?, ?, ?, ?, ?)"),
            { key.keyId, roleKey(key.role), key.comment, key.publicKey, key.created.toMSecsSinceEpoch(), msOrNull(key.revoked) });
        if (!q)
            return q.error();
        return {};
    });
    if (!st)
        return st.error();
    return key;
}

Result<ClientKey> ClientKeyRepository::revoke(const QString &keyId, const QDateTime &at)
{
    auto key = get(keyId);
    if (!key)
        return key.error();
    if (key->isRevoked())
        return Error::make(
            ErrorCode::InvalidInput, SchoolKeys::tr("The key %1 was revoked already on %2.").arg(key->keyId, key->revoked.toLocalTime().toString(Qt::ISODate)));
    key->revoked = at.isValid() ? at : Clock::system().now();
    auto q = exec(m_db.connection(), QStringLiteral("UPDATE client_keys SET revoked_ms = ? WHERE key_id = ? AND revoked_ms IS NULL"),
        { key->revoked.toMSecsSinceEpoch(), key->keyId });
    if (!q)
        return q.error();
    return key;
}

Result<QHash<QString, AgentState>> AgentStateRepository::all() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT agent, last_seen_ms, version, name, config_version, config_pushed_ms FROM agent_state"));
    if (!q)
        return q.error();
    QHash<QString, AgentState> out;
    while (q->next()) {
        AgentState s;
        s.agent = q->value(0).toString();
        if (!q->value(1).isNull())
            s.lastSeen = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        s.version = q->value(2).toString();
        s.name = q->value(3).toString();
        s.configVersion = q->value(4).toLongLong();
        if (!q->value(5).isNull())
            s.configPushed = QDateTime::fromMSecsSinceEpoch(q->value(5).toLongLong(), Qt::UTC);
        out.insert(s.agent, s);
    }
    return out;
}

Status AgentStateRepository::recordSeen(const QString &agent, const QDateTime &at, const QString &version, const QString &name)
{
    auto q = exec(m_db.connection(),
        QStringLiteral("INSERT INTO agent_state (agent, last_seen_ms, version, name) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT(agent) DO UPDATE SET last_seen_ms = excluded.last_seen_ms,"
                       " version = CASE WHEN excluded.version = '' THEN version ELSE excluded.version END,"
                       " name = CASE WHEN excluded.name = '' THEN name ELSE excluded.name END"),
        { agent, at.toMSecsSinceEpoch(), version, name });
    if (!q)
        return q.error();
    return {};
}

Status AgentStateRepository::recordConfig(const QString &agent, qint64 version, const QDateTime &at)
{
    auto q = exec(m_db.connection(),
        QStringLiteral("INSERT INTO agent_state (agent, config_version, config_pushed_ms) VALUES (?, ?, ?)"
                       " ON CONFLICT(agent) DO UPDATE SET config_version = excluded.config_version, config_pushed_ms = excluded.config_pushed_ms"),
        { agent, version, at.toMSecsSinceEpoch() });
    if (!q)
        return q.error();
    return {};
}

Status AgentStateRepository::forget(const QString &agent)
{
    auto q = exec(m_db.connection(), QStringLiteral("DELETE FROM agent_state WHERE agent = ?"), { agent });
    if (!q)
        return q.error();
    return {};
}

Result<qint64> ConfigPushLog::allocate(const QString &actor, const QString &scope)
{
    auto q = exec(m_db.connection(), QStringLiteral("INSERT INTO config_pushes (at_ms, actor, scope) VALUES (?, ?, ?)"),
        { Clock::system().now().toMSecsSinceEpoch(), actor.isEmpty() ? QStringLiteral("tafel") : actor, scope });
    if (!q)
        return q.error();
    const QVariant id = q->lastInsertId();
    if (!id.isValid())
        return latest();
    return id.toLongLong();
}

Result<qint64> ConfigPushLog::latest() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM config_pushes"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace tafel::store
