#pragma once

#include "core/result.h"
#include "crypto/password.h"

#include <QCoreApplication>
#include <QString>

namespace tafel::store {
class Database;
}

namespace tafel::gui {

// The admin password behind the Admin button. The password lives only as an scrypt hash of the user "admin"
// (Role::Admin) in the store; every change is written to the audit log. No widgets here, so tests and the
// password form share one set of rules.
class AdminAuth final {
    Q_DECLARE_TR_FUNCTIONS(tafel::gui::AdminAuth)
    Q_DISABLE_COPY_MOVE(AdminAuth)
public:
    static constexpr int kMinLength = 8;
    static QString adminUserName();

    // `params` sets the scrypt cost for new hashes (tests use a low cost; verification reads it from the hash).
    explicit AdminAuth(store::Database &db, crypto::ScryptParams params = {});

    // True when no admin account exists yet: the Admin button then asks to set the password.
    Result<bool> needsSetup() const;

    // Rules for a new password; an empty string means acceptable. `repeat` must match.
    static QString validateNewPassword(const QString &password, const QString &repeat);

    // First start: creates the admin account with this password (fails if one exists already).
    Status setInitialPassword(const QString &password, const QString &repeat);
    // Unattended installs: when no admin account exists yet and `hashFile` (written by `tafelctl provision apply`,
    // /etc/tafel/admin-password) holds an scrypt hash, that hash becomes the admin password. Ok(true) when it was
    // adopted, Ok(false) when there was nothing to do (an admin exists, or no file). A file that does not hold
    // an scrypt hash is an error and changes nothing.
    Result<bool> adoptProvisionedHash(const QString &hashFile);
    // Ok(true) when `password` opens the admin view.
    Result<bool> verify(const QString &password) const;
    // Checks `current`, then stores the hash of `password`.
    Status changePassword(const QString &current, const QString &password, const QString &repeat);
    crypto::ScryptParams scryptParams() const { return m_params; }

private:
    store::Database &m_db;
    crypto::ScryptParams m_params;
};

} // namespace tafel::gui
