#include "gui/adminauth.h"

#include <QFile>
#include "gui/logging.h"

#include "store/database.h"
#include "store/repositories.h"

#include <QJsonObject>

namespace tafel::gui {

QString AdminAuth::adminUserName()
{
    return QStringLiteral("admin");
}

AdminAuth::AdminAuth(store::Database &db, crypto::ScryptParams params) : m_db(db), m_params(params) {}

Result<bool> AdminAuth::needsSetup() const
{
    store::UserRepository users(m_db);
    auto has = users.hasAdmin();
    if (!has)
        return has.error();
    return !has.value();
}

QString AdminAuth::validateNewPassword(const QString &password, const QString &repeat)
{
    if (password.isEmpty())
        return tr("Please enter a password.");
    if (password.size() < kMinLength)
        return tr("At least %n characters, please.", nullptr, kMinLength);
    if (password.trimmed() != password)
        return tr("The password must not start or end with a space.");
    if (password != repeat)
        return tr("The two entries are different. Please type the password again.");
    return {};
}

Result<bool> AdminAuth::adoptProvisionedHash(const QString &hashFile)
{
    QFile f(hashFile);
    if (hashFile.isEmpty() || !f.exists())
        return false;
    auto setup = needsSetup();
    if (!setup)
        return setup.error();
    if (!setup.value())
        return false;
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, tr("Cannot read the provisioned admin password %1: %2").arg(hashFile, f.errorString()));
    const QString hash = QString::fromLatin1(f.read(4096)).trimmed();
    // Only a well-formed scrypt string is taken: verifyPassword parses it and tells a malformed one apart.
    if (!hash.startsWith(QLatin1String("$scrypt$")) || !crypto::verifyPassword(QString(), hash).ok())
        return Error::make(ErrorCode::Corrupt, tr("%1 does not hold an scrypt password hash; the admin password was not set from it.").arg(hashFile));
    Status st = m_db.transaction([&]() -> Status {
        store::User user;
        user.name = adminUserName();
        user.role = store::Role::Admin;
        user.passwordHash = hash;
        auto added = store::UserRepository(m_db).add(user);
        if (!added)
            return added.error();
        store::AuditEntry entry;
        entry.actor = QStringLiteral("provisioning");
        entry.action = QStringLiteral("user.password");
        entry.target = added->id;
        entry.after = QJsonObject{{QStringLiteral("name"), added->name},
                                  {QStringLiteral("role"), store::roleKey(added->role)},
                                  {QStringLiteral("password"), QStringLiteral("provisioned")}};
        return store::AuditLog(m_db).append(entry);
    });
    if (!st)
        return st.error();
    return true;
}

Status AdminAuth::setInitialPassword(const QString &password, const QString &repeat)
{
    if (const QString problem = validateNewPassword(password, repeat); !problem.isEmpty())
        return Error::make(ErrorCode::InvalidInput, problem);
    auto setup = needsSetup();
    if (!setup)
        return setup.error();
    if (!setup.value())
        return Error::make(ErrorCode::AlreadyExists, tr("An admin password has already been set."));

    auto hash = crypto::hashPassword(password, m_params);
    if (!hash)
        return hash.error();

    return m_db.transaction([&]() -> Status {
        store::UserRepository users(m_db);
        store::User user;
        user.name = adminUserName();
        user.role = store::Role::Admin;
        user.passwordHash = hash.value();
        auto added = users.add(user);
        if (!added)
            return added.error();
        store::AuditEntry entry;
        entry.actor = adminUserName();
        entry.action = QStringLiteral("user.password");
        entry.target = added->id;
        entry.after = QJsonObject{{QStringLiteral("name"), added->name},
                                  {QStringLiteral("role"), store::roleKey(added->role)},
                                  {QStringLiteral("password"), QStringLiteral("set")}};
        return store::AuditLog(m_db).append(entry);
    });
}

Result<bool> AdminAuth::verify(const QString &password) const
{
    store::UserRepository users(m_db);
    auto user = users.findByName(adminUserName());
    if (!user)
        return user.error();
    if (!user->has_value() || (*user)->role != store::Role::Admin)
        return Error::make(ErrorCode::NotFound, tr("No admin password has been set yet."));
    return crypto::verifyPassword(password, (*user)->passwordHash);
}

Status AdminAuth::changePassword(const QString &current, const QString &password, const QString &repeat)
{
    auto ok = verify(current);
    if (!ok)
        return ok.error();
    if (!ok.value())
        return Error::make(ErrorCode::AuthFailed, tr("The current password is wrong."));
    if (const QString problem = validateNewPassword(password, repeat); !problem.isEmpty())
        return Error::make(ErrorCode::InvalidInput, problem);

    auto hash = crypto::hashPassword(password, m_params);
    if (!hash)
        return hash.error();

    return m_db.transaction([&]() -> Status {
        store::UserRepository users(m_db);
        auto user = users.findByName(adminUserName());
        if (!user)
            return user.error();
        if (!user->has_value())
            return Error::make(ErrorCode::NotFound, tr("No admin password has been set yet."));
        if (Status s = users.setPasswordHash((*user)->id, hash.value()); !s)
            return s;
        store::AuditEntry entry;
        entry.actor = adminUserName();
        entry.action = QStringLiteral("user.password");
        entry.target = (*user)->id;
        entry.before = QJsonObject{{QStringLiteral("password"), QStringLiteral("set")}};
        entry.after = QJsonObject{{QStringLiteral("password"), QStringLiteral("changed")}};
        return store::AuditLog(m_db).append(entry);
    });
}

} // namespace tafel::gui
