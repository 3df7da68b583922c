#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <deque>

class QTcpSocket;

namespace tafel::displays {
class PjLinkDiscovery;
struct DiscoveredDisplay;
}

namespace tafel::discovery {

// What a port is expected to speak.
enum class Service { PjLink, Mdc, Agent };
QString serviceKey(Service s); // "pjlink", "mdc", "agent" (also the inventory's protocol names)

// One line a PJLink port sent to the probe (greeting, then the answers to %1NAME ? and %1CLSS ?). Pure, capped:
// value is at most 64 characters; anything else is Unknown.
struct PjLinkProbeLine {
    enum class Kind { Unknown, OpenGreeting, PasswordGreeting, OtherPjLink, Name, Class };
    Kind kind = Kind::Unknown;
    QString value; // Name: the projector's name; Class: "1"/"2"; OtherPjLink: the line (e.g. "PJLINK ERRA")
};
PjLinkProbeLine parsePjLinkProbeLine(QByteArrayView line);

struct PortService {
    quint16 port = 0;
    Service service = Service::PjLink;
};

// An IPv4 subnet: "192.168.20.0/24". Parsing accepts a host address too ("10.0.0.7" = /32).
struct Subnet {
    QHostAddress network;
    int prefix = 32;
    quint32 hostCount() const; // addresses swept: /31 and /32 all of them, else without network and broadcast
    QString toString() const;
    bool operator==(const Subnet &) const = default;
};

class Subnets final {
    Q_DECLARE_TR_FUNCTIONS(tafel::discovery::Subnets)
public:
    static constexpr int kMinPrefix = 22; // at most 1,022 hosts per sweep
    // "a.b.c.d/n" with n from 22 to 32; InvalidInput with a clear message otherwise.
    static Result<Subnet> parse(const QString &cidr);
    // The PC's own IPv4 subnets (up, not loopback); a subnet larger than /22 becomes the /22 around the PC's address.
    static QList<Subnet> local();
    // The addresses a sweep of `subnet` connects to, in order.
    static QList<QHostAddress> hosts(const Subnet &subnet);
};

struct ScanOptions {
    QList<Subnet> subnets;   // swept with TCP connects; may be empty (search only)
    QList<PortService> ports{{4352, Service::PjLink}, {1515, Service::Mdc}, {4450, Service::Agent}};
    int concurrency = 64;    // connections at once (bounded: a /22 with 3 ports is 3,066 connects)
    int connectTimeoutMs = 700;
    int probeTimeoutMs = 1500; // after connecting: the PJLink greeting/name, the MDC status answer
    quint8 mdcId = 1;          // display id asked for its status
    // PJLink %2SRCH (UDP); answers add their address to the sweep (PJLink port from `ports`).
    bool pjlinkSearch = true;
    QHostAddress searchDestination = QHostAddress::Broadcast;
    quint16 searchPort = 4352;
    quint16 searchLocalPort = 4352; // real devices answer to 4352; tests use 0
    int searchTimeoutMs = 2000;
};

// One port that answered.
struct Finding {
    QHostAddress address;
    quint16 port = 0;
    Service service = Service::PjLink;
    bool confirmed = false; // it spoke the protocol (PJLink greeting, MDC ACK); false: only the port was open
    QString name;           // PJLink NAME (when no password is set)
    QString pjlinkClass;    // "1" or "2"
    bool passwordProtected = false; // PJLink greeting "PJLINK 1"
    QString mac;            // from the %2SRCH answer
    bool bySearch = false;  // the address answered %2SRCH
    QString detail;         // translated, one line
};

// A device the assistant proposes to add.
struct Proposal {
    Device device;          // kind, name, host, port, protocol, mac, hasAgent (no room, no id)
    Finding finding;
    QString existingId;     // non-empty: already in the inventory (same host and port, or same MAC)
    QString existingName;
    bool inInventory() const { return !existingId.isEmpty(); }
};

// Sweeps the subnets (bounded concurrency, connect and probe timeouts) and runs the PJLink search at the same
// time; everything asynchronous on the caller's event loop. finished() comes exactly once per start().
class NetworkScan final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkScan)
public:
    explicit NetworkScan(QObject *parent = nullptr);
    ~NetworkScan() override;

    // InvalidInput when there is nothing to do or the options are out of range.
    Status start(const ScanOptions &options);
    void abort();
    bool isRunning() const { return m_running; }
    QList<Finding> findings() const { return m_findings; }
    // Non-fatal problems (e.g. the UDP search could not bind 4352), translated.
    QStringList warnings() const { return m_warnings; }
    int total() const { return m_total; }
    int done() const { return m_done; }

    // Proposals from findings, one per answering port, matched against the inventory.
    static QList<Proposal> propose(const QList<Finding> &findings, const QList<Device> &inventory);

Q_SIGNALS:
    void progress(int done, int total);
    void found(const tafel::discovery::Finding &finding);
    void finished();

private:
    struct Job {
        QHostAddress address;
        PortService port;
    };
    void pump();
    void probe(const Job &job);
    void complete(const Job &job, std::optional<Finding> finding);
    void onSearchHit(const displays::DiscoveredDisplay &d);
    void maybeFinish();

    ScanOptions m_options;
    std::deque<Job> m_queue;
    QSet<QString> m_queued; // "addr:port"
    int m_active = 0;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_searching = false;
    quint64 m_generation = 0;
    QList<Finding> m_findings;
    QHash<QString, QString> m_macs; // address -> MAC from %2SRCH
    QStringList m_warnings;
    QPointer<displays::PjLinkDiscovery> m_search;
};

} // namespace tafel::discovery

Q_DECLARE_METATYPE(tafel::discovery::Finding)
