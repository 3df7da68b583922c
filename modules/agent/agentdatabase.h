#pragma once

#include "agentlink/auditlog.h"
#include "core/result.h"

#include <QString>

#include <memory>

namespace tafel::store {
class Database;
}

namespace tafel::agent {

// The agent's own SQLite file, <DataDir>/agent.db: modules/store's Database with the agent schema
// (store::Schema::Agent: WAL journal, synchronous=NORMAL, integrity check at open, its own migration list).
// Holds the audit trail of the LAN protocol (table agent_audit); the agent's history and material index
// will live here too. One connection, on the agent's thread.
class AgentDatabase final {
    Q_DISABLE_COPY_MOVE(AgentDatabase)
public:
    static QString fileName() { return QStringLiteral("agent.db"); }
    static constexpr qint64 kMaxAuditRows = 200'000; // older rows are pruned (checked every 1000 appends)

    // Opens (creating and migrating) DIR/agent.db. A damaged file is moved aside by the store and the error
    // says where; the agent then refuses to start rather than run without its audit trail.
    static Result<std::unique_ptr<AgentDatabase>> open(const QString &dataDir);
    ~AgentDatabase();

    // One row per entry, committed at once (WAL: a crash loses at most the entry being written).
    Status appendAudit(const agentlink::AuditLog::Entry &entry);
    qint64 auditCount();

    store::Database &database() { return *m_db; }

private:
    explicit AgentDatabase(std::unique_ptr<store::Database> db);
    std::unique_ptr<store::Database> m_db;
    int m_appendsSincePrune = 0;
};

} // namespace tafel::agent
