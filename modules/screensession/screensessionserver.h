#pragma once

#include "core/result.h"
#include "screensession/protocol.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace tafel::screensession {

// What the screen helper does with a request. Implemented by the renderer (tafel::screen::ScreenController);
// tests implement it with a fake. Each call runs on the server's thread and returns at once; a failure's
// message is shown to the teacher as it is (translated).
class ScreenHandler {
public:
    virtual ~ScreenHandler() = default;
    virtual Status showMessage(const ScreenMessage &message) = 0; // replaces a message already shown
    virtual Status hideMessage() = 0;
    virtual Status setBlanked(bool blanked) = 0;
    virtual Status playMedia(const QString &filePath) = 0; // fullscreen, from the start
    virtual Status pauseMedia() = 0;
    virtual Status resumeMedia() = 0;
    virtual Status stopMedia() = 0;
    virtual Status seekMedia(qint64 positionMs) = 0;
    virtual ScreenState state() const = 0;
};

// The helper's side: listens on a local socket (see socketpath.h for the path and its permissions), hands
// each request to the ScreenHandler and answers with the handler's state afterwards, or an err frame with the
// handler's error. publishState() pushes the state to every connected client (the agent). Qt Core + Network
// only. At most kMaxClients connections; a client that sends a frame over the size cap or unframeable bytes
// is disconnected; one that stops reading (more than kMaxPendingOutput bytes queued) as well.
class ScreenSessionServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenSessionServer)
public:
    static constexpr int kMaxClients = 16;
    static constexpr qint64 kMaxPendingOutput = 1024 * 1024;

    // The handler must outlive the server.
    explicit ScreenSessionServer(ScreenHandler &handler, QObject *parent = nullptr);
    ~ScreenSessionServer() override;

    // Listens at `socketPath` (a full path; resolveSocketPath() makes one from a name) with mode 0770. A stale
    // socket file left by a crashed helper is removed; so is a live one — the helper started last wins.
    Status listen(const QString &socketPath);
    void close(); // stops listening, removes the socket file, disconnects clients
    bool isListening() const;
    QString socketPath() const { return m_socketPath; }
    int clientCount() const { return int(m_clients.size()); }

    // Sends an "evt" frame with `state` to every client.
    void publishState(const ScreenState &state);

Q_SIGNALS:
    // After each request has been handled (ok = the handler succeeded); for logs and tests.
    void requestHandled(tafel::screensession::Command command, bool ok);
    void clientCountChanged(int count);

private:
    struct Client {
        QPointer<QLocalSocket> socket;
        QByteArray buffer;
    };

    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    QList<Client>::iterator findClient(QLocalSocket *socket);
    bool hasClient(QLocalSocket *socket);
    void removeClient(QLocalSocket *socket);
    void write(QLocalSocket *socket, const Frame &frame);
    Frame handle(const Frame &request);

    ScreenHandler &m_handler;
    QLocalServer *m_server = nullptr;
    QString m_socketPath;
    QList<Client> m_clients;
};

} // namespace tafel::screensession
