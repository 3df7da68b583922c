#include "reporting/outbox.h"
#include "reporting/logging.h"

#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tafel::reporting {

namespace {
Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error::make(ErrorCode::Io, QStringLiteral("report outbox (%1): %2").arg(QLatin1String(what), q.lastError().text()));
}

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
// A row of "id, report_id, created_ms, payload, attempts" (the column order of every entry query).
Outbox::Entry entryFromRow(const QSqlQuery &q)
{
    return Outbox::Entry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toByteArray(),
                         q.value(4).toInt()};
}
} // namespace

Outbox::Outbox(store::Database &db, qint64 maxReports)
    : m_db(db)
    , m_max(qMax<qint64>(1, maxReports))
{
}

Status Outbox::enqueue(const HealthReport &report, const QStringList &sinks)
{
    return m_db.transaction([&]() -> Status {
        QSqlDatabase &c = m_db.connection();
        const qint64 count = scalar(c, QStringLiteral("SELECT COUNT(*) FROM report_outbox"));
        if (count < 0)
            return Error::make(ErrorCode::Io, QStringLiteral("report outbox: cannot count rows"));
        const qint64 excess = count + 1 - m_max;
        if (excess > 0) {
            QSqlQuery del(c);
            del.prepare(QStringLiteral("DELETE FROM report_outbox WHERE id IN (SELECT id FROM report_outbox ORDER BY id LIMIT ?)"));
            del.addBindValue(excess);
            if (!del.exec())
                return sqlError(del, "drop oldest");
            if (Status s = addToCounter(QStringLiteral("dropped"), del.numRowsAffected()); !s)
                return s;
            qCWarning(lcReporting) << "report outbox full:" << del.numRowsAffected() << "oldest report(s) dropped";
        }
        QSqlQuery ins(c);
        ins.prepare(QStringLiteral("INSERT INTO report_outbox (report_id, created_ms, payload) VALUES (?, ?, ?)"));
        ins.addBindValue(report.id);
        ins.addBindValue(QDateTime::currentMSecsSinceEpoch());
        ins.addBindValue(report.toJson());
        if (!ins.exec())
            return sqlError(ins, "insert");
        const qint64 row = ins.lastInsertId().toLongLong();
        QSqlQuery sq(c);
        sq.prepare(QStringLiteral("INSERT INTO report_outbox_sink (sink, outbox_id) VALUES (?, ?)"));
        for (const QString &sink : sinks) {
            sq.addBindValue(sink);
            sq.addBindValue(row);
            if (!sq.exec())
                return sqlError(sq, "insert sink");
        }
        return {};
    });
}

Result<std::optional<Outbox::Entry>> Outbox::next(const QString &sink, qint64 afterRow)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT o.id, o.report_id, o.created_ms, o.payload, o.attempts FROM report_outbox_sink s"
                             " JOIN report_outbox o ON o.id = s.outbox_id"
                             " WHERE s.sink = ? AND s.outbox_id > ? ORDER BY s.outbox_id LIMIT 1"));
    q.addBindValue(sink);
    q.addBindValue(afterRow);
    if (!q.exec())
        return sqlError(q, "next");
    if (!q.next())
        return std::optional<Entry>();
    return std::optional<Entry>(entryFromRow(q));
}

Status Outbox::markDone(qint64 row, const QString &sink)
{
    return m_db.transaction([&]() -> Status {
        QSqlDatabase &c = m_db.connection();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("DELETE FROM report_outbox_sink WHERE sink = ? AND outbox_id = ?"));
        q.addBindValue(sink);
        q.addBindValue(row);
        if (!q.exec())
            return sqlError(q, "done");
        QSqlQuery d(c);
        d.prepare(QStringLiteral("DELETE FROM report_outbox WHERE id = ?"
                                 " AND NOT EXISTS (SELECT 1 FROM report_outbox_sink WHERE outbox_id = ?)"));
        d.addBindValue(row);
        d.addBindValue(row);
        if (!d.exec())
            return sqlError(d, "delete");
        return {};
    });
}

Status Outbox::markAttempt(qint64 row)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE report_outbox SET attempts = attempts + 1 WHERE id = ?"));
    q.addBindValue(row);
    if (!q.exec())
        return sqlError(q, "attempt");
    return {};
}

Status Outbox::keepOnlySinks(const QStringList &sinks)
{
    return m_db.transaction([&]() -> Status {
        QSqlDatabase &c = m_db.connection();
        QStringList marks;
        QVariantList binds;
        for (const QString &s : sinks) {
            marks << QStringLiteral("?");
            binds << s;
        }
        QSqlQuery q(c);
        q.prepare(sinks.isEmpty() ? QStringLiteral("DELETE FROM report_outbox_sink")
                                  : QStringLiteral("DELETE FROM report_outbox_sink WHERE sink NOT IN (%1)").arg(marks.join(u',')));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return sqlError(q, "keep sinks");
        QSqlQuery d(c);
        if (!d.exec(QStringLiteral("DELETE FROM report_outbox WHERE id NOT IN (SELECT outbox_id FROM report_outbox_sink)")))
            return sqlError(d, "orphans");
        return {};
    });
}

qint64 Outbox::size()
{
    return scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM report_outbox"));
}

qint64 Outbox::pendingFor(const QString &sink)
{
    return scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM report_outbox_sink WHERE sink = ?"), {sink});
}

qint64 Outbox::dropped()
{
    return counter(QStringLiteral("dropped"));
}

qint64 Outbox::counter(const QString &key)
{
    return qMax<qint64>(0, scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(value), 0) FROM report_outbox_stats WHERE key = ?"), {key}));
}

Status Outbox::addToCounter(const QString &key, qint64 delta)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO report_outbox_stats (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = value + excluded.value"));
    q.addBindValue(key);
    q.addBindValue(delta);
    if (!q.exec())
        return sqlError(q, "counter");
    return {};
}

QStringList Outbox::reportIds()
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT report_id FROM report_outbox ORDER BY id")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<std::optional<Outbox::Entry>> Outbox::find(const QString &reportId)
{
    QSqlQuery q(m_db.connection());
    if (reportId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, report_id, created_ms, payload, attempts FROM report_outbox ORDER BY id DESC LIMIT 1"));
    } else {
        q.prepare(QStringLiteral("SELECT id, report_id, created_ms, payload, attempts FROM report_outbox WHERE report_id = ?"));
        q.addBindValue(reportId);
    }
    if (!q.exec())
        return sqlError(q, "find");
    if (!q.next())
        return std::optional<Entry>();
    return std::optional<Entry>(entryFromRow(q));
}

QList<QPair<QString, qint64>> Outbox::pendingBySink()
{
    QList<QPair<QString, qint64>> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT sink, COUNT(*) FROM report_outbox_sink GROUP BY sink ORDER BY sink")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

qint64 Outbox::oldestCreatedMs()
{
    return qMax<qint64>(0, scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MIN(created_ms), 0) FROM report_outbox")));
}

} // namespace tafel::reporting
