#include "gui/agentpanel.h"
#include "gui/roomagents.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <memory>

namespace tafel::gui {

QString AgentPanel::stateLine(const RoomAgent &a)
{
    switch (a.state) {
    case RoomAgent::State::Online: {
        QString line = QStringLiteral("<span style='color:#1E9E5A'>●</span>&nbsp; <b>%1</b> — %2").arg(a.name.toHtmlEscaped(), tr("Online"));
        if (!a.version.isEmpty())
            // Kept on one line: "Version" alone at the end of a line with the number below reads badly.
            line += QStringLiteral(" · ") + tr("version %1").arg(a.version.toHtmlEscaped()).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        if (a.screenSession)
            line += QStringLiteral(" · ") + tr("display");
        return line;
    }
    case RoomAgent::State::Checking:
        return QStringLiteral("<span style='color:#AEB8C6'>◌</span>&nbsp; <b>%1</b> — %2").arg(a.name.toHtmlEscaped(), tr("Checking…"));
    case RoomAgent::State::Offline:
        return QStringLiteral("<span style='color:#C0392B'>○</span>&nbsp; <b>%1</b> — %2 <span style='color:#6B7785'>%3</span>")
            .arg(a.name.toHtmlEscaped(), tr("Not reachable"), a.error.toHtmlEscaped());
    case RoomAgent::State::NotEnrolled:
    case RoomAgent::State::NoKey:
        return QStringLiteral("<span style='color:#C77C02'>⚠</span>&nbsp; <b>%1</b> — %2").arg(a.name.toHtmlEscaped(), a.error.toHtmlEscaped());
    }
    return a.name.toHtmlEscaped();
}

namespace {
QPushButton *panelButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setProperty("role", QStringLiteral("action"));
    b->setMinimumHeight(48);
    b->setAccessibleName(text);
    return b;
}
} // namespace

AgentPanel::AgentPanel(RoomAgents *agents, QWidget *parent)
    : QFrame(parent)
    , m_agents(agents)
{
    setObjectName(QStringLiteral("agentsPanel"));
    setAttribute(Qt::WA_StyledBackground);
    // Compact: the agents on the left, the room actions on the right, the last action's results below.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 10, 28, 10);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->setSpacing(2);
    auto *title = new QLabel(tr("Computers in this room"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    title->setWordWrap(true); // lets the agents column give way to the buttons at 1280 px
    left->addWidget(title);
    m_list = new QVBoxLayout;
    m_list->setSpacing(2);
    left->addLayout(m_list);
    m_empty = new QLabel(tr("No PC with the Tafel agent in this room."), this);
    m_empty->setObjectName(QStringLiteral("panelText"));
    m_empty->setWordWrap(true);
    left->addWidget(m_empty);
    row->addLayout(left, 1);

    m_blank = panelButton(tr("Blank room"), QStringLiteral("agentsBlank"), this);
    m_unblank = panelButton(tr("Show picture again"), QStringLiteral("agentsUnblank"), this);
    m_wake = panelButton(tr("Wake room PCs"), QStringLiteral("agentsWake"), this);
    row->addWidget(m_blank, 0, Qt::AlignVCenter);
    row->addWidget(m_unblank, 0, Qt::AlignVCenter);
    row->addWidget(m_wake, 0, Qt::AlignVCenter);
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("agentsResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();
    layout->addWidget(m_result);

    connect(m_blank, &QPushButton::clicked, this, [this] { blankRoom(true); });
    connect(m_unblank, &QPushButton::clicked, this, [this] { blankRoom(false); });
    connect(m_wake, &QPushButton::clicked, this, &AgentPanel::wakeRoom);
    if (m_agents)
        connect(m_agents, &RoomAgents::agentsChanged, this, &AgentPanel::rebuild);
    rebuild();
}

AgentPanel::~AgentPanel() = default;

QString AgentPanel::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

void AgentPanel::rebuild()
{
    const QList<RoomAgent> agents = m_agents ? m_agents->agents() : QList<RoomAgent>();
    if (agents.size() != m_rows.size()) {
        for (const auto &row : std::as_const(m_rows))
            delete row.data();
        m_rows.clear();
        for (qsizetype i = 0; i < agents.size(); ++i) {
            auto *row = new QLabel(this);
            row->setObjectName(QStringLiteral("agentRow"));
            row->setTextFormat(Qt::RichText);
            row->setWordWrap(true);
            m_list->addWidget(row);
            m_rows.append(row);
        }
        m_result->hide();
    }
    for (qsizetype i = 0; i < agents.size(); ++i) {
        m_rows.at(i)->setText(stateLine(agents.at(i)));
        m_rows.at(i)->setAccessibleName(QTextDocumentFragment::fromHtml(stateLine(agents.at(i))).toPlainText());
    }
    m_empty->setVisible(agents.isEmpty());
    m_blank->setEnabled(!agents.isEmpty());
    m_unblank->setEnabled(!agents.isEmpty());
    m_wake->setEnabled(!agents.isEmpty());
}

void AgentPanel::showResult(const QString &action, const QStringList &lines)
{
    m_result->setText(action + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_result->show();
}

void AgentPanel::blankRoom(bool blank)
{
    if (!m_agents)
        return;
    const QList<RoomAgent> agents = m_agents->agents();
    const QString action = blank ? tr("Blank room:") : tr("Show picture again:");
    auto lines = std::make_shared<QStringList>();
    for (const RoomAgent &a : agents)
        lines->append(tr("%1: sending…").arg(a.name));
    showResult(action, *lines);
    for (qsizetype i = 0; i < agents.size(); ++i) {
        const QString name = agents.at(i).name;
        m_agents->send(agents.at(i).deviceId, blank ? QStringLiteral("screen.blank") : QStringLiteral("screen.unblank"), {},
                       [this, guard = QPointer<AgentPanel>(this), lines, i, name, action](const Result<QCborMap> &r) {
                           if (!guard)
                               return;
                           (*lines)[i] = r ? tr("%1: ✓ done").arg(name) : tr("%1: ✗ %2").arg(name, r.errorString());
                           showResult(action, *lines);
                       });
    }
}

void AgentPanel::wakeRoom()
{
    if (!m_agents)
        return;
    const QStringList macs = m_agents->wakeTargets();
    const QString via = m_agents->displayAgent();
    const QString action = tr("Wake room PCs:");
    if (macs.isEmpty()) {
        showResult(action, {tr("No device of this room has a MAC address. An admin adds them under Rooms & devices.")});
        return;
    }
    if (via.isEmpty()) {
        showResult(action, {tr("No agent in this room can send the wake-up signal.")});
        return;
    }
    auto lines = std::make_shared<QStringList>();
    for (const QString &mac : macs)
        lines->append(tr("%1: sending…").arg(mac));
    showResult(action, *lines);
    for (qsizetype i = 0; i < macs.size(); ++i) {
        const QString mac = macs.at(i);
        m_agents->send(via, QStringLiteral("wake"), {{QStringLiteral("mac"), mac}},
                       [this, guard = QPointer<AgentPanel>(this), lines, i, mac, action](const Result<QCborMap> &r) {
                           if (!guard)
                               return;
                           (*lines)[i] = r ? tr("%1: ✓ wake-up signal sent").arg(mac) : tr("%1: ✗ %2").arg(mac, r.errorString());
                           showResult(action, *lines);
                       });
    }
}

} // namespace tafel::gui
