#include "store/schedulerepository.h"

#include "core/domain.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tafel::store {

using detail::exec;
using schedules::ScheduleEntry;

namespace {
const QString kColumns = QStringLiteral("id, room_id, action, argument, time_s, days, enabled, label");

Result<ScheduleEntry> fromRow(const QSqlQuery &q)
{
    ScheduleEntry e;
    e.id = q.value(0).toString();
    e.roomId = q.value(1).isNull() ? QString() : q.value(1).toString();
    const auto action = schedules::actionFromKey(q.value(2).toString());
    if (!action)
        return Error::make(ErrorCode::Incompatible,
                           QCoreApplication::translate("tafel::store", "Schedule %1 has the unknown action '%2'.").arg(e.id, q.value(2).toString()));
    e.action = *action;
    e.argument = q.value(3).toString();
    e.time = QTime(0, 0).addSecs(q.value(4).toInt());
    e.days = schedules::Weekdays(q.value(5).toInt());
    e.enabled = q.value(6).toInt() != 0;
    e.label = q.value(7).toString();
    return e;
}

Error notFound(const QString &id)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "There is no schedule '%1'.").arg(id));
}

QVariant roomValue(const QString &roomId)
{
    return roomId.isEmpty() ? QVariant() : QVariant(roomId);
}

Status checkRoom(Database &db, const QString &roomId)
{
    if (roomId.isEmpty())
        return {};
    auto q = exec(db.connection(), QStringLiteral("SELECT 1 FROM rooms WHERE id = ?"), {roomId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "There is no room '%1'.").arg(roomId));
    return {};
}
} // namespace

QJsonObject toJson(const ScheduleEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("room_id"), e.roomId.isEmpty() ? QJsonValue() : QJsonValue(e.roomId)},
        {QStringLiteral("action"), schedules::actionKey(e.action)},
        {QStringLiteral("argument"), e.argument},
        {QStringLiteral("time"), e.time.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("days"), schedules::weekdaysKey(e.days)},
        {QStringLiteral("enabled"), e.enabled},
        {QStringLiteral("label"), e.label},
    };
}

Result<QList<ScheduleEntry>> ScheduleRepository::list(const std::optional<QString> &roomId, bool includeSchool) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM schedules");
    QVariantList binds;
    if (roomId) {
        sql += includeSchool ? QStringLiteral(" WHERE room_id = ? OR room_id IS NULL") : QStringLiteral(" WHERE room_id = ?");
        binds << *roomId;
    }
    sql += QStringLiteral(" ORDER BY time_s, id");
    auto q = exec(m_db.connection(), sql, binds);
    if (!q)
        return q.error();
    QList<ScheduleEntry> out;
    while (q->next()) {
        auto e = fromRow(*q);
        if (!e)
            return e.error();
        out.append(*e);
    }
    return out;
}

Result<ScheduleEntry> ScheduleRepository::get(const QString &id) const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM schedules WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    return fromRow(*q);
}

Result<ScheduleEntry> ScheduleRepository::add(ScheduleEntry e)
{
    if (auto v = e.validate(); !v)
        return v.error();
    if (auto r = checkRoom(m_db, e.roomId); !r)
        return r.error();
    if (e.id.isEmpty())
        e.id = newId();
    auto q = exec(m_db.connection(), QStringLiteral("INSERT INTO schedules (") + kColumns + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {e.id, roomValue(e.roomId), schedules::actionKey(e.action), e.argument, QTime(0, 0).secsTo(e.time), int(e.days),
                   e.enabled ? 1 : 0, e.label});
    if (!q)
        return q.error();
    return e;
}

Status ScheduleRepository::update(const ScheduleEntry &e)
{
    if (auto v = e.validate(); !v)
        return v;
    if (auto r = checkRoom(m_db, e.roomId); !r)
        return r;
    auto q = exec(m_db.connection(),
                  QStringLiteral("UPDATE schedules SET room_id = ?, action = ?, argument = ?, time_s = ?, days = ?, enabled = ?, label = ? WHERE id = ?"),
                  {roomValue(e.roomId), schedules::actionKey(e.action), e.argument, QTime(0, 0).secsTo(e.time), int(e.days), e.enabled ? 1 : 0,
                   e.label, e.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return notFound(e.id);
    return {};
}

Status ScheduleRepository::remove(const QString &id)
{
    auto q = exec(m_db.connection(), QStringLiteral("DELETE FROM schedules WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return notFound(id);
    return {};
}

} // namespace tafel::store
