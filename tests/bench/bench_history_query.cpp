// Dashboard queries over one year of hourly rollups for 1,000 devices (8.76 M rows; 40 rooms of 25 devices),
// goal <= 20 ms. The database is generated once into the build tree (bench-history.sqlite) and reused.
// Run: tests/bench/run.sh BUILD history_query
#include "monitoring/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

constexpr int kDevices = 1000;
constexpr int kRooms = 40;
constexpr int kHours = 365 * 24;

QString device(int i) { return QStringLiteral("dev-%1").arg(i, 4, 10, QLatin1Char('0')); }
QString room(int i) { return QStringLiteral("room-%1").arg(i % kRooms, 2, 10, QLatin1Char('0')); }

double medianMs(const std::function<qsizetype()> &query, qsizetype &rows)
{
    QList<double> t;
    query(); // warm the page cache
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer e;
        e.start();
        rows = query();
        t.append(double(e.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QDateTime end(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime start = end.addSecs(-qint64(kHours) * 3600);
    FakeClock clock(end);
    const QString path = QStringLiteral(TAFEL_BINARY_DIR "/bench-history.sqlite");
    const bool fresh = !QFile::exists(path);
    HistoryStore store(clock);
    if (auto st = store.open(path); !st) {
        out << st.errorString() << Qt::endl;
        return 1;
    }
    if (fresh) {
        out << "generating " << kDevices << " devices x " << kHours << " hourly rollups into " << path << Qt::endl;
        QElapsedTimer gen;
        gen.start();
        QRandomGenerator rng(42);
        for (int d = 0; d < kDevices; ++d) {
            QList<HistoryStore::Rollup> rows;
            rows.reserve(kHours);
            for (int h = 0; h < kHours; ++h) {
                HistoryStore::Rollup r;
                r.target = device(d);
                r.room = room(d);
                r.bucket = start.addSecs(qint64(h) * 3600);
                r.count = 120;
                r.failures = rng.bounded(3);
                const double base = 1 + rng.bounded(20);
                r.min = base;
                r.median = base + 1;
                r.p90 = base + 5;
                r.max = base + 30;
                rows.append(r);
            }
            if (auto st = store.insertRollups(HistoryStore::Resolution::Hour, rows); !st) {
                out << st.errorString() << Qt::endl;
                return 1;
            }
        }
        out << "generated in " << gen.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    const auto H = HistoryStore::Resolution::Hour;
    qsizetype rows = 0;
    double ms = medianMs([&] { return store.deviceRollups(device(123), H, start, end)->size(); }, rows);
    out << QStringLiteral("one device, one year hourly:          %1 ms (%2 rows)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs([&] { return store.roomRollups(room(7), H, end.addDays(-7), end)->size(); }, rows);
    out << QStringLiteral("one room (25 devices), 7 days hourly:  %1 ms (%2 rows)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs([&] { return store.roomRollups(room(7), H, end.addDays(-1), end)->size(); }, rows);
    out << QStringLiteral("one room (25 devices), 24 h hourly:    %1 ms (%2 rows)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs(
        [&] {
            qsizetype n = 0;
            for (int r = 0; r < kRooms; ++r)
                n += store.roomRollups(room(r), H, end.addDays(-1), end)->size();
            return n;
        },
        rows);
    out << QStringLiteral("school, 40 room queries, 24 h hourly:  %1 ms (%2 rows)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs([&] { return store.allRollups(H, end.addDays(-1), end)->size(); }, rows);
    out << QStringLiteral("school (1,000 devices), 24 h hourly:   %1 ms (%2 rows)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs([&] { return store.summaries(H, end.addDays(-1), end)->size(); }, rows);
    out << QStringLiteral("school tiles (per-device summary), 24 h:  %1 ms (%2 rows from 24,000)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs([&] { return store.summaries(H, end.addDays(-7), end)->size(); }, rows);
    out << QStringLiteral("school tiles (per-device summary), 7 d:   %1 ms (%2 rows from 168,000)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs([&] { return store.summaries(H, start, end)->size(); }, rows);
    out << QStringLiteral("school tiles (per-device summary), 1 y:   %1 ms (%2 rows from 8,760,000)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    ms = medianMs([&] { return store.roomRollups(room(7), H, start, end)->size(); }, rows);
    out << QStringLiteral("one room (25 devices), one year hourly: %1 ms (%2 rows)").arg(ms, 0, 'f', 2).arg(rows) << Qt::endl;
    return 0;
}
