#include "store/database.h"
#include "store/logging.h"
#include "store/repositories.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tafel::store {

using detail::exec;
using detail::nameKey;

QJsonObject toJson(const Room &room)
{
    return QJsonObject{
        {QStringLiteral("id"), room.id},
        {QStringLiteral("name"), room.name},
        {QStringLiteral("building"), room.building},
        {QStringLiteral("floor"), room.floor},
        {QStringLiteral("capacity"), room.capacity},
    };
}

namespace {

const QString kColumns = QStringLiteral("id, name, building, floor, capacity");

Room fromRow(const QSqlQuery &q)
{
    Room r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.building = q.value(2).toString();
    r.floor = q.value(3).toString();
    r.capacity = q.value(4).toInt();
    return r;
}

Error roomNotFound(const QString &what)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "There is no room '%1'.").arg(what));
}

Error duplicateName(const QString &name)
{
    return Error::make(ErrorCode::AlreadyExists, QCoreApplication::translate("tafel::store", "A room named '%1' already exists.").arg(name));
}

Status validate(Room &room)
{
    room.name = room.name.trimmed();
    room.building = room.building.trimmed();
    room.floor = room.floor.trimmed();
    if (room.name.isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "A room needs a name."));
    if (room.capacity < 0)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::store", "The capacity of room '%1' cannot be negative.").arg(room.name));
    if (!room.id.isEmpty() && !isValidId(room.id))
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "'%1' is not a valid id.").arg(room.id));
    return {};
}

Result<std::optional<Room>> queryOne(QSqlDatabase &db, const QString &where, const QString &value)
{
    auto q = exec(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM rooms WHERE ") + where, {value});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Room>();
    return std::optional<Room>(fromRow(*q));
}

} // namespace

Result<QList<Room>> RoomRepository::list() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM rooms ORDER BY name_key, id"));
    if (!q)
        return q.error();
    QList<Room> rooms;
    while (q->next())
        rooms.append(fromRow(*q));
    return rooms;
}

Result<Room> RoomRepository::get(const QString &id) const
{
    auto r = queryOne(m_db.connection(), QStringLiteral("id = ?"), id);
    if (!r)
        return r.error();
    if (!r->has_value())
        return roomNotFound(id);
    return **r;
}

Result<Room> RoomRepository::findByName(const QString &name) const
{
    auto r = queryOne(m_db.connection(), QStringLiteral("name_key = ?"), nameKey(name));
    if (!r)
        return r.error();
    if (!r->has_value())
        return roomNotFound(name.trimmed());
    return **r;
}

Result<QHash<QString, QString>> RoomRepository::names() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT id, name FROM rooms"));
    if (!q)
        return q.error();
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Result<Room> RoomRepository::resolve(const QString &idOrName) const
{
    if (isValidId(idOrName.trimmed())) {
        auto byId = queryOne(m_db.connection(), QStringLiteral("id = ?"), idOrName.trimmed());
        if (!byId)
            return byId.error();
        if (byId->has_value())
            return **byId;
    }
    return findByName(idOrName);
}

Result<Room> RoomRepository::add(Room room)
{
    if (auto st = validate(room); !st)
        return st.error();
    if (room.id.isEmpty())
        room.id = newId();
    Status st = m_db.transaction([&]() -> Status {
        auto existing = queryOne(m_db.connection(), QStringLiteral("name_key = ?"), nameKey(room.name));
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return duplicateName((*existing)->name);
        auto q = exec(m_db.connection(),
                      QStringLiteral("INSERT INTO rooms (id, name, name_key, building, floor, capacity) VALUES (?, ?, ?, ?, ?, ?)"),
                      {room.id, room.name, nameKey(room.name), room.building, room.floor, room.capacity});
        if (!q)
            return q.error();
        return {};
    });
    if (!st)
        return st.error();
    qCDebug(lcStore) << "added room" << room.id << room.name;
    return room;
}

Status RoomRepository::update(const Room &input)
{
    Room room = input;
    if (auto st = validate(room); !st)
        return st;
    return m_db.transaction([&]() -> Status {
        auto existing = queryOne(m_db.connection(), QStringLiteral("name_key = ?"), nameKey(room.name));
        if (!existing)
            return existing.error();
        if (existing->has_value() && (*existing)->id != room.id)
            return duplicateName((*existing)->name);
        auto q = exec(m_db.connection(), QStringLiteral("UPDATE rooms SET name = ?, name_key = ?, building = ?, floor = ?, capacity = ? WHERE id = ?"),
                      {room.name, nameKey(room.name), room.building, room.floor, room.capacity, room.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return roomNotFound(room.id);
        return {};
    });
}

Status RoomRepository::remove(const QString &id)
{
    // Devices go with their room: ON DELETE CASCADE (foreign_keys is on for every connection).
    return m_db.transaction([&]() -> Status {
        auto q = exec(m_db.connection(), QStringLiteral("DELETE FROM rooms WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return roomNotFound(id);
        return {};
    });
}

} // namespace tafel::store
