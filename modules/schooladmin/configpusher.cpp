#include "schooladmin/configpusher.h"

#include "agentlink/pinfile.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QDebug>
#include <QJsonArray>
#include <QTimer>

namespace tafel::schooladmin {

ConfigPusher::ConfigPusher(store::Database &db, QString actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(std::move(actor))
{
}

ConfigPusher::~ConfigPusher() = default;

Result<qint64> ConfigPusher::start(const QList<AgentTarget> &targets, const QString &adminKeyFile, const QString &scope)
{
    if (m_pending > 0)
        return Error::make(ErrorCode::Locked, tr("A configuration push is still running."));
    if (targets.isEmpty())
        return Error::make(ErrorCode::NotFound, tr("No agents to push to: mark the room PCs that run tafel-agent in Rooms & devices."));
    if (adminKeyFile.isEmpty())
        return Error::make(
            ErrorCode::InvalidInput, tr("An admin key is needed to push the configuration (create one with 'tafelctl keys create --role admin')."));
    auto creds = agentlink::ClientCredentials::fromKeyFile(adminKeyFile);
    if (!creds)
        return creds.error();
    auto pins = agentlink::PinFile::nextToDatabase(m_db.path()).load();
    if (!pins)
        return pins.error();

    // One document per room, built before anything is sent.
    SchoolAdmin admin(m_db, m_actor);
    QHash<QString, QCborMap> configs;
    for (const AgentTarget &t : targets) {
        if (configs.contains(t.roomId))
            continue;
        auto room = store::RoomRepository(m_db).get(t.roomId);
        if (!room)
            return room.error();
        auto config = admin.roomConfig(*room);
        if (!config)
            return config.error();
        configs.insert(t.roomId, *config);
    }
    if (m_versionOverride > 0) {
        m_version = m_versionOverride;
    } else {
        auto version = store::ConfigPushLog(m_db).allocate(m_actor, scope);
        if (!version)
            return version.error();
        m_version = *version;
    }
    m_scope = scope;
    m_results.clear();
    m_clients.clear();
    m_pending = 0;
    for (const AgentTarget &t : targets) {
        PushResult r;
        r.target = t;
        r.version = m_version;
        m_results.append(r);
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const AgentTarget &t = targets.at(i);
        ++m_pending;
        if (!pins->contains(t.hostPort)) {
            QTimer::singleShot(0, this, [this, i, t] {
                done(i,
                    Error::make(ErrorCode::AuthFailed,
                        tr("%1 is not enrolled: enroll it on Agents & keys (or 'tafelctl agent enroll %1').").arg(t.hostPort)));
            });
            continue;
        }
        auto client = std::make_unique<agentlink::AgentClient>();
        client->setCredentials(*creds);
        client->setPinnedFingerprint(pins->value(t.hostPort));
        client->setCallTimeout(m_timeoutMs);
        client->setHandshakeTimeout(qMin(m_timeoutMs, 10'000));
        client->connectToAgent(t.host, t.port);
        client->call(QStringLiteral("config.push"),
            QCborMap { { QStringLiteral("version"), m_version }, { QStringLiteral("config"), configs.value(t.roomId) } },
            [this, i](Result<QCborMap> r) { done(i, std::move(r)); });
        m_clients.push_back(std::move(client));
    }
    return m_version;
}

void ConfigPusher::done(qsizetype index, Result<QCborMap> r)
{
    PushResult &res = m_results[index];
    if (r) {
        res.ok = true;
        res.unchanged = r->value(QStringLiteral("unchanged")).toBool();
        res.previous = r->value(QStringLiteral("previous")).toInteger();
        if (Status st = store::AgentStateRepository(m_db).recordConfig(res.target.hostPort, res.version, QDateTime::currentDateTimeUtc()); !st)
            res.error = st.errorString();
    } else {
        res.error = r.errorString();
    }
    Q_EMIT agentFinished(res);
    if (--m_pending > 0)
        return;
    // Everyone answered: one audit entry for the push with each agent's outcome.
    QJsonArray agents;
    for (const PushResult &p : std::as_const(m_results)) {
        QJsonObject o { { QStringLiteral("agent"), p.target.hostPort }, { QStringLiteral("room"), p.target.roomName },
            { QStringLiteral("ok"), p.ok } };
        if (p.ok)
            o.insert(QStringLiteral("previous"), p.previous);
        else
            o.insert(QStringLiteral("error"), p.error);
        agents.append(o);
    }
    if (Status st = SchoolAdmin(m_db, m_actor)
                        .audit(QStringLiteral("config.push"), m_scope, {},
                            { { QStringLiteral("version"), m_version }, { QStringLiteral("scope"), m_scope }, { QStringLiteral("agents"), agents } });
        !st)
        qWarning().noquote() << "config push: cannot write the audit entry:" << st.errorString();
    // The clients may be inside their callback: release them on the next turn of the loop.
    for (auto &c : m_clients) {
        agentlink::AgentClient *client = c.release();
        client->setParent(this);
        client->deleteLater();
    }
    m_clients.clear();
    Q_EMIT finished(m_results);
}

} // namespace tafel::schooladmin
