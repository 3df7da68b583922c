#include "monitoring/librespeedclient.h"

#include "monitoring/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace tafel::monitoring {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kSmallReplyCap = 64 * 1024; // getIP / empty answers

const QByteArray &uploadBody(int mib)
{
    static QByteArray body;
    if (body.size() != mib * kMiB) {
        body = QByteArray(mib * kMiB, Qt::Uninitialized);
        QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(body.data()),
                                             reinterpret_cast<quint32 *>(body.data() + body.size()));
    }
    return body;
}

} // namespace

LibreSpeedClient::LibreSpeedClient(QObject *parent)
    : QObject(parent),
      m_nam(new QNetworkAccessManager(this)),
      m_pingNam(new QNetworkAccessManager(this)),
      m_phaseTimer(new QTimer(this))
{
    m_phaseTimer->setSingleShot(true);
    m_phaseTimer->setTimerType(Qt::PreciseTimer);
}

LibreSpeedClient::~LibreSpeedClient()
{
    m_done = nullptr;
    stopAll();
}

QUrl LibreSpeedClient::endpoint(const QString &path, bool cacheBust) const
{
    QUrl url = m_options.base.resolved(QUrl(path));
    if (cacheBust) {
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("r"), QString::number(QRandomGenerator::global()->generate()));
        url.setQuery(q);
    }
    return url;
}

QNetworkReply *LibreSpeedClient::get(QNetworkAccessManager *nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("tafel-agent"));
    return nam->get(request);
}

void LibreSpeedClient::start(const LibreSpeedOptions &options, Done done)
{
    if (m_done) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Error::make(ErrorCode::Locked, tr("A speed test is already running")));
        });
        return;
    }
    m_options = options;
    m_options.streams = std::clamp(m_options.streams, 1, 6);
    m_options.durationSec = std::max(1, m_options.durationSec);
    m_options.garbageMiB = std::clamp(m_options.garbageMiB, 1, 1024);
    m_options.uploadMiB = std::clamp(m_options.uploadMiB, 1, 64);
    m_done = std::move(done);
    m_result = BroadbandResult{};
    m_result.method = QStringLiteral("http");
    m_result.server = m_options.base.toString();
    m_result.streams = m_options.streams;
    m_result.started = QDateTime::currentDateTimeUtc();
    m_result.rttMethod = QStringLiteral("http");
    m_idleRtts.clear();
    m_loadedRtts.clear();
    m_pingsSent = m_pingsLost = 0;
    m_phase = Phase::GetIp;
    const quint64 generation = ++m_generation;
    QNetworkReply *reply = get(m_pingNam, endpoint(m_options.getIpPath));
    m_ping = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_ping = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            return fail(reply->error() == QNetworkReply::OperationCanceledError ? ErrorCode::Timeout : ErrorCode::Unreachable,
                        tr("Cannot reach the speed test server %1: %2").arg(m_result.server, reply->errorString()));
        if (status != 200)
            return fail(ErrorCode::ProtocolError, tr("The speed test server answered getIP with HTTP %1").arg(status));
        const QByteArray body = reply->read(kSmallReplyCap);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        m_clientIp = doc.isObject() ? doc.object().value(QLatin1String("processedString")).toString()
                                    : QString::fromUtf8(body).trimmed().left(200);
        startPing();
    });
}

void LibreSpeedClient::abort()
{
    if (m_done)
        fail(ErrorCode::Cancelled, tr("The speed test was cancelled"));
}

void LibreSpeedClient::startPing()
{
    m_phase = Phase::Ping;
    sendPing();
}

void LibreSpeedClient::sendPing()
{
    const Phase phase = m_phase;
    const quint64 generation = m_generation;
    m_pingClock.start();
    QNetworkReply *reply = get(m_pingNam, endpoint(m_options.emptyPath));
    m_ping = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, phase, generation] {
        reply->deleteLater();
        if (m_ping == reply)
            m_ping = nullptr;
        if (generation != m_generation || phase != m_phase)
            return;
        const double rtt = double(m_pingClock.nsecsElapsed()) / 1e6;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = status == 200;
        if (phase == Phase::Ping) {
            if (!ok && m_idleRtts.isEmpty() && m_pingsSent == 0)
                return fail(ErrorCode::ProtocolError, tr("The speed test server answered empty with HTTP %1").arg(status));
            // The first request also opened the connection: not counted.
            if (m_pingsSent > 0 || m_idleRtts.size() + m_pingsLost > 0) {
                if (ok)
                    m_idleRtts.append(rtt);
                else
                    ++m_pingsLost;
            }
            ++m_pingsSent;
            if (m_pingsSent > m_options.idlePings) {
                m_pingsSent = m_options.idlePings;
                startTransfer(m_options.download ? Phase::Download : Phase::Upload);
                return;
            }
            sendPing();
            return;
        }
        // Under load: back to back (with a short gap), until the phase ends.
        ++m_pingsSent;
        if (ok)
            m_loadedRtts.append(rtt);
        else
            ++m_pingsLost;
        QTimer::singleShot(50, this, [this, phase, generation] {
            if (generation == m_generation && phase == m_phase && m_clock.elapsed() >= m_warmupEndMs)
                sendPing();
        });
    });
}

void LibreSpeedClient::startTransfer(Phase phase)
{
    if ((phase == Phase::Download && !m_options.download) || (phase == Phase::Upload && !m_options.upload))
        return phase == Phase::Download ? startTransfer(Phase::Upload) : finish();
    stopAll();
    ++m_generation;
    m_phase = phase;
    m_bytes = m_bytesAtWarmup = 0;
    m_progress = QList<qint64>(m_options.streams, 0);
    m_replies = QList<QNetworkReply *>(m_options.streams, nullptr);
    m_clock.start();
    m_warmupEndMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < m_options.streams; ++i)
        startStream(i);
    m_phaseTimer->disconnect(this);
    connect(m_phaseTimer, &QTimer::timeout, this, &LibreSpeedClient::warmupOver);
    m_phaseTimer->start(std::max(0, m_options.warmupMs));
}

void LibreSpeedClient::startStream(int index)
{
    const Phase phase = m_phase;
    const quint64 generation = m_generation;
    QNetworkReply *reply = nullptr;
    if (phase == Phase::Download) {
        QUrl url = endpoint(m_options.garbagePath);
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("ckSize"), QString::number(m_options.garbageMiB));
        url.setQuery(q);
        reply = get(m_nam, url);
        connect(reply, &QNetworkReply::readyRead, this, [reply] { reply->skip(reply->bytesAvailable()); });
        connect(reply, &QNetworkReply::downloadProgress, this, [this, index, generation](qint64 received, qint64) {
            if (generation != m_generation)
                return;
            m_bytes += received >= m_progress[index] ? received - m_progress[index] : received;
            m_progress[index] = received;
        });
    } else {
        QNetworkRequest request(endpoint(m_options.emptyPath));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setTransferTimeout(m_options.requestTimeoutMs);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        reply = m_nam->post(request, uploadBody(m_options.uploadMiB));
        connect(reply, &QNetworkReply::uploadProgress, this, [this, index, generation](qint64 sent, qint64) {
            if (generation != m_generation)
                return;
            // Qt re-sends a POST from byte 0 when its keep-alive connection closed under it: progress restarts, and
            // the bytes sent again are real traffic too.
            m_bytes += sent >= m_progress[index] ? sent - m_progress[index] : sent;
            m_progress[index] = sent;
        });
    }
    m_replies[index] = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_replies[index] = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            return fail(reply->error() == QNetworkReply::OperationCanceledError ? ErrorCode::Timeout : ErrorCode::Unreachable,
                        tr("Speed test transfer failed: %1").arg(reply->errorString()));
        if (status != 200)
            return fail(ErrorCode::ProtocolError, tr("The speed test server answered HTTP %1").arg(status));
        m_progress[index] = 0;
        startStream(index); // keep the pipe full until the time is up
    });
}

void LibreSpeedClient::warmupOver()
{
    m_bytesAtWarmup = m_bytes;
    m_warmupEndMs = m_clock.elapsed();
    m_phaseTimer->disconnect(this);
    connect(m_phaseTimer, &QTimer::timeout, this, &LibreSpeedClient::transferOver);
    m_phaseTimer->start(m_options.durationSec * 1000);
    if (!m_ping)
        sendPing();
}

void LibreSpeedClient::transferOver()
{
    const double seconds = double(m_clock.elapsed() - m_warmupEndMs) / 1000.0;
    const double mbps = seconds > 0 ? double(m_bytes - m_bytesAtWarmup) * 8.0 / seconds / 1e6 : 0.0;
    const Phase phase = m_phase;
    if (phase == Phase::Download)
        m_result.downloadMbps = mbps;
    else
        m_result.uploadMbps = mbps;
    if (m_result.durationSec == 0)
        m_result.durationSec = seconds;
    stopAll();
    if (phase == Phase::Download)
        startTransfer(Phase::Upload);
    else
        finish();
}

void LibreSpeedClient::stopAll()
{
    ++m_generation; // handlers of the replies aborted below see a stale generation and do nothing
    m_phaseTimer->stop();
    const QList<QNetworkReply *> replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *r : replies)
        if (r)
            r->abort();
    if (m_ping) {
        QNetworkReply *p = m_ping;
        m_ping = nullptr;
        p->abort();
    }
}

void LibreSpeedClient::finish()
{
    stopAll();
    m_phase = Phase::Done;
    m_result.rttIdle = summarize(m_idleRtts);
    m_result.rttLoaded = summarize(m_loadedRtts);
    if (m_result.rttIdle)
        m_result.jitterMs = m_result.rttIdle->jitter;
    if (m_pingsSent > 0)
        m_result.lossPct = 100.0 * m_pingsLost / m_pingsSent;
    Done done = std::move(m_done);
    m_done = nullptr;
    m_phase = Phase::Idle;
    if (done)
        done(m_result);
}

void LibreSpeedClient::fail(ErrorCode code, const QString &message)
{
    qCInfo(lcMonitoring).noquote() << "speed test:" << message;
    stopAll();
    m_phase = Phase::Idle;
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(Error::make(code, message));
}

} // namespace tafel::monitoring
