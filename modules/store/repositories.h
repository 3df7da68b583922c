#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace tafel::store {

class Database;

// Stable JSON forms (snake_case keys) used for audit before/after and by `tafelctl --json`.
QJsonObject toJson(const Room &room);
QJsonObject toJson(const Device &device);

// Control protocols a device may name ("" = plain reachability only).
QStringList knownDeviceProtocols(); // "pjlink", "mdc", "agent"
// "aa-bb-cc-dd-ee-ff", "aabb.ccdd.eeff", "AA:BB:..." -> "AA:BB:CC:DD:EE:FF"; InvalidInput otherwise.
Result<QString> normalizeMac(const QString &mac);

// Rooms of the school. Names are unique (case-insensitive).
class RoomRepository final {
public:
    explicit RoomRepository(Database &db) : m_db(db) {}
    Result<QList<Room>> list() const;                    // ordered by name
    Result<Room> get(const QString &id) const;           // NotFound if missing
    Result<Room> findByName(const QString &name) const;  // NotFound if missing
    // Id or name, as the CLI accepts either.
    Result<Room> resolve(const QString &idOrName) const;
    // Room id -> name, for listings that show devices or schedules with their room.
    Result<QHash<QString, QString>> names() const;
    Result<Room> add(Room room);                         // assigns an id if empty; AlreadyExists on a duplicate name
    Status update(const Room &room);
    Status remove(const QString &id);                    // removes the room's devices too

private:
    Database &m_db;
};

// Devices, each in one room. MAC addresses are unique when set.
class DeviceRepository final {
public:
    explicit DeviceRepository(Database &db) : m_db(db) {}
    Result<QList<Device>> list(const std::optional<QString> &roomId = std::nullopt) const; // ordered by room, name
    Result<Device> get(const QString &id) const;
    // Validates kind, host (core parseHostPort; "host:port" fills port when it is 0), protocol, MAC (normalized,
    // unique -> AlreadyExists) and room (NotFound); assigns an id if empty. update() validates the same way.
    Result<Device> add(Device device);
    Status update(const Device &device);
    Status move(const QString &deviceId, const QString &roomId);
    Status remove(const QString &id);

private:
    Database &m_db;
};

enum class Role { Teacher, Admin };
QString roleKey(Role role);                        // "teacher" / "admin"
std::optional<Role> roleFromKey(const QString &key);

struct User {
    QString id;
    QString name;
    Role role = Role::Teacher;
    QString passwordHash; // crypto::hashPassword() output; never a plain password
    QDateTime created;
};

class UserRepository final {
public:
    explicit UserRepository(Database &db) : m_db(db) {}
    Result<QList<User>> list() const;
    Result<std::optional<User>> findByName(const QString &name) const;
    Result<User> add(User user);
    Status setPasswordHash(const QString &userId, const QString &passwordHash);
    Status remove(const QString &id);
    // True once any admin account exists (the GUI asks for a first admin password otherwise).
    Result<bool> hasAdmin() const;

private:
    Database &m_db;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;        // UTC
    QString actor;       // user name or key id, "tafelctl" for the CLI without a user
    QString action;      // "room.add", "device.update", "user.password", ...
    QString target;      // id of what changed
    QJsonObject before;  // empty for creations
    QJsonObject after;   // empty for deletions
};

// Append-only log of changes to inventory, keys, schedules and settings.
class AuditLog final {
public:
    explicit AuditLog(Database &db) : m_db(db) {}
    Status append(AuditEntry entry);               // fills `at` from the system clock when invalid
    // One entry stamped now: who did `action` to `target`, with the JSON before/after (empty for creations/deletions).
    Status record(const QString &actor, const QString &action, const QString &target, const QJsonObject &before = {},
                  const QJsonObject &after = {});
    Result<QList<AuditEntry>> list(const QDateTime &since = {}, int limit = 1000) const; // newest first

private:
    Database &m_db;
};

} // namespace tafel::store
