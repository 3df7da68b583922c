#pragma once

// School-wide admin operations shared by the admin view ("Agents & keys") and tafelctl (keys, config push):
// the school's agents from the inventory, the client keys in the database, and the configuration document a room
// agent receives with config.push. Every change writes an audit entry (store::AuditLog).

#include "core/domain.h"
#include "core/result.h"
#include "store/schoolkeys.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::store {
class Database;
}

namespace tafel::schooladmin {

// A device of the inventory that runs tafel-agent (has_agent or protocol "agent"; port 0 = 4450).
struct AgentTarget {
    QString deviceId;
    QString deviceName;
    QString roomId;
    QString roomName;
    QString host;
    quint16 port = 0;
    QString hostPort; // the key in agent-pins and agent_state: "host:port", "[v6]:port"
};

class SchoolAdmin final {
    Q_DECLARE_TR_FUNCTIONS(tafel::schooladmin::SchoolAdmin)
public:
    SchoolAdmin(store::Database &db, QString actor);

    // Agents of the school (or of one room), ordered by room and device name.
    Result<QList<AgentTarget>> agents(const std::optional<QString> &roomId = std::nullopt) const;

    // A new key pair: the private key to `privateKeyPath` (0600, never overwritten), the .pub line next to it
    // (same name, .pub), the public half into the database. Audited as key.create.
    Result<store::ClientKey> createKey(store::Role role, const QString &comment, const QString &privateKeyPath);
    // Adds an existing public key (a .pub line "ROLE BASE64 [COMMENT]") to the school's keys. Audited as key.import.
    Result<store::ClientKey> importKey(const QString &pubLine);
    // Revoked keys leave the trusted keys with the next configuration push. Audited as key.revoke.
    Result<store::ClientKey> revokeKey(const QString &keyId);

    // The document config.push sends to the agents of `room`: {school, room, devices, schedules (room's and
    // school-wide), trustedKeys (not revoked), revokedKeys}. Deterministic for the same database content.
    Result<QCborMap> roomConfig(const Room &room) const;

    // Pins ("agent-pins" next to the database) and enrollment bookkeeping. Audited as agent.enroll / agent.unpin.
    Status pin(const QString &hostPort, const QString &fingerprint, const QString &previousFingerprint);
    Status unpin(const QString &hostPort, const QString &previousFingerprint);

    // The installer bundle (modules/provision, like `tafelctl provision bundle`): <dir>/<room>/provision.json (0600)
    // for every room, trusting the school's active keys, with the admin password hash. Returns the files written.
    // Audited as provision.bundle.
    Result<QStringList> exportBundle(const QString &schoolId, const QString &directory);

    Status audit(const QString &action, const QString &target, const QJsonObject &before, const QJsonObject &after);

private:
    store::Database &m_db;
    QString m_actor;
};

} // namespace tafel::schooladmin
