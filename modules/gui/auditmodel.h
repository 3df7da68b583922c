#pragma once

#include "store/repositories.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tafel::gui {

// The audit log (newest first): when, who, what, which object, before -> after.
class AuditModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { When, Who, Action, Target, Change, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit AuditModel(QObject *parent = nullptr);

    // `targetNames` maps ids (rooms, devices, users) to names, so the table says "Raum 204", not a UUID.
    void setEntries(QList<store::AuditEntry> entries, QHash<QString, QString> targetNames = {});
    const QList<store::AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::AuditEntry> m_entries;
    QHash<QString, QString> m_targetNames;
};

} // namespace tafel::gui
