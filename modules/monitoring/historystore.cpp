#include "monitoring/historystore.h"

#include "monitoring/logging.h"
#include "monitoring/stats.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <tuple>

namespace tafel::monitoring {

namespace {

// Migration n brings the schema from version n to n + 1. Append only.
const char *const kMigrations[] = {
    R"(CREATE TABLE series (
           id INTEGER PRIMARY KEY,
           target TEXT NOT NULL,
           kind INTEGER NOT NULL,
           room TEXT NOT NULL DEFAULT '',
           UNIQUE (target, kind));
       CREATE INDEX series_room ON series (room);
       CREATE TABLE samples (
           series_id INTEGER NOT NULL REFERENCES series (id),
           ts INTEGER NOT NULL,
           ok INTEGER NOT NULL,
           rtt REAL,
           error TEXT);
       CREATE INDEX samples_series_ts ON samples (series_id, ts);
       CREATE INDEX samples_ts ON samples (ts);
       CREATE TABLE rollups (
           res INTEGER NOT NULL,
           series_id INTEGER NOT NULL,
           bucket INTEGER NOT NULL,
           count INTEGER NOT NULL,
           failures INTEGER NOT NULL,
           min REAL, median REAL, p90 REAL, max REAL,
           PRIMARY KEY (res, series_id, bucket)) WITHOUT ROWID;
       CREATE TABLE rollup_state (res INTEGER PRIMARY KEY, done_until INTEGER NOT NULL);
       CREATE TABLE events (
           ts INTEGER NOT NULL,
           subject TEXT NOT NULL,
           scope TEXT NOT NULL,
           from_state TEXT NOT NULL,
           to_state TEXT NOT NULL,
           reason TEXT NOT NULL DEFAULT '');
       CREATE INDEX events_subject_ts ON events (subject, ts);)",
};
constexpr int kSchemaVersion = int(sizeof kMigrations / sizeof kMigrations[0]);

Error sqlError(const QSqlError &e, const QString &what)
{
    return Error::make(ErrorCode::Io, HistoryStore::tr("History database: %1: %2").arg(what, e.text()));
}

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> realOrNull(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

HistoryStore::HistoryStore(const Clock &clock)
    : m_clock(clock), m_connection(QStringLiteral("tafel-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

int HistoryStore::schemaVersion()
{
    return kSchemaVersion;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void HistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_series.clear();
}

Status HistoryStore::open(const QString &path)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error::make(ErrorCode::Io, tr("Cannot open the history database %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return sqlError(q.lastError(), tr("setting WAL mode"));
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
        return Error::make(ErrorCode::Corrupt, tr("The history database %1 failed its integrity check").arg(path));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError(), tr("reading the schema version"));
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Error::make(ErrorCode::Incompatible,
                           tr("The history database %1 was written by a newer Tafel (schema %2, this build knows %3)")
                               .arg(path)
                               .arg(version)
                               .arg(kSchemaVersion));
    for (int v = version; v < kSchemaVersion; ++v) {
        if (!db.transaction())
            return sqlError(db.lastError(), tr("starting a migration"));
        const QStringList statements = QString::fromUtf8(kMigrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &st : statements) {
            if (st.trimmed().isEmpty())
                continue;
            if (!q.exec(st)) {
                const QSqlError e = q.lastError();
                db.rollback();
                return sqlError(e, tr("migrating to schema %1").arg(v + 1));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1)) || !db.commit()) {
            db.rollback();
            return sqlError(q.lastError(), tr("migrating to schema %1").arg(v + 1));
        }
    }
    return {};
}

Result<qint64> HistoryStore::seriesId(const QString &target, const QString &room, ProbeKind kind)
{
    // The room is part of the cache key so a device that moved rooms updates its series row.
    const QString key = QString::number(int(kind)) + QChar(0x1f) + target + QChar(0x1f) + room;
    if (auto it = m_series.constFind(key); it != m_series.cend())
        return *it;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO series (target, kind, room) VALUES (?, ?, ?) "
                             "ON CONFLICT (target, kind) DO UPDATE SET room = excluded.room RETURNING id"));
    q.addBindValue(target);
    q.addBindValue(int(kind));
    q.addBindValue(room);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), tr("adding a series"));
    const qint64 id = q.value(0).toLongLong();
    m_series.insert(key, id);
    return id;
}

Status HistoryStore::add(const ProbeSample &sample)
{
    return add(QList<ProbeSample>{sample});
}

Status HistoryStore::add(const QList<ProbeSample> &samples)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Error::make(ErrorCode::Io, tr("The history database is not open"));
    if (!db.transaction())
        return sqlError(db.lastError(), tr("starting a transaction"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO samples (series_id, ts, ok, rtt, error) VALUES (?, ?, ?, ?, ?)"));
    for (const ProbeSample &s : samples) {
        auto id = seriesId(s.target, s.room, s.kind);
        if (!id) {
            db.rollback();
            m_series.clear();
            return id.error();
        }
        q.addBindValue(*id);
        q.addBindValue(s.timestamp.toMSecsSinceEpoch());
        q.addBindValue(s.ok ? 1 : 0);
        q.addBindValue(s.ok && s.rttMs >= 0 ? QVariant(s.rttMs) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(s.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.error.left(500)));
        if (!q.exec()) {
            const QSqlError e = q.lastError();
            db.rollback();
            m_series.clear();
            return sqlError(e, tr("adding samples"));
        }
    }
    if (!db.commit())
        return sqlError(db.lastError(), tr("committing samples"));
    return {};
}

Result<int> HistoryStore::rollUp()
{
    const qint64 now = m_clock.nowMSecs();
    int total = 0;
    for (Resolution res : {Resolution::Minute, Resolution::Hour}) {
        auto n = rollUp(res, now);
        if (!n)
            return n.error();
        total += *n;
    }
    return total;
}

Result<int> HistoryStore::rollUp(Resolution res, qint64 nowMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Error::make(ErrorCode::Io, tr("The history database is not open"));
    const qint64 size = qint64(res) * 1000;
    const qint64 until = nowMs - (nowMs % size + size) % size; // start of the current (incomplete) bucket
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT done_until FROM rollup_state WHERE res = ?"));
    q.addBindValue(int(res));
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading the rollup state"));
    const qint64 done = q.next() ? q.value(0).toLongLong() : std::numeric_limits<qint64>::min();
    if (done >= until)
        return 0;
    if (!db.transaction())
        return sqlError(db.lastError(), tr("starting a transaction"));
    q.prepare(QStringLiteral("SELECT series_id, ts, ok, rtt FROM samples WHERE ts >= ? AND ts < ? ORDER BY series_id, ts"));
    q.addBindValue(done == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::min() : done);
    q.addBindValue(until);
    q.setForwardOnly(true);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        db.rollback();
        return sqlError(e, tr("reading samples"));
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR REPLACE INTO rollups (res, series_id, bucket, count, failures, min, median, p90, max) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int written = 0;
    qint64 curSeries = -1, curBucket = 0;
    int count = 0, failures = 0;
    QList<double> rtts;
    bool failed = false;
    QSqlError insError;
    const auto flush = [&] {
        if (count == 0 || failed)
            return;
        const auto s = summarize(rtts);
        ins.addBindValue(int(res));
        ins.addBindValue(curSeries);
        ins.addBindValue(curBucket);
        ins.addBindValue(count);
        ins.addBindValue(failures);
        ins.addBindValue(optionalReal(s ? std::optional(s->min) : std::nullopt));
        ins.addBindValue(optionalReal(s ? std::optional(s->median) : std::nullopt));
        ins.addBindValue(optionalReal(s ? std::optional(s->p90) : std::nullopt));
        ins.addBindValue(optionalReal(s ? std::optional(s->max) : std::nullopt));
        if (!ins.exec()) {
            failed = true;
            insError = ins.lastError();
        }
        ++written;
        count = failures = 0;
        rtts.clear();
    };
    while (q.next()) {
        const qint64 series = q.value(0).toLongLong();
        const qint64 ts = q.value(1).toLongLong();
        const qint64 bucket = ts - (ts % size + size) % size;
        if (series != curSeries || bucket != curBucket) {
            flush();
            curSeries = series;
            curBucket = bucket;
        }
        ++count;
        if (q.value(2).toInt() != 0 && !q.value(3).isNull())
            rtts.append(q.value(3).toDouble());
        else
            ++failures;
    }
    flush();
    if (failed) {
        db.rollback();
        return sqlError(insError, tr("writing rollups"));
    }
    QSqlQuery st(db);
    st.prepare(QStringLiteral("INSERT OR REPLACE INTO rollup_state (res, done_until) VALUES (?, ?)"));
    st.addBindValue(int(res));
    st.addBindValue(until);
    if (!st.exec() || !db.commit()) {
        const QSqlError e = st.lastError();
        db.rollback();
        return sqlError(e, tr("writing the rollup state"));
    }
    return written;
}

Result<int> HistoryStore::prune()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Error::make(ErrorCode::Io, tr("The history database is not open"));
    const qint64 now = m_clock.nowMSecs();
    constexpr qint64 day = 24LL * 3600 * 1000;
    int deleted = 0;
    if (!db.transaction())
        return sqlError(db.lastError(), tr("starting a transaction"));
    QSqlQuery q(db);
    const auto run = [&](const QString &sql, QVariantList binds) {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return false;
        deleted += q.numRowsAffected();
        return true;
    };
    const bool ok = run(QStringLiteral("DELETE FROM samples WHERE ts < ?"), {now - m_retention.rawDays * day})
        && run(QStringLiteral("DELETE FROM rollups WHERE res = ? AND bucket < ?"), {int(Resolution::Minute), now - m_retention.minuteDays * day})
        && run(QStringLiteral("DELETE FROM rollups WHERE res = ? AND bucket < ?"), {int(Resolution::Hour), now - m_retention.hourDays * day})
        && run(QStringLiteral("DELETE FROM events WHERE ts < ?"), {now - m_retention.hourDays * day});
    if (!ok || !db.commit()) {
        const QSqlError e = q.lastError();
        db.rollback();
        return sqlError(e, tr("pruning"));
    }
    return deleted;
}

Result<QList<ProbeSample>> HistoryStore::samples(const QString &target, const QDateTime &from, const QDateTime &to,
                                                 std::optional<ProbeKind> kind) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT s.target, s.room, s.kind, x.ts, x.ok, x.rtt, x.error FROM samples x "
                             "JOIN series s ON s.id = x.series_id WHERE s.target = ? AND (? < 0 OR s.kind = ?) "
                             "AND x.ts >= ? AND x.ts < ? ORDER BY x.ts"));
    q.addBindValue(target);
    q.addBindValue(kind ? int(*kind) : -1);
    q.addBindValue(kind ? int(*kind) : -1);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading samples"));
    QList<ProbeSample> out;
    while (q.next()) {
        ProbeSample s;
        s.target = q.value(0).toString();
        s.room = q.value(1).toString();
        s.kind = ProbeKind(q.value(2).toInt());
        s.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        s.ok = q.value(4).toInt() != 0;
        s.rttMs = q.value(5).isNull() ? -1 : q.value(5).toDouble();
        s.error = q.value(6).toString();
        out.append(s);
    }
    return out;
}

Result<QList<HistoryStore::Rollup>> HistoryStore::rollupQuery(const QString &where, const QString &key, Resolution res,
                                                              const QDateTime &from, const QDateTime &to) const
{
    // Two steps so each series is one primary-key range scan, already in bucket order (a join let SQLite scan
    // every rollup of the resolution for a room), and target/room strings are shared instead of read per row.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery series(db);
    series.prepare(QStringLiteral("SELECT s.id, s.target, s.room, s.kind FROM series s WHERE ") + where
                   + QStringLiteral(" ORDER BY s.target, s.kind"));
    series.addBindValue(key);
    if (!series.exec())
        return sqlError(series.lastError(), tr("reading rollups"));
    struct Series {
        qint64 id;
        QString target, room;
        ProbeKind kind;
    };
    QList<Series> list;
    while (series.next())
        list.append(Series{series.value(0).toLongLong(), series.value(1).toString(), series.value(2).toString(),
                           ProbeKind(series.value(3).toInt())});
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bucket, count, failures, min, median, p90, max FROM rollups "
                             "WHERE res = ? AND series_id = ? AND bucket >= ? AND bucket < ? ORDER BY bucket"));
    QList<Rollup> out;
    for (const Series &s : std::as_const(list)) {
        q.bindValue(0, int(res));
        q.bindValue(1, s.id);
        q.bindValue(2, from.toMSecsSinceEpoch());
        q.bindValue(3, to.toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(q.lastError(), tr("reading rollups"));
        while (q.next()) {
            Rollup r;
            r.target = s.target;
            r.room = s.room;
            r.kind = s.kind;
            r.bucket = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
            r.count = q.value(1).toInt();
            r.failures = q.value(2).toInt();
            r.min = realOrNull(q.value(3));
            r.median = realOrNull(q.value(4));
            r.p90 = realOrNull(q.value(5));
            r.max = realOrNull(q.value(6));
            out.append(std::move(r));
        }
    }
    return out;
}

Result<QList<HistoryStore::Rollup>> HistoryStore::deviceRollups(const QString &target, Resolution res,
                                                                const QDateTime &from, const QDateTime &to) const
{
    return rollupQuery(QStringLiteral("s.target = ?"), target, res, from, to);
}

Result<QList<HistoryStore::Rollup>> HistoryStore::roomRollups(const QString &room, Resolution res, const QDateTime &from,
                                                              const QDateTime &to) const
{
    return rollupQuery(QStringLiteral("s.room = ?"), room, res, from, to);
}

Result<QList<HistoryStore::Rollup>> HistoryStore::allRollups(Resolution res, const QDateTime &from, const QDateTime &to) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery series(db);
    if (!series.exec(QStringLiteral("SELECT id, target, room, kind FROM series")))
        return sqlError(series.lastError(), tr("reading rollups"));
    QHash<qint64, std::tuple<QString, QString, ProbeKind>> names;
    while (series.next())
        names.insert(series.value(0).toLongLong(),
                     {series.value(1).toString(), series.value(2).toString(), ProbeKind(series.value(3).toInt())});
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // CROSS JOIN keeps series as the outer loop (SQLite would otherwise scan every rollup of the resolution).
    q.prepare(QStringLiteral("SELECT r.series_id, r.bucket, r.count, r.failures, r.min, r.median, r.p90, r.max "
                             "FROM series s CROSS JOIN rollups r ON r.res = ? AND r.series_id = s.id "
                             "AND r.bucket >= ? AND r.bucket < ?"));
    q.addBindValue(int(res));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading rollups"));
    QList<Rollup> out;
    while (q.next()) {
        Rollup r;
        const auto &[target, room, kind] = names.value(q.value(0).toLongLong());
        r.target = target;
        r.room = room;
        r.kind = kind;
        r.bucket = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        r.count = q.value(2).toInt();
        r.failures = q.value(3).toInt();
        r.min = realOrNull(q.value(4));
        r.median = realOrNull(q.value(5));
        r.p90 = realOrNull(q.value(6));
        r.max = realOrNull(q.value(7));
        out.append(std::move(r));
    }
    return out;
}

Result<QList<HistoryStore::Rollup>> HistoryStore::summaries(Resolution res, const QDateTime &from, const QDateTime &to,
                                                            const QString &room) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.target, s.room, s.kind, SUM(r.count), SUM(r.failures), MIN(r.min), "
                             "SUM(r.median * (r.count - r.failures)) / NULLIF(SUM(CASE WHEN r.median IS NULL THEN 0 ELSE r.count - r.failures END), 0), "
                             "MAX(r.p90), MAX(r.max) "
                             "FROM series s CROSS JOIN rollups r ON r.res = ? AND r.series_id = s.id AND r.bucket >= ? AND r.bucket < ? "
                             "WHERE (? = '' OR s.room = ?) GROUP BY s.id ORDER BY s.target, s.kind"));
    q.addBindValue(int(res));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    const QString roomKey = room.isEmpty() ? QStringLiteral("") : room; // a null QString would bind NULL
    q.addBindValue(roomKey);
    q.addBindValue(roomKey);
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading rollups"));
    QList<Rollup> out;
    while (q.next()) {
        Rollup r;
        r.target = q.value(0).toString();
        r.room = q.value(1).toString();
        r.kind = ProbeKind(q.value(2).toInt());
        r.bucket = from;
        r.count = q.value(3).toInt();
        r.failures = q.value(4).toInt();
        r.min = realOrNull(q.value(5));
        r.median = realOrNull(q.value(6));
        r.p90 = realOrNull(q.value(7));
        r.max = realOrNull(q.value(8));
        out.append(std::move(r));
    }
    return out;
}

Status HistoryStore::insertRollups(Resolution res, const QList<Rollup> &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(db.lastError(), tr("starting a transaction"));
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR REPLACE INTO rollups (res, series_id, bucket, count, failures, min, median, p90, max) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Rollup &r : rows) {
        auto id = seriesId(r.target, r.room, r.kind);
        if (!id) {
            db.rollback();
            m_series.clear();
            return id.error();
        }
        ins.addBindValue(int(res));
        ins.addBindValue(*id);
        ins.addBindValue(r.bucket.toMSecsSinceEpoch());
        ins.addBindValue(r.count);
        ins.addBindValue(r.failures);
        ins.addBindValue(optionalReal(r.min));
        ins.addBindValue(optionalReal(r.median));
        ins.addBindValue(optionalReal(r.p90));
        ins.addBindValue(optionalReal(r.max));
        if (!ins.exec()) {
            const QSqlError e = ins.lastError();
            db.rollback();
            m_series.clear();
            return sqlError(e, tr("writing rollups"));
        }
    }
    if (!db.commit())
        return sqlError(db.lastError(), tr("committing rollups"));
    return {};
}

Status HistoryStore::addEvent(const Event &event)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO events (ts, subject, scope, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.time.toMSecsSinceEpoch());
    q.addBindValue(event.subject);
    q.addBindValue(event.scope);
    q.addBindValue(event.from);
    q.addBindValue(event.to);
    q.addBindValue(event.reason);
    if (!q.exec())
        return sqlError(q.lastError(), tr("recording an event"));
    return {};
}

Result<QList<HistoryStore::Event>> HistoryStore::events(const QString &subject, const QDateTime &from,
                                                        const QDateTime &to) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ts, subject, scope, from_state, to_state, reason FROM events "
                             "WHERE subject = ? AND ts >= ? AND ts < ? ORDER BY ts, rowid"));
    q.addBindValue(subject);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q.lastError(), tr("reading events"));
    QList<Event> out;
    while (q.next())
        out.append(Event{QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toString(),
                         q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace tafel::monitoring
