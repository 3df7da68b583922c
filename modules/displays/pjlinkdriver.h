#pragma once

#include "displays/displaydriver.h"
#include "displays/pjlinkprotocol.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace tafel::displays {

// PJLink Class 1/2 driver for one projector or display (TCP 4352).
//
// One connection state machine: Idle → Connecting → Greeting → (Level2: v2.10 SHA-256 negotiation) → Ready.
// One command in flight, a FIFO behind it, a reply timeout (DisplayTarget::timeoutMs). Devices that close
// after each reply, after an idle period or mid-command are reconnected transparently (a command lost by a
// close is re-sent once on a fresh connection). Failed connects back off exponentially (0.5 s .. 30 s).
// ERR3 ("unavailable time", warming up / cooling down) on a set command is waited out with backoff up to
// warmupWaitMs. A refused password (PJLINK ERRA) latches: every later call fails with AuthFailed without
// touching the network until setPassword() is called, so a projector never locks us out.
class PjLinkDriver final : public DisplayDriver {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PjLinkDriver)

public:
    enum class AuthMode { Auto, Md5Only }; // Auto: try v2.10 SHA-256 first, fall back to MD5

    struct Reply {
        Status outcome;
        QByteArray value; // the reply's value on success
        pjlink::DeviceError deviceError = pjlink::DeviceError::None;
    };
    using ReplyHandler = std::function<void(const Reply &)>;

    explicit PjLinkDriver(const DisplayTarget &target, QObject *parent = nullptr);
    ~PjLinkDriver() override;

    Protocol protocol() const override { return Protocol::PjLink; }
    DisplayTarget target() const override { return m_target; }
    DisplayStatus lastStatus() const override { return m_status; }

    void refreshStatus(Callback done) override;
    void refreshInfo(Callback done) override;
    void setPower(bool on, Callback done) override;
    void setPowerAndWait(bool on, int maxWaitMs, Callback done) override;
    void setInput(const QString &code, Callback done) override;
    void setMute(MuteTarget what, bool on, Callback done) override;
    void setFreeze(bool on, Callback done) override;
    void adjustVolume(int steps, Callback done) override;
    void cancelAll() override;

    // PJLink specifics.
    void adjustMicrophoneVolume(int steps, Callback done); // Class 2 MVOL
    void sendCommand(const pjlink::Command &command, ReplyHandler done); // one raw command through the queue
    void setPassword(const QString &password); // also clears a latched authentication failure
    void setAuthMode(AuthMode mode) { m_authMode = mode; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = qMax(10, ms); }  // --wait re-query (default 1000)
    void setWarmupWaitMs(int ms) { m_warmupWaitMs = qMax(0, ms); }        // ERR3 patience (default 90 s)
    void setIdleCloseMs(int ms) { m_idleCloseMs = qMax(0, ms); }          // close our side when idle (20 s)

    // A UDP notification (%2POWR, %2INPT, %2ERST, %2LKUP) or unsolicited TCP line for this device.
    void applyNotification(const pjlink::Message &message);

    QString endpoint() const;           // "host:port" for messages
    QHostAddress peerAddress() const { return m_peer; } // last connected address (for the listener)
    bool authFailed() const { return m_authFailed; }
    bool usesSha256() const { return m_usingSha; }
    int connectionCount() const { return m_connections; }

private:
    enum class Phase { Idle, Connecting, Greeting, Level2, Ready };
    struct Pending {
        pjlink::Command command;
        ReplyHandler done;
        int attempts = 0;
    };
    struct Job;
    struct Step {
        std::function<pjlink::Command(int pjClass)> make;
        std::function<bool(const QByteArray &value, Job &job)> apply; // false: malformed value
        bool optional = false;  // device errors (ERR1..ERR4) skip the step instead of failing the job
        bool class2 = false;    // skipped on a Class 1 device
        bool waitBusy = false;  // ERR3 is waited out with backoff
    };
    struct Job {
        QList<Step> steps;
        qsizetype index = 0;
        Callback done;
        quint64 generation = 0;
        QElapsedTimer busySince;
        int busyTries = 0;
    };
    using JobPtr = std::shared_ptr<Job>;

    // connection
    void pump();
    void connectNow();
    void dropConnection();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void handleLine(const pjlink::Message &m);
    void becomeReady(const QByteArray &prefix, bool sha);
    void sendNext();
    void completeInFlight(const pjlink::Message &m);
    void connectFailure(ErrorCode code, const QString &message);
    void shaFallback(const QString &why);
    void authFailure(const QString &message);
    void protocolFailure(const QString &why);
    void failAll(const Error &error);
    void enqueue(Pending p);
    void post(std::function<void()> fn);

    // jobs
    JobPtr makeJob(Callback done);
    void runJob(const JobPtr &job);
    void stepJob(const JobPtr &job);
    void finishJob(const JobPtr &job, const Status &outcome);
    void addClassStep(Job &job);
    void ensureClass(std::function<void(const Status &)> next);
    void emitIfChanged();
    Error deviceErrorToError(pjlink::DeviceError e, const pjlink::Command &c) const;
    Error class2Only(const QString &what) const;

    DisplayTarget m_target;
    DisplayStatus m_status;
    DisplayStatus m_emitted;
    AuthMode m_authMode = AuthMode::Auto;

    QPointer<QTcpSocket> m_socket;
    QTimer *m_timer = nullptr;     // connect / greeting / reply timeout, child of the socket
    QTimer *m_idleTimer = nullptr; // child of the socket
    QTimer m_reconnectTimer;
    Phase m_phase = Phase::Idle;
    QByteArray m_buffer;
    QByteArray m_authPrefix;
    bool m_prefixPending = false;
    bool m_usingSha = false;
    bool m_shaUnsupported = false;
    bool m_authFailed = false;
    QString m_authError;
    bool m_closesAfterReply = false;
    QElapsedTimer m_lastReply;
    QHostAddress m_peer;

    std::deque<Pending> m_queue;
    std::optional<Pending> m_inFlight;
    QList<JobPtr> m_waitingJobs; // jobs sleeping on an ERR3 backoff timer
    quint64 m_generation = 0;

    int m_failures = 0;
    QDeadlineTimer m_retryAt;
    int m_connections = 0;
    int m_pollIntervalMs = 1000;
    int m_warmupWaitMs = 90000;
    int m_idleCloseMs = 20000;
};

} // namespace tafel::displays
