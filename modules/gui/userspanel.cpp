#include "gui/userspanel.h"

#include "agentlink/permissions.h"
#include "gui/adminauth.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tafel::gui {

namespace {
Status audit(store::Database &db, const QString &action, const QString &target, const QJsonObject &before, const QJsonObject &after)
{
    return store::AuditLog(db).record(AdminAuth::adminUserName(), action, target, before, after);
}

QJsonObject userJson(const store::User &u)
{
    return { { QStringLiteral("name"), u.name }, { QStringLiteral("role"), store::roleKey(u.role) } };
}
} // namespace

UsersPanel::UsersPanel(store::Database &db, crypto::ScryptParams params, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_params(params)
{
    setObjectName(QStringLiteral("usersPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Users and roles"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Teacher accounts are for the teachers' own sign-in; they never open the admin view — only the admin "
                               "password does. What a key may do on the agents depends on its role (see the table)."),
        this);
    hint->setObjectName(QStringLiteral("pageHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_users = new QStandardItemModel(0, 3, this);
    m_users->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("Created") });
    m_userTable = new QTableView(this);
    m_userTable->setObjectName(QStringLiteral("usersTable"));
    m_userTable->setAccessibleName(tr("User accounts"));
    m_userTable->setModel(m_users);
    m_userTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_userTable->verticalHeader()->hide();
    m_userTable->horizontalHeader()->setStretchLastSection(true);
    m_userTable->setMinimumHeight(140);
    layout->addWidget(m_userTable);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teacherName"));
    m_name->setAccessibleName(tr("Teacher's name"));
    m_name->setPlaceholderText(tr("Name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teacherPassword"));
    m_password->setAccessibleName(tr("Teacher's password"));
    m_password->setPlaceholderText(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("teacherRepeat"));
    m_repeat->setAccessibleName(tr("Repeat the teacher's password"));
    m_repeat->setPlaceholderText(tr("Repeat the password"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addWidget(m_name, 0, 0);
    form->addWidget(m_password, 0, 1);
    form->addWidget(m_repeat, 0, 2);
    auto *add = new QPushButton(tr("Add teacher"), this);
    add->setObjectName(QStringLiteral("teacherAdd"));
    auto *setPassword = new QPushButton(tr("Set password"), this);
    setPassword->setObjectName(QStringLiteral("teacherSetPassword"));
    setPassword->setAccessibleName(tr("Set the password of the teacher named in the name field"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("teacherRemove"));
    remove->setProperty("role", QStringLiteral("danger"));
    remove->setAccessibleName(tr("Remove the selected teacher account"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(add);
    buttons->addWidget(setPassword);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    form->addLayout(buttons, 1, 0, 1, 3);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *permTitle = new QLabel(tr("Who may do what"), this);
    permTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(permTitle);
    m_permissions = new QTableWidget(this);
    m_permissions->setObjectName(QStringLiteral("permissionsTable"));
    m_permissions->setAccessibleName(tr("Permissions of the roles"));
    m_permissions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_permissions->verticalHeader()->hide();
    m_permissions->setMinimumHeight(400);
    layout->addWidget(m_permissions);
    fillPermissions();

    connect(add, &QPushButton::clicked, this, [this] {
        if (Status st = addTeacher(m_name->text(), m_password->text(), m_repeat->text()); !st)
            showMessage(st.errorString(), true);
    });
    connect(setPassword, &QPushButton::clicked, this, [this] {
        if (Status st = setTeacherPassword(m_name->text(), m_password->text(), m_repeat->text()); !st)
            showMessage(st.errorString(), true);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_userTable->currentIndex();
        const QString name = i.isValid() ? m_users->item(i.row(), 0)->text() : m_name->text();
        if (Status st = removeTeacher(name); !st)
            showMessage(st.errorString(), true);
    });
    reload();
}

void UsersPanel::fillPermissions()
{
    struct Row {
        QString action;
        bool teacher;
        bool admin;
    };
    // The admin view's own gates first, then the agents' commands from agentlink's permission table.
    QList<Row> rows { { tr("Teacher view: displays, messages, video, room health"), true, true },
        { tr("Open the admin view (admin password)"), false, true }, { tr("Edit rooms, devices, schedules and settings"), false, true },
        { tr("Create and revoke keys, enroll agents, push the configuration"), false, true } };
    for (const QString &command : agentlink::knownCommands())
        rows.append({ tr("Agent command %1").arg(command), agentlink::isAllowed(command, agentlink::Role::Teacher),
            agentlink::isAllowed(command, agentlink::Role::Admin) });
    m_permissions->setColumnCount(3);
    m_permissions->setHorizontalHeaderLabels({ tr("Action"), tr("Teacher"), tr("Admin") });
    m_permissions->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_permissions->setItem(i, 0, new QTableWidgetItem(rows.at(i).action));
        m_permissions->setItem(i, 1, new QTableWidgetItem(rows.at(i).teacher ? tr("yes") : tr("no")));
        m_permissions->setItem(i, 2, new QTableWidgetItem(rows.at(i).admin ? tr("yes") : tr("no")));
    }
    m_permissions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_permissions->resizeColumnToContents(1);
    m_permissions->resizeColumnToContents(2);
}

void UsersPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("fieldError") : QString());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void UsersPanel::reload()
{
    auto users = store::UserRepository(m_db).list();
    m_users->setRowCount(0);
    if (!users) {
        showMessage(users.errorString(), true);
        return;
    }
    for (const store::User &u : std::as_const(*users)) {
        m_users->appendRow({ new QStandardItem(u.name), new QStandardItem(u.role == store::Role::Admin ? tr("Admin") : tr("Teacher")),
            new QStandardItem(QLocale().toString(u.created.toLocalTime(), QLocale::ShortFormat)) });
    }
    m_userTable->resizeColumnsToContents();
}

Status UsersPanel::addTeacher(const QString &name, const QString &password, const QString &repeat)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error::make(ErrorCode::InvalidInput, tr("Enter the teacher's name."));
    if (n.compare(AdminAuth::adminUserName(), Qt::CaseInsensitive) == 0)
        return Error::make(ErrorCode::InvalidInput, tr("'%1' is the admin account; choose another name.").arg(n));
    if (const QString why = AdminAuth::validateNewPassword(password, repeat); !why.isEmpty())
        return Error::make(ErrorCode::InvalidInput, why);
    auto hash = crypto::hashPassword(password, m_params);
    if (!hash)
        return hash.error();
    store::User u;
    u.name = n;
    u.role = store::Role::Teacher;
    u.passwordHash = *hash;
    auto added = store::UserRepository(m_db).add(u);
    if (!added)
        return added.error();
    if (Status st = audit(m_db, QStringLiteral("user.add"), added->id, {}, userJson(*added)); !st)
        return st;
    m_name->clear();
    m_password->clear();
    m_repeat->clear();
    showMessage(tr("Teacher account %1 added.").arg(added->name), false);
    reload();
    Q_EMIT changed();
    return {};
}

Status UsersPanel::setTeacherPassword(const QString &name, const QString &password, const QString &repeat)
{
    auto user = store::UserRepository(m_db).findByName(name.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value() || (*user)->role != store::Role::Teacher)
        return Error::make(ErrorCode::NotFound, tr("There is no teacher account '%1'. (The admin password is changed above.)").arg(name.trimmed()));
    if (const QString why = AdminAuth::validateNewPassword(password, repeat); !why.isEmpty())
        return Error::make(ErrorCode::InvalidInput, why);
    auto hash = crypto::hashPassword(password, m_params);
    if (!hash)
        return hash.error();
    if (Status st = store::UserRepository(m_db).setPasswordHash((*user)->id, *hash); !st)
        return st;
    // The hash is never written to the audit log, only that it changed.
    QJsonObject after = userJson(**user);
    after.insert(QStringLiteral("password"), QStringLiteral("changed"));
    if (Status st = audit(m_db, QStringLiteral("user.password"), (*user)->id, userJson(**user), after); !st)
        return st;
    m_password->clear();
    m_repeat->clear();
    showMessage(tr("Password of %1 changed.").arg((*user)->name), false);
    Q_EMIT changed();
    return {};
}

Status UsersPanel::removeTeacher(const QString &name)
{
    auto user = store::UserRepository(m_db).findByName(name.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::make(ErrorCode::NotFound, tr("Select the teacher account to remove."));
    if ((*user)->role != store::Role::Teacher)
        return Error::make(ErrorCode::PermissionDenied, tr("The admin account cannot be removed here."));
    if (Status st = store::UserRepository(m_db).remove((*user)->id); !st)
        return st;
    if (Status st = audit(m_db, QStringLiteral("user.remove"), (*user)->id, userJson(**user), {}); !st)
        return st;
    showMessage(tr("Teacher account %1 removed.").arg((*user)->name), false);
    reload();
    Q_EMIT changed();
    return {};
}

} // namespace tafel::gui
