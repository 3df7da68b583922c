#pragma once

#include "core/result.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace tafel::store {
class Database;
}
namespace tafel::agentlink {
class AgentClient;
}

namespace tafel::gui {

struct RoomAgentsOptions {
    QString keyFile;      // the teacher's client key (tafelctl keys create); empty: agents are listed, not reached
    QString pinFile;      // agent-pins (tafelctl agent enroll); empty: "agent-pins" next to the database
    int refreshMs = 15'000; // status poll while the room is shown
};

// One tafel-agent of the room as the teacher view shows it.
struct RoomAgent {
    enum class State { Checking, Online, Offline, NotEnrolled, NoKey };
    QString deviceId;
    QString name;
    QString host;
    quint16 port = 0;
    State state = State::Checking;
    QString version;
    QString error;          // Offline / NotEnrolled / NoKey: what to do
    bool screenSession = false; // a screen helper runs there (a display PC)
};

// The agents of the selected room (devices with has_agent or protocol "agent"): one AgentClient per agent with a
// pinned fingerprint and the teacher key, a status poll for online/offline and version, and commands sent to
// one agent or to all of them at once. Everything is asynchronous; every call answers exactly once.
class RoomAgents final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomAgents)
public:
    using Callback = std::function<void(const Result<QCborMap> &)>;

    RoomAgents(store::Database &db, RoomAgentsOptions options, QObject *parent = nullptr);
    ~RoomAgents() override;

    void setRoom(const QString &roomId);
    QString roomId() const { return m_roomId; }
    QList<RoomAgent> agents() const { return m_agents; }
    void refresh();

    // Sends to one agent (by device id). An agent that is not enrolled or has no key answers at once with the reason.
    void send(const QString &deviceId, const QString &command, const QCborMap &args, Callback done);
    // The agent to play video on: one with a screen session, else the first online one; empty if none.
    QString displayAgent() const;
    // MAC addresses of the room's devices that can be woken (every device with a MAC that is not shown online).
    QStringList wakeTargets() const;
    QString nameOf(const QString &deviceId) const;
    QString keyFile() const { return m_options.keyFile; } // the teacher key ("Send to room" signs with it)
    QString pinFile() const { return m_options.pinFile; }

Q_SIGNALS:
    void agentsChanged();

private:
    agentlink::AgentClient *clientFor(int index, Error *why);
    void update(const QString &deviceId, const std::function<void(RoomAgent &)> &change);

    store::Database &m_db;
    RoomAgentsOptions m_options;
    QString m_roomId;
    QList<RoomAgent> m_agents;
    QStringList m_macs;
    QHash<QString, QPointer<agentlink::AgentClient>> m_clients; // by device id
    QTimer *m_refresh = nullptr;
    quint64 m_generation = 0;
};

} // namespace tafel::gui
