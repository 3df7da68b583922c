#pragma once

#include "core/result.h"
#include "reporting/healthreport.h"
#include "reporting/httpsink.h"
#include "reporting/outbox.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace tafel::store {
class Database;
}

namespace tafel::reporting {

struct ReporterOptions {
    qint64 maxReports = Outbox::DefaultMaxReports;
    qint64 backoffBaseMs = 1000;      // first retry after ~1 s ...
    qint64 backoffMaxMs = 5 * 60000;  // ... doubling up to 5 min
    bool useSystemProxy = true;       // QNetworkProxyFactory::setUseSystemConfiguration(true) (process-wide)
};

// Runs the outbox: enqueue() writes a report to SQLite first, then every sink drains its own queue, oldest
// first, one request at a time (so a Pushgateway group ends with the newest report). A failing sink backs off
// exponentially with jitter (delay d = min(max, base * 2^(n-1)), wait d/2 + random(d/2), at least Retry-After)
// and does not hold up the other sinks. A report is deleted when every sink it was queued for answered 2xx
// (or refused it for good: 400/413/422, counted as 'rejected').
class Reporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reporter)
public:
    struct SinkStatus {
        QString name;
        qint64 delivered = 0;     // since start
        qint64 lastSuccessMs = 0;
        qint64 lastErrorMs = 0;
        QString lastError;
        int consecutiveFailures = 0;
        qint64 nextAttemptMs = 0; // 0 = not backing off
    };

    Reporter(store::Database &db, const ReporterOptions &options = {}, QObject *parent = nullptr);
    ~Reporter() override;

    Status addSink(const SinkConfig &config);
    QStringList sinkNames() const;
    SinkStatus sinkStatus(const QString &name) const;

    // Forgets queued deliveries to sinks that are no longer configured, then starts draining.
    Status start();
    // Builds the report of `snapshot` (outbox size and drop counter filled in), stores it, starts sending.
    Result<HealthReport> enqueue(HealthSnapshot snapshot);
    // Sends what is due now (e.g. after the network came back), skipping running backoffs when `force`.
    void kick(bool force = false);

    Outbox &outbox() { return *m_outbox; }

Q_SIGNALS:
    void delivered(const QString &sink, const QString &reportId, const tafel::reporting::SendResult &result);
    void failed(const QString &sink, const QString &reportId, const tafel::reporting::SendResult &result);
    void drained(); // every sink idle with nothing queued

private:
    struct SinkState;
    void pump(SinkState &s);
    void onFinished(SinkState &s, const SendResult &r);
    qint64 backoffMs(int failures) const;

    store::Database &m_db;
    ReporterOptions m_options;
    std::unique_ptr<Outbox> m_outbox;
    QNetworkAccessManager *m_nam;
    std::vector<std::unique_ptr<SinkState>> m_sinks;
};

} // namespace tafel::reporting
