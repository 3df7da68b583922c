#include "gui/messagedialog.h"
#include "gui/roomagents.h"

#include <QButtonGroup>
#include <QCborMap>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace tafel::gui {

namespace {
QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setMinimumHeight(56);
    b->setAccessibleName(text);
    return b;
}
} // namespace

MessageDialog::MessageDialog(RoomAgents *agents, QWidget *parent)
    : QDialog(parent)
    , m_agents(agents)
{
    setObjectName(QStringLiteral("messageDialog"));
    setWindowTitle(tr("Message to the room"));
    setMinimumWidth(720);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);

    auto *label = new QLabel(tr("What should the room read?"), this);
    label->setObjectName(QStringLiteral("panelTitle"));
    layout->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setPlaceholderText(tr("e.g. Please sit down, we start in 2 minutes."));
    m_text->setMinimumHeight(140);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_text->setFont(f);
    layout->addWidget(m_text);

    auto *options = new QHBoxLayout;
    options->setSpacing(16);
    auto *durationLabel = new QLabel(tr("Show for"), this);
    options->addWidget(durationLabel);
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("messageDuration"));
    m_duration->setAccessibleName(tr("How long the message is shown"));
    m_duration->setMinimumHeight(48);
    m_duration->addItem(tr("30 seconds"), 30);
    m_duration->addItem(tr("1 minute"), 60);
    m_duration->addItem(tr("5 minutes"), 300);
    m_duration->addItem(tr("15 minutes"), 900);
    m_duration->addItem(tr("Until hidden"), 0);
    m_duration->setCurrentIndex(1);
    durationLabel->setBuddy(m_duration);
    options->addWidget(m_duration);
    options->addSpacing(24);
    m_mode = new QButtonGroup(this);
    auto *fullscreen = bigButton(tr("Whole screen"), QStringLiteral("modeFullscreen"), this);
    auto *banner = bigButton(tr("Strip at the top"), QStringLiteral("modeBanner"), this);
    for (auto *b : {fullscreen, banner}) {
        b->setCheckable(true);
        options->addWidget(b);
    }
    m_mode->addButton(fullscreen, 0);
    m_mode->addButton(banner, 1);
    fullscreen->setChecked(true);
    options->addStretch(1);
    layout->addLayout(options);

    m_results = new QLabel(this);
    m_results->setObjectName(QStringLiteral("messageResults"));
    m_results->setWordWrap(true);
    m_results->setTextFormat(Qt::PlainText);
    m_results->hide();
    layout->addWidget(m_results);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    m_hide = bigButton(tr("Hide message"), QStringLiteral("messageHide"), this);
    auto *close = bigButton(tr("Close"), QStringLiteral("messageClose"), this);
    m_send = bigButton(tr("Send to the room"), QStringLiteral("messageSend"), this);
    m_send->setProperty("role", QStringLiteral("go"));
    m_send->setDefault(true);
    buttons->addWidget(m_hide);
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &MessageDialog::send);
    connect(m_hide, &QPushButton::clicked, this, &MessageDialog::hideMessage);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

MessageDialog::~MessageDialog() = default;

void MessageDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void MessageDialog::setSeconds(int seconds)
{
    const int index = m_duration->findData(seconds);
    if (index >= 0)
        m_duration->setCurrentIndex(index);
}

void MessageDialog::setBanner(bool banner)
{
    m_mode->button(banner ? 1 : 0)->setChecked(true);
}

QString MessageDialog::resultText() const
{
    return m_results->isHidden() ? QString() : m_results->text();
}

void MessageDialog::send()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_results->setText(tr("Write the message first."));
        m_results->show();
        m_text->setFocus();
        return;
    }
    run(QStringLiteral("message.show"),
        {{QStringLiteral("text"), text},
         {QStringLiteral("mode"), m_mode->checkedId() == 1 ? QStringLiteral("banner") : QStringLiteral("fullscreen")},
         {QStringLiteral("seconds"), m_duration->currentData().toInt()}},
        tr("✓ shown"));
}

void MessageDialog::hideMessage()
{
    run(QStringLiteral("message.hide"), {}, tr("✓ hidden"));
}

void MessageDialog::run(const QString &command, const QCborMap &args, const QString &doneText)
{
    const QList<RoomAgent> agents = m_agents ? m_agents->agents() : QList<RoomAgent>();
    if (agents.isEmpty()) {
        m_results->setText(tr("There is no PC with the Tafel agent in this room, so there is no screen to show the message on."));
        m_results->show();
        Q_EMIT allAnswered(0, 0);
        return;
    }
    const quint64 round = ++m_round;
    struct State {
        QStringList lines;
        int pending = 0;
        int ok = 0;
        int failed = 0;
    };
    auto state = std::make_shared<State>();
    for (const RoomAgent &a : agents)
        state->lines.append(tr("%1: sending…").arg(a.name));
    state->pending = int(agents.size());
    m_results->setText(state->lines.join(QLatin1Char('\n')));
    m_results->show();
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const QString name = agents.at(i).name;
        m_agents->send(agents.at(i).deviceId, command, args,
                       [this, guard = QPointer<MessageDialog>(this), state, i, name, round, doneText](const Result<QCborMap> &r) {
                           if (!guard || round != m_round)
                               return;
                           state->lines[i] = r ? QStringLiteral("%1: %2").arg(name, doneText) : tr("%1: ✗ %2").arg(name, r.errorString());
                           ++(r ? state->ok : state->failed);
                           m_results->setText(state->lines.join(QLatin1Char('\n')));
                           if (--state->pending == 0)
                               Q_EMIT allAnswered(state->ok, state->failed);
                       });
    }
}

} // namespace tafel::gui
