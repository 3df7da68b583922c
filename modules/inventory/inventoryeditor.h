#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tafel::store {
class Database;
}

namespace tafel::inventory {

// The audited way to change the inventory: the admin view and tafelctl both go through it. Each call is one
// transaction holding the change AND its audit entry (who = `actor`, before/after as JSON); the store's
// repositories themselves do not audit, so nothing is logged twice.
// Audit actions: room.add, room.update, room.remove (before lists the devices that went with it),
// device.add, device.update, device.move, device.remove, device.password, device.password.clear.
class InventoryEditor final {
    Q_DECLARE_TR_FUNCTIONS(tafel::inventory::InventoryEditor)
public:
    InventoryEditor(store::Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    Result<Room> addRoom(const Room &room);
    Status updateRoom(const Room &room);
    // Removes the room, its devices and their stored passwords; returns how many devices went with it.
    Result<int> removeRoom(const QString &roomId);
    Result<int> deviceCount(const QString &roomId) const;

    // `secret` (PJLink password / MDC PIN) is stored encrypted when given and non-empty.
    Result<Device> addDevice(const Device &device, const std::optional<QString> &secret = std::nullopt);
    // Changes everything but the password reference (kept from the store). A room change is logged as device.move.
    Status updateDevice(const Device &device);
    Status moveDevice(const QString &deviceId, const QString &roomId);
    Status removeDevice(const QString &deviceId); // and its stored password
    Status setPassword(const QString &deviceId, const QString &secret);
    Status clearPassword(const QString &deviceId);

    // The audit form of a device: store::toJson plus the room name, with "password": "set"/"none".
    static QJsonObject auditJson(const Device &device, const QString &roomName);

private:
    QString roomName(const QString &roomId) const;
    Status audit(const QString &action, const QString &target, const QJsonObject &before, const QJsonObject &after);

    store::Database &m_db;
    QString m_actor;
};

} // namespace tafel::inventory
