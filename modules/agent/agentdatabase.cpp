#include "agent/agentdatabase.h"
#include "agent/logging.h"

#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace tafel::agent {

AgentDatabase::AgentDatabase(std::unique_ptr<store::Database> db)
    : m_db(std::move(db))
{
}

AgentDatabase::~AgentDatabase() = default;

Result<std::unique_ptr<AgentDatabase>> AgentDatabase::open(const QString &dataDir)
{
    store::OpenOptions options;
    options.schema = store::Schema::Agent;
    auto db = store::Database::open(QDir(dataDir).filePath(fileName()), options);
    if (!db)
        return db.error();
    return std::unique_ptr<AgentDatabase>(new AgentDatabase(std::move(db).value()));
}

Status AgentDatabase::appendAudit(const agentlink::AuditLog::Entry &e)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO agent_audit (at_ms, peer, key_id, role, command, outcome, reason, detail)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    // Empty strings, not NULL (the columns are NOT NULL DEFAULT '').
    for (const QString *v : {&e.peer, &e.keyId, &e.role, &e.command, &e.outcome, &e.reason, &e.detail})
        q.addBindValue(v->isNull() ? QStringLiteral("") : v->left(2000));
    if (!q.exec())
        return Error::make(ErrorCode::Io, QStringLiteral("agent_audit: %1").arg(q.lastError().text()));
    // Bounded: a stream of refused strangers must not fill the disk. Keep the newest kMaxAuditRows.
    if (++m_appendsSincePrune >= 1000) {
        m_appendsSincePrune = 0;
        QSqlQuery prune(m_db->connection());
        if (!prune.exec(QStringLiteral("DELETE FROM agent_audit WHERE id <= (SELECT MAX(id) FROM agent_audit) - %1").arg(kMaxAuditRows)))
            qCWarning(lcAgent).noquote() << "pruning agent_audit failed:" << prune.lastError().text();
    }
    return {};
}

qint64 AgentDatabase::auditCount()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM agent_audit")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace tafel::agent
