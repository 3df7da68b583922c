#include "displays/pjlinkudp.h"

#include "displays/logging.h"
#include "displays/pjlinkdriver.h"
#include "displays/pjlinkprotocol.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace tafel::displays {

namespace {
constexpr qint64 MaxDatagram = 512;

bool sameHost(const QHostAddress &a, const QHostAddress &b)
{
    return !a.isNull() && !b.isNull() && a.isEqual(b, QHostAddress::TolerantConversion);
}

// Splits a datagram into lines and parses each with the capped TCP parser.
template<typename F>
void forEachLine(const QByteArray &data, F f)
{
    QByteArrayView rest(data);
    while (!rest.isEmpty()) {
        pjlink::ParseResult r = pjlink::parse(rest);
        if (r.incomplete()) {
            // A datagram's last line may lack its terminator.
            r = pjlink::parseLine(rest.sliced(r.consumed));
            if (r.ok())
                f(r.message);
            return;
        }
        if (r.ok())
            f(r.message);
        if (r.consumed <= 0)
            return;
        rest = rest.sliced(r.consumed);
    }
}
} // namespace

PjLinkDiscovery::PjLinkDiscovery(QObject *parent) : QObject(parent), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PjLinkDiscovery::finish);
}

PjLinkDiscovery::~PjLinkDiscovery() = default;

bool PjLinkDiscovery::start(int timeoutMs, const QHostAddress &destination, quint16 port, quint16 localPort)
{
    m_results.clear();
    m_error.clear();
    delete m_socket;
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &PjLinkDiscovery::onReadyRead);
    const QHostAddress bindTo = destination.protocol() == QAbstractSocket::IPv6Protocol
                                    ? QHostAddress(QHostAddress::AnyIPv6)
                                    : QHostAddress(QHostAddress::AnyIPv4);
    if (!m_socket->bind(bindTo, localPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        m_error = tr("Cannot listen for PJLink search answers on UDP port %1 (%2). Close other PJLink tools "
                     "and try again.")
                      .arg(localPort)
                      .arg(m_socket->errorString());
        return false;
    }
    if (m_socket->writeDatagram(pjlink::searchDatagram(), destination, port) < 0) {
        m_error = tr("Cannot send the PJLink search (%1). Check the network connection.").arg(m_socket->errorString());
        return false;
    }
    m_timer.start(timeoutMs);
    return true;
}

void PjLinkDiscovery::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram(MaxDatagram);
        forEachLine(d.data(), [this, &d](const pjlink::Message &m) {
            if (m.kind != pjlink::Message::Kind::Response || m.command != "ACKN")
                return;
            QHostAddress from = d.senderAddress();
            bool ok = false;
            const QHostAddress v4(from.toIPv4Address(&ok));
            if (ok)
                from = v4;
            for (const DiscoveredDisplay &known : std::as_const(m_results))
                if (sameHost(known.address, from))
                    return;
            DiscoveredDisplay found{from, QString::fromLatin1(m.value)};
            m_results.append(found);
            Q_EMIT this->found(found);
        });
    }
}

void PjLinkDiscovery::finish()
{
    if (m_socket) {
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished(m_results);
}

PjLinkNotificationListener::PjLinkNotificationListener(QObject *parent) : QObject(parent) {}

PjLinkNotificationListener::~PjLinkNotificationListener() = default;

bool PjLinkNotificationListener::listen(const QHostAddress &address, quint16 port)
{
    delete m_socket;
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &PjLinkNotificationListener::onReadyRead);
    if (!m_socket->bind(address, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        m_error = tr("Cannot receive PJLink notifications on UDP port %1 (%2). Status is polled instead.")
                      .arg(port)
                      .arg(m_socket->errorString());
        return false;
    }
    return true;
}

quint16 PjLinkNotificationListener::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

void PjLinkNotificationListener::addDriver(PjLinkDriver *driver)
{
    if (driver && !m_drivers.contains(driver))
        m_drivers.append(driver);
}

void PjLinkNotificationListener::removeDriver(PjLinkDriver *driver)
{
    m_drivers.removeAll(driver);
}

void PjLinkNotificationListener::onReadyRead()
{
    m_drivers.removeAll(nullptr);
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram(MaxDatagram);
        const QHostAddress from = d.senderAddress();
        forEachLine(d.data(), [this, &from](const pjlink::Message &m) {
            if (m.kind != pjlink::Message::Kind::Response || m.pjClass != '2')
                return;
            Q_EMIT notificationReceived(from, m.line);
            for (const QPointer<PjLinkDriver> &driver : std::as_const(m_drivers)) {
                if (!driver)
                    continue;
                if (sameHost(QHostAddress(driver->target().host), from) || sameHost(driver->peerAddress(), from))
                    driver->applyNotification(m);
            }
        });
    }
}

} // namespace tafel::displays
