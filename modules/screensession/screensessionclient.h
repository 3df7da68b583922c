#pragma once

#include "core/result.h"
#include "screensession/protocol.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <map>

class QLocalSocket;
class QTimer;

namespace tafel::screensession {

// The agent's side of the screen session: sends on-screen commands to the helper `tafel --screen` running in
// the user's graphical session, over a local socket. Qt Core + Network only; async, never blocks.
//
//   auto *screen = new ScreenSessionClient(resolveSocketPath(), this); // or resolveSocketPath("name" | "/path")
//   screen->start();   // optional: stay connected, reconnect, receive stateChanged() pushes
//   screen->showMessage({tr("Pause until 10:15"), ScreenMessage::Style::Banner, 60, QStringLiteral("Fr. Weber")},
//                       [](const Result<ScreenState> &r) { r ? ok(r->messageShown) : refuse(r.error()); });
//
// Every command method sends one request and calls `done` exactly once, always later from the event loop
// (never from inside the call), with the helper's state after the command or an Error:
//   - Unreachable, "No display session ...": no helper is listening (nobody logged in to the display, or the
//     helper is not running), or the connection broke before the answer;
//   - Timeout: the helper did not answer within requestTimeout();
//   - InvalidInput, NotFound, Failed ...: the helper refused or failed (its message says why, e.g. a file
//     that does not exist, a media file libVLC cannot open);
//   - Cancelled: stop() was called with the request outstanding.
// Destroying the client drops outstanding requests without calling their callbacks.
// Requests need no prior connect: a request while disconnected starts a connection attempt and waits for it.
// At most kMaxQueuedRequests requests may be outstanding; further ones fail with Failed at once. The returned
// id identifies the request in logs; 0 means it was refused locally (and `done` still gets the error).
// isConnected() tells whether a helper is there right now (meaningful after start()).
//
// Socket: the helper and the agent must agree on the path; resolveSocketPath() (socketpath.h) gives the
// default (/run/tafel/tafel-screen on display PCs), a bare name goes into that directory, a path is used as is.
class ScreenSessionClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenSessionClient)
public:
    using Callback = std::function<void(const Result<ScreenState> &)>;
    static constexpr int kMaxQueuedRequests = 64;

    explicit ScreenSessionClient(const QString &socketPath, QObject *parent = nullptr);
    ~ScreenSessionClient() override;

    QString socketPath() const { return m_socketPath; }

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    std::chrono::milliseconds requestTimeout() const { return m_requestTimeout; }
    // After start(): the wait before the first reconnect attempt; doubles up to 30 s while the helper is away.
    void setReconnectInterval(std::chrono::milliseconds interval) { m_reconnectInterval = interval; }

    // Keeps a connection open (reconnecting after a break or while no helper runs) so that stateChanged()
    // reports the screen's state as it changes. Without start(), the client connects on the first request and
    // stays connected until the helper goes away.
    void start();
    // Disconnects, stops reconnecting, fails outstanding requests with Cancelled.
    void stop();

    bool isConnected() const;
    // The last state received (in a response or an event); default-constructed before the first one.
    ScreenState lastState() const { return m_lastState; }

    quint64 showMessage(const ScreenMessage &message, Callback done = {});
    quint64 hideMessage(Callback done = {});
    quint64 blankScreen(Callback done = {});   // black on every screen of the session
    quint64 unblankScreen(Callback done = {});
    quint64 playMedia(const QString &filePath, Callback done = {}); // absolute path, readable by the session user; fullscreen
    quint64 pauseMedia(Callback done = {});
    quint64 resumeMedia(Callback done = {});
    quint64 stopMedia(Callback done = {});
    quint64 seekMedia(qint64 positionMs, Callback done = {});
    quint64 queryState(Callback done = {});

    // The raw form all of the above use (type Request; id is assigned here).
    quint64 send(Frame request, Callback done = {});

Q_SIGNALS:
    void connectedChanged(bool connected);
    // The helper's state, from every response and every pushed event (media progress, a message timing out).
    void stateChanged(const tafel::screensession::ScreenState &state);

private:
    struct Pending {
        QByteArray bytes;
        Callback done;
        QTimer *timer = nullptr;
        bool sent = false;
    };

    void scheduleConnect();
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onConnectFailed();
    void onReadyRead();
    void scheduleReconnect();
    void dropSocket();
    void finish(quint64 id, const Result<ScreenState> &result);
    void failAll(const Error &error, bool onlySent);
    void callLater(Callback done, const Result<ScreenState> &result);
    Error noDisplaySession() const;

    QString m_socketPath;
    QPointer<QLocalSocket> m_socket;
    QTimer *m_reconnectTimer = nullptr;
    QByteArray m_buffer;
    std::map<quint64, Pending> m_pending; // by id; ordered, so queued requests are flushed in order
    quint64 m_nextId = 1;
    bool m_started = false;
    bool m_connected = false;
    bool m_connectScheduled = false;
    std::chrono::milliseconds m_requestTimeout{10000};
    std::chrono::milliseconds m_reconnectInterval{1000};
    std::chrono::milliseconds m_currentBackoff{1000};
    ScreenState m_lastState;
};

} // namespace tafel::screensession
