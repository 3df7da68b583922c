#pragma once

#include "agentlink/agentclient.h"
#include "schooladmin/schooladmin.h"

#include <QCborMap>
#include <QList>
#include <QMap>
#include <QObject>

#include <memory>
#include <vector>

namespace tafel::schooladmin {

struct PushResult {
    AgentTarget target;
    bool ok = false;
    bool unchanged = false; // the agent had this version with this content already
    qint64 version = 0;
    qint64 previous = 0; // the agent's version before
    QString error; // "stale-version: …", "unknown-key", unreachable, not enrolled
};

// Pushes the school's configuration to room agents (config.push over the admin key's agentlink connection), all
// in parallel on the event loop. start() allocates the next version (store::ConfigPushLog), builds each room's
// document once and calls every agent; agentFinished() per agent, finished() once with all results, after the
// results were recorded (agent_state.config_version) and audited (config.push with the per-agent outcome).
class ConfigPusher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPusher)
public:
    ConfigPusher(store::Database &db, QString actor, QObject *parent = nullptr);
    ~ConfigPusher() override;

    void setCallTimeout(int ms) { m_timeoutMs = ms; }
    // Tests: push this version instead of a new one (to check that agents refuse older versions).
    void setVersionOverride(qint64 version) { m_versionOverride = version; }

    // Returns an error (nothing was sent) when the key cannot be read, there are no agents, or the database
    // fails; otherwise the version being pushed. `scope` is "all rooms" or the room's name (audit, push log).
    Result<qint64> start(const QList<AgentTarget> &targets, const QString &adminKeyFile, const QString &scope);

    const QList<PushResult> &results() const { return m_results; }

Q_SIGNALS:
    void agentFinished(const tafel::schooladmin::PushResult &result);
    void finished(const QList<tafel::schooladmin::PushResult> &results);

private:
    void done(qsizetype index, Result<QCborMap> r);

    store::Database &m_db;
    QString m_actor;
    QString m_scope;
    int m_timeoutMs = 20'000;
    qint64 m_versionOverride = 0;
    qint64 m_version = 0;
    int m_pending = 0;
    QList<PushResult> m_results;
    std::vector<std::unique_ptr<agentlink::AgentClient>> m_clients;
};

} // namespace tafel::schooladmin
