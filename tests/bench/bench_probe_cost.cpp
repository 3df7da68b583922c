// Probe cost (issue 6): CPU seconds (getrusage) for 1,000 loopback targets (127.0.x.y; all of 127/8 is loopback on
// Linux, so nothing leaves the machine) probed once by Tafel's Prober, divided by `fping` on the same targets.
// Goal: <= 2x. Run: tests/bench/run.sh BUILD probe_cost   (ICMP needs root/CAP_NET_RAW or ping_group_range;
// fping must be installed, installer/dev.sh installs it).
#include "monitoring/prober.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList hosts;
    for (int x = 0; hosts.size() < 1000; ++x)
        for (int y = 1; y <= 250 && hosts.size() < 1000; ++y)
            hosts.append(QStringLiteral("127.0.%1.%2").arg(x).arg(y));
    QList<ProbeTarget> targets;
    for (const QString &h : hosts) {
        ProbeTarget t;
        t.id = h;
        t.kind = ProbeKind::Icmp;
        t.host = h;
        t.timeoutMs = 2000;
        targets.append(t);
    }
    constexpr int runs = 5;

    Prober prober;
    out << "ICMP method: " << icmpMethodKey(prober.icmpMethod()) << Qt::endl;
    QList<double> tafelCpu, tafelWall;
    int okLast = 0;
    for (int r = 0; r < runs; ++r) {
        int ok = 0;
        QEventLoop loop;
        auto c1 = QObject::connect(&prober, &Prober::sampleReady, &loop, [&ok](const ProbeSample &s) { ok += s.ok; });
        auto c2 = QObject::connect(&prober, &Prober::batchFinished, &loop, &QEventLoop::quit);
        QElapsedTimer wall;
        wall.start();
        const double before = cpuSeconds(RUSAGE_SELF);
        prober.probeAll(targets);
        loop.exec();
        tafelCpu.append(cpuSeconds(RUSAGE_SELF) - before);
        tafelWall.append(double(wall.nsecsElapsed()) / 1e9);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        okLast = ok;
    }
    out << QStringLiteral("tafel: %1 of 1000 answered, CPU %2 s (median of %3), wall %4 s")
               .arg(okLast)
               .arg(median(tafelCpu), 0, 'f', 4)
               .arg(runs)
               .arg(median(tafelWall), 0, 'f', 3)
        << Qt::endl;

    const QString fping = QStandardPaths::findExecutable(QStringLiteral("fping"));
    if (fping.isEmpty()) {
        out << "fping not installed: no ratio" << Qt::endl;
        return 0;
    }
    QList<double> fpingCpu, fpingWall;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        const double before = cpuSeconds(RUSAGE_CHILDREN);
        QElapsedTimer wall;
        wall.start();
        // -q quiet, -r 0 no retries, -t timeout ms, -i 1 ms between packets (fping's fastest sane pacing as root)
        p.start(fping, QStringList{QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-t"),
                                   QStringLiteral("2000"), QStringLiteral("-i"), QStringLiteral("1")}
                           + hosts);
        p.waitForFinished(60000);
        fpingWall.append(double(wall.nsecsElapsed()) / 1e9);
        fpingCpu.append(cpuSeconds(RUSAGE_CHILDREN) - before);
        if (r == 0)
            out << "fping exit code " << p.exitCode() << " (0 = all alive)" << Qt::endl;
    }
    const double ratio = median(tafelCpu) / std::max(1e-6, median(fpingCpu));
    out << QStringLiteral("fping: CPU %1 s (median of %2), wall %3 s (incl. process start)")
               .arg(median(fpingCpu), 0, 'f', 4)
               .arg(runs)
               .arg(median(fpingWall), 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("ratio tafel/fping CPU: %1 (goal <= 2.0)").arg(ratio, 0, 'f', 2) << Qt::endl;
    return 0;
}
