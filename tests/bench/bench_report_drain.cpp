// Issue 7 benchmark: 10,000 reports queued in the outbox drain to a local prometheus-pushgateway (loopback).
// Prints reports/s, the agent's CPU seconds (this process, user+sys) and the pushgateway's CPU seconds.
// tests/bench/run.sh BUILD report_drain   (or: BUILD/tests/bench/bench_report_drain [COUNT])
#include "../reporting/pushgatewayprocess.h"

#include "reporting/reporter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace tafel;
using namespace tafel::reporting;

namespace {
double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    testing::PushgatewayProcess pg;
    QString err;
    if (!pg.start(0, &err)) {
        std::printf("SKIP: %s\n", qPrintable(err));
        return 0;
    }
    QTemporaryDir dir;
    store::OpenOptions o;
    o.schema = store::Schema::Agent;
    auto db = store::Database::open(dir.filePath(QStringLiteral("agent.db")), o);
    if (!db) {
        std::printf("FAIL: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    ReporterOptions ro;
    ro.useSystemProxy = false;
    ro.maxReports = count + 1;
    Reporter reporter(**db, ro);
    if (!reporter.addSink({QStringLiteral("pg"), SinkConfig::Kind::Pushgateway, pg.url()})) {
        std::printf("FAIL: sink\n");
        return 1;
    }
    // Queue first (outbox only, no sending): a school's uplink came back after a long outage.
    QElapsedTimer t;
    t.start();
    qsizetype seriesPerReport = 0;
    for (int i = 0; i < count; ++i) {
        HealthSnapshot s;
        s.school = QStringLiteral("gs-nord");
        s.room = QStringLiteral("r%1").arg(i % 40);
        s.timestampMs = 1'700'000'000'000 + i;
        s.agentVersion = QStringLiteral("0.1.0");
        s.broadband = BroadbandHealth{95e6, 38e6, 0.012, 0.002, 0.001};
        for (int d = 0; d < 8; ++d) {
            DeviceHealth dh;
            dh.device = QStringLiteral("dev-%1").arg(d);
            dh.kind = d < 2 ? QStringLiteral("display") : QStringLiteral("pc");
            dh.up = true;
            dh.rttSeconds = 0.001 * d;
            if (d < 2) {
                dh.displayPowerOn = true;
                dh.lampHours = 1000;
                dh.displayError = false;
            }
            s.devices.append(dh);
        }
        auto r = buildReport(s);
        seriesPerReport = r ? r->series.size() : 0;
        if (!r || !reporter.outbox().enqueue(*r, {QStringLiteral("pg")})) {
            std::printf("FAIL: enqueue\n");
            return 1;
        }
    }
    const double enqueueSecs = double(t.elapsed()) / 1000.0;
    std::printf("queued %d reports (%d series each, 8 devices) in %.2f s (%.0f reports/s, one transaction each)\n", count,
                int(seriesPerReport), enqueueSecs, count / enqueueSecs);

    const double cpu0 = cpuSeconds();
    const double pgCpu0 = processCpuSeconds(pg.pid());
    qint64 failures = 0;
    QObject::connect(&reporter, &Reporter::failed, &app, [&failures] { ++failures; });
    QObject::connect(&reporter, &Reporter::drained, &app, [&app] { app.quit(); });
    t.restart();
    (void)reporter.start();
    app.exec();
    const double secs = double(t.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpu0;
    const double pgCpu = processCpuSeconds(pg.pid()) - pgCpu0;
    std::printf("drained %lld reports to the pushgateway in %.2f s: %.0f reports/s; agent CPU %.2f s (%.0f us/report); "
                "pushgateway CPU %.2f s; failures %lld; outbox left %lld\n",
                qint64(reporter.sinkStatus(QStringLiteral("pg")).delivered), secs, count / secs, cpu, cpu / count * 1e6, pgCpu,
                failures, reporter.outbox().size());
    return reporter.outbox().size() == 0 ? 0 : 1;
}
