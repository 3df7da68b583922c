#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QUdpSocket;

namespace tafel::displays {

class PjLinkDriver;

struct DiscoveredDisplay {
    QHostAddress address;
    QString mac; // as the device sent it in %2ACKN=<MAC>
};

// PJLink Class 2 search: sends "%2SRCH" once and collects "%2ACKN=<MAC>" answers until the timeout.
// Real devices answer to UDP port 4352 of the sender, so the product binds localPort 4352 (shared);
// tests pass a loopback destination, the simulator's port and localPort 0.
class PjLinkDiscovery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PjLinkDiscovery)

public:
    explicit PjLinkDiscovery(QObject *parent = nullptr);
    ~PjLinkDiscovery() override;

    // false (and errorString()) when the socket cannot be bound or the datagram not sent.
    bool start(int timeoutMs, const QHostAddress &destination = QHostAddress::Broadcast, quint16 port = 4352,
               quint16 localPort = 4352);
    QList<DiscoveredDisplay> results() const { return m_results; }
    QString errorString() const { return m_error; }
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    void found(const tafel::displays::DiscoveredDisplay &display);
    void finished(const QList<tafel::displays::DiscoveredDisplay> &displays);

private:
    void onReadyRead();
    void finish();

    QUdpSocket *m_socket = nullptr;
    QTimer m_timer;
    QList<DiscoveredDisplay> m_results;
    QString m_error;
};

// Receives PJLink Class 2 status notifications (%2LKUP, %2POWR, %2INPT, %2ERST) on UDP 4352 (or a given
// port) and hands each to the registered driver whose display sent it (matched by address).
class PjLinkNotificationListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PjLinkNotificationListener)

public:
    explicit PjLinkNotificationListener(QObject *parent = nullptr);
    ~PjLinkNotificationListener() override;

    bool listen(const QHostAddress &address = QHostAddress::AnyIPv4, quint16 port = 4352);
    quint16 port() const;
    QString errorString() const { return m_error; }

    void addDriver(PjLinkDriver *driver);
    void removeDriver(PjLinkDriver *driver);

Q_SIGNALS:
    // Every well-formed notification line, matched to a driver or not.
    void notificationReceived(const QHostAddress &from, const QByteArray &line);

private:
    void onReadyRead();

    QUdpSocket *m_socket = nullptr;
    QList<QPointer<PjLinkDriver>> m_drivers;
    QString m_error;
};

} // namespace tafel::displays
