// Scheduler: probe intervals per target over a FakeClock, broadband times outside lesson hours, one measurement
// at a time.
#include "monitoring/measurementscheduler.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace tafel;
using namespace tafel::monitoring;

class SchedulerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void probesEveryInterval()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
        Prober prober;
        MeasurementScheduler scheduler(&prober, clock);
        scheduler.setSeed(1);
        auto a = *ProbeTarget::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()));
        a.id = QStringLiteral("a");
        auto b = a;
        b.id = QStringLiteral("b");
        scheduler.setTargets({a, b}, {{QStringLiteral("b"), 10}}); // a: default 30 s, b: 10 s
        QSignalSpy samples(&scheduler, &MeasurementScheduler::sampleReady);
        // Over 60 simulated seconds: a twice, b six times (first runs spread within one interval).
        for (int sec = 0; sec < 60; ++sec) {
            scheduler.tick();
            QTRY_COMPARE(prober.inFlight(), 0);
            clock.advanceSecs(1);
        }
        int na = 0, nb = 0;
        for (const auto &args : samples) {
            const auto sample = args.at(0).value<ProbeSample>();
            QVERIFY(sample.ok);
            (sample.target == QLatin1String("a") ? na : nb)++;
        }
        QCOMPARE(na, 2);
        QCOMPARE(nb, 6);
    }

    void broadbandOutsideLessons()
    {
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(6, 0))); // a Monday
        Prober prober;
        MeasurementScheduler scheduler(&prober, clock);
        scheduler.setSeed(7);
        ScheduleConfig c;
        c.broadbandPerDay = 3;
        scheduler.setConfig(c);
        QVERIFY(scheduler.isLessonTime(QDateTime(QDate(2026, 1, 5), QTime(9, 0))));
        QVERIFY(!scheduler.isLessonTime(QDateTime(QDate(2026, 1, 10), QTime(9, 0)))); // Saturday
        QDateTime t = clock.now();
        for (int i = 0; i < 200; ++i) {
            const QDateTime next = scheduler.randomBroadbandTime(t);
            QVERIFY(next.isValid());
            QVERIFY(next > t);
            QVERIFY2(!scheduler.isLessonTime(next), qPrintable(next.toString()));
            t = next;
        }
        // Everything a lesson: no time at all.
        c.lessons = {{1, QTime(0, 0), QTime(23, 59, 59, 999)}, {2, QTime(0, 0), QTime(23, 59, 59, 999)}};
        scheduler.setConfig(c);
        QVERIFY(!scheduler.randomBroadbandTime(QDateTime(QDate(2026, 1, 5), QTime(0, 0))).isValid());
    }

    void neverTwoMeasurementsAtOnce()
    {
        FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(18, 0)));
        Prober prober;
        MeasurementScheduler scheduler(&prober, clock);
        int running = 0, maxRunning = 0, done = 0;
        QList<std::function<void()>> finishers;
        const auto job = [&](std::function<void()> finished) {
            ++running;
            maxRunning = std::max(maxRunning, running);
            finishers.append([&, finished] {
                --running;
                ++done;
                finished();
            });
        };
        ScheduleConfig c;
        c.broadbandMaxSec = 48 * 3600; // the clock jumps hours ahead below; that must not count as a hung test
        scheduler.setConfig(c);
        QSignalSpy started(&scheduler, &MeasurementScheduler::measurementStarted);
        scheduler.setBroadband(job);
        QVERIFY(scheduler.nextBroadband().isValid());
        scheduler.requestMeasurement(job);
        scheduler.requestMeasurement(job);
        QTRY_COMPARE(started.count(), 1);
        // The scheduled one comes due while the first runs: it queues.
        clock.set(scheduler.nextBroadband());
        scheduler.tick();
        QCOMPARE(scheduler.queuedMeasurements(), 2);
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE(finishers.size(), i + 1);
            finishers[i]();
        }
        QCOMPARE(done, 3);
        QCOMPARE(maxRunning, 1);
        QVERIFY(!scheduler.measurementRunning());
    }
};

QTEST_GUILESS_MAIN(SchedulerTest)
#include "test_scheduler.moc"
