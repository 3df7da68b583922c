#pragma once

#include "core/result.h"
#include "schedules/schedule.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace tafel::store {

class Database;

// Stored schedules (room-wide display actions at set times). roomId empty = the whole school.
class ScheduleRepository final {
public:
    explicit ScheduleRepository(Database &db) : m_db(db) {}
    // All entries, or those of one room (school-wide entries included when includeSchool).
    Result<QList<schedules::ScheduleEntry>> list(const std::optional<QString> &roomId = std::nullopt, bool includeSchool = true) const;
    Result<schedules::ScheduleEntry> get(const QString &id) const;
    Result<schedules::ScheduleEntry> add(schedules::ScheduleEntry entry);   // validates; assigns an id
    Status update(const schedules::ScheduleEntry &entry);
    Status remove(const QString &id);

private:
    Database &m_db;
};

QJsonObject toJson(const schedules::ScheduleEntry &entry);

} // namespace tafel::store
