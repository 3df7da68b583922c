#pragma once

#include "core/result.h"
#include "crypto/password.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
#include <QTableWidget>

namespace tafel::store {
class Database;
}

namespace tafel::gui {

// Settings, "Users and roles": teacher accounts (add, remove, set password; a teacher account unlocks nothing in
// the admin view, only the admin password does) and a read-only table of who may do what — the agents'
// permission table (agentlink) and the admin view's own gates. Every change is written to the audit log.
class UsersPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPanel)
public:
    explicit UsersPanel(store::Database &db, crypto::ScryptParams params = {}, QWidget *parent = nullptr);

    void reload();
    Status addTeacher(const QString &name, const QString &password, const QString &repeat);
    Status setTeacherPassword(const QString &name, const QString &password, const QString &repeat);
    Status removeTeacher(const QString &name);

    QStandardItemModel *userModel() const { return m_users; }
    QTableWidget *permissionTable() const { return m_permissions; }

Q_SIGNALS:
    void changed();

private:
    void showMessage(const QString &text, bool error);
    void fillPermissions();

    store::Database &m_db;
    crypto::ScryptParams m_params;
    QStandardItemModel *m_users = nullptr;
    QPointer<QTableView> m_userTable;
    QPointer<QTableWidget> m_permissions;
    QPointer<QLineEdit> m_name;
    QPointer<QLineEdit> m_password;
    QPointer<QLineEdit> m_repeat;
    QPointer<QLabel> m_message;
};

} // namespace tafel::gui
