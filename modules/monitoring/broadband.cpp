#include "monitoring/broadband.h"

#include <QJsonValue>
#include <QPointer>
#include <QTimer>

namespace tafel::monitoring {

QJsonObject BroadbandResult::toJson() const
{
    QJsonObject o;
    const auto opt = [&o](const char *key, const std::optional<double> &v) {
        o.insert(QLatin1String(key), v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
    };
    o.insert(QStringLiteral("method"), method);
    o.insert(QStringLiteral("server"), server);
    o.insert(QStringLiteral("streams"), streams);
    o.insert(QStringLiteral("duration_s"), durationSec);
    opt("download_mbps", downloadMbps);
    opt("upload_mbps", uploadMbps);
    opt("rtt_idle_ms", rttIdle ? std::optional<double>(rttIdle->median) : std::nullopt);
    opt("rtt_idle_p90_ms", rttIdle ? std::optional<double>(rttIdle->p90) : std::nullopt);
    opt("rtt_loaded_ms", rttLoaded ? std::optional<double>(rttLoaded->median) : std::nullopt);
    opt("rtt_loaded_p90_ms", rttLoaded ? std::optional<double>(rttLoaded->p90) : std::nullopt);
    opt("jitter_ms", jitterMs);
    opt("loss_pct", lossPct);
    o.insert(QStringLiteral("rtt_method"), rttMethod);
    o.insert(QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

RttSampler::RttSampler(Prober *prober, ProbeTarget target, int intervalMs, QObject *parent)
    : QObject(parent), m_prober(prober), m_target(std::move(target)), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &RttSampler::sendOne);
}

RttSampler::~RttSampler() = default;

void RttSampler::reset()
{
    ++m_generation;
    m_rtts.clear();
    m_sent = m_lost = m_answered = 0;
    m_want = -1;
}

void RttSampler::start()
{
    reset();
    sendOne();
    m_timer->start();
}

void RttSampler::stop()
{
    m_timer->stop();
    ++m_generation;
}

void RttSampler::collect(int count)
{
    reset();
    m_want = count;
    sendOne();
}

void RttSampler::sendOne()
{
    ++m_sent;
    const quint64 generation = m_generation;
    QPointer<RttSampler> self(this);
    m_prober->probe(m_target, [self, generation](const ProbeSample &s) {
        if (!self || self->m_generation != generation)
            return;
        ++self->m_answered;
        self->m_method = s.kind == ProbeKind::Icmp ? icmpMethodKey(s.method) : probeKindKey(s.kind);
        if (s.ok)
            self->m_rtts.append(s.rttMs);
        else
            ++self->m_lost;
        if (self->m_want > 0) {
            if (self->m_answered >= self->m_want)
                Q_EMIT self->done();
            else
                QTimer::singleShot(self->m_timer->interval(), self, [self, generation] {
                    if (self && self->m_generation == generation)
                        self->sendOne();
                });
        }
    });
}

} // namespace tafel::monitoring
