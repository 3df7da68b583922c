#include "store/database.h"
#include "store/logging.h"
#include "store/migrations.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <atomic>

namespace tafel::store {

using detail::exec;
using detail::toError;

struct Database::Private {
    QString connectionName;
    QString path;
    QSqlDatabase db;
    int version = 0;
    int txDepth = 0;
    Schema schema = Schema::Inventory;

    Status initialize(const OpenOptions &options);
    Status migrateTo(int target);
    Status transaction(const std::function<Status()> &fn);
    Result<int> userVersion();
};

namespace {

std::atomic<quint64> g_connectionCounter{0};

// SQLite needs to create the -wal and -shm files next to the database, so the folder must be writable,
// not only the file. Creating a real file is the only check that is right for ACLs, read-only mounts and root.
bool canCreateFilesIn(const QString &dir)
{
    QTemporaryFile probe(dir + QStringLiteral("/.tafel-write-test-XXXXXX"));
    return probe.open();
}

Error readOnlyFolder(const QString &path)
{
    return Error::make(ErrorCode::Io,
                       QCoreApplication::translate("tafel::store",
                                                   "Cannot write to the folder of the database %1. Tafel needs to create files "
                                                   "there; make the folder writable or choose another database location.")
                           .arg(path));
}

// Moves a damaged database (and its -wal/-shm companions) aside; returns the new path, or empty on failure.
QString moveAside(const QString &path, QString *why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    QFile file(path);
    if (!file.rename(target)) {
        *why = file.errorString();
        return {};
    }
    for (const auto *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QFile::rename(companion, target + QLatin1String(suffix)))
            qCWarning(lcStore) << "could not move" << companion << "aside";
    }
    return target;
}

} // namespace

int Database::latestSchemaVersion(Schema schema)
{
    return migrations(schema).isEmpty() ? 0 : migrations(schema).constLast().version;
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("TAFEL_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tafel.db");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    if (path.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "No database file was given."));
    if (options.targetVersion > latestSchemaVersion(options.schema) || options.targetVersion == 0 || options.targetVersion < -1)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::store", "Schema version %1 does not exist (this program knows 1 to %2).")
                               .arg(options.targetVersion)
                               .arg(latestSchemaVersion(options.schema)));

    const QFileInfo info(path);
    const QString absPath = info.absoluteFilePath();
    const QString dir = info.absolutePath();
    if (info.exists() && !info.isFile())
        return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::store", "%1 is not a database file but a folder or device.").arg(absPath));
    if (!info.exists()) {
        if (!options.createIfMissing)
            return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "The database %1 does not exist.").arg(absPath));
        if (!QDir().mkpath(dir))
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("tafel::store", "Cannot create the folder %1 for the database.").arg(dir));
    }
    if (!canCreateFilesIn(dir))
        return readOnlyFolder(absPath);
    if (info.exists() && !info.isWritable())
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("tafel::store", "The database file %1 is read-only. Make it writable for this user.")
                               .arg(absPath));

    std::unique_ptr<Database> db(new Database);
    db->d = std::make_unique<Private>();
    Private &d = *db->d;
    d.path = absPath;
    d.schema = options.schema;
    d.connectionName = QStringLiteral("tafel.store.%1").arg(++g_connectionCounter);
    d.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
    if (!d.db.isValid())
        return Error::make(ErrorCode::Failed,
                           QCoreApplication::translate("tafel::store",
                                                       "The SQLite driver of Qt (QSQLITE) is missing. Install the package "
                                                       "libqt6sql6-sqlite."));
    d.db.setDatabaseName(absPath);
    d.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, options.busyTimeoutMs)));
    if (!d.db.open())
        return toError(d.db.lastError(), absPath);

    Status st = d.initialize(options);
    if (st.ok()) {
        qCDebug(lcStore) << "opened" << absPath << "schema version" << d.version;
        return db;
    }
    if (st.error().code != ErrorCode::Corrupt)
        return st.error();

    // Close our connection before touching the file, then keep the damaged file for a rescue attempt.
    db.reset();
    const QString detail = st.error().message;
    QString why;
    const QString aside = moveAside(absPath, &why);
    qCWarning(lcStore) << "corrupt database" << absPath << detail << "moved to" << aside;
    if (aside.isEmpty())
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("tafel::store",
                                                       "%1 It could not be moved aside (%2); move or delete it by hand, or restore "
                                                       "a backup.")
                               .arg(detail, why));
    return Error::make(ErrorCode::Corrupt,
                       QCoreApplication::translate("tafel::store",
                                                   "%1 It was moved aside to %2 (not deleted). The next start creates a new, empty "
                                                   "database; restore a backup to get your data back.")
                           .arg(detail, aside));
}

Database::~Database()
{
    if (!d)
        return;
    if (d->db.isOpen())
        d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

QSqlDatabase &Database::connection()
{
    return d->db;
}

QString Database::path() const
{
    return d->path;
}

int Database::schemaVersion() const
{
    return d->version;
}

Status Database::transaction(const std::function<Status()> &fn)
{
    return d->transaction(fn);
}

Result<QStringList> Database::integrityCheck()
{
    auto q = exec(d->db, QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next()) {
        const QString row = q->value(0).toString();
        if (row != QLatin1String("ok"))
            problems.append(row);
    }
    return problems;
}

Result<int> Database::Private::userVersion()
{
    auto q = exec(db, QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Failed, QCoreApplication::translate("tafel::store", "Cannot read the schema version of %1.").arg(path));
    return q->value(0).toInt();
}

Status Database::Private::initialize(const OpenOptions &options)
{
    // quick_check reads every page: a file of garbage fails here with "file is not a database", a damaged
    // b-tree with a list of problems.
    {
        auto q = exec(db, QStringLiteral("PRAGMA quick_check"));
        if (!q)
            return q.error();
        QStringList problems;
        while (q->next() && problems.size() < 5) {
            const QString row = q->value(0).toString();
            if (row != QLatin1String("ok"))
                problems.append(row);
        }
        if (!problems.isEmpty())
            return Error::make(ErrorCode::Corrupt,
                               QCoreApplication::translate("tafel::store", "The database %1 is damaged (%2).").arg(path, problems.join(QStringLiteral("; "))));
    }
    {
        auto q = exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toString().toLower() != QLatin1String("wal"))
            qCWarning(lcStore) << "WAL journal not available for" << path << "- using" << q->value(0).toString();
    }
    for (const auto *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        auto q = exec(db, QString::fromLatin1(pragma));
        if (!q)
            return q.error();
    }

    auto current = userVersion();
    if (!current)
        return current.error();
    version = *current;
    {
        // A file of the other kind (the inventory opened as an agent database or the reverse) is never migrated.
        auto q = exec(db, QStringLiteral("PRAGMA application_id"));
        if (!q)
            return q.error();
        const int appId = q->next() ? q->value(0).toInt() : 0;
        const int expected = applicationId(schema);
        if (appId != expected && (version > 0 || appId != 0))
            return Error::make(ErrorCode::Incompatible,
                               QCoreApplication::translate("tafel::store", "The database %1 is not a %2 database. Open the right file.")
                                   .arg(path, schema == Schema::Agent ? QStringLiteral("tafel-agent") : QStringLiteral("Tafel")));
    }
    const int latest = latestSchemaVersion(schema);
    if (version > latest)
        return Error::make(ErrorCode::Incompatible,
                           QCoreApplication::translate("tafel::store",
                                                       "The database %1 has schema version %2, but this program knows schema version %3 "
                                                       "at most: it was written by a newer Tafel. Update Tafel, or open another database.")
                               .arg(path)
                               .arg(version)
                               .arg(latest));
    if (version < 0)
        return Error::make(ErrorCode::Corrupt, QCoreApplication::translate("tafel::store", "The database %1 has an invalid schema version %2.").arg(path).arg(version));
    if (!options.migrate)
        return {};
    return migrateTo(options.targetVersion < 0 ? latest : options.targetVersion);
}

Status Database::Private::migrateTo(int target)
{
    for (const Migration &m : migrations(schema)) {
        if (m.version <= version || m.version > target)
            continue;
        qCInfo(lcStore) << "migrating" << path << "to schema version" << m.version << "-" << m.description;
        Status st = transaction([&]() -> Status {
            // Re-read inside the write lock: another process may have migrated meanwhile.
            auto now = userVersion();
            if (!now)
                return now.error();
            if (*now >= m.version)
                return {};
            for (const QString &sql : m.statements) {
                auto q = exec(db, sql);
                if (!q)
                    return q.error();
            }
            auto q = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
            if (!q)
                return q.error();
            if (m.version == 1 && applicationId(schema) != 0) {
                if (auto id = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId(schema))); !id)
                    return id.error();
            }
            return {};
        });
        if (!st) {
            if (st.error().code == ErrorCode::Locked || st.error().code == ErrorCode::Io || st.error().code == ErrorCode::Corrupt)
                return st;
            return Error::make(st.error().code,
                               QCoreApplication::translate("tafel::store", "Upgrading the database %1 to schema version %2 failed: %3")
                                   .arg(path)
                                   .arg(m.version)
                                   .arg(st.error().message));
        }
        auto v = userVersion();
        if (!v)
            return v.error();
        version = *v;
    }
    return {};
}

Status Database::Private::transaction(const std::function<Status()> &fn)
{
    if (txDepth > 0) {
        const QString sp = QStringLiteral("tafel_sp%1").arg(txDepth);
        if (auto q = exec(db, QStringLiteral("SAVEPOINT ") + sp); !q)
            return q.error();
        ++txDepth;
        Status st = fn();
        --txDepth;
        if (st.ok()) {
            if (auto q = exec(db, QStringLiteral("RELEASE ") + sp); !q)
                return q.error();
            return st;
        }
        (void)exec(db, QStringLiteral("ROLLBACK TO ") + sp);
        (void)exec(db, QStringLiteral("RELEASE ") + sp);
        return st;
    }

    if (auto q = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !q)
        return q.error();
    txDepth = 1;
    Status st = fn();
    txDepth = 0;
    if (!st.ok()) {
        if (auto q = exec(db, QStringLiteral("ROLLBACK")); !q)
            qCWarning(lcStore) << "rollback failed:" << q.errorString();
        return st;
    }
    if (auto q = exec(db, QStringLiteral("COMMIT")); !q) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return q.error();
    }
    return {};
}

} // namespace tafel::store
