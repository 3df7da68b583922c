#pragma once

#include "schedules/schedule.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace tafel {
class Clock;
}
namespace tafel::store {
class Database;
}

namespace tafel::gui {

class ScheduleModel;

// Admin page "Schedules": every stored schedule in a sortable table (room or whole school, time, days, action,
// enabled, next run) and a form to add or edit one, with validation next to the fields. Deleting asks first.
// Every change is written to the audit log (actor "admin") and announced with schedulesChanged(), so the
// schedule runner reloads.
class SchedulesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesPage)
public:
    SchedulesPage(store::Database &db, const Clock &clock, QWidget *parent = nullptr);

    void reload();
    ScheduleModel *model() const { return m_model; }

    // Opens the form for a new entry, or for the entry with `id`.
    void startAdd();
    bool startEdit(const QString &id);
    // Asks for confirmation (inline) before deleting the selected entry.
    void requestDelete();

Q_SIGNALS:
    void schedulesChanged();

private:
    QWidget *makeList();
    QWidget *makeForm();
    void save();
    void cancelForm();
    void updateButtons();
    void setActionKind(schedules::Action action);
    QString selectedId() const;
    void showError(QLabel *label, const QString &text);

    store::Database &m_db;
    const Clock &m_clock;
    ScheduleModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPointer<QStackedWidget> m_stack;
    QPointer<QTableView> m_table;
    QPointer<QPushButton> m_add;
    QPointer<QPushButton> m_edit;
    QPointer<QPushButton> m_delete;
    QPointer<QWidget> m_confirm;
    QPointer<QLabel> m_confirmText;
    QPointer<QLabel> m_status;
    QString m_pendingDelete;

    // form
    QPointer<QLabel> m_formTitle;
    QPointer<QComboBox> m_room;
    QPointer<QLineEdit> m_time;
    QPointer<QLabel> m_timeError;
    QList<QPointer<QPushButton>> m_days;
    QPointer<QLabel> m_daysError;
    QButtonGroup *m_actionGroup = nullptr;
    QPointer<QLineEdit> m_input;
    QPointer<QLabel> m_inputError;
    QPointer<QLineEdit> m_label;
    QPointer<QCheckBox> m_enabled;
    QPointer<QLabel> m_formError;
    QString m_editingId; // empty: a new entry
};

} // namespace tafel::gui
