// History: raw samples, incremental per-minute and per-hour rollups over a FakeClock, retention, queries by device
// and room, migrations and a too-new schema.
#include "monitoring/historystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

ProbeSample sample(const QString &target, const QString &room, const QDateTime &ts, bool ok, double rtt)
{
    ProbeSample s;
    s.target = target;
    s.room = room;
    s.kind = ProbeKind::Icmp;
    s.timestamp = ts;
    s.ok = ok;
    s.rttMs = ok ? rtt : -1;
    if (!ok)
        s.error = QStringLiteral("timeout");
    return s;
}

} // namespace

class HistoryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_n));
    }

    void rollupsAreCorrectAndIncremental()
    {
        FakeClock clock(t0);
        HistoryStore store(clock);
        QVERIFY2(store.open(m_path).ok(), "open");
        // Minute 08:00: RTTs 1..10 ms and two failures. Minute 08:01: 100, 200.
        QList<ProbeSample> batch;
        for (int i = 1; i <= 10; ++i)
            batch.append(sample(QStringLiteral("pc1"), QStringLiteral("R101"), t0.addSecs(i * 5), true, i));
        batch.append(sample(QStringLiteral("pc1"), QStringLiteral("R101"), t0.addSecs(51), false, 0));
        batch.append(sample(QStringLiteral("pc1"), QStringLiteral("R101"), t0.addSecs(52), false, 0));
        batch.append(sample(QStringLiteral("pc1"), QStringLiteral("R101"), t0.addSecs(61), true, 100));
        batch.append(sample(QStringLiteral("pc1"), QStringLiteral("R101"), t0.addSecs(62), true, 200));
        batch.append(sample(QStringLiteral("pc2"), QStringLiteral("R101"), t0.addSecs(10), true, 7));
        QVERIFY(store.add(batch).ok());

        // At 08:00:59 nothing is complete.
        clock.set(t0.addSecs(59));
        QCOMPARE(*store.rollUp(), 0);
        // At 08:01:30 minute 08:00 is complete for both devices.
        clock.set(t0.addSecs(90));
        QCOMPARE(*store.rollUp(), 2);
        auto rows = store.deviceRollups(QStringLiteral("pc1"), HistoryStore::Resolution::Minute, t0, t0.addSecs(3600));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const auto &m = rows->at(0);
        QCOMPARE(m.bucket, t0);
        QCOMPARE(m.count, 12);
        QCOMPARE(m.failures, 2);
        QCOMPARE(*m.min, 1.0);
        QCOMPARE(*m.max, 10.0);
        QCOMPARE(*m.median, 5.5);
        QCOMPARE(*m.p90, 9.1); // linear interpolation: rank 8.1 between 9 and 10
        QCOMPARE(m.lossPct(), 100.0 * 2 / 12);
        // Running again adds nothing (only new buckets).
        QCOMPARE(*store.rollUp(), 0);
        // 08:02:00: minute 08:01 appears; 09:00:00: the hour.
        clock.set(t0.addSecs(120));
        QCOMPARE(*store.rollUp(), 1);
        clock.set(t0.addSecs(3600));
        QCOMPARE(*store.rollUp(), 2); // hour 08:00 for pc1 and pc2
        auto hours = store.deviceRollups(QStringLiteral("pc1"), HistoryStore::Resolution::Hour, t0, t0.addDays(1));
        QCOMPARE(hours->size(), 1);
        QCOMPARE(hours->at(0).count, 14);
        QCOMPARE(hours->at(0).failures, 2);
        QCOMPARE(*hours->at(0).max, 200.0);
        QCOMPARE(*hours->at(0).median, 6.5); // 1..10, 100, 200: middle of 6 and 7
        // Room query covers both devices, ordered by device.
        auto room = store.roomRollups(QStringLiteral("R101"), HistoryStore::Resolution::Minute, t0, t0.addDays(1));
        QCOMPARE(room->size(), 3);
        QCOMPARE(room->at(2).target, QStringLiteral("pc2"));
        QCOMPARE(*room->at(2).median, 7.0);
        auto all = store.allRollups(HistoryStore::Resolution::Hour, t0, t0.addDays(1));
        QCOMPARE(all->size(), 2);
        // Dashboard tiles: pc1's two minutes summed; the mean of medians is weighted by successful probes.
        auto tiles = store.summaries(HistoryStore::Resolution::Minute, t0, t0.addDays(1), QStringLiteral("R101"));
        QCOMPARE(tiles->size(), 2);
        QCOMPARE(tiles->at(0).count, 14);
        QCOMPARE(tiles->at(0).failures, 2);
        QCOMPARE(*tiles->at(0).max, 200.0);
        QCOMPARE(*tiles->at(0).median, (5.5 * 10 + 150.0 * 2) / 12);
        QCOMPARE(store.summaries(HistoryStore::Resolution::Minute, t0, t0.addDays(1))->size(), 2); // all rooms
    }

    void deviceMovesRoom()
    {
        FakeClock clock(t0);
        HistoryStore store(clock);
        QVERIFY(store.open(m_path).ok());
        QVERIFY(store.add(sample(QStringLiteral("laptop"), QStringLiteral("R1"), t0.addSecs(1), true, 3)).ok());
        QVERIFY(store.add(sample(QStringLiteral("laptop"), QStringLiteral("R2"), t0.addSecs(2), true, 4)).ok());
        clock.set(t0.addSecs(60));
        QCOMPARE(*store.rollUp(), 1); // one series: the device's history follows it
        QCOMPARE(store.roomRollups(QStringLiteral("R2"), HistoryStore::Resolution::Minute, t0, t0.addSecs(60))->size(), 1);
        QCOMPARE(store.roomRollups(QStringLiteral("R1"), HistoryStore::Resolution::Minute, t0, t0.addSecs(60))->size(), 0);
    }

    void allFailedBucketHasNoRtt()
    {
        FakeClock clock(t0);
        HistoryStore store(clock);
        QVERIFY(store.open(m_path).ok());
        QVERIFY(store.add(sample(QStringLiteral("dead"), QStringLiteral("R1"), t0.addSecs(1), false, 0)).ok());
        clock.set(t0.addSecs(60));
        QCOMPARE(*store.rollUp(), 1);
        auto rows = store.deviceRollups(QStringLiteral("dead"), HistoryStore::Resolution::Minute, t0, t0.addSecs(60));
        QCOMPARE(rows->size(), 1);
        QVERIFY(!rows->at(0).median.has_value());
        QCOMPARE(rows->at(0).lossPct(), 100.0);
    }

    void retention()
    {
        FakeClock clock(t0);
        HistoryStore store(clock);
        QVERIFY(store.open(m_path).ok());
        store.setRetention({1, 2, 10});
        for (int d = 0; d < 12; ++d)
            QVERIFY(store.add(sample(QStringLiteral("pc"), QStringLiteral("R"), t0.addDays(d), true, d + 1)).ok());
        clock.set(t0.addDays(12));
        QVERIFY(store.rollUp().ok());
        QVERIFY(*store.prune() > 0);
        const QDateTime all0 = t0.addDays(-1), all1 = t0.addDays(20);
        QCOMPARE(store.samples(QStringLiteral("pc"), all0, all1)->size(), 1);  // day 11 only (>= now - 1 day)
        QCOMPARE(store.deviceRollups(QStringLiteral("pc"), HistoryStore::Resolution::Minute, all0, all1)->size(), 2);
        QCOMPARE(store.deviceRollups(QStringLiteral("pc"), HistoryStore::Resolution::Hour, all0, all1)->size(), 10);
    }

    void eventsAndReopen()
    {
        FakeClock clock(t0);
        {
            HistoryStore store(clock);
            QVERIFY(store.open(m_path).ok());
            QVERIFY(store.addEvent({t0, QStringLiteral("pc1"), QStringLiteral("device"), QStringLiteral("ok"),
                                    QStringLiteral("down"), QStringLiteral("3 failed probes")}).ok());
        }
        HistoryStore store(clock);
        QVERIFY(store.open(m_path).ok());
        auto ev = store.events(QStringLiteral("pc1"), t0, t0.addSecs(1));
        QCOMPARE(ev->size(), 1);
        QCOMPARE(ev->at(0).to, QStringLiteral("down"));
    }

    void newerSchemaIsRefused()
    {
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(HistoryStore::schemaVersion() + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        HistoryStore store;
        auto st = store.open(m_path);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Incompatible);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;
};

QTEST_GUILESS_MAIN(HistoryTest)
#include "test_history.moc"
