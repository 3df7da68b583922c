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

// All steps, ordered by version, starting at 1 and without gaps (a test checks this).
const QList<Migration> &migrations();

} // namespace tafel::store
