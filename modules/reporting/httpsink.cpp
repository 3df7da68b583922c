#include "reporting/httpsink.h"
#include "reporting/encoders.h"
#include "reporting/logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <optional>

namespace tafel::reporting {

namespace {
constexpr qint64 MaxResponseBytes = 64 * 1024;
} // namespace

QString sinkKindKey(SinkConfig::Kind kind)
{
    return kind == SinkConfig::Kind::Otlp ? QStringLiteral("otlp") : QStringLiteral("pushgateway");
}

std::optional<SinkConfig::Kind> sinkKindFromKey(const QString &key)
{
    if (key == QLatin1String("otlp"))
        return SinkConfig::Kind::Otlp;
    if (key == QLatin1String("pushgateway"))
        return SinkConfig::Kind::Pushgateway;
    return std::nullopt;
}

struct HttpSink::Tls {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
};

HttpSink::HttpSink(const SinkConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
    , m_tls(std::make_unique<Tls>())
{
}

HttpSink::~HttpSink()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

Result<HttpSink *> HttpSink::create(const SinkConfig &config, QNetworkAccessManager *nam, QObject *parent)
{
    const QString scheme = config.baseUrl.scheme();
    if (!config.baseUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error::make(ErrorCode::InvalidInput, tr("Report sink %1: the URL must start with http:// or https://.").arg(config.name));
    if (config.name.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("A report sink needs a name."));
    auto *sink = new HttpSink(config, nam, parent);
    if (!config.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            delete sink;
            return Error::make(ErrorCode::Io, tr("Report sink %1: no CA certificate could be read from %2.").arg(config.name, config.caFile));
        }
        sink->m_tls->config.setCaCertificates(cas);
    }
    if (!config.clientCertFile.isEmpty() || !config.clientKeyFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(config.clientCertFile, QSsl::Pem);
        QFile keyFile(config.clientKeyFile);
        QSslKey key;
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyFile.read(1024 * 1024);
            for (QSsl::KeyAlgorithm alg : {QSsl::Ec, QSsl::Rsa, QSsl::Opaque}) {
                key = QSslKey(pem, alg, QSsl::Pem);
                if (!key.isNull())
                    break;
            }
        }
        if (certs.isEmpty() || key.isNull()) {
            delete sink;
            return Error::make(ErrorCode::Io, tr("Report sink %1: the client certificate or key could not be read.").arg(config.name));
        }
        sink->m_tls->config.setLocalCertificate(certs.first());
        sink->m_tls->config.setPrivateKey(key);
    }
    return sink;
}

QUrl HttpSink::urlFor(const HealthReport &report) const
{
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (m_config.kind == SinkConfig::Kind::Pushgateway)
        path += groupingKeyPath(report.school, report.room);
    else
        path += QLatin1String("/v1/metrics");
    url.setPath(path, QUrl::StrictMode);
    return url;
}

bool HttpSink::send(const HealthReport &report)
{
    if (busy())
        return false;
    QNetworkRequest req(urlFor(report));
    req.setTransferTimeout(m_config.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_config.baseUrl.scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_tls->config);
    if (!m_config.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.bearerToken.toUtf8());
    req.setRawHeader("X-Tafel-Report-Id", report.id.toLatin1());
    QNetworkReply *reply = nullptr;
    if (m_config.kind == SinkConfig::Kind::Pushgateway) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(PrometheusContentType));
        reply = m_nam->put(req, encodePrometheus(report, false));
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->post(req, encodeOtlpJson(report));
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QIODevice::readyRead, this, [reply] {
        if (reply->bytesAvailable() > MaxResponseBytes)
            reply->abort();
    });
    return true;
}

void HttpSink::abort()
{
    if (m_reply)
        m_reply->abort();
}

void HttpSink::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    SendResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(MaxResponseBytes);
    r.body = body.left(2048);
    if (reply->hasRawHeader("Retry-After"))
        r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentMSecsSinceEpoch());
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        r.outcome = SendResult::Outcome::Delivered;
        if (m_config.kind == SinkConfig::Kind::Otlp) {
            parsePartialSuccess(body, r);
            if (r.rejectedDataPoints > 0 || !r.partialSuccessMessage.isEmpty())
                qCWarning(lcReporting) << "sink" << m_config.name << "accepted the report partially:" << r.rejectedDataPoints
                                       << "data points rejected:" << r.partialSuccessMessage;
        }
    } else if (r.httpStatus == 400 || r.httpStatus == 413 || r.httpStatus == 422) {
        r.outcome = SendResult::Outcome::Rejected;
        r.errorString = tr("The server refused the report (HTTP %1): %2").arg(r.httpStatus).arg(QString::fromUtf8(body.left(300)).trimmed());
    } else {
        r.outcome = SendResult::Outcome::Retry;
        if (r.httpStatus > 0)
            r.errorString = tr("HTTP %1 from %2").arg(r.httpStatus).arg(reply->url().toDisplayString());
        else
            r.errorString = reply->errorString();
    }
    Q_EMIT finished(r);
}

qint64 parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    bool ok = false;
    const qint64 secs = value.trimmed().toLongLong(&ok);
    if (ok)
        return secs >= 0 ? qMin<qint64>(secs, 24 * 3600) * 1000 : -1;
    // IMF-fixdate ("Thu, 26 Nov 2026 16:00:30 GMT"); Qt's RFC 2822 parser wants a numeric zone.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return qBound(qint64(0), at.toMSecsSinceEpoch() - nowMs, qint64(24) * 3600 * 1000);
}

void parsePartialSuccess(const QByteArray &body, SendResult &result)
{
    if (body.isEmpty())
        return;
    const QJsonObject ps = QJsonDocument::fromJson(body).object().value(QStringLiteral("partialSuccess")).toObject();
    const QJsonValue rejected = ps.value(QStringLiteral("rejectedDataPoints"));
    result.rejectedDataPoints = rejected.isString() ? rejected.toString().toLongLong() : qint64(rejected.toDouble());
    result.partialSuccessMessage = ps.value(QStringLiteral("errorMessage")).toString();
}

} // namespace tafel::reporting
