#include "store/credentials.h"

#include "core/clock.h"
#include "core/domain.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tafel::store {

using detail::exec;

QString CredentialRepository::keyFilePathFor(const Database &db)
{
    const QFileInfo fi(db.path());
    return fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".secrets.key");
}

Result<CredentialRepository> CredentialRepository::forDatabase(Database &db)
{
    auto box = crypto::SecretBox::fromKeyFile(keyFilePathFor(db));
    if (!box)
        return box.error();
    return CredentialRepository(db, std::move(box).value());
}

Result<QString> CredentialRepository::put(const QString &secret, const QString &ref)
{
    const QString id = ref.isEmpty() ? newId() : ref;
    auto sealed = m_box.seal(secret.toUtf8(), id.toUtf8());
    if (!sealed)
        return sealed.error();
    auto q = exec(m_db.connection(),
                  QStringLiteral("INSERT INTO credentials (id, secret, updated_ms) VALUES (?, ?, ?) "
                                 "ON CONFLICT(id) DO UPDATE SET secret = excluded.secret, updated_ms = excluded.updated_ms"),
                  {id, *sealed, Clock::system().nowMSecs()});
    if (!q)
        return q.error();
    return id;
}

Result<QString> CredentialRepository::get(const QString &ref) const
{
    auto q = exec(m_db.connection(), QStringLiteral("SELECT secret FROM credentials WHERE id = ?"), {ref});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("tafel::store", "No stored password or PIN with reference '%1'.").arg(ref));
    auto plain = m_box.open(q->value(0).toByteArray(), ref.toUtf8());
    if (!plain)
        return plain.error();
    return QString::fromUtf8(*plain);
}

Status CredentialRepository::remove(const QString &ref)
{
    auto q = exec(m_db.connection(), QStringLiteral("DELETE FROM credentials WHERE id = ?"), {ref});
    if (!q)
        return q.error();
    return {};
}

} // namespace tafel::store
