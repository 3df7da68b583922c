// Health with hysteresis: device and room transitions, events recorded in the history, staleness.
#include "monitoring/healthtracker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

ProbeSample s(const QString &target, char c, const QString &room = QStringLiteral("R1"))
{
    ProbeSample x;
    x.target = target;
    x.room = room;
    x.ok = c != 'x';
    x.rttMs = c == 'g' ? 5 : c == 's' ? 500 : -1; // good, slow, x = failed
    x.error = x.ok ? QString() : QStringLiteral("timeout");
    return x;
}

} // namespace

class HealthTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Sequence of samples (g good, s slow, x failed) and the state after each one (u, o, d = degraded, D = down).
    void hysteresis_data()
    {
        QTest::addColumn<QString>("samples");
        QTest::addColumn<QString>("states");
        QTest::newRow("first-good-is-ok") << "g" << "o";
        QTest::newRow("first-slow-is-degraded") << "s" << "d";
        QTest::newRow("failures-need-three") << "xxx" << "uuD";
        QTest::newRow("one-failure-is-not-down") << "gxgxg" << "ooooo";
        QTest::newRow("down-needs-two-good-to-recover") << "gxxxgg" << "oooDDo";
        QTest::newRow("recovery-interrupted") << "gxxxgxgg" << "oooDDDDo";
        QTest::newRow("recover-slow-is-degraded") << "gxxxss" << "oooDDd";
        QTest::newRow("three-slow-degrade") << "gsss" << "oood";
        QTest::newRow("degraded-needs-two-good") << "gsssgsgg" << "ooodddd" "o";
        QTest::newRow("degraded-then-down") << "sxxx" << "dddD";
    }
    void hysteresis()
    {
        QFETCH(QString, samples);
        QFETCH(QString, states);
        FakeClock clock;
        HealthTracker tracker(clock);
        const auto key = [](Health h) {
            return h == Health::Unknown ? QLatin1Char('u') : h == Health::Ok ? QLatin1Char('o')
                                         : h == Health::Degraded ? QLatin1Char('d') : QLatin1Char('D');
        };
        QString got;
        for (QChar c : samples) {
            tracker.addSample(s(QStringLiteral("pc"), char(c.toLatin1())));
            got += key(tracker.device(QStringLiteral("pc")));
        }
        QCOMPARE(got, states);
    }

    void roomsAndEvents()
    {
        QTemporaryDir dir;
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        HistoryStore history(clock);
        QVERIFY(history.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        HealthTracker tracker(clock, &history);
        QSignalSpy changes(&tracker, &HealthTracker::changed);
        QCOMPARE(tracker.room(QStringLiteral("R1")), Health::Unknown);
        tracker.addSample(s(QStringLiteral("a"), 'g'));
        tracker.addSample(s(QStringLiteral("b"), 'g'));
        QCOMPARE(tracker.room(QStringLiteral("R1")), Health::Ok);
        for (int i = 0; i < 3; ++i)
            tracker.addSample(s(QStringLiteral("a"), 'x'));
        QCOMPARE(tracker.device(QStringLiteral("a")), Health::Down);
        QCOMPARE(tracker.room(QStringLiteral("R1")), Health::Degraded);
        for (int i = 0; i < 3; ++i)
            tracker.addSample(s(QStringLiteral("b"), 'x'));
        QCOMPARE(tracker.room(QStringLiteral("R1")), Health::Down);
        // device a: unknown->ok, ok->down; b: unknown->ok, ok->down; room: unknown->ok, ok->degraded, degraded->down
        QCOMPARE(changes.count(), 7);
        auto ev = history.events(QStringLiteral("a"), clock.now().addDays(-1), clock.now().addDays(1));
        QCOMPARE(ev->size(), 2);
        QCOMPARE(ev->at(1).from, QStringLiteral("ok"));
        QCOMPARE(ev->at(1).to, QStringLiteral("down"));
        QVERIFY(ev->at(1).reason.contains(QLatin1String("timeout")));
        auto room = history.events(QStringLiteral("R1"), clock.now().addDays(-1), clock.now().addDays(1));
        QCOMPARE(room->size(), 3);
        QCOMPARE(room->at(2).scope, QStringLiteral("room"));
        // Nothing heard for staleAfterSec: unknown.
        clock.advanceSecs(tracker.thresholds().staleAfterSec);
        tracker.checkStale();
        QCOMPARE(tracker.device(QStringLiteral("a")), Health::Unknown);
        QCOMPARE(tracker.room(QStringLiteral("R1")), Health::Unknown);
    }
};

QTEST_GUILESS_MAIN(HealthTest)
#include "test_health.moc"
