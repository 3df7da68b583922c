#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace tafel::gui {

class AdminAuth;

// The admin password prompt, drawn over the window (not a modal dialog: nothing else blocks, and the teacher
// view stays underneath). First start: set the password twice, with the rules next to the fields.
// Later: enter it; a wrong one is refused with a clear message and the admin view stays locked.
class AdminGate final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminGate)
public:
    AdminGate(AdminAuth &auth, QWidget *parent);

    // Asks the store whether a password exists and shows the matching form over the parent.
    void open();
    bool isSetupMode() const { return m_setup; }

Q_SIGNALS:
    void unlocked();
    void cancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void cancel();
    void showError(QLabel *label, const QString &text);
    void clearErrors();

    AdminAuth &m_auth;
    bool m_setup = false;
    int m_failures = 0; // wrong passwords in a row; from the third on, a growing pause
    QTimer *m_cooldown = nullptr;
    QPointer<QWidget> m_card;
    QPointer<QLabel> m_title;
    QPointer<QLabel> m_explain;
    QPointer<QLineEdit> m_password;
    QPointer<QLabel> m_passwordError;
    QPointer<QLabel> m_repeatLabel;
    QPointer<QLineEdit> m_repeat;
    QPointer<QLabel> m_repeatError;
    QPointer<QLabel> m_error;
    QPointer<QPushButton> m_submit;
    QPointer<QPushButton> m_cancel;
};

} // namespace tafel::gui
