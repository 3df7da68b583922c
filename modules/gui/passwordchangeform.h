#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tafel::gui {

class AdminAuth;

// "Change the admin password": current password, new one twice, the rules next to the fields.
// Writes the new scrypt hash and an audit entry through AdminAuth.
class PasswordChangeForm final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChangeForm)
public:
    PasswordChangeForm(AdminAuth &auth, QWidget *parent = nullptr);

Q_SIGNALS:
    void passwordChanged();

private:
    void submit();
    QLineEdit *addField(const QString &label, const QString &objectName, QLabel **error);
    static void setError(QLabel *label, const QString &text);

    AdminAuth &m_auth;
    QPointer<QLineEdit> m_current;
    QPointer<QLineEdit> m_new;
    QPointer<QLineEdit> m_repeat;
    QPointer<QLabel> m_currentError;
    QPointer<QLabel> m_newError;
    QPointer<QLabel> m_repeatError;
    QPointer<QLabel> m_result;
    QPointer<QPushButton> m_submit;
};

} // namespace tafel::gui
