#include "agentlink/auditlog.h"
#include "agentlink/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace tafel::agentlink {

AuditLog::AuditLog(const QString &path)
    : m_file(path)
{
}

AuditLog::~AuditLog() = default;

void AuditLog::append(const Entry &e)
{
    if (m_file.fileName().isEmpty())
        return;
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcLink).noquote() << "cannot open the audit log" << m_file.fileName() << ':' << m_file.errorString();
        return;
    }
    QJsonObject o;
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("peer"), e.peer);
    o.insert(QStringLiteral("key"), e.keyId);
    o.insert(QStringLiteral("role"), e.role);
    o.insert(QStringLiteral("command"), e.command);
    o.insert(QStringLiteral("outcome"), e.outcome);
    o.insert(QStringLiteral("reason"), e.reason);
    o.insert(QStringLiteral("detail"), e.detail);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush())
        qCWarning(lcLink).noquote() << "writing the audit log" << m_file.fileName() << "failed:" << m_file.errorString();
}

} // namespace tafel::agentlink
