#include "discovery/networkscan.h"
#include "discovery/logging.h"

#include "displays/mdcprotocol.h"
#include "displays/pjlinkudp.h"

#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace tafel::discovery {

namespace {
quint32 maskOf(int prefix)
{
    return prefix <= 0 ? 0 : quint32(0xFFFFFFFFu << (32 - prefix));
}

quint16 defaultPort(const QString &protocol)
{
    if (protocol == QLatin1String("pjlink"))
        return 4352;
    if (protocol == QLatin1String("mdc"))
        return 1515;
    if (protocol == QLatin1String("agent"))
        return 4450;
    return 0;
}

QString jobKey(const QHostAddress &a, quint16 port)
{
    return a.toString() + QLatin1Char(':') + QString::number(port);
}
} // namespace

QString serviceKey(Service s)
{
    switch (s) {
    case Service::PjLink:
        return QStringLiteral("pjlink");
    case Service::Mdc:
        return QStringLiteral("mdc");
    case Service::Agent:
        return QStringLiteral("agent");
    }
    return {};
}

PjLinkProbeLine parsePjLinkProbeLine(QByteArrayView raw)
{
    const QByteArray line = raw.first(qMin<qsizetype>(raw.size(), 512)).toByteArray().trimmed();
    PjLinkProbeLine out;
    if (line.startsWith("PJLINK 0")) {
        out.kind = PjLinkProbeLine::Kind::OpenGreeting;
    } else if (line.startsWith("PJLINK 1")) {
        out.kind = PjLinkProbeLine::Kind::PasswordGreeting;
    } else if (line.startsWith("PJLINK")) {
        out.kind = PjLinkProbeLine::Kind::OtherPjLink;
        out.value = QString::fromLatin1(line.left(40));
    } else if (line.startsWith("%1NAME=") && !line.startsWith("%1NAME=ERR")) {
        out.kind = PjLinkProbeLine::Kind::Name;
        out.value = QString::fromUtf8(line.mid(7)).trimmed().left(64);
    } else if (line.startsWith("%1CLSS=") && !line.startsWith("%1CLSS=ERR")) {
        out.kind = PjLinkProbeLine::Kind::Class;
        out.value = QString::fromLatin1(line.mid(7)).trimmed().left(16);
    }
    return out;
}

quint32 Subnet::hostCount() const
{
    const quint32 size = prefix >= 32 ? 1u : (1u << (32 - prefix));
    return prefix >= 31 ? size : size - 2;
}

QString Subnet::toString() const
{
    return network.toString() + QLatin1Char('/') + QString::number(prefix);
}

Result<Subnet> Subnets::parse(const QString &cidr)
{
    const QString text = cidr.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    QHostAddress address;
    if (!address.setAddress(addressText) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return Error::make(ErrorCode::InvalidInput, tr("'%1' is not an IPv4 subnet like 192.168.20.0/24.").arg(text));
    int prefix = 32;
    if (slash >= 0) {
        bool ok = false;
        prefix = text.mid(slash + 1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > 32)
            return Error::make(ErrorCode::InvalidInput, tr("'%1': the prefix after / must be a number from %2 to 32.").arg(text).arg(kMinPrefix));
    }
    if (prefix < kMinPrefix)
        return Error::make(ErrorCode::InvalidInput,
                           tr("'%1' is too large to sweep: at most /%2 (1,022 addresses). Give several smaller subnets.").arg(text).arg(kMinPrefix));
    return Subnet{QHostAddress(address.toIPv4Address() & maskOf(prefix)), prefix};
}

QList<Subnet> Subnets::local()
{
    QList<Subnet> out;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !(i.flags() & QNetworkInterface::IsRunning) || (i.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            if (e.ip().protocol() != QAbstractSocket::IPv4Protocol || e.ip().isLoopback() || e.ip().isLinkLocal())
                continue;
            const int prefix = qBound(int(kMinPrefix), e.prefixLength() < 0 ? 24 : e.prefixLength(), 32);
            const Subnet s{QHostAddress(e.ip().toIPv4Address() & maskOf(prefix)), prefix};
            if (!out.contains(s))
                out.append(s);
        }
    }
    return out;
}

QList<QHostAddress> Subnets::hosts(const Subnet &subnet)
{
    QList<QHostAddress> out;
    const quint32 base = subnet.network.toIPv4Address() & maskOf(subnet.prefix);
    const quint32 size = subnet.prefix >= 32 ? 1u : (1u << (32 - subnet.prefix));
    const quint32 first = subnet.prefix >= 31 ? 0 : 1;
    const quint32 last = subnet.prefix >= 31 ? size : size - 1;
    out.reserve(qsizetype(last - first));
    for (quint32 i = first; i < last; ++i)
        out.append(QHostAddress(base + i));
    return out;
}

NetworkScan::NetworkScan(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Finding>();
}

NetworkScan::~NetworkScan()
{
    abort();
}

Status NetworkScan::start(const ScanOptions &options)
{
    if (m_running)
        return Error::make(ErrorCode::InvalidInput, tr("A scan is already running."));
    if (options.subnets.isEmpty() && !options.pjlinkSearch)
        return Error::make(ErrorCode::InvalidInput, tr("Nothing to scan: no subnet and no PJLink search."));
    if (options.ports.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("No ports to try."));
    if (options.concurrency < 1 || options.concurrency > 1024)
        return Error::make(ErrorCode::InvalidInput, tr("Concurrency must be 1 to 1024."));
    if (options.connectTimeoutMs < 20 || options.connectTimeoutMs > 60'000 || options.probeTimeoutMs < 20 || options.probeTimeoutMs > 60'000)
        return Error::make(ErrorCode::InvalidInput, tr("Timeouts must be 20 to 60000 ms."));
    ++m_generation;
    m_options = options;
    m_queue.clear();
    m_queued.clear();
    m_findings.clear();
    m_macs.clear();
    m_warnings.clear();
    m_active = 0;
    m_done = 0;
    for (const Subnet &s : std::as_const(options.subnets)) {
        if (s.prefix < Subnets::kMinPrefix)
            return Error::make(ErrorCode::InvalidInput, tr("'%1' is too large to sweep: at most /%2.").arg(s.toString()).arg(Subnets::kMinPrefix));
        for (const QHostAddress &a : Subnets::hosts(s))
            for (const PortService &p : std::as_const(options.ports))
                if (!m_queued.contains(jobKey(a, p.port))) {
                    m_queued.insert(jobKey(a, p.port));
                    m_queue.push_back({a, p});
                }
    }
    m_total = int(m_queue.size());
    m_running = true;
    m_searching = false;
    if (options.pjlinkSearch) {
        m_search = new displays::PjLinkDiscovery(this);
        connect(m_search, &displays::PjLinkDiscovery::found, this, &NetworkScan::onSearchHit);
        connect(m_search, &displays::PjLinkDiscovery::finished, this, [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            m_searching = false;
            if (m_search)
                m_search->deleteLater();
            maybeFinish();
        });
        if (m_search->start(options.searchTimeoutMs, options.searchDestination, options.searchPort, options.searchLocalPort)) {
            m_searching = true;
        } else {
            m_warnings << tr("PJLink search not sent: %1").arg(m_search->errorString());
            qCWarning(lcDiscovery).noquote() << m_warnings.constLast();
            m_search->deleteLater();
        }
    }
    qCInfo(lcDiscovery).noquote() << "scan:" << m_total << "connects," << (m_searching ? "with" : "without") << "PJLink search";
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation) {
            pump();
            maybeFinish();
        }
    });
    return {};
}

void NetworkScan::abort()
{
    ++m_generation;
    m_queue.clear();
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    if (m_search)
        m_search->deleteLater();
    m_active = 0;
    m_searching = false;
    if (m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void NetworkScan::pump()
{
    while (m_running && m_active < m_options.concurrency && !m_queue.empty()) {
        const Job job = m_queue.front();
        m_queue.pop_front();
        ++m_active;
        probe(job);
    }
}

void NetworkScan::onSearchHit(const displays::DiscoveredDisplay &d)
{
    m_macs.insert(QHostAddress(d.address.toIPv4Address()).toString(), d.mac); // "::ffff:a.b.c.d" -> "a.b.c.d"
    for (Finding &f : m_findings)
        if (f.address.isEqual(d.address, QHostAddress::TolerantConversion) && f.service == Service::PjLink) {
            f.mac = d.mac;
            f.bySearch = true;
        }
    // Probe the answering address on the PJLink port too (it may be outside the swept subnets).
    for (const PortService &p : std::as_const(m_options.ports)) {
        if (p.service != Service::PjLink)
            continue;
        const QHostAddress a(d.address.toIPv4Address());
        if (m_queued.contains(jobKey(a, p.port)))
            continue;
        m_queued.insert(jobKey(a, p.port));
        m_queue.push_back({a, p});
        ++m_total;
        break;
    }
    pump();
}

void NetworkScan::probe(const Job &job)
{
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    struct State {
        QByteArray buffer;
        int step = 0;
        bool connected = false;
        bool done = false;
        Finding finding;
    };
    auto st = std::make_shared<State>();
    st->finding.address = job.address;
    st->finding.port = job.port.port;
    st->finding.service = job.port.service;
    const quint64 generation = m_generation;
    const auto finish = [this, socket, job, st, generation](bool withFinding) {
        if (st->done)
            return;
        st->done = true;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (generation == m_generation)
            complete(job, withFinding ? std::optional<Finding>(st->finding) : std::nullopt);
    };
    connect(timer, &QTimer::timeout, this, [finish, st] { finish(st->connected); });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish, st](QAbstractSocket::SocketError) { finish(st->connected); });
    connect(socket, &QTcpSocket::connected, this, [this, socket, timer, st, finish, job] {
        st->connected = true;
        switch (job.port.service) {
        case Service::Agent:
            st->finding.detail = tr("Tafel agent port open (enroll it with tafelctl agent enroll)");
            finish(true);
            return;
        case Service::Mdc:
            st->finding.detail = tr("Port open, no MDC answer (another display id, or secured MDC)");
            socket->write(displays::mdc::encodeRequest(displays::mdc::Cmd::Status, m_options.mdcId));
            break;
        case Service::PjLink:
            st->finding.detail = tr("Port open, no PJLink greeting");
            break;
        }
        timer->start(m_options.probeTimeoutMs);
    });
    connect(socket, &QTcpSocket::readyRead, this, [socket, st, finish, job] {
        st->buffer += socket->read(4096 - st->buffer.size());
        if (job.port.service == Service::Mdc) {
            const auto r = displays::mdc::parse(st->buffer);
            if (r.kind == displays::mdc::ParseResult::Kind::Incomplete && st->buffer.size() < 4096)
                return;
            if (r.kind == displays::mdc::ParseResult::Kind::Frame) {
                if (const auto reply = displays::mdc::decodeReply(r.frame)) {
                    st->finding.confirmed = true;
                    st->finding.detail = tr("Samsung MDC, display id %1").arg(reply->id);
                }
            }
            finish(true);
            return;
        }
        // PJLink: the greeting, then NAME and CLSS when no password is set.
        while (true) {
            const qsizetype cr = st->buffer.indexOf('\r');
            if (cr < 0) {
                if (st->buffer.size() >= 4096)
                    finish(true);
                return;
            }
            const PjLinkProbeLine line = parsePjLinkProbeLine(QByteArrayView(st->buffer).first(cr));
            st->buffer.remove(0, cr + 1);
            using Kind = PjLinkProbeLine::Kind;
            if (st->step == 0) {
                if (line.kind == Kind::OpenGreeting) {
                    st->finding.confirmed = true;
                    st->finding.detail = tr("PJLink, no password");
                    socket->write("%1NAME ?\r");
                    st->step = 1;
                } else if (line.kind == Kind::PasswordGreeting) {
                    st->finding.confirmed = true;
                    st->finding.passwordProtected = true;
                    st->finding.detail = tr("PJLink, password protected");
                    finish(true);
                    return;
                } else {
                    if (line.kind == Kind::OtherPjLink)
                        st->finding.detail = tr("PJLink: %1").arg(line.value);
                    finish(true);
                    return;
                }
            } else if (st->step == 1) {
                if (line.kind == Kind::Name)
                    st->finding.name = line.value;
                socket->write("%1CLSS ?\r");
                st->step = 2;
            } else {
                if (line.kind == Kind::Class) {
                    st->finding.pjlinkClass = line.value;
                    st->finding.detail = tr("PJLink class %1, no password").arg(st->finding.pjlinkClass);
                }
                finish(true);
                return;
            }
        }
    });
    socket->connectToHost(job.address, job.port.port);
    timer->start(m_options.connectTimeoutMs);
}

void NetworkScan::complete(const Job &job, std::optional<Finding> finding)
{
    --m_active;
    ++m_done;
    const QString mac = m_macs.value(job.address.toString());
    if (!finding && job.port.service == Service::PjLink && !mac.isEmpty()) {
        Finding f; // it answered the search, the TCP port did not: still a projector to propose
        f.address = job.address;
        f.port = job.port.port;
        f.service = Service::PjLink;
        f.confirmed = true;
        f.detail = tr("Answered the PJLink search; TCP port %1 not reachable").arg(job.port.port);
        finding = f;
    }
    if (finding) {
        if (finding->service == Service::PjLink && !mac.isEmpty()) {
            finding->mac = mac;
            finding->bySearch = true;
        }
        m_findings.append(*finding);
        qCInfo(lcDiscovery).noquote() << "found" << jobKey(finding->address, finding->port) << serviceKey(finding->service) << finding->detail;
        Q_EMIT found(*finding);
    }
    Q_EMIT progress(m_done, m_total);
    pump();
    maybeFinish();
}

void NetworkScan::maybeFinish()
{
    if (!m_running || m_active > 0 || !m_queue.empty() || m_searching)
        return;
    // Search answers whose address was queued after the TCP probes: their PJLink findings exist already.
    m_running = false;
    std::sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        const quint32 x = a.address.toIPv4Address(), y = b.address.toIPv4Address();
        return x != y ? x < y : a.port < b.port;
    });
    qCInfo(lcDiscovery).noquote() << "scan finished:" << m_findings.size() << "found in" << m_done << "connects";
    Q_EMIT finished();
}

QList<Proposal> NetworkScan::propose(const QList<Finding> &findings, const QList<Device> &inventory)
{
    QList<Proposal> out;
    for (const Finding &f : findings) {
        Proposal p;
        p.finding = f;
        Device &d = p.device;
        d.host = f.address.toString();
        d.port = f.port;
        d.protocol = serviceKey(f.service);
        d.mac = f.mac.toUpper();
        switch (f.service) {
        case Service::PjLink:
            d.kind = DeviceKind::Projector;
            d.name = f.name.isEmpty() ? tr("Projector %1").arg(d.host) : f.name;
            break;
        case Service::Mdc:
            d.kind = DeviceKind::Display;
            d.name = tr("Display %1").arg(d.host);
            break;
        case Service::Agent:
            d.kind = DeviceKind::Pc;
            d.name = tr("PC %1").arg(d.host);
            d.hasAgent = true;
            break;
        }
        for (const Device &e : inventory) {
            const quint16 port = e.port ? e.port : defaultPort(e.protocol);
            const bool sameAddress = e.host.compare(d.host, Qt::CaseInsensitive) == 0 && port == d.port;
            const bool sameMac = !d.mac.isEmpty() && e.mac.compare(d.mac, Qt::CaseInsensitive) == 0;
            if (sameAddress || sameMac) {
                p.existingId = e.id;
                p.existingName = e.name;
                break;
            }
        }
        out.append(p);
    }
    return out;
}

} // namespace tafel::discovery
