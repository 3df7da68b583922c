#include "monitoring/prober.h"

#include "displays/displaydriver.h"
#include "monitoring/logging.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>

namespace tafel::monitoring {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr qint64 kHttpBodyCap = 1024 * 1024;

} // namespace

Prober::Prober(QObject *parent) : Prober(Options{}, Clock::system(), parent) {}

Prober::Prober(const Options &options, const Clock &clock, QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock), m_icmp(new IcmpEngine(options.icmpMode, this))
{
    qRegisterMetaType<tafel::monitoring::ProbeSample>();
}

Prober::~Prober() = default;

IcmpMethod Prober::icmpMethod(bool ipv6)
{
    const IcmpMethod m = m_icmp->method(ipv6 ? icmp::Family::V6 : icmp::Family::V4);
    return m == IcmpMethod::None ? IcmpMethod::TcpFallback : m;
}

void Prober::probeAll(const QList<ProbeTarget> &targets)
{
    if (targets.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT batchFinished(); });
        return;
    }
    m_batchRemaining += int(targets.size());
    for (const ProbeTarget &t : targets) {
        probe(t, [this](const ProbeSample &s) {
            Q_EMIT sampleReady(s);
            if (--m_batchRemaining == 0)
                Q_EMIT batchFinished();
        });
    }
}

void Prober::probe(const ProbeTarget &target, SampleCallback done)
{
    Job job;
    job.target = target;
    job.sample.target = target.id.isEmpty() ? target.toString() : target.id;
    job.sample.room = target.room;
    job.sample.kind = target.kind;
    job.sample.timestamp = m_clock.now().toUTC();
    job.done = std::move(done);
    ++m_inFlight;
    start(std::move(job));
}

void Prober::start(Job job)
{
    switch (job.target.kind) {
    case ProbeKind::Icmp: return runIcmp(std::move(job));
    case ProbeKind::Tcp: {
        const QString host = job.target.host;
        const quint16 port = job.target.port;
        return runTcp(std::move(job), host, port, false);
    }
    case ProbeKind::Http: return runHttp(std::move(job));
    case ProbeKind::Display: return runDisplay(std::move(job));
    case ProbeKind::Heartbeat: return runHeartbeat(std::move(job));
    }
}

void Prober::complete(Job &job, bool ok, double rttMs, ErrorCode code, const QString &error)
{
    job.sample.ok = ok;
    job.sample.rttMs = ok ? rttMs : -1;
    job.sample.errorCode = ok ? ErrorCode::Failed : code;
    job.sample.error = ok ? QString() : error;
    --m_inFlight;
    SampleCallback done = std::move(job.done);
    if (done)
        done(job.sample);
}

void Prober::completeLater(Job job, ErrorCode code, const QString &error)
{
    QTimer::singleShot(0, this, [this, job = std::move(job), code, error]() mutable { complete(job, false, -1, code, error); });
}

void Prober::runIcmp(Job job)
{
    QHostAddress address;
    if (!address.setAddress(job.target.host)) {
        // A name: resolve first (asynchronously), then come back here with the address.
        const QString host = job.target.host;
        auto shared = std::make_shared<Job>(std::move(job));
        QHostInfo::lookupHost(host, this, [this, shared](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                complete(*shared, false, -1, ErrorCode::Unreachable,
                         tr("Cannot resolve %1: %2").arg(shared->target.host, info.errorString()));
                return;
            }
            shared->target.host = info.addresses().constFirst().toString();
            runIcmp(std::move(*shared));
        });
        return;
    }
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const IcmpMethod method = m_icmp->method(v6 ? icmp::Family::V6 : icmp::Family::V4);
    if (method == IcmpMethod::None) {
        job.sample.method = IcmpMethod::TcpFallback;
        const quint16 port = job.target.port ? job.target.port : m_options.fallbackPort;
        return runTcp(std::move(job), address.toString(), port, true);
    }
    job.sample.method = method;
    auto shared = std::make_shared<Job>(std::move(job));
    m_icmp->ping(address, shared->target.timeoutMs, [this, shared](const IcmpEngine::Reply &r) {
        complete(*shared, r.ok, r.rttMs, r.code, r.error);
    });
}

void Prober::acquireSlot(std::function<void()> run)
{
    if (m_connections < m_options.maxConnections) {
        ++m_connections;
        run();
    } else {
        m_waiting.enqueue(std::move(run));
    }
}

void Prober::releaseSlot()
{
    --m_connections;
    if (!m_waiting.isEmpty()) {
        auto next = m_waiting.dequeue();
        ++m_connections;
        // Not from inside the finishing socket's signal handler.
        QTimer::singleShot(0, this, std::move(next));
    }
}

void Prober::runTcp(Job job, const QString &host, quint16 port, bool fallback)
{
    auto shared = std::make_shared<Job>(std::move(job));
    acquireSlot([this, shared, host, port, fallback] {
        auto *socket = new QTcpSocket(this);
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        auto finished = std::make_shared<bool>(false);
        const auto finish = [this, shared, socket, finished](bool ok, ErrorCode code, const QString &error) {
            if (*finished)
                return;
            *finished = true;
            const double rtt = double(steadyNs() - shared->startNs) / 1e6;
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            releaseSlot();
            complete(*shared, ok, rtt, code, error);
        };
        connect(socket, &QTcpSocket::connected, this, [finish] { finish(true, ErrorCode::Failed, {}); });
        connect(socket, &QTcpSocket::errorOccurred, this, [finish, socket, fallback, host, port](QAbstractSocket::SocketError e) {
            // For the ICMP fallback a refused connection is a live host: it answered with RST.
            if (fallback && e == QAbstractSocket::ConnectionRefusedError)
                return finish(true, ErrorCode::Failed, {});
            const ErrorCode code = e == QAbstractSocket::SocketTimeoutError ? ErrorCode::Timeout : ErrorCode::Unreachable;
            finish(false, code, tr("TCP connect to %1 port %2 failed: %3").arg(host).arg(port).arg(socket->errorString()));
        });
        connect(timer, &QTimer::timeout, this, [finish, host, port] {
            finish(false, ErrorCode::Timeout, tr("TCP connect to %1 port %2 timed out").arg(host).arg(port));
        });
        timer->start(shared->target.timeoutMs);
        shared->startNs = steadyNs();
        socket->connectToHost(host, port);
    });
}

void Prober::runHttp(Job job)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    auto shared = std::make_shared<Job>(std::move(job));
    acquireSlot([this, shared] {
        QNetworkRequest request(shared->target.url);
        request.setTransferTimeout(shared->target.timeoutMs);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("tafel-agent"));
        shared->startNs = steadyNs();
        QNetworkReply *reply = m_nam->get(request);
        auto received = std::make_shared<qint64>(0);
        connect(reply, &QNetworkReply::readyRead, this, [reply, received] {
            *received += reply->skip(reply->bytesAvailable());
            if (*received > kHttpBodyCap)
                reply->abort(); // a status probe, not a download
        });
        connect(reply, &QNetworkReply::finished, this, [this, shared, reply, received] {
            reply->deleteLater();
            releaseSlot();
            const double rtt = double(steadyNs() - shared->startNs) / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            shared->sample.httpStatus = status;
            if (status >= 200 && status < 400)
                return complete(*shared, true, rtt);
            if (status != 0)
                return complete(*shared, false, -1, ErrorCode::Failed, tr("HTTP status %1").arg(status));
            const ErrorCode code = reply->error() == QNetworkReply::OperationCanceledError ? ErrorCode::Timeout
                                                                                            : ErrorCode::Unreachable;
            complete(*shared, false, -1, code, reply->errorString());
        });
    });
}

void Prober::runDisplay(Job job)
{
    displays::DisplayDriver *driver = m_displayLookup ? m_displayLookup(job.target.host) : nullptr;
    if (!driver)
        return completeLater(std::move(job), ErrorCode::NotFound, tr("No display driver for %1").arg(job.target.host));
    auto shared = std::make_shared<Job>(std::move(job));
    shared->startNs = steadyNs();
    QPointer<Prober> self(this);
    driver->refreshStatus([self, shared](const displays::CommandResult &r) {
        if (!self)
            return;
        const double rtt = double(steadyNs() - shared->startNs) / 1e6;
        if (r.outcome.ok())
            self->complete(*shared, true, rtt);
        else
            self->complete(*shared, false, -1, r.outcome.error().code, r.outcome.errorString());
    });
}

void Prober::runHeartbeat(Job job)
{
    if (!m_heartbeat)
        return completeLater(std::move(job), ErrorCode::NotFound, tr("No heartbeat source for %1").arg(job.target.host));
    auto shared = std::make_shared<Job>(std::move(job));
    shared->startNs = steadyNs();
    auto answered = std::make_shared<bool>(false);
    QPointer<Prober> self(this);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, shared, answered, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        complete(*shared, false, -1, ErrorCode::Timeout, tr("Agent %1 did not answer the heartbeat").arg(shared->target.host));
    });
    timer->start(shared->target.timeoutMs);
    m_heartbeat(shared->target.host, [self, shared, answered, timer](const Status &status) {
        if (!self || *answered)
            return;
        *answered = true;
        timer->stop();
        timer->deleteLater();
        const double rtt = double(steadyNs() - shared->startNs) / 1e6;
        // Called possibly from inside the caller's code: finish on the next loop turn.
        QTimer::singleShot(0, self, [self, shared, status, rtt] {
            if (status.ok())
                self->complete(*shared, true, rtt);
            else
                self->complete(*shared, false, -1, status.error().code, status.errorString());
        });
    });
}

} // namespace tafel::monitoring
