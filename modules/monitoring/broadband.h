#pragma once

#include "core/result.h"
#include "monitoring/prober.h"
#include "monitoring/stats.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace tafel::monitoring {

// The result of one broadband measurement (iperf3 or LibreSpeed HTTP). Throughput excludes the warm-up.
struct BroadbandResult {
    QString method;                     // "iperf3" or "http"
    QString server;                     // host:port or URL
    int streams = 0;
    double durationSec = 0;             // measured time, warm-up excluded
    std::optional<double> downloadMbps; // 10^6 bit/s
    std::optional<double> uploadMbps;
    std::optional<Summary> rttIdle;     // before the load
    std::optional<Summary> rttLoaded;   // during the load (bufferbloat)
    std::optional<double> jitterMs;     // from the idle RTT series
    std::optional<double> lossPct;      // RTT probes lost, idle + loaded
    QString rttMethod;                  // "icmp-raw", "icmp-dgram", "tcp-fallback", "http"
    QDateTime started;
    QJsonObject serverResults;          // iperf3: the server's results JSON as received

    // snake_case keys as `tafelctl measure --json` prints them.
    QJsonObject toJson() const;
};

// Pings a host periodically through a Prober and collects RTTs; used for idle and loaded latency.
class RttSampler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RttSampler)
public:
    RttSampler(Prober *prober, ProbeTarget target, int intervalMs, QObject *parent = nullptr);
    ~RttSampler() override;

    void start();
    void stop();  // replies still in flight are ignored
    // Collects `count` samples back to back, then emits done().
    void collect(int count);
    QList<double> rtts() const { return m_rtts; }
    int sent() const { return m_sent; }
    int lost() const { return m_lost; }
    QString method() const { return m_method; }
    void reset();

Q_SIGNALS:
    void done();

private:
    void sendOne();

    Prober *m_prober;
    ProbeTarget m_target;
    QTimer *m_timer;
    QList<double> m_rtts;
    int m_sent = 0, m_lost = 0, m_answered = 0, m_want = -1;
    quint64 m_generation = 0;
    QString m_method;
};

} // namespace tafel::monitoring
