// Benchmark (issue 3): N simulated PJLink displays with authentication and 50 ms reply latency, powered on
// with --wait semantics (setPowerAndWait). Prints the wall time for 30 and for 1 and the ratio; the goal is
// ≤ 1.5× (the drivers run fully in parallel on one thread).
// Run: tests/bench/run.sh <release-build-dir> pjlink   (or the binary directly; --displays N --warmup MS)
#include "displays/pjlinkdriver.h"
#include "displays/pjlinksimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace tafel;
using namespace tafel::displays;

namespace {

struct Outcome {
    qint64 ms = 0;
    int ok = 0;
};

Outcome powerOnAll(int count, int latencyMs, int warmupMs, int pollMs)
{
    std::vector<std::unique_ptr<PjLinkSimulator>> sims;
    std::vector<std::unique_ptr<PjLinkDriver>> drivers;
    for (int i = 0; i < count; ++i) {
        PjLinkSimulatorConfig c;
        c.pjlinkClass = 2;
        c.password = QStringLiteral("bench-%1").arg(i);
        c.latencyMs = latencyMs;
        c.warmupMs = warmupMs;
        auto sim = std::make_unique<PjLinkSimulator>(c);
        if (!sim->listen(QHostAddress::LocalHost, 0)) {
            std::fprintf(stderr, "cannot listen: %s\n", qPrintable(sim->errorString()));
            return {};
        }
        DisplayTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.port = sim->port();
        t.password = c.password;
        auto driver = std::make_unique<PjLinkDriver>(t);
        driver->setPollIntervalMs(pollMs);
        sims.push_back(std::move(sim));
        drivers.push_back(std::move(driver));
    }
    Outcome out;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    for (auto &d : drivers) {
        d->setPowerAndWait(true, 60000, [&](const CommandResult &r) {
            if (r.outcome.ok() && r.status.power == PowerState::On)
                ++out.ok;
            else
                std::fprintf(stderr, "failed: %s\n", qPrintable(r.outcome.errorString()));
            if (++done == count)
                loop.quit();
        });
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    out.ms = clock.elapsed();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("displays"), QStringLiteral("Number of displays (default 30)."), QStringLiteral("n"),
                 QStringLiteral("30")});
    p.addOption({QStringLiteral("latency"), QStringLiteral("Reply latency in ms (default 50)."), QStringLiteral("ms"),
                 QStringLiteral("50")});
    p.addOption({QStringLiteral("warmup"), QStringLiteral("Simulated warm-up in ms (default 1000)."),
                 QStringLiteral("ms"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("poll"), QStringLiteral("--wait re-query interval in ms (default 100)."),
                 QStringLiteral("ms"), QStringLiteral("100")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions; the median is reported (default 3)."),
                 QStringLiteral("n"), QStringLiteral("3")});
    p.process(app);
    const int n = p.value(QStringLiteral("displays")).toInt();
    const int latency = p.value(QStringLiteral("latency")).toInt();
    const int warmup = p.value(QStringLiteral("warmup")).toInt();
    const int poll = p.value(QStringLiteral("poll")).toInt();
    const int runs = qMax(1, p.value(QStringLiteral("runs")).toInt());

    std::printf("PJLink power on --wait: auth (SHA-256), %d ms reply latency, %d ms warm-up, %d ms re-query\n",
                latency, warmup, poll);
    powerOnAll(1, latency, warmup, poll); // warm caches (OpenSSL, Qt network) before measuring
    // The --wait re-query interval quantises each measurement (a poll may just miss the end of the warm-up),
    // so single and parallel runs alternate and the medians are compared.
    std::vector<Outcome> ones;
    std::vector<Outcome> manys;
    for (int i = 0; i < runs; ++i) {
        ones.push_back(powerOnAll(1, latency, warmup, poll));
        manys.push_back(powerOnAll(n, latency, warmup, poll));
        std::printf("  run %d: 1 display %lld ms, %d displays %lld ms\n", i + 1,
                    static_cast<long long>(ones.back().ms), n, static_cast<long long>(manys.back().ms));
    }
    auto median = [](std::vector<Outcome> v) {
        std::sort(v.begin(), v.end(), [](const Outcome &a, const Outcome &b) { return a.ms < b.ms; });
        return v[v.size() / 2];
    };
    const Outcome one = median(ones);
    const Outcome many = median(manys);
    std::printf("  1 display : %6lld ms median (%d/1 on)\n", static_cast<long long>(one.ms), one.ok);
    std::printf("%3d displays: %6lld ms median (%d/%d on)\n", n, static_cast<long long>(many.ms), many.ok, n);
    const double ratio = one.ms > 0 ? double(many.ms) / double(one.ms) : 0.0;
    std::printf("ratio %d/1  : %.2fx (goal <= 1.5x) %s\n", n, ratio, ratio <= 1.5 ? "OK" : "MISSED");
    bool allOn = true;
    for (const Outcome &o : ones)
        allOn &= o.ok == 1;
    for (const Outcome &o : manys)
        allOn &= o.ok == n;
    return allOn ? 0 : 1;
}
