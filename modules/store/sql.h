#pragma once

// Internal helpers shared by the store's .cpp files; not part of the public API.

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace tafel::store::detail {

// SQLite primary result codes we react to (sqlite3.h), so the store does not need the SQLite headers.
enum SqliteCode {
    SqliteError = 1,
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

// The primary SQLite result code of a Qt SQL error (extended codes are reduced to their primary code).
int sqliteCode(const QSqlError &error);

// Maps a Qt SQL error to a Tafel error with a message a school admin can act on. `path` names the database
// file in the message when known.
Error toError(const QSqlError &error, const QString &path = QString());

// Prepares and runs `sql` with positional `binds` (an invalid QVariant binds NULL, a null QString binds ''); the returned query is positioned before the first row.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Key used for case-insensitive uniqueness (Unicode case folding, surrounding blanks ignored).
QString nameKey(const QString &name);

} // namespace tafel::store::detail
