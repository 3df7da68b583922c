#pragma once

#include "core/result.h"
#include "crypto/secretbox.h"

#include <QString>

namespace tafel::store {

class Database;

// Device secrets (PJLink passwords, MDC PINs), encrypted at rest with crypto::SecretBox. A device row holds
// only a reference (credential id); the GUI never shows a stored secret again.
class CredentialRepository final {
public:
    CredentialRepository(Database &db, crypto::SecretBox box) : m_db(db), m_box(std::move(box)) {}

    // The key file that belongs to a database: "<dir>/<name>.secrets.key", created (0600) on first use.
    static QString keyFilePathFor(const Database &db);
    // Opens the repository with the database's own key file.
    static Result<CredentialRepository> forDatabase(Database &db);

    // Stores `secret` under `ref` (a new id when empty) and returns the reference.
    Result<QString> put(const QString &secret, const QString &ref = {});
    // NotFound when there is no such reference; Corrupt when it does not decrypt (key file replaced).
    Result<QString> get(const QString &ref) const;
    Status remove(const QString &ref);

private:
    Database &m_db;
    crypto::SecretBox m_box;
};

} // namespace tafel::store
