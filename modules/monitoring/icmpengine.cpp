#include "monitoring/icmpengine.h"

#include "monitoring/logging.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>
#include <QtEndian>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tafel::monitoring {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr qsizetype kTokenSize = 16;
constexpr int kReceiveBuffer = 4 * 1024 * 1024;

} // namespace

IcmpEngine::IcmpEngine(Mode mode, QObject *parent) : QObject(parent), m_mode(mode), m_timer(new QTimer(this))
{
    m_token.resize(kTokenSize);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_token.data()),
                                         reinterpret_cast<quint32 *>(m_token.data() + kTokenSize));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IcmpEngine::expire);
}

IcmpEngine::~IcmpEngine()
{
    for (Socket *s : {&m_v4, &m_v6})
        if (s->fd >= 0)
            ::close(s->fd);
}

IcmpEngine::Socket &IcmpEngine::socketFor(icmp::Family family)
{
    Socket &s = family == icmp::Family::V4 ? m_v4 : m_v6;
    if (!s.tried)
        open(s, family);
    return s;
}

IcmpMethod IcmpEngine::method(icmp::Family family)
{
    return socketFor(family).method;
}

void IcmpEngine::open(Socket &s, icmp::Family family)
{
    s.tried = true;
    if (m_mode == Mode::Disabled)
        return;
    const int domain = family == icmp::Family::V4 ? AF_INET : AF_INET6;
    const int proto = family == icmp::Family::V4 ? int(IPPROTO_ICMP) : int(IPPROTO_ICMPV6);
    if (m_mode == Mode::Auto || m_mode == Mode::DatagramOnly) {
        s.fd = ::socket(domain, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, proto);
        if (s.fd >= 0)
            s.method = IcmpMethod::Datagram;
        else
            qCDebug(lcMonitoring) << "ping socket unavailable:" << strerror(errno);
    }
    if (s.fd < 0 && (m_mode == Mode::Auto || m_mode == Mode::RawOnly)) {
        s.fd = ::socket(domain, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, proto);
        if (s.fd >= 0) {
            s.method = IcmpMethod::Raw;
            if (family == icmp::Family::V6) {
                icmp6_filter filter;
                ICMP6_FILTER_SETBLOCKALL(&filter);
                ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filter);
                ::setsockopt(s.fd, IPPROTO_ICMPV6, ICMP6_FILTER, &filter, sizeof filter);
            }
        } else {
            qCDebug(lcMonitoring) << "raw ICMP socket unavailable:" << strerror(errno);
        }
    }
    if (s.fd < 0)
        return;
    // Many replies can arrive between two event-loop turns; SO_RCVBUFFORCE works with CAP_NET_ADMIN only.
    int size = kReceiveBuffer;
    if (::setsockopt(s.fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) != 0)
        ::setsockopt(s.fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    s.id = quint16(QRandomGenerator::global()->generate());
    s.nextSeq = quint16(QRandomGenerator::global()->generate());
    s.notifier = new QSocketNotifier(qintptr(s.fd), QSocketNotifier::Read, this);
    connect(s.notifier, &QSocketNotifier::activated, this, [this, family] { readReady(family); });
    qCDebug(lcMonitoring) << "ICMP" << (family == icmp::Family::V4 ? "v4" : "v6") << icmpMethodKey(s.method);
}

int IcmpEngine::pendingCount() const
{
    return int(m_v4.pending.size() + m_v6.pending.size());
}

bool IcmpEngine::ping(const QHostAddress &address, int timeoutMs, Done done)
{
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const auto family = v4 ? icmp::Family::V4 : icmp::Family::V6;
    Socket &s = socketFor(family);
    if (s.fd < 0)
        return false;
    if (s.pending.size() >= 60000) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Reply{false, -1, ErrorCode::Locked, tr("Too many ICMP probes in flight")});
        });
        return true;
    }
    quint16 seq = s.nextSeq++;
    while (s.pending.contains(seq))
        seq = s.nextSeq++;

    QByteArray payload = m_token;
    payload.append(reinterpret_cast<const char *>(&seq), sizeof seq);
    payload.append(QByteArray(38, '\0')); // 56 bytes, like ping(8)
    const QByteArray packet = icmp::buildEchoRequest(family, s.id, seq, payload);

    sockaddr_storage ss{};
    socklen_t len = 0;
    if (v4) {
        auto *sin = reinterpret_cast<sockaddr_in *>(&ss);
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        len = sizeof(sockaddr_in);
    } else {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&ss);
        sin6->sin6_family = AF_INET6;
        const Q_IPV6ADDR a = address.toIPv6Address();
        memcpy(&sin6->sin6_addr, &a, sizeof a);
        if (!address.scopeId().isEmpty())
            sin6->sin6_scope_id = uint32_t(QNetworkInterface::interfaceIndexFromName(address.scopeId()));
        len = sizeof(sockaddr_in6);
    }

    Pending p;
    p.address = address;
    p.sentNs = steadyNs();
    p.deadlineMs = p.sentNs / 1000000 + timeoutMs;
    p.done = std::move(done);

    const ssize_t n = ::sendto(s.fd, packet.constData(), size_t(packet.size()), 0, reinterpret_cast<sockaddr *>(&ss), len);
    if (n != packet.size()) {
        const int err = errno;
        const ErrorCode code = (err == ENETUNREACH || err == EHOSTUNREACH) ? ErrorCode::Unreachable
                               : err == EPERM || err == EACCES             ? ErrorCode::PermissionDenied
                                                                           : ErrorCode::Failed;
        const QString text = tr("Cannot send ICMP echo: %1").arg(QString::fromLocal8Bit(strerror(err)));
        QTimer::singleShot(0, this, [d = std::move(p.done), code, text] { d(Reply{false, -1, code, text}); });
        return true;
    }
    s.pending.insert(seq, std::move(p));
    m_deadlines.emplace(s.pending.value(seq).deadlineMs, std::make_pair(family, seq));
    armTimer();
    return true;
}

void IcmpEngine::readReady(icmp::Family family)
{
    Socket &s = family == icmp::Family::V4 ? m_v4 : m_v6;
    char buf[icmp::kMaxPacket];
    // Drain what is queued, but yield to the event loop now and then.
    for (int i = 0; i < 1024; ++i) {
        sockaddr_storage from{};
        socklen_t fromLen = sizeof from;
        const ssize_t n = ::recvfrom(s.fd, buf, sizeof buf, MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&from), &fromLen);
        if (n < 0)
            return; // EAGAIN (drained) or an error-queue notice; timeouts cover the rest
        const qint64 now = steadyNs();
        const bool hasIp = family == icmp::Family::V4 && s.method == IcmpMethod::Raw;
        auto msg = icmp::parse(QByteArrayView(buf, n), family, hasIp);
        if (!msg || !msg->isEchoReply)
            continue;
        if (s.method == IcmpMethod::Raw && msg->id != s.id)
            continue; // another process's ping
        if (msg->payload.size() < kTokenSize + 2 || !msg->payload.startsWith(m_token))
            continue;
        quint16 echoedSeq = 0;
        memcpy(&echoedSeq, msg->payload.constData() + kTokenSize, sizeof echoedSeq);
        if (echoedSeq != msg->seq)
            continue;
        auto it = s.pending.find(msg->seq);
        if (it == s.pending.end())
            continue; // late (already timed out) or duplicate
        QHostAddress source(reinterpret_cast<sockaddr *>(&from));
        if (!source.isEqual(it->address, QHostAddress::TolerantConversion))
            continue;
        const double rtt = double(now - it->sentNs) / 1e6;
        finish(family, msg->seq, Reply{true, rtt, ErrorCode::Failed, {}});
    }
}

void IcmpEngine::finish(icmp::Family family, quint16 seq, const Reply &reply)
{
    Socket &s = family == icmp::Family::V4 ? m_v4 : m_v6;
    auto it = s.pending.find(seq);
    if (it == s.pending.end())
        return;
    Done done = std::move(it->done);
    const qint64 deadline = it->deadlineMs;
    s.pending.erase(it);
    for (auto d = m_deadlines.lower_bound(deadline); d != m_deadlines.end() && d->first == deadline; ++d) {
        if (d->second == std::make_pair(family, seq)) {
            m_deadlines.erase(d);
            break;
        }
    }
    done(reply);
}

void IcmpEngine::expire()
{
    const qint64 nowMs = steadyNs() / 1000000;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= nowMs) {
        const auto [family, seq] = m_deadlines.begin()->second;
        m_deadlines.erase(m_deadlines.begin());
        Socket &s = family == icmp::Family::V4 ? m_v4 : m_v6;
        auto it = s.pending.find(seq);
        if (it == s.pending.end())
            continue;
        Done done = std::move(it->done);
        s.pending.erase(it);
        done(Reply{false, -1, ErrorCode::Timeout, tr("No ICMP echo reply (timeout)")});
    }
    armTimer();
}

void IcmpEngine::armTimer()
{
    if (m_deadlines.empty()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_deadlines.begin()->first - steadyNs() / 1000000);
    if (!m_timer->isActive() || m_timer->remainingTime() > wait)
        m_timer->start(int(wait) + 1);
}

} // namespace tafel::monitoring
