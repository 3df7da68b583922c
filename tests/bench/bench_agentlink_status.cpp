// Benchmark (issue 4): N concurrent authenticated clients each doing M sequential status requests against a real
// tafel-agent on 127.0.0.1; reports request latency p50/p99, agent RSS, and how long a NEW client needs to connect
// and get a heartbeat answered while the load runs (the agent must stay responsive).
//   bench_agentlink_status [--clients 200] [--requests 100]
// Note: the clients run in this one process (one event loop), so client-side work is part of the latency; the
// connect phase (200 TLS handshakes at once) is reported separately.
#include "agentlink/agentclient.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

using namespace tafel;
using namespace tafel::agentlink;

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

QByteArray procStatus(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith(field))
            return l.mid(qsizetype(qstrlen(field)) + 1).simplified();
    }
    return "?";
}

int intArg(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clients = intArg(args, QStringLiteral("--clients"), 200);
    const int requests = intArg(args, QStringLiteral("--requests"), 100);

    QTemporaryDir dir;
    auto key = crypto::KeyPair::generate();
    auto creds = key ? ClientCredentials::fromKey(*key) : Result<ClientCredentials>(key.error());
    if (!dir.isValid() || !creds) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    QFile trust(data + QStringLiteral("/trusted-keys"));
    if (!trust.open(QIODevice::WriteOnly))
        return 1;
    trust.write(TrustStore::formatLine(Role::Teacher, key->publicKey(), QStringLiteral("bench")).toUtf8() + '\n');
    trust.close();

    QProcess agent;
    QByteArray log;
    QObject::connect(&agent, &QProcess::readyReadStandardError, &app, [&] { log += agent.readAllStandardError(); });
    agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--data-dir"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    QElapsedTimer wait;
    wait.start();
    while (!(m = re.match(QString::fromUtf8(log))).hasMatch() && wait.elapsed() < 15000 && agent.state() != QProcess::NotRunning)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "agent did not start:\n%s\n", log.constData());
        return 1;
    }
    const quint16 port = quint16(m.captured(1).toUInt());
    const QString fingerprint = m.captured(2);
    const QByteArray rssIdle = procStatus(agent.processId(), "VmRSS:");

    std::vector<double> latencies;
    latencies.reserve(size_t(clients) * size_t(requests));
    std::vector<double> probes;
    std::vector<double> connects;
    int failures = 0;
    int finishedClients = 0;
    std::vector<std::unique_ptr<AgentClient>> pool;
    QElapsedTimer total;
    total.start();

    std::function<void(AgentClient *, int)> next = [&](AgentClient *c, int left) {
        if (left == 0) {
            if (++finishedClients == clients)
                app.quit();
            return;
        }
        auto t = std::make_shared<QElapsedTimer>();
        t->start();
        c->call(QStringLiteral("status"), {}, [&, c, left, t](Result<QCborMap> r) {
            latencies.push_back(double(t->nsecsElapsed()) / 1e6);
            if (!r) {
                ++failures;
                if (failures < 5)
                    std::fprintf(stderr, "request failed: %s\n", qPrintable(r.errorString()));
            }
            next(c, r ? left - 1 : 0);
        });
    };
    for (int i = 0; i < clients; ++i) {
        auto c = std::make_unique<AgentClient>();
        c->setCredentials(*creds);
        c->setPinnedFingerprint(fingerprint);
        c->setCallTimeout(60000);
        c->setHandshakeTimeout(60000);
        auto t = std::make_shared<QElapsedTimer>();
        t->start();
        AgentClient *raw = c.get();
        auto up = std::make_shared<bool>(false);
        QObject::connect(raw, &AgentClient::connected, &app, [&, raw, t, up] {
            *up = true;
            connects.push_back(double(t->nsecsElapsed()) / 1e6);
            next(raw, requests); // requests start once TLS is up: latency below is per request, not per connect
        });
        QObject::connect(raw, &AgentClient::failed, &app, [&, up](const Error &e) {
            if (*up)
                return; // the pending request's callback accounts for it
            ++failures;
            std::fprintf(stderr, "client failed: %s\n", qPrintable(e.message));
            if (++finishedClients == clients)
                app.quit();
        });
        c->connectToAgent(QStringLiteral("127.0.0.1"), port);
        pool.push_back(std::move(c));
    }

    // Every 250 ms a brand-new client connects and asks for a heartbeat: the agent must keep answering newcomers.
    QByteArray rssPeak = "?";
    QTimer probeTimer;
    QObject::connect(&probeTimer, &QTimer::timeout, &app, [&] {
        rssPeak = procStatus(agent.processId(), "VmHWM:");
        auto *probe = new AgentClient(&app);
        probe->setCredentials(*creds);
        probe->setPinnedFingerprint(fingerprint);
        auto t = std::make_shared<QElapsedTimer>();
        t->start();
        probe->connectToAgent(QStringLiteral("127.0.0.1"), port);
        probe->call(QStringLiteral("heartbeat"), {}, [&, probe, t](Result<QCborMap> r) {
            probes.push_back(r ? double(t->nsecsElapsed()) / 1e6 : -1);
            probe->deleteLater();
        });
    });
    probeTimer.start(250);
    app.exec();
    probeTimer.stop();
    const double secs = double(total.elapsed()) / 1000.0;
    const QByteArray rssEnd = procStatus(agent.processId(), "VmRSS:");
    const QByteArray hwm = procStatus(agent.processId(), "VmHWM:");

    std::printf("clients %d x requests %d = %zu status calls in %.2f s (%.0f req/s), failures %d\n", clients, requests, latencies.size(), secs,
                double(latencies.size()) / secs, failures);
    std::printf("TLS connect of %d clients at once, ms: p50 %.1f  p99 %.1f  max %.1f\n", clients, percentile(connects, 0.5), percentile(connects, 0.99),
                percentile(connects, 1.0));
    std::printf("request latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", percentile(latencies, 0.5), percentile(latencies, 0.9),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    const auto failedProbes = std::count(probes.begin(), probes.end(), -1.0);
    std::printf("new-client probes during load: %zu, connect+heartbeat ms p50 %.1f  max %.1f, failed %ld\n", probes.size(), percentile(probes, 0.5),
                percentile(probes, 1.0), long(failedProbes));
    std::printf("agent RSS: idle %s, end %s, peak %s\n", rssIdle.constData(), rssEnd.constData(), hwm.isEmpty() ? rssPeak.constData() : hwm.constData());

    pool.clear();
    ::kill(pid_t(agent.processId()), SIGTERM);
    agent.waitForFinished(10000);
    return failures == 0 && failedProbes == 0 ? 0 : 1;
}
