#pragma once

#include "core/result.h"
#include "monitoring/broadband.h"
#include "monitoring/iperf3protocol.h"
#include "monitoring/prober.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace tafel::monitoring {

struct Iperf3Options {
    QString host;
    quint16 port = iperf3::kDefaultPort;
    int durationSec = 10;
    int omitSec = 1;            // warm-up: transferred but not counted (iperf3 -O)
    int streams = 4;            // parallel TCP data connections (iperf3 -P)
    bool reverse = false;       // download: the server sends (iperf3 -R)
    int blockSize = 128 * 1024; // iperf3 -l
    int connectTimeoutMs = 5000;
    int replyTimeoutMs = 8000;  // the server must answer each control step within this (stall detection)
    bool measureRtt = true;     // ICMP echo (or the labelled TCP fallback) before and during the load
    int idleRttCount = 5;
    int rttIntervalMs = 100;
};

// An iperf3 client on the Qt event loop, speaking the control protocol of iperf 3.x (see iperf3protocol.h):
// cookie, PARAM_EXCHANGE, CREATE_STREAMS with N data connections, TEST_START/TEST_RUNNING, TEST_END after
// omit + duration seconds, EXCHANGE_RESULTS both ways, DISPLAY_RESULTS, IPERF_DONE.
//
// Throughput is measured on this side, after the warm-up: for downloads the bytes read, for uploads the bytes the
// kernel has sent and had acknowledged (written minus SIOCOUTQ), so queued-but-unsent data does not inflate the
// figure on slow links. The server's own results JSON is kept in BroadbandResult::serverResults.
// Errors: Unreachable (connect refused / no route), Timeout (the server stalls), Locked (ACCESS_DENIED: the
// server is busy with another test), Failed (SERVER_ERROR, SERVER_TERMINATE), ProtocolError, Cancelled.
class Iperf3Client final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Iperf3Client)
public:
    using Done = std::function<void(const Result<BroadbandResult> &)>;

    // prober: used for the RTT samples; nullptr = the client makes its own.
    explicit Iperf3Client(Prober *prober = nullptr, QObject *parent = nullptr);
    ~Iperf3Client() override;

    // One test at a time; done is called exactly once (never from inside start()).
    void start(const Iperf3Options &options, Done done);
    void abort(); // done(Cancelled)
    bool isRunning() const { return bool(m_done); }

private:
    struct Stream {
        QTcpSocket *socket = nullptr;
        qint64 toKernel = 0;  // bytes handed to the kernel (upload)
        qint64 received = 0;  // bytes read (download)
        qint64 atOmitEnd = 0;
    };
    enum class Phase { Idle, IdleRtt, Control, Running, Ending, Done };

    void connectControl();
    void onControlData();
    void handleState(const iperf3::Decoded &d);
    void openStream(int index);
    void beginLoad();
    void omitEnded();
    void endTest();
    void pump(Stream &s);
    qint64 deliveredBytes(const Stream &s) const;
    qint64 measuredBytes() const;
    void setDeadline(int ms, const QString &what);
    void fail(ErrorCode code, const QString &message);
    void succeed();
    void cleanup();

    Prober *m_prober;
    Iperf3Options m_options;
    Done m_done;
    Phase m_phase = Phase::Idle;
    QByteArray m_cookie;
    QByteArray m_block;
    QTcpSocket *m_control = nullptr;
    QByteArray m_buffer;
    iperf3::Expect m_expect = iperf3::Expect::State;
    QList<Stream> m_streams;
    QTimer *m_deadline;
    QTimer *m_omitTimer;
    QTimer *m_endTimer;
    RttSampler *m_rtt = nullptr;
    qint64 m_runStartNs = 0, m_omitEndNs = 0, m_endNs = 0;
    qint64 m_bytesAtOmit = 0, m_bytesAtEnd = 0;
    BroadbandResult m_result;
    QList<double> m_idleRtts;
    int m_idleSent = 0, m_idleLost = 0;
};

} // namespace tafel::monitoring
