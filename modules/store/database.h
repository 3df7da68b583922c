#pragma once

#include "core/result.h"
#include "store/migrations.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace tafel::store {

struct OpenOptions {
    bool createIfMissing = true;
    // Milliseconds SQLite waits for another writer before reporting "locked".
    int busyTimeoutMs = 2000;
    // Migrate up to this version only (tests of single migration steps); -1 = latest.
    int targetVersion = -1;
    // false: open an older schema as it is, without upgrading it (e.g. `tafelctl db check` reports the
    // version on disk). A newer schema is refused either way.
    bool migrate = true;
    // Which schema the file holds (migrations.h): the inventory, or tafel-agent's own database. Opening a file
    // of the other kind is refused with Incompatible.
    Schema schema = Schema::Inventory;
};

// One SQLite file opened through Qt SQL (QSQLITE): WAL journal, foreign keys on, an integrity check at open,
// PRAGMA user_version migrations. Every failure is an Error with a message a school admin can act on:
//  - locked by another process            -> ErrorCode::Locked
//  - directory or file not writable       -> ErrorCode::Io
//  - corrupt file (moved aside, not deleted; the message names the new path) -> ErrorCode::Corrupt
//  - schema newer than this program knows -> ErrorCode::Incompatible (message names both versions)
// One Database object per thread; it owns a uniquely named QSqlDatabase connection.
class Database final {
    Q_DISABLE_COPY_MOVE(Database)
public:
    static int latestSchemaVersion(Schema schema = Schema::Inventory);
    // The default database file: $TAFEL_DB when set, else <AppDataLocation>/tafel.db. AppDataLocation depends on
    // the organisation/application names; tafel and tafelctl both set "Tafel"/"tafel" so they share one file.
    static QString defaultPath();

    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});
    ~Database();

    QSqlDatabase &connection();
    QString path() const;
    int schemaVersion() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn returns an error. A nested call (from
    // inside fn) joins the outer transaction through a SAVEPOINT: its error rolls back only its own work and is
    // returned to the caller, who decides. Another writer holding the lock longer than busyTimeoutMs -> Locked.
    Status transaction(const std::function<Status()> &fn);

    // PRAGMA integrity_check; an empty list means healthy.
    Result<QStringList> integrityCheck();

private:
    Database() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tafel::store
