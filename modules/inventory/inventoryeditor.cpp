#include "inventory/inventoryeditor.h"

#include "store/credentials.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QJsonArray>

namespace tafel::inventory {

QJsonObject InventoryEditor::auditJson(const Device &device, const QString &roomName)
{
    QJsonObject o = store::toJson(device);
    o.remove(QStringLiteral("credential_ref"));
    o.insert(QStringLiteral("room"), roomName);
    o.insert(QStringLiteral("password"), device.credentialRef.isEmpty() ? QStringLiteral("none") : QStringLiteral("set"));
    return o;
}

QString InventoryEditor::roomName(const QString &roomId) const
{
    auto room = store::RoomRepository(m_db).get(roomId);
    return room ? room->name : QString();
}

Status InventoryEditor::audit(const QString &action, const QString &target, const QJsonObject &before, const QJsonObject &after)
{
    return store::AuditLog(m_db).record(m_actor, action, target, before, after);
}

Result<Room> InventoryEditor::addRoom(const Room &room)
{
    Room added;
    const Status st = m_db.transaction([&]() -> Status {
        auto r = store::RoomRepository(m_db).add(room);
        if (!r)
            return r.error();
        added = *r;
        return audit(QStringLiteral("room.add"), added.id, {}, store::toJson(added));
    });
    if (!st)
        return st.error();
    return added;
}

Status InventoryEditor::updateRoom(const Room &room)
{
    return m_db.transaction([&]() -> Status {
        store::RoomRepository rooms(m_db);
        auto before = rooms.get(room.id);
        if (!before)
            return before.error();
        if (auto u = rooms.update(room); !u)
            return u;
        auto after = rooms.get(room.id);
        if (!after)
            return after.error();
        return audit(QStringLiteral("room.update"), room.id, store::toJson(*before), store::toJson(*after));
    });
}

Result<int> InventoryEditor::deviceCount(const QString &roomId) const
{
    auto devices = store::DeviceRepository(m_db).list(roomId);
    if (!devices)
        return devices.error();
    return int(devices->size());
}

Result<int> InventoryEditor::removeRoom(const QString &roomId)
{
    int removed = 0;
    const Status st = m_db.transaction([&]() -> Status {
        auto room = store::RoomRepository(m_db).get(roomId);
        if (!room)
            return room.error();
        auto devices = store::DeviceRepository(m_db).list(roomId);
        if (!devices)
            return devices.error();
        QJsonArray gone;
        bool anyPassword = false;
        for (const Device &d : *devices) {
            gone.append(auditJson(d, room->name));
            anyPassword = anyPassword || !d.credentialRef.isEmpty();
        }
        if (anyPassword) {
            auto creds = store::CredentialRepository::forDatabase(m_db);
            if (!creds)
                return creds.error();
            for (const Device &d : *devices) {
                if (!d.credentialRef.isEmpty()) {
                    if (auto r = creds->remove(d.credentialRef); !r)
                        return r;
                }
            }
        }
        if (auto r = store::RoomRepository(m_db).remove(roomId); !r)
            return r;
        removed = int(devices->size());
        QJsonObject before = store::toJson(*room);
        before.insert(QStringLiteral("devices"), gone);
        return audit(QStringLiteral("room.remove"), roomId, before, {});
    });
    if (!st)
        return st.error();
    return removed;
}

Result<Device> InventoryEditor::addDevice(const Device &device, const std::optional<QString> &secret)
{
    Device added;
    const Status st = m_db.transaction([&]() -> Status {
        Device d = device;
        d.credentialRef.clear();
        if (secret && !secret->isEmpty()) {
            auto creds = store::CredentialRepository::forDatabase(m_db);
            if (!creds)
                return creds.error();
            auto ref = creds->put(*secret);
            if (!ref)
                return ref.error();
            d.credentialRef = *ref;
        }
        auto r = store::DeviceRepository(m_db).add(d);
        if (!r)
            return r.error();
        added = *r;
        return audit(QStringLiteral("device.add"), added.id, {}, auditJson(added, roomName(added.roomId)));
    });
    if (!st)
        return st.error();
    return added;
}

Status InventoryEditor::updateDevice(const Device &device)
{
    return m_db.transaction([&]() -> Status {
        store::DeviceRepository devices(m_db);
        auto before = devices.get(device.id);
        if (!before)
            return before.error();
        Device d = device;
        d.credentialRef = before->credentialRef;
        if (auto u = devices.update(d); !u)
            return u;
        auto after = devices.get(device.id);
        if (!after)
            return after.error();
        const bool moved = before->roomId != after->roomId;
        return audit(moved ? QStringLiteral("device.move") : QStringLiteral("device.update"), device.id,
                     auditJson(*before, roomName(before->roomId)), auditJson(*after, roomName(after->roomId)));
    });
}

Status InventoryEditor::moveDevice(const QString &deviceId, const QString &roomId)
{
    return m_db.transaction([&]() -> Status {
        store::DeviceRepository devices(m_db);
        auto before = devices.get(deviceId);
        if (!before)
            return before.error();
        if (auto m = devices.move(deviceId, roomId); !m)
            return m;
        auto after = devices.get(deviceId);
        if (!after)
            return after.error();
        return audit(QStringLiteral("device.move"), deviceId, auditJson(*before, roomName(before->roomId)),
                     auditJson(*after, roomName(after->roomId)));
    });
}

Status InventoryEditor::removeDevice(const QString &deviceId)
{
    return m_db.transaction([&]() -> Status {
        store::DeviceRepository devices(m_db);
        auto before = devices.get(deviceId);
        if (!before)
            return before.error();
        if (!before->credentialRef.isEmpty()) {
            auto creds = store::CredentialRepository::forDatabase(m_db);
            if (!creds)
                return creds.error();
            if (auto r = creds->remove(before->credentialRef); !r)
                return r;
        }
        if (auto r = devices.remove(deviceId); !r)
            return r;
        return audit(QStringLiteral("device.remove"), deviceId, auditJson(*before, roomName(before->roomId)), {});
    });
}

Status InventoryEditor::setPassword(const QString &deviceId, const QString &secret)
{
    if (secret.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("The password or PIN is empty; use “Clear” to remove a stored one."));
    return m_db.transaction([&]() -> Status {
        store::DeviceRepository devices(m_db);
        auto before = devices.get(deviceId);
        if (!before)
            return before.error();
        auto creds = store::CredentialRepository::forDatabase(m_db);
        if (!creds)
            return creds.error();
        auto ref = creds->put(secret, before->credentialRef);
        if (!ref)
            return ref.error();
        Device after = *before;
        after.credentialRef = *ref;
        if (after.credentialRef != before->credentialRef) {
            if (auto u = devices.update(after); !u)
                return u;
        }
        // Only whether a password is stored, never the secret (the same form as `tafelctl devices set-password`).
        return audit(QStringLiteral("device.password"), deviceId,
                     QJsonObject{{QStringLiteral("password"), before->credentialRef.isEmpty() ? QStringLiteral("none") : QStringLiteral("set")}},
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("set")}});
    });
}

Status InventoryEditor::clearPassword(const QString &deviceId)
{
    return m_db.transaction([&]() -> Status {
        store::DeviceRepository devices(m_db);
        auto before = devices.get(deviceId);
        if (!before)
            return before.error();
        if (before->credentialRef.isEmpty())
            return {};
        auto creds = store::CredentialRepository::forDatabase(m_db);
        if (!creds)
            return creds.error();
        if (auto r = creds->remove(before->credentialRef); !r)
            return r;
        Device after = *before;
        after.credentialRef.clear();
        if (auto u = devices.update(after); !u)
            return u;
        return audit(QStringLiteral("device.password.clear"), deviceId, QJsonObject{{QStringLiteral("password"), QStringLiteral("set")}},
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("none")}});
    });
}

} // namespace tafel::inventory
