#include "core/clock.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <limits>

namespace tafel::store {

using detail::exec;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Status AuditLog::append(AuditEntry entry)
{
    if (entry.action.trimmed().isEmpty() || entry.actor.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("tafel::store", "An audit entry needs an actor and an action."));
    if (!entry.at.isValid())
        entry.at = Clock::system().now();
    auto q = exec(m_db.connection(),
                  QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, target, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)"),
                  {entry.at.toMSecsSinceEpoch(), entry.actor, entry.action, entry.target, compact(entry.before), compact(entry.after)});
    if (!q)
        return q.error();
    return {};
}

Status AuditLog::record(const QString &actor, const QString &action, const QString &target, const QJsonObject &before,
                        const QJsonObject &after)
{
    return append(AuditEntry{0, {}, actor, action, target, before, after});
}

Result<QList<AuditEntry>> AuditLog::list(const QDateTime &since, int limit) const
{
    const qint64 sinceMs = since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    auto q = exec(m_db.connection(),
                  QStringLiteral("SELECT id, at_ms, actor, action, target, before_json, after_json FROM audit_log "
                                 "WHERE at_ms >= ? ORDER BY at_ms DESC, id DESC LIMIT ?"),
                  {sinceMs, qMax(0, limit)});
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.target = q->value(4).toString();
        e.before = parse(q->value(5).toString());
        e.after = parse(q->value(6).toString());
        entries.append(e);
    }
    return entries;
}

} // namespace tafel::store
