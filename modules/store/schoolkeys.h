#pragma once

// The school's side of enrollment and configuration push: the client keys the agents trust (public halves, with
// revocation), what the admin last heard from each agent, and the version counter of configuration pushes.

#include "core/result.h"
#include "store/repositories.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::store {

class Database;

// One teacher or admin key (table client_keys). The private half never reaches the database.
struct ClientKey {
    QString keyId; // crypto::PublicKey::keyId()
    Role role = Role::Teacher;
    QString comment; // person or PC
    QString publicKey; // base64 of the 32 raw Ed25519 bytes (the .pub line's second field)
    QDateTime created; // UTC
    QDateTime revoked; // invalid = not revoked
    bool isRevoked() const { return revoked.isValid(); }
};
QJsonObject toJson(const ClientKey &key);

class ClientKeyRepository final {
public:
    explicit ClientKeyRepository(Database &db)
        : m_db(db)
    {
    }
    Result<QList<ClientKey>> list() const; // oldest first
    Result<ClientKey> get(const QString &keyId) const; // NotFound; a unique prefix of the key id is accepted
    // Checks the public key (Ed25519, base64) and that the key id matches it; AlreadyExists for a known key.
    Result<ClientKey> add(ClientKey key);
    // Sets revoked_ms; InvalidInput if it is revoked already, NotFound if missing.
    Result<ClientKey> revoke(const QString &keyId, const QDateTime &at = {});

private:
    Database &m_db;
};

// What the admin last heard from an agent (table agent_state), keyed like agent-pins ("host:port").
struct AgentState {
    QString agent;
    QDateTime lastSeen; // invalid = never answered
    QString version;
    QString name;
    qint64 configVersion = 0; // last configuration version the agent accepted
    QDateTime configPushed;
};

class AgentStateRepository final {
public:
    explicit AgentStateRepository(Database &db)
        : m_db(db)
    {
    }
    Result<QHash<QString, AgentState>> all() const;
    Status recordSeen(const QString &agent, const QDateTime &at, const QString &version, const QString &name);
    Status recordConfig(const QString &agent, qint64 version, const QDateTime &at);
    Status forget(const QString &agent);

private:
    Database &m_db;
};

// Configuration push versions (table config_pushes): strictly increasing, never reused.
class ConfigPushLog final {
public:
    explicit ConfigPushLog(Database &db)
        : m_db(db)
    {
    }
    // A new version, recorded with who pushed and to what ("all rooms", a room name).
    Result<qint64> allocate(const QString &actor, const QString &scope);
    Result<qint64> latest() const; // 0 = never pushed

private:
    Database &m_db;
};

} // namespace tafel::store
