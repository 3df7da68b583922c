#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace tafel::store {
struct AuditEntry;
}

namespace tafel::gui {

class AuditModel;

// Filters the audit log: free text (any column, also the object's name), action (exact "room.add" or the family
// "room" = room.*), actor, and a time range [from, to) (an invalid end is open).
class AuditFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)
public:
    explicit AuditFilterModel(AuditModel *source, QObject *parent = nullptr);

    // All filters at once: one pass over the log per change.
    void setFilters(const QString &text, const QString &action, const QString &actor, const QDateTime &from, const QDateTime &to);
    // The entries that pass, in the view's order.
    QList<store::AuditEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AuditModel *m_model;
    QString m_text;
    QString m_action;
    QString m_actor;
    QDateTime m_from;
    QDateTime m_to;
};

// The admin view's "Audit log" page: the table with filters (text, action, actor, time range) and export of the
// entries shown as CSV or JSON (a save dialog; store/auditexport.h has the formats, shared with `tafelctl audit`).
class AuditPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    enum class Format { Csv, Json };
    enum Range { AnyTime, Last24Hours, Last7Days, Last30Days, Custom };

    AuditPage(AuditModel *model, QWidget *parent = nullptr);

    AuditFilterModel *filter() const { return m_filter; }
    // Writes the entries shown to `path`; false (and the reason in the page) if the file cannot be written.
    bool exportTo(const QString &path, Format format);
    // Fills the action and actor choices from the model (called when the model was reset).
    void updateChoices();

Q_SIGNALS:
    void exported(const QString &path, int count);

private:
    void applyFilters();
    void exportWithDialog(Format format);

    AuditModel *m_model;
    AuditFilterModel *m_filter;
    QPointer<QTableView> m_table;
    QPointer<QLineEdit> m_text;
    QPointer<QComboBox> m_action;
    QPointer<QComboBox> m_actor;
    QPointer<QComboBox> m_range;
    QPointer<QDateTimeEdit> m_from;
    QPointer<QDateTimeEdit> m_to;
    QPointer<QLabel> m_count;
    QPointer<QLabel> m_result;
};

} // namespace tafel::gui
