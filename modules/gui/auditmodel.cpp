#include "gui/auditmodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace tafel::gui {

namespace {
QString compact(const QJsonObject &o)
{
    if (o.isEmpty())
        return QStringLiteral("–");
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setEntries(QList<store::AuditEntry> entries, QHash<QString, QString> targetNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_targetNames = std::move(targetNames);
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const store::AuditEntry &e = m_entries.at(index.row());
    if (role == SortRole) {
        if (index.column() == When)
            return e.at;
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Who: return e.actor;
    case Action: return e.action;
    case Target: {
        const QString name = m_targetNames.value(e.target);
        if (name.isEmpty())
            return e.target;
        return role == Qt::ToolTipRole ? QStringLiteral("%1 (%2)").arg(name, e.target) : name;
    }
    case Change: return QStringLiteral("%1 → %2").arg(compact(e.before), compact(e.after));
    default: break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Action: return tr("Action");
    case Target: return tr("Object");
    case Change: return tr("Change");
    default: break;
    }
    return {};
}

} // namespace tafel::gui
