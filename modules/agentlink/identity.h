#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace tafel::agentlink {

// The agent's own TLS identity in its data dir: agent-key.pem (Ed25519, PKCS#8, mode 0600) and agent-cert.pem
// (self-signed, 10 years). Both are created on first start; a certificate that does not belong to the key is
// replaced. Clients pin the certificate's SHA-256 fingerprint, so it must stay stable: back up both files when
// reinstalling a PC, or re-enroll it.
struct AgentIdentity {
    Q_DECLARE_TR_FUNCTIONS(tafel::agentlink::AgentIdentity)
public:
    QSslCertificate certificate;
    QSslKey key;
    QString fingerprint;
    QString keyPath;
    QString certificatePath;

    static Result<AgentIdentity> loadOrCreate(const QString &dataDir, const QString &commonName);
};

} // namespace tafel::agentlink
