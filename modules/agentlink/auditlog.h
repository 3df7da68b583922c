#pragma once

#include <QFile>
#include <QString>

namespace tafel::agentlink {

// Append-only audit trail of the agent's LAN protocol: <DataDir>/audit.jsonl, one JSON object per line:
//
//   {"time":"2026-11-26T15:02:11.532Z","peer":"10.0.4.17:51234","key":"3f9a0c...","role":"teacher",
//    "command":"config.get","outcome":"refused","reason":"forbidden","detail":"..."}
//
// "outcome" is "refused" (unauthenticated, unknown key, wrong role, replay, malformed or oversized frame,
// timeout) or "ok" (admin commands that change something). Fields that are unknown at that point are empty.
// tafel-agent itself stores its audit in agent.db (ServerSettings::auditSink); this file is optional.
class AuditLog final {
    Q_DISABLE_COPY_MOVE(AuditLog)
public:
    explicit AuditLog(const QString &path);
    ~AuditLog();

    struct Entry {
        QString peer;
        QString keyId;
        QString role;
        QString command;
        QString outcome;
        QString reason;
        QString detail;
    };
    void append(const Entry &entry);
    QString path() const { return m_file.fileName(); }

private:
    QFile m_file;
};

} // namespace tafel::agentlink
