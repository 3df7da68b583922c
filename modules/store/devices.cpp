#include "core/hostport.h"
#include "store/database.h"
#include "store/logging.h"
#include "store/repositories.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tafel::store {

using detail::exec;

QJsonObject toJson(const Device &device)
{
    return QJsonObject{
        {QStringLiteral("id"), device.id},
        {QStringLiteral("room_id"), device.roomId},
        {QStringLiteral("kind"), deviceKindKey(device.kind)},
        {QStringLiteral("name"), device.name},
        {QStringLiteral("host"), device.host},
        {QStringLiteral("port"), int(device.port)},
        {QStringLiteral("mac"), device.mac},
        {QStringLiteral("protocol"), device.protocol},
        {QStringLiteral("credential_ref"), device.credentialRef},
        {QStringLiteral("has_agent"), device.hasAgent},
    };
}

QStringList knownDeviceProtocols()
{
    return {QStringLiteral("pjlink"), QStringLiteral("mdc"), QStringLiteral("agent")};
}

Result<QString> normalizeMac(const QString &mac)
{
    QString hex = mac.trimmed();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{12}$"));
    if (!re.match(hex).hasMatch())
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::store", "'%1' is not a MAC address (expected e.g. 00:11:22:AA:BB:CC).").arg(mac));
    hex = hex.toUpper();
    QStringList pairs;
    for (int i = 0; i < 12; i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

namespace {

const QString kColumns = QStringLiteral("id, room_id, kind, name, host, port, mac, protocol, credential_ref, has_agent");

Result<Device> fromRow(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toString();
    d.roomId = q.value(1).toString();
    const auto kind = deviceKindFromKey(q.value(2).toString());
    if (!kind)
        return Error::make(ErrorCode::Incompatible,
                           QCoreApplication::translate("tafel::store", "Device %1 has the unknown kind '%2'; a newer Tafel may have written it.")
                               .arg(d.id, q.value(2).toString()));
    d.kind = *kind;
    d.name = q.value(3).toString();
    d.host = q.value(4).toString();
    d.port = quint16(q.value(5).toUInt());
    d.mac = q.value(6).toString();
    d.protocol = q.value(7).toString();
    d.credentialRef = q.value(8).toString();
    d.hasAgent = q.value(9).toBool();
    return d;
}

Error deviceNotFound(const QString &id)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "There is no device '%1'.").arg(id));
}

Status validate(Device &device)
{
    device.name = device.name.trimmed();
    if (device.name.isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "A device needs a name."));
    if (!allDeviceKinds().contains(device.kind))
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "Device '%1' has an invalid kind.").arg(device.name));
    if (!device.id.isEmpty() && !isValidId(device.id))
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "'%1' is not a valid id.").arg(device.id));

    auto hp = parseHostPort(device.host);
    if (!hp)
        return hp.error();
    if (device.port != 0 && hp->port != 0 && device.port != hp->port)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::store", "Device '%1' names two different ports (%2 and %3).")
                               .arg(device.name)
                               .arg(device.port)
                               .arg(hp->port));
    device.host = hp->host;
    if (device.port == 0)
        device.port = hp->port;

    device.protocol = device.protocol.trimmed().toLower();
    if (!device.protocol.isEmpty() && !knownDeviceProtocols().contains(device.protocol))
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::store", "Unknown protocol '%1' (known: %2).")
                               .arg(device.protocol, knownDeviceProtocols().join(QStringLiteral(", "))));
    if (!device.mac.trimmed().isEmpty()) {
        auto mac = normalizeMac(device.mac);
        if (!mac)
            return mac.error();
        device.mac = *mac;
    } else {
        device.mac.clear();
    }
    return {};
}

// Checks that belong inside the write transaction: the room exists, the MAC is not taken by another device.
Status checkReferences(QSqlDatabase &db, const Device &device)
{
    {
        auto q = exec(db, QStringLiteral("SELECT 1 FROM rooms WHERE id = ?"), {device.roomId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(ErrorCode::NotFound,
                               QCoreApplication::translate("tafel::store", "There is no room '%1' for device '%2'.").arg(device.roomId, device.name));
    }
    if (!device.mac.isEmpty()) {
        auto q = exec(db, QStringLiteral("SELECT name FROM devices WHERE mac = ? AND id <> ?"), {device.mac, device.id});
        if (!q)
            return q.error();
        if (q->next())
            return Error::make(ErrorCode::AlreadyExists,
                               QCoreApplication::translate("tafel::store", "The MAC address %1 already belongs to device '%2'.")
                                   .arg(device.mac, q->value(0).toString()));
    }
    return {};
}

QVariant macValue(const QString &mac)
{
    return mac.isEmpty() ? QVariant() : QVariant(mac); // NULL: the unique index ignores devices without a MAC
}

} // namespace

Result<QList<Device>> DeviceRepository::list(const std::optional<QString> &roomId) const
{
    const QString order = QStringLiteral(" ORDER BY r.name_key, d.name, d.id");
    QString sql = QStringLiteral("SELECT d.id, d.room_id, d.kind, d.name, d.host, d.port, d.mac, d.protocol, d.credential_ref, d.has_agent "
                                 "FROM devices d JOIN rooms r ON r.id = d.room_id");
    QVariantList binds;
    if (roomId) {
        sql += QStringLiteral(" WHERE d.room_id = ?");
        binds.append(*roomId);
    }
    auto q = exec(m_db.connection(), sql + order, binds);
    if (!q)
        return q.error();
    QList<Device> devices;
    while (q->next()) {
        auto d = fromRow(*q);
        if (!d)
            return d.error();
        devices.append(*d);
    }
    return devices;
}

Result<Device> DeviceRepository::get(const QString &id) const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM devices WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return deviceNotFound(id);
    return fromRow(*q);
}

Result<Device> DeviceRepository::add(Device device)
{
    if (auto st = validate(device); !st)
        return st.error();
    if (device.id.isEmpty())
        device.id = newId();
    Status st = m_db.transaction([&]() -> Status {
        if (auto ref = checkReferences(m_db.connection(), device); !ref)
            return ref;
        auto q = exec(m_db.connection(),
                      QStringLiteral("INSERT INTO devices (") + kColumns + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {device.id, device.roomId, deviceKindKey(device.kind), device.name, device.host, int(device.port), macValue(device.mac),
                       device.protocol, device.credentialRef, device.hasAgent ? 1 : 0});
        if (!q)
            return q.error();
        return {};
    });
    if (!st)
        return st.error();
    qCDebug(lcStore) << "added device" << device.id << device.name << "in room" << device.roomId;
    return device;
}

Status DeviceRepository::update(const Device &input)
{
    Device device = input;
    if (auto st = validate(device); !st)
        return st;
    return m_db.transaction([&]() -> Status {
        if (auto ref = checkReferences(m_db.connection(), device); !ref)
            return ref;
        auto q = exec(m_db.connection(),
                      QStringLiteral("UPDATE devices SET room_id = ?, kind = ?, name = ?, host = ?, port = ?, mac = ?, protocol = ?, "
                                     "credential_ref = ?, has_agent = ? WHERE id = ?"),
                      {device.roomId, deviceKindKey(device.kind), device.name, device.host, int(device.port), macValue(device.mac),
                       device.protocol, device.credentialRef, device.hasAgent ? 1 : 0, device.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return deviceNotFound(device.id);
        return {};
    });
}

Status DeviceRepository::move(const QString &deviceId, const QString &roomId)
{
    return m_db.transaction([&]() -> Status {
        {
            auto q = exec(m_db.connection(), QStringLiteral("SELECT 1 FROM rooms WHERE id = ?"), {roomId});
            if (!q)
                return q.error();
            if (!q->next())
                return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "There is no room '%1'.").arg(roomId));
        }
        auto q = exec(m_db.connection(), QStringLiteral("UPDATE devices SET room_id = ? WHERE id = ?"), {roomId, deviceId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return deviceNotFound(deviceId);
        return {};
    });
}

Status DeviceRepository::remove(const QString &id)
{
    return m_db.transaction([&]() -> Status {
        auto q = exec(m_db.connection(), QStringLiteral("DELETE FROM devices WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return deviceNotFound(id);
        return {};
    });
}

} // namespace tafel::store
