#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "monitoring/icmpengine.h"
#include "monitoring/sample.h"

#include <QList>
#include <QObject>
#include <QQueue>

#include <functional>

class QNetworkAccessManager;

namespace tafel::displays {
class DisplayDriver;
}

namespace tafel::monitoring {

// Runs probes, any number at once, on the calling thread's event loop: ICMP through one IcmpEngine (one socket
// per family), TCP connects and HTTP requests as individual sockets with at most maxConnections in flight (the
// rest queue, so 1,000 targets never need 1,000 file descriptors), display status through the caller's
// DisplayDriver, agent heartbeats through the caller's callback. Every probe() calls its callback exactly once,
// never synchronously from inside probe().
class Prober final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Prober)
public:
    struct Options {
        IcmpEngine::Mode icmpMode = IcmpEngine::Mode::Auto;
        int maxConnections = 128;
        quint16 fallbackPort = 7; // TCP port the ICMP fallback knocks on when the target names none
    };
    using SampleCallback = std::function<void(const ProbeSample &)>;
    // Display probes: the driver for a target id (nullptr = unknown display). The driver stays the caller's.
    using DisplayLookup = std::function<displays::DisplayDriver *(const QString &targetId)>;
    // Heartbeat probes: ask the agent named by targetId; call reply(Status) once (ok = alive).
    using Heartbeat = std::function<void(const QString &targetId, std::function<void(const Status &)> reply)>;

    explicit Prober(QObject *parent = nullptr);
    Prober(const Options &options, const Clock &clock, QObject *parent = nullptr);
    ~Prober() override;

    void setDisplayLookup(DisplayLookup lookup) { m_displayLookup = std::move(lookup); }
    void setHeartbeat(Heartbeat heartbeat) { m_heartbeat = std::move(heartbeat); }

    void probe(const ProbeTarget &target, SampleCallback done);
    // Probes all targets at once; emits sampleReady per result and batchFinished after the last one.
    void probeAll(const QList<ProbeTarget> &targets);

    IcmpMethod icmpMethod(bool ipv6 = false);
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void sampleReady(const tafel::monitoring::ProbeSample &sample);
    void batchFinished();

private:
    struct Job {
        ProbeTarget target;
        ProbeSample sample;
        SampleCallback done;
        qint64 startNs = 0;
    };
    void start(Job job);
    void runIcmp(Job job);
    void runTcp(Job job, const QString &host, quint16 port, bool fallback);
    void runHttp(Job job);
    void runDisplay(Job job);
    void runHeartbeat(Job job);
    void complete(Job &job, bool ok, double rttMs, ErrorCode code = ErrorCode::Failed, const QString &error = {});
    void completeLater(Job job, ErrorCode code, const QString &error);
    void acquireSlot(std::function<void()> run);
    void releaseSlot();

    Options m_options;
    const Clock &m_clock;
    IcmpEngine *m_icmp = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    DisplayLookup m_displayLookup;
    Heartbeat m_heartbeat;
    int m_inFlight = 0;
    int m_connections = 0;
    QQueue<std::function<void()>> m_waiting;
    int m_batchRemaining = 0;
};

} // namespace tafel::monitoring
