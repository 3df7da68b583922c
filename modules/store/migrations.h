#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tafel::store {

// One step of the schema history: the SQL that takes the schema from `version - 1` to `version`.
// The steps run in order, each in its own BEGIN IMMEDIATE transaction that also sets PRAGMA user_version.
struct Migration {
    int version;
    const char *description;
    QStringList statements;
};

// Which schema a database file holds. Each has its own step list and its own PRAGMA application_id, so a
// file of one kind is never migrated into the other.
enum class Schema {
    Inventory, // the school's inventory (rooms, devices, users, audit, schedules): tafel, tafelctl
    Agent,     // tafel-agent's own file <DataDir>/agent.db (its audit trail, later its history and material)
};

// All steps of `schema`, ordered by version, starting at 1 and without gaps (a test checks this).
const QList<Migration> &migrations(Schema schema = Schema::Inventory);
// PRAGMA application_id of a file of this schema (0 for the inventory, as files created before it had).
int applicationId(Schema schema);

} // namespace tafel::store
