#pragma once

#include "displays/displaydriver.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QSslSocket;

namespace tafel::displays {

namespace mdc {
struct Reply;
}

// Samsung MDC over TCP (default port 1515), plain or with the "Secured Protocol" (TLS + 4-digit PIN).
//
// One connection state machine on the Qt event loop, one command in flight, a queue of operations behind
// it (an operation such as refreshStatus() may send several frames). Every frame has a reply timeout of
// DisplayTarget::timeoutMs; a timeout drops the connection so a late reply can never be taken for the
// answer to the next command. The connection is opened on demand, kept while the display keeps it open, and
// reopened with exponential backoff.
//
// Secured mode is used when DisplayTarget::password (the PIN) is not empty. The display's self-signed
// certificate is accepted; its SHA-256 fingerprint is recorded (peerFingerprint()) and, when one is
// expected (setExpectedFingerprint()), a different certificate fails with AuthFailed.
//
// Error mapping: Unreachable (connection refused / host down, after the connect retries), Timeout (no reply,
// or connect/TLS/PIN step took too long), AuthFailed (wrong PIN, PIN missing, certificate changed; never
// retried automatically: every later call fails fast until setTarget() or clearAuthFailure()),
// Failed (NAK: the display rejected the command), InvalidInput (bad argument, checked before sending),
// ProtocolError (malformed or mismatched reply, bad checksum, the display closed the connection during a
// command even after one retry on a fresh connection).
class MdcDriver final : public DisplayDriver {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdcDriver)
public:
    explicit MdcDriver(const DisplayTarget &target, QObject *parent = nullptr);
    ~MdcDriver() override; // pending callbacks are called with Cancelled

    Protocol protocol() const override { return Protocol::Mdc; }
    DisplayTarget target() const override { return m_target; }
    DisplayStatus lastStatus() const override { return m_status; }

    void refreshStatus(Callback done) override; // status (0x00) + error status (0x0D, optional)
    void refreshInfo(Callback done) override;   // serial, software version, model name/number, device name
    // Power on waits until the display reports "on" (re-queries status with backoff, up to 3 × timeoutMs).
    void setPower(bool on, Callback done) override;
    // Both directions settle: status is re-queried (200 ms, doubling to 2 s) until it matches or maxWaitMs.
    void setPowerAndWait(bool on, int maxWaitMs, Callback done) override;
    // "0x21", "21" or a name from mdc::knownInputSources() ("HDMI1").
    void setInput(const QString &code, Callback done) override;
    // Audio: MDC mute (0x13). Video: panel off (0xF9). All: both.
    void setMute(MuteTarget what, bool on, Callback done) override;
    void setFreeze(bool on, Callback done) override; // not in MDC: fails with Failed
    void adjustVolume(int steps, Callback done) override; // reads the volume, sets it ± steps (0..100)
    void cancelAll() override;

    // MDC extras (not in the shared interface yet).
    void setVolume(int volume, Callback done); // 0..100
    void reboot(Callback done);                // power value 0x02; the display drops the connection
    void showDisplayId(bool on, Callback done); // on-screen display id (0xB9)

    void setTarget(const DisplayTarget &target); // drops the connection and any auth failure
    void clearAuthFailure();
    void setExpectedFingerprint(const QByteArray &sha256);
    // Samsung displays serve one MDC client at a time, so an idle connection is closed after this long
    // (default 10 s; 0 = keep it open).
    void setIdleTimeout(int ms);
    QByteArray peerFingerprint() const { return m_peerFingerprint; } // SHA-256 of the display's certificate
    bool isConnected() const;

Q_SIGNALS:
    // The display presented a TLS certificate (first time or changed). Store it to pin it next time.
    void peerFingerprintChanged(const QByteArray &sha256);

private:
    enum class Phase { Disconnected, Backoff, Connecting, AwaitTlsBanner, TlsHandshake, AwaitAuth, Ready };

    struct Request {
        quint8 command = 0;
        QByteArray data;
        bool optional = false; // a NAK is tolerated (feature missing on this model)
    };
    struct Operation;
    using Step = std::function<void(Operation &op, const mdc::Reply &reply)>;
    struct Operation {
        Callback done;
        std::deque<Request> requests;
        Step onAck;         // may queue more requests or set `failure`
        std::optional<Error> failure;
        int closeRetries = 0;
        int connectAttempts = 0;
        int stage = 0;          // free for onAck
        qint64 notBefore = 0;   // m_clock time before which the next request is not sent (settle)
        int settleDelayMs = 0;
        qint64 settleDeadline = 0;
    };

    void enqueue(Operation op);
    void enqueueSingle(quint8 command, QByteArray data, Callback done);
    void powerOperation(bool on, int settleMs, Callback done);
    void failLater(Callback done, Error error);
    void pump();
    void startConnect();
    void sendCurrent();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onEncrypted();
    void onPhaseTimeout();
    void onReplyTimeout();
    void handleFrameBuffer();
    void handleReply(const mdc::Reply &reply);
    void finishCurrent(std::optional<Error> error);
    void failAll(const Error &error);
    void dropConnection();
    std::optional<Error> applyReply(quint8 command, const QByteArray &request, const mdc::Reply &reply);
    void noteStatusChanged();
    quint16 port() const;
    quint8 id() const;

    Error nakError(const mdc::Reply &reply) const;
    Error timeoutError() const;
    Error protocolError(const QString &detail) const;

    DisplayTarget m_target;
    DisplayStatus m_status;
    DisplayStatus m_emittedStatus;
    QElapsedTimer m_clock;
    Phase m_phase = Phase::Disconnected;
    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer;
    std::deque<Operation> m_queue; // the front is the current operation
    bool m_awaitingReply = false;  // a frame of the front operation is on the wire
    Request m_sent;
    QTimer m_phaseTimer;  // connect / banner / handshake / auth
    QTimer m_replyTimer;  // reply of the command in flight
    QTimer m_retryTimer;  // reconnect backoff and power-on settle
    QTimer m_idleTimer;   // closes the connection when nothing is queued
    int m_consecutiveConnectFailures = 0;
    std::optional<Error> m_authFailure;
    QByteArray m_expectedFingerprint;
    QByteArray m_peerFingerprint;
};

} // namespace tafel::displays
