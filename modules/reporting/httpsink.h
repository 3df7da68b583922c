#pragma once

#include "core/result.h"
#include "reporting/healthreport.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace tafel::reporting {

struct SinkConfig {
    enum class Kind { Pushgateway, Otlp };
    QString name; // unique per agent; the outbox tracks deliveries by it
    Kind kind = Kind::Pushgateway;
    QUrl baseUrl;        // http(s)://host:port[/prefix]; the sink appends /metrics/job/... or /v1/metrics
    QString caFile;      // PEM; empty = the system trust store
    QString clientCertFile; // PEM, for mutual TLS (with clientKeyFile)
    QString clientKeyFile;
    QString bearerToken; // "Authorization: Bearer ..." when set
    int timeoutMs = 15000;
    bool enabled = true; // a disabled sink is kept in the configuration but gets no reports
};
QString sinkKindKey(SinkConfig::Kind kind); // "pushgateway", "otlp"
std::optional<SinkConfig::Kind> sinkKindFromKey(const QString &key);

// The answer of one send.
struct SendResult {
    enum class Outcome {
        Delivered, // 2xx (for OTLP possibly with partialSuccess)
        Retry,     // network error, timeout, 408/429/5xx, auth (config may be fixed): keep and retry later
        Rejected,  // 400/413/422 etc.: the server will never take this report; do not retry
    };
    Outcome outcome = Outcome::Retry;
    int httpStatus = 0;
    qint64 retryAfterMs = -1; // from Retry-After (seconds or HTTP date), -1 if absent
    QString errorString;
    qint64 rejectedDataPoints = 0; // OTLP partialSuccess
    QString partialSuccessMessage;
    QByteArray body; // the start of the server's answer (at most 2 KiB), for the admin view's Test button
};

// Sends one report at a time to one endpoint, asynchronously (QNetworkAccessManager; HTTP keep-alive).
// Pushgateway: PUT <base>/metrics/job/tafel/school/<id>/room/<id> with the Prometheus text body (replaces the
// group). OTLP: POST <base>/v1/metrics with the JSON body. HTTPS verifies the peer against the system store or
// caFile; a client certificate is sent when configured. Proxies: the process-wide system configuration
// (Reporter enables QNetworkProxyFactory::setUseSystemConfiguration).
class HttpSink final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSink)
public:
    // Fails (InvalidInput/Io) when the URL is not http(s) or a TLS file cannot be read.
    static Result<HttpSink *> create(const SinkConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpSink() override;

    const SinkConfig &config() const { return m_config; }
    QString name() const { return m_config.name; }
    bool busy() const { return !m_reply.isNull(); }
    QUrl urlFor(const HealthReport &report) const;

    // Starts sending; finished() follows exactly once (also on abort()). Refused (returns false) while busy.
    bool send(const HealthReport &report);
    void abort();

Q_SIGNALS:
    void finished(const tafel::reporting::SendResult &result);

private:
    HttpSink(const SinkConfig &config, QNetworkAccessManager *nam, QObject *parent);
    void onFinished(QNetworkReply *reply);

    SinkConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    struct Tls;
    std::unique_ptr<Tls> m_tls;
};

// Parses a Retry-After value (delta seconds or an HTTP date) relative to nowMs; -1 if unusable.
qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs);
// Reads partialSuccess from an OTLP JSON response body (rejectedDataPoints may be a string or a number).
void parsePartialSuccess(const QByteArray &body, SendResult &result);

} // namespace tafel::reporting
