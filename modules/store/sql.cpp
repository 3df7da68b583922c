#include "store/sql.h"
#include "store/logging.h"

#include <QCoreApplication>

namespace tafel::store::detail {

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error toError(const QSqlError &error, const QString &path)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString file = path.isEmpty() ? QCoreApplication::translate("tafel::store", "the database") : path;
    switch (sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return Error::make(ErrorCode::Locked,
                           QCoreApplication::translate("tafel::store",
                                                       "The database %1 is locked by another program (another Tafel or tafelctl "
                                                       "is using it). Try again in a moment.")
                               .arg(file));
    case SqliteReadOnly:
    case SqlitePerm:
    case SqliteCantOpen:
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("tafel::store",
                                                       "Cannot open %1 for writing (%2). Check that the file and its folder "
                                                       "exist and are writable.")
                               .arg(file, detail));
    case SqliteIoErr:
    case SqliteFull:
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("tafel::store", "Reading or writing %1 failed (%2). Is the disk full?")
                               .arg(file, detail));
    case SqliteCorrupt:
    case SqliteNotADb:
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("tafel::store", "The database %1 is damaged (%2).").arg(file, detail));
    case SqliteConstraint:
        if (!detail.contains(QLatin1String("UNIQUE")))
            return Error::make(ErrorCode::InvalidInput,
                               QCoreApplication::translate("tafel::store", "The change was refused by the database (%1).").arg(detail));
        return Error::make(ErrorCode::AlreadyExists,
                           QCoreApplication::translate("tafel::store", "The change conflicts with existing data (%1).").arg(detail));
    default:
        return Error::make(ErrorCode::Failed,
                           QCoreApplication::translate("tafel::store", "Database error in %1: %2").arg(file, detail));
    }
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << sql << q.lastError().text();
        return toError(q.lastError(), db.databaseName());
    }
    // A null QString binds as SQL NULL in QSQLITE; only an invalid QVariant is meant as NULL here.
    for (const QVariant &v : binds)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    if (!q.exec()) {
        qCDebug(lcStore) << "exec failed:" << sql << q.lastError().text();
        return toError(q.lastError(), db.databaseName());
    }
    return q;
}

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace tafel::store::detail
