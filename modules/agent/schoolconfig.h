#pragma once

#include "agentlink/agentlinkserver.h"
#include "core/result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::agent {

// The configuration the school's admin pushes to the agent (`config.push {version, config}`, admin role only):
// the room's inventory and schedules and the school's client keys. Stored as <DataDir>/school-config.json
// (atomic rewrite, 0600):
//
//   {"version": 12, "sha256": "<hex of the pushed CBOR config>", "received": "2026-…Z", "fromKey": "3f9a…",
//    "config": {"room": {...}, "devices": [...], "schedules": [...],
//               "trustedKeys": [{"keyId", "role", "publicKey", "comment"}], "revokedKeys": [{"keyId", "publicKey"}]}}
//
// Versions only grow: a push older than the stored version, or of the same version with other content, is
// refused with stale-version (the same version and content again is accepted as "unchanged"). The pushed keys
// are trusted in addition to the hand-kept trusted-keys file and replace the previously pushed set; a revoked key
// is refused even if the file lists it (AgentLinkServer::setManagedTrust).
class SchoolConfig final {
    Q_DECLARE_TR_FUNCTIONS(tafel::agent::SchoolConfig)
public:
    struct Document {
        qint64 version = 0;
        QString sha256;
        QDateTime received;
        QString fromKey;
        QCborMap config;
        QList<agentlink::TrustedKey> trusted;
        QList<crypto::PublicKey> revoked;
    };

    explicit SchoolConfig(QString dataDir);

    QString path() const { return m_path; }
    // Reads the stored document (none yet is fine); a damaged file is an error naming it (the agent does not
    // start: it must not forget revocations).
    Status load();
    const std::optional<Document> &current() const { return m_current; }

    // Validates a push; on success stores it and returns the result map for the client
    // ({version, previous, unchanged, trustedKeys, revokedKeys, devices, schedules}).
    Result<QCborMap> accept(qint64 version, const QCborMap &config, const QString &fromKey);

    // Registers config.push on `server`; applies the stored keys to it now and after every push.
    void attach(agentlink::AgentLinkServer *server);
    // For config.get: {version, sha256, received, devices, schedules, managedKeys, revokedKeys} or {version: 0}.
    QCborMap summary() const;

    // Parses the keys of a config map (exposed for tests).
    static Result<Document> parse(qint64 version, const QCborMap &config);

private:
    void apply();

    QString m_path;
    std::optional<Document> m_current;
    agentlink::AgentLinkServer *m_server = nullptr;
};

} // namespace tafel::agent
