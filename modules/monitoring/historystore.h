#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "monitoring/sample.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::monitoring {

// The agent's probe history: its own SQLite file (not the admin's inventory database, so modules/store's
// Database with its inventory migrations is not reused; this class keeps its own short PRAGMA user_version
// migration list, WAL mode, explicit transactions, and one connection per instance).
//
// Tables: series (one row per target+kind, with its room), samples (raw, kept rawDays), rollups (per minute and
// per hour: count, failures, min, median, p90, max of the successful RTTs), events (health changes), and
// rollup_state (how far each resolution has been built). rollUp() builds only buckets that are complete and newer
// than rollup_state, from the raw samples, in one transaction, so it can run every minute; samples that arrive
// later for an already rolled-up bucket stay in raw but do not change the rollup. prune() applies retention.
// Time in the database is UTC milliseconds since the epoch; buckets start at multiples of their size.
class HistoryStore final {
    Q_DECLARE_TR_FUNCTIONS(tafel::monitoring::HistoryStore)
    Q_DISABLE_COPY_MOVE(HistoryStore)
public:
    enum class Resolution { Minute = 60, Hour = 3600 };

    struct Retention {
        int rawDays = 7;
        int minuteDays = 30;
        int hourDays = 3 * 365;
    };

    struct Rollup {
        QString target;
        QString room;
        ProbeKind kind = ProbeKind::Icmp;
        QDateTime bucket; // start (UTC)
        int count = 0;
        int failures = 0;
        std::optional<double> min, median, p90, max; // empty when every sample failed
        double lossPct() const { return count ? 100.0 * failures / count : 0.0; }
    };

    struct Event {
        QDateTime time;
        QString subject;   // device id or room name
        QString scope;     // "device" or "room"
        QString from, to;  // health state keys
        QString reason;
    };

    explicit HistoryStore(const Clock &clock = Clock::system());
    ~HistoryStore();

    // Opens or creates the file and migrates it; Incompatible for a newer schema, Corrupt when the integrity check
    // fails, Io when the file cannot be opened.
    Status open(const QString &path);
    void close();
    bool isOpen() const;
    static int schemaVersion();

    void setRetention(const Retention &r) { m_retention = r; }
    Retention retention() const { return m_retention; }

    Status add(const ProbeSample &sample);
    Status add(const QList<ProbeSample> &samples); // one transaction

    // Builds the missing complete buckets up to clock.now(). Returns the number of rollup rows written.
    Result<int> rollUp();
    // Deletes what is older than the retention allows. Returns the number of rows deleted.
    Result<int> prune();

    // Raw samples of one target (any kind when kind is empty), oldest first.
    Result<QList<ProbeSample>> samples(const QString &target, const QDateTime &from, const QDateTime &to,
                                       std::optional<ProbeKind> kind = std::nullopt) const;
    // Rollups of one device, or of all devices of a room, in [from, to), ordered by target then time.
    Result<QList<Rollup>> deviceRollups(const QString &target, Resolution res, const QDateTime &from,
                                        const QDateTime &to) const;
    Result<QList<Rollup>> roomRollups(const QString &room, Resolution res, const QDateTime &from,
                                      const QDateTime &to) const;

    // Rollups of every device in [from, to) (the school dashboard), ordered by series then time: one statement
    // that walks the series and does one primary-key range scan each.
    Result<QList<Rollup>> allRollups(Resolution res, const QDateTime &from, const QDateTime &to) const;

    // One line per device over [from, to) for dashboard tiles, aggregated in SQL: probes, failures, lowest min,
    // count-weighted mean of the bucket medians (in `median`), highest p90 and max. Optionally one room only.
    Result<QList<Rollup>> summaries(Resolution res, const QDateTime &from, const QDateTime &to,
                                    const QString &room = {}) const;

    Status addEvent(const Event &event);
    Result<QList<Event>> events(const QString &subject, const QDateTime &from, const QDateTime &to) const;

    // Bulk loading for benchmarks and imports: rollup rows written as given (one transaction).
    Status insertRollups(Resolution res, const QList<Rollup> &rows);

private:
    Result<qint64> seriesId(const QString &target, const QString &room, ProbeKind kind);
    Result<int> rollUp(Resolution res, qint64 untilMs);
    Result<QList<Rollup>> rollupQuery(const QString &where, const QString &key, Resolution res, const QDateTime &from,
                                      const QDateTime &to) const;

    const Clock &m_clock;
    QString m_connection;
    QHash<QString, qint64> m_series; // "kind\x1ftarget\x1froom" -> series id
    Retention m_retention;
};

} // namespace tafel::monitoring

Q_DECLARE_METATYPE(tafel::monitoring::HistoryStore::Event)
