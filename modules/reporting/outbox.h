#pragma once

#include "core/result.h"
#include "reporting/healthreport.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tafel::store {
class Database;
}

namespace tafel::reporting {

// The durable outbox in the agent's database (tables report_outbox*, agent schema step 2). Every write is one
// transaction (WAL, synchronous=NORMAL: a committed report survives kill -9 of the agent). A report stays until
// every sink it was queued for has answered 2xx (or refused it for good); the idempotency key is stored with it,
// so every resend carries the same key. Bounded: when full, the oldest reports are dropped and counted in the
// persistent 'dropped' counter. Synchronous; used on the agent's thread. Does not own the database.
class Outbox final {
    Q_DISABLE_COPY_MOVE(Outbox)
public:
    static constexpr qint64 DefaultMaxReports = 20000;

    struct Entry {
        qint64 row = 0;
        QString reportId;
        qint64 createdMs = 0;
        QByteArray payload; // HealthReport::toJson()
        int attempts = 0;
    };

    // `db` must hold the agent schema (store::Schema::Agent, version >= 2).
    explicit Outbox(store::Database &db, qint64 maxReports = DefaultMaxReports);

    // Stores `report` for `sinks` (names); drops the oldest reports first when the outbox is full.
    Status enqueue(const HealthReport &report, const QStringList &sinks);
    // The oldest report still owed to `sink` with row > afterRow, or nothing.
    Result<std::optional<Entry>> next(const QString &sink, qint64 afterRow = 0);
    // `sink` is done with the report (2xx, or refused for good): the report is deleted once no sink needs it.
    Status markDone(qint64 row, const QString &sink);
    Status markAttempt(qint64 row);
    // Forgets deliveries to sinks that are no longer configured (and the reports nobody needs any more).
    Status keepOnlySinks(const QStringList &sinks);

    qint64 size();
    qint64 pendingFor(const QString &sink);
    qint64 dropped();
    qint64 counter(const QString &key);
    Status addToCounter(const QString &key, qint64 delta);
    qint64 maxReports() const { return m_max; }
    void setMaxReports(qint64 max) { m_max = qMax<qint64>(1, max); }
    QStringList reportIds(); // oldest first (tests, tafelctl report outbox)
    // The report with this idempotency key, or the newest one when `reportId` is empty.
    Result<std::optional<Entry>> find(const QString &reportId = QString());
    // Sinks that still have reports queued, with their counts.
    QList<QPair<QString, qint64>> pendingBySink();
    // created_ms of the oldest queued report (0 when empty).
    qint64 oldestCreatedMs();

private:
    store::Database &m_db;
    qint64 m_max;
};

} // namespace tafel::reporting
