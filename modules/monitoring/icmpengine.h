#pragma once

#include "core/result.h"
#include "monitoring/icmppacket.h"
#include "monitoring/sample.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <map>

class QSocketNotifier;
class QTimer;

namespace tafel::monitoring {

// ICMP echo for any number of targets on one event loop: one non-blocking socket per address family, one
// QSocketNotifier each, one timer for all deadlines. Replies are matched by our own sequence number, the echo
// id (raw sockets; ping sockets get theirs from the kernel) and a per-engine random token in the payload.
//
// Socket choice (Mode::Auto), per family: a Linux "ping socket" (SOCK_DGRAM/IPPROTO_ICMP; allowed when the
// process's group is inside net.ipv4.ping_group_range), else a raw socket (needs CAP_NET_RAW), else none:
// ping() then returns false and the caller (Prober) uses its TCP-connect fallback and labels the sample so.
class IcmpEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IcmpEngine)
public:
    enum class Mode { Auto, DatagramOnly, RawOnly, Disabled };
    struct Reply {
        bool ok = false;
        double rttMs = -1;
        ErrorCode code = ErrorCode::Failed;
        QString error;
    };
    using Done = std::function<void(const Reply &)>;

    explicit IcmpEngine(Mode mode = Mode::Auto, QObject *parent = nullptr);
    ~IcmpEngine() override;

    // The method this engine uses for the family (opens the socket on first call); None = unavailable.
    IcmpMethod method(icmp::Family family);
    // Sends one echo request. Returns false (done not called) when no ICMP socket is available for the
    // address's family. Otherwise done is called exactly once, asynchronously: reply, timeout or send error.
    bool ping(const QHostAddress &address, int timeoutMs, Done done);
    int pendingCount() const;

private:
    struct Pending {
        QHostAddress address;
        qint64 sentNs = 0;
        qint64 deadlineMs = 0;
        Done done;
    };
    struct Socket {
        int fd = -1;
        bool tried = false;
        IcmpMethod method = IcmpMethod::None;
        QSocketNotifier *notifier = nullptr;
        quint16 id = 0;
        quint16 nextSeq = 0;
        QHash<quint16, Pending> pending;
    };

    Socket &socketFor(icmp::Family family);
    void open(Socket &s, icmp::Family family);
    void readReady(icmp::Family family);
    void expire();
    void armTimer();
    void finish(icmp::Family family, quint16 seq, const Reply &reply);

    Mode m_mode;
    Socket m_v4, m_v6;
    QByteArray m_token;
    std::multimap<qint64, std::pair<icmp::Family, quint16>> m_deadlines;
    QTimer *m_timer = nullptr;
};

} // namespace tafel::monitoring
