#pragma once

#include "agentlink/permissions.h"
#include "core/result.h"
#include "crypto/keys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tafel::agentlink {

struct TrustedKey {
    crypto::PublicKey key;
    Role role = Role::Teacher;
    QString comment;
};

// The agent's list of client keys it accepts, each with a role. A plain text file (default
// <DataDir>/trusted-keys, or [Trust] KeysFile in the agent config), one key per line, like authorized_keys:
//
//   # role     Ed25519 public key (base64 of the 32 raw bytes)     comment (optional, free text)
//   teacher    q3n8yVtQ0v1kq8QeQ3y0wH0Hh2i+P0N9u0V3k1h0Yx8=        Frau Demir, Raum 204
//   admin      4M9b2mG1...=                                         IT-Service
//
// Blank lines and lines starting with '#' are ignored; anything else that does not parse makes the whole file an
// error naming the line (a typo must not silently drop a key). `tafelctl keys create` writes the matching line
// into <name>.pub, so deploying a key is appending that line (installer, config management) — the agent
// re-reads the file when it changes, no restart needed.
class TrustStore final {
    Q_DECLARE_TR_FUNCTIONS(tafel::agentlink::TrustStore)
public:
    static Result<TrustStore> parse(const QByteArray &text, const QString &fileName);
    // A missing file is an empty store (every client is refused); an unreadable or malformed one an error.
    static Result<TrustStore> load(const QString &path);

    static QString formatLine(Role role, const crypto::PublicKey &key, const QString &comment);

    std::optional<TrustedKey> find(const crypto::PublicKey &key) const;
    qsizetype size() const { return m_keys.size(); }
    const QList<TrustedKey> &keys() const { return m_keys; }

private:
    QList<TrustedKey> m_keys;
};

} // namespace tafel::agentlink
