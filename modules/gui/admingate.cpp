#include "gui/admingate.h"

#include "gui/adminauth.h"
#include "gui/logging.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tafel::gui {

AdminGate::AdminGate(AdminAuth &auth, QWidget *parent) : QWidget(parent), m_auth(auth)
{
    setObjectName(QStringLiteral("adminGate"));
    parent->installEventFilter(this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);

    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("gateCard"));
    m_card->setAttribute(Qt::WA_StyledBackground);
    m_card->setMinimumWidth(560);
    m_card->setMaximumWidth(720);
    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(40, 36, 40, 32);
    card->setSpacing(10);

    m_title = new QLabel(m_card);
    m_title->setObjectName(QStringLiteral("gateTitle"));
    m_title->setWordWrap(true);
    card->addWidget(m_title);
    m_explain = new QLabel(m_card);
    m_explain->setObjectName(QStringLiteral("gateExplain"));
    m_explain->setWordWrap(true);
    card->addWidget(m_explain);
    card->addSpacing(12);

    auto *passwordLabel = new QLabel(tr("Admin password"), m_card);
    passwordLabel->setObjectName(QStringLiteral("fieldLabel"));
    card->addWidget(passwordLabel);
    m_password = new QLineEdit(m_card);
    m_password->setObjectName(QStringLiteral("gatePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Admin password"));
    passwordLabel->setBuddy(m_password);
    card->addWidget(m_password);
    m_passwordError = new QLabel(m_card);
    m_passwordError->setObjectName(QStringLiteral("gatePasswordError"));
    m_passwordError->setProperty("role", QStringLiteral("fieldError"));
    m_passwordError->setWordWrap(true);
    card->addWidget(m_passwordError);

    m_repeatLabel = new QLabel(tr("Repeat the password"), m_card);
    m_repeatLabel->setObjectName(QStringLiteral("fieldLabel"));
    card->addWidget(m_repeatLabel);
    m_repeat = new QLineEdit(m_card);
    m_repeat->setObjectName(QStringLiteral("gateRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the password"));
    m_repeatLabel->setBuddy(m_repeat);
    card->addWidget(m_repeat);
    m_repeatError = new QLabel(m_card);
    m_repeatError->setObjectName(QStringLiteral("gateRepeatError"));
    m_repeatError->setProperty("role", QStringLiteral("fieldError"));
    m_repeatError->setWordWrap(true);
    card->addWidget(m_repeatError);

    m_error = new QLabel(m_card);
    m_error->setObjectName(QStringLiteral("gateError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    card->addWidget(m_error);
    card->addSpacing(12);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    m_cancel = new QPushButton(tr("Cancel"), m_card);
    m_cancel->setObjectName(QStringLiteral("gateCancel"));
    m_cancel->setProperty("role", QStringLiteral("secondary"));
    m_cancel->setAccessibleName(tr("Cancel and stay in the teacher view"));
    m_submit = new QPushButton(m_card);
    m_submit->setObjectName(QStringLiteral("gateSubmit"));
    m_submit->setProperty("role", QStringLiteral("primary"));
    m_submit->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    card->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_card, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);

    m_cooldown = new QTimer(this);
    m_cooldown->setSingleShot(true);
    connect(m_cooldown, &QTimer::timeout, this, [this] {
        m_submit->setEnabled(true);
        m_password->setEnabled(true);
        m_password->setFocus();
        showError(m_error, tr("You can try again now."));
    });

    connect(m_submit, &QPushButton::clicked, this, &AdminGate::submit);
    connect(m_cancel, &QPushButton::clicked, this, &AdminGate::cancel);
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_setup)
            m_repeat->setFocus();
        else
            submit();
    });
    connect(m_repeat, &QLineEdit::returnPressed, this, &AdminGate::submit);
    // Rules next to the field while typing (first start only).
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_error->clear();
        if (!m_setup)
            return;
        const QString pw = m_password->text();
        showError(m_passwordError, pw.size() < AdminAuth::kMinLength
                                       ? tr("At least %n characters, please.", nullptr, AdminAuth::kMinLength)
                                       : QString());
    });
    connect(m_repeat, &QLineEdit::textEdited, this, [this] {
        if (m_repeat->text().size() >= m_password->text().size())
            showError(m_repeatError, m_repeat->text() != m_password->text()
                                         ? tr("The two entries are different.")
                                         : QString());
        else
            showError(m_repeatError, QString());
    });
    hide();
}

void AdminGate::open()
{
    auto needs = m_auth.needsSetup();
    m_setup = needs.ok() && needs.value();
    clearErrors();
    m_password->clear();
    m_repeat->clear();
    if (m_setup) {
        m_title->setText(tr("Set the admin password"));
        m_explain->setText(tr("This is the first start: choose the password that protects the admin view. "
                              "At least %n characters. Keep it safe: it cannot be shown again.",
                              nullptr, AdminAuth::kMinLength));
        m_submit->setText(tr("Set password"));
        m_submit->setAccessibleName(tr("Set the admin password and open the admin view"));
    } else {
        m_title->setText(tr("Admin access"));
        m_explain->setText(tr("Enter the admin password to manage rooms, devices and settings."));
        m_submit->setText(tr("Unlock"));
        m_submit->setAccessibleName(tr("Unlock the admin view"));
    }
    if (!needs)
        showError(m_error, needs.errorString());
    else if (m_cooldown->isActive())
        showError(m_error, tr("Too many wrong passwords: please wait a moment."));
    m_repeatLabel->setVisible(m_setup);
    m_repeat->setVisible(m_setup);
    m_repeatError->setVisible(m_setup);

    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_password->setFocus();
}

void AdminGate::submit()
{
    clearErrors();
    if (m_setup) {
        const QString problem = AdminAuth::validateNewPassword(m_password->text(), m_repeat->text());
        if (!problem.isEmpty()) {
            const bool aboutRepeat = m_password->text().size() >= AdminAuth::kMinLength
                && m_password->text().trimmed() == m_password->text();
            showError(aboutRepeat ? m_repeatError : m_passwordError, problem);
            return;
        }
        Status s = m_auth.setInitialPassword(m_password->text(), m_repeat->text());
        if (!s) {
            showError(m_error, tr("The password could not be saved: %1").arg(s.errorString()));
            return;
        }
        qCInfo(lcGui) << "admin password set on first start";
    } else {
        if (m_password->text().isEmpty()) {
            showError(m_passwordError, tr("Please enter the admin password."));
            return;
        }
        auto ok = m_auth.verify(m_password->text());
        if (!ok) {
            showError(m_error, tr("The password could not be checked: %1").arg(ok.errorString()));
            return;
        }
        if (!ok.value()) {
            ++m_failures;
            m_password->clear();
            m_password->setFocus();
            qCInfo(lcGui) << "wrong admin password, attempt" << m_failures;
            if (m_failures >= 3) {
                // Guessing at the classroom display gets slow: 5 s, 10 s, 20 s ... up to a minute.
                const int seconds = qMin(60, 5 << qMin(m_failures - 3, 4));
                m_submit->setEnabled(false);
                m_password->setEnabled(false);
                m_cooldown->start(seconds * 1000);
                showError(m_error, tr("Wrong password. The admin view stays locked. Too many attempts: please wait "
                                      "%n seconds.", nullptr, seconds));
                return;
            }
            showError(m_error, tr("Wrong password. The admin view stays locked; please try again."));
            return;
        }
        m_failures = 0;
    }
    m_password->clear();
    m_repeat->clear();
    hide();
    Q_EMIT unlocked();
}

void AdminGate::cancel()
{
    m_password->clear();
    m_repeat->clear();
    clearErrors();
    hide();
    Q_EMIT cancelled();
}

void AdminGate::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty() && (label != m_repeatError || m_setup));
}

void AdminGate::clearErrors()
{
    for (QLabel *l : {m_passwordError.data(), m_repeatError.data(), m_error.data()})
        showError(l, QString());
}

void AdminGate::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(10, 20, 35, 170));
}

bool AdminGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void AdminGate::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tafel::gui
