#include "gui/roomagents.h"
#include "gui/logging.h"

#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/pinfile.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QTimer>

namespace tafel::gui {

RoomAgents::RoomAgents(store::Database &db, RoomAgentsOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
    , m_refresh(new QTimer(this))
{
    if (m_options.pinFile.isEmpty())
        m_options.pinFile = agentlink::PinFile::nextToDatabase(m_db.path()).path();
    m_refresh->setInterval(qMax(1000, m_options.refreshMs));
    connect(m_refresh, &QTimer::timeout, this, &RoomAgents::refresh);
}

RoomAgents::~RoomAgents() = default;

void RoomAgents::setRoom(const QString &roomId)
{
    ++m_generation; // answers for the previous room are dropped
    for (const auto &c : std::as_const(m_clients)) {
        if (c)
            c->deleteLater();
    }
    m_clients.clear();
    m_agents.clear();
    m_macs.clear();
    m_roomId = roomId;
    if (!roomId.isEmpty()) {
        auto devices = store::DeviceRepository(m_db).list(roomId);
        if (devices) {
            for (const Device &d : std::as_const(devices.value())) {
                if (!d.mac.isEmpty())
                    m_macs.append(d.mac);
                if (!d.runsAgent())
                    continue;
                RoomAgent a;
                a.deviceId = d.id;
                a.name = d.name;
                a.host = d.host;
                a.port = d.port ? d.port : agentlink::kDefaultAgentPort;
                m_agents.append(a);
            }
        } else {
            qCWarning(lcGui).noquote() << "agents of room" << roomId << ":" << devices.errorString();
        }
    }
    Q_EMIT agentsChanged();
    if (m_agents.isEmpty()) {
        m_refresh->stop();
        return;
    }
    refresh();
    m_refresh->start();
}

QString RoomAgents::nameOf(const QString &deviceId) const
{
    for (const RoomAgent &a : m_agents) {
        if (a.deviceId == deviceId)
            return a.name;
    }
    return {};
}

void RoomAgents::update(const QString &deviceId, const std::function<void(RoomAgent &)> &change)
{
    for (RoomAgent &a : m_agents) {
        if (a.deviceId == deviceId) {
            change(a);
            Q_EMIT agentsChanged();
            return;
        }
    }
}

agentlink::AgentClient *RoomAgents::clientFor(int index, Error *why)
{
    RoomAgent &a = m_agents[index];
    if (auto c = m_clients.value(a.deviceId); c && c->state() != agentlink::AgentClient::State::Disconnected)
        return c;
    if (auto old = m_clients.take(a.deviceId))
        old->deleteLater();
    if (m_options.keyFile.isEmpty()) {
        a.state = RoomAgent::State::NoKey;
        *why = Error::make(ErrorCode::AuthFailed, tr("This PC has no teacher key for the room's agents yet. An admin sets it under Admin → Agents & keys."));
        return nullptr;
    }
    auto creds = agentlink::ClientCredentials::fromKeyFile(m_options.keyFile);
    if (!creds) {
        a.state = RoomAgent::State::NoKey;
        *why = Error::make(ErrorCode::AuthFailed, tr("The teacher key %1 cannot be read: %2").arg(m_options.keyFile, creds.errorString()));
        return nullptr;
    }
    auto pins = agentlink::PinFile(m_options.pinFile).load();
    const QString key = agentlink::PinFile::key(a.host, a.port);
    if (!pins || !pins->contains(key)) {
        a.state = RoomAgent::State::NotEnrolled;
        *why = Error::make(ErrorCode::AuthFailed, tr("%1 (%2) is not enrolled on this PC. An admin runs: tafelctl agent enroll %2").arg(a.name, key));
        return nullptr;
    }
    auto *client = new agentlink::AgentClient(this);
    client->setCredentials(*creds);
    client->setPinnedFingerprint(pins->value(key));
    client->setHandshakeTimeout(5000);
    client->setCallTimeout(15000);
    client->setKeepAliveInterval(30'000);
    client->connectToAgent(a.host, a.port);
    m_clients.insert(a.deviceId, client);
    return client;
}

void RoomAgents::send(const QString &deviceId, const QString &command, const QCborMap &args, Callback done)
{
    int index = -1;
    for (int i = 0; i < m_agents.size(); ++i) {
        if (m_agents.at(i).deviceId == deviceId)
            index = i;
    }
    if (index < 0) {
        QTimer::singleShot(0, this, [done] { done(Error::make(ErrorCode::NotFound, tr("This agent is not in the room any more."))); });
        return;
    }
    Error why;
    agentlink::AgentClient *client = clientFor(index, &why);
    if (!client) {
        const QString reason = why.message;
        update(deviceId, [reason](RoomAgent &a) { a.error = reason; });
        QTimer::singleShot(0, this, [done, why] { done(why); });
        return;
    }
    const quint64 generation = m_generation;
    QPointer<agentlink::AgentClient> guard(client);
    client->call(command, args, [this, generation, deviceId, done, guard](Result<QCborMap> r) {
        // A command that failed on a reachable agent (no screen helper, a refused argument) keeps it online;
        // a broken connection marks it offline with the reason.
        const bool connected = guard && guard->state() == agentlink::AgentClient::State::Connected;
        if (generation == m_generation && !r && !connected) {
            const QString reason = r.errorString();
            update(deviceId, [reason](RoomAgent &a) {
                a.state = RoomAgent::State::Offline;
                a.error = reason;
            });
        }
        done(r);
    });
}

void RoomAgents::refresh()
{
    for (const RoomAgent &a : std::as_const(m_agents)) {
        const quint64 generation = m_generation;
        const QString id = a.deviceId;
        send(id, QStringLiteral("status"), {}, [this, generation, id](const Result<QCborMap> &r) {
            if (generation != m_generation)
                return;
            update(id, [&r](RoomAgent &agent) {
                if (r) {
                    agent.state = RoomAgent::State::Online;
                    agent.version = r->value(QStringLiteral("version")).toString();
                    agent.screenSession = r->value(QStringLiteral("screen")).toMap().value(QStringLiteral("session")).toBool();
                    agent.error.clear();
                } else if (agent.state != RoomAgent::State::NotEnrolled && agent.state != RoomAgent::State::NoKey) {
                    agent.state = RoomAgent::State::Offline;
                    agent.error = r.errorString();
                }
            });
        });
    }
}

QString RoomAgents::displayAgent() const
{
    QString firstOnline;
    for (const RoomAgent &a : m_agents) {
        if (a.state == RoomAgent::State::Online && a.screenSession)
            return a.deviceId;
        if (a.state == RoomAgent::State::Online && firstOnline.isEmpty())
            firstOnline = a.deviceId;
    }
    return firstOnline.isEmpty() && !m_agents.isEmpty() ? m_agents.constFirst().deviceId : firstOnline;
}

QStringList RoomAgents::wakeTargets() const
{
    return m_macs;
}

} // namespace tafel::gui
