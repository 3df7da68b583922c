#include "core/clock.h"
#include "store/database.h"
#include "store/logging.h"
#include "store/repositories.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tafel::store {

using detail::exec;
using detail::nameKey;

QString roleKey(Role role)
{
    switch (role) {
    case Role::Teacher: return QStringLiteral("teacher");
    case Role::Admin: return QStringLiteral("admin");
    }
    return QStringLiteral("teacher");
}

std::optional<Role> roleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("teacher"))
        return Role::Teacher;
    if (k == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

namespace {

const QString kColumns = QStringLiteral("id, name, role, password_hash, created_ms");

Result<User> fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    const auto role = roleFromKey(q.value(2).toString());
    if (!role)
        return Error::make(ErrorCode::Incompatible,
                           QCoreApplication::translate("tafel::store", "User '%1' has the unknown role '%2'.").arg(u.name, q.value(2).toString()));
    u.role = *role;
    u.passwordHash = q.value(3).toString();
    u.created = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    return u;
}

// Hashes made by crypto::hashPassword() are PHC strings ("$scrypt$..."). Refusing anything else keeps a plain
// password from ever reaching the database by mistake.
Status checkHash(const QString &hash)
{
    if (hash.isEmpty() || (hash.startsWith(QLatin1Char('$')) && hash.count(QLatin1Char('$')) >= 3))
        return {};
    return Error::make(ErrorCode::InvalidInput,
                       QCoreApplication::translate("tafel::store", "Refusing to store a password that is not hashed."));
}

Error userNotFound(const QString &id)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "There is no user '%1'.").arg(id));
}

} // namespace

Result<QList<User>> UserRepository::list() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users ORDER BY name_key"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next()) {
        auto u = fromRow(*q);
        if (!u)
            return u.error();
        users.append(*u);
    }
    return users;
}

Result<std::optional<User>> UserRepository::findByName(const QString &name) const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE name_key = ?"), {nameKey(name)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    auto u = fromRow(*q);
    if (!u)
        return u.error();
    return std::optional<User>(*u);
}

Result<User> UserRepository::add(User user)
{
    user.name = user.name.trimmed();
    if (user.name.isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "A user needs a name."));
    if (auto st = checkHash(user.passwordHash); !st)
        return st.error();
    if (user.id.isEmpty())
        user.id = newId();
    if (!user.created.isValid())
        user.created = Clock::system().now();
    Status st = m_db.transaction([&]() -> Status {
        auto existing = findByName(user.name);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error::make(ErrorCode::AlreadyExists,
                               QCoreApplication::translate("tafel::store", "A user named '%1' already exists.").arg((*existing)->name));
        auto q = exec(m_db.connection(),
                      QStringLiteral("INSERT INTO users (id, name, name_key, role, password_hash, created_ms) VALUES (?, ?, ?, ?, ?, ?)"),
                      {user.id, user.name, nameKey(user.name), roleKey(user.role), user.passwordHash, user.created.toMSecsSinceEpoch()});
        if (!q)
            return q.error();
        return {};
    });
    if (!st)
        return st.error();
    return user;
}

Status UserRepository::setPasswordHash(const QString &userId, const QString &passwordHash)
{
    if (auto st = checkHash(passwordHash); !st)
        return st;
    auto q = exec(m_db.connection(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {passwordHash, userId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return userNotFound(userId);
    return {};
}

Status UserRepository::remove(const QString &id)
{
    auto q = exec(m_db.connection(), QStringLiteral("DELETE FROM users WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return userNotFound(id);
    return {};
}

Result<bool> UserRepository::hasAdmin() const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'admin')"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace tafel::store
