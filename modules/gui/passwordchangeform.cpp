#include "gui/passwordchangeform.h"

#include "gui/adminauth.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tafel::gui {

PasswordChangeForm::PasswordChangeForm(AdminAuth &auth, QWidget *parent) : QFrame(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("passwordChangeForm"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("Change the admin password"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    layout->addWidget(title);
    auto *hint = new QLabel(tr("At least %n characters. The change is written to the audit log.", nullptr,
                               AdminAuth::kMinLength),
                            this);
    hint->setObjectName(QStringLiteral("panelText"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    QLabel *error = nullptr;
    m_current = addField(tr("Current password"), QStringLiteral("currentPassword"), &error);
    m_currentError = error;
    m_new = addField(tr("New password"), QStringLiteral("newPassword"), &error);
    m_newError = error;
    m_repeat = addField(tr("Repeat the new password"), QStringLiteral("repeatPassword"), &error);
    m_repeatError = error;

    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    m_submit = new QPushButton(tr("Change password"), this);
    m_submit->setObjectName(QStringLiteral("changePasswordButton"));
    m_submit->setProperty("role", QStringLiteral("primary"));
    m_submit->setAccessibleName(tr("Change the admin password"));
    m_submit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    row->addWidget(m_submit);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("passwordChangeResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    row->addWidget(m_result, 1);
    row->addStretch(); // keeps the button at the left edge of the fields
    layout->addSpacing(8);
    layout->addLayout(row);

    connect(m_submit, &QPushButton::clicked, this, &PasswordChangeForm::submit);
    connect(m_repeat, &QLineEdit::returnPressed, this, &PasswordChangeForm::submit);
    connect(m_current, &QLineEdit::returnPressed, m_new, qOverload<>(&QWidget::setFocus));
    connect(m_new, &QLineEdit::returnPressed, m_repeat, qOverload<>(&QWidget::setFocus));
    connect(m_new, &QLineEdit::textEdited, this, [this](const QString &text) {
        setError(m_newError, text.size() < AdminAuth::kMinLength
                                 ? tr("At least %n characters, please.", nullptr, AdminAuth::kMinLength)
                                 : QString());
    });
}

QLineEdit *PasswordChangeForm::addField(const QString &label, const QString &objectName, QLabel **error)
{
    auto *l = new QLabel(label, this);
    l->setObjectName(QStringLiteral("fieldLabel"));
    layout()->addWidget(l);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(label);
    edit->setMaximumWidth(560);
    l->setBuddy(edit);
    layout()->addWidget(edit);
    auto *e = new QLabel(this);
    e->setObjectName(objectName + QStringLiteral("Error"));
    e->setProperty("role", QStringLiteral("fieldError"));
    e->setWordWrap(true);
    e->hide();
    layout()->addWidget(e);
    *error = e;
    return edit;
}

void PasswordChangeForm::setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void PasswordChangeForm::submit()
{
    for (QLabel *l : {m_currentError.data(), m_newError.data(), m_repeatError.data()})
        setError(l, QString());
    m_result->hide();

    if (m_current->text().isEmpty()) {
        setError(m_currentError, tr("Please enter the current password."));
        return;
    }
    if (const QString problem = AdminAuth::validateNewPassword(m_new->text(), m_repeat->text()); !problem.isEmpty()) {
        const bool aboutRepeat = m_new->text().size() >= AdminAuth::kMinLength
            && m_new->text().trimmed() == m_new->text();
        setError(aboutRepeat ? m_repeatError : m_newError, problem);
        return;
    }
    const Status s = m_auth.changePassword(m_current->text(), m_new->text(), m_repeat->text());
    if (!s) {
        if (s.error().code == ErrorCode::AuthFailed) {
            m_current->clear();
            setError(m_currentError, s.errorString());
        } else {
            setError(m_repeatError, tr("The password could not be changed: %1").arg(s.errorString()));
        }
        return;
    }
    for (QLineEdit *e : {m_current.data(), m_new.data(), m_repeat.data()})
        e->clear();
    m_result->setText(tr("The admin password was changed."));
    m_result->show();
    Q_EMIT passwordChanged();
}

} // namespace tafel::gui
