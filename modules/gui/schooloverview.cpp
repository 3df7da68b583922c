#include "gui/schooloverview.h"
#include "gui/historychart.h"
#include "store/repositories.h"

#include <QCborArray>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tafel::gui {

namespace {
int severity(const QString &state)
{
    if (state == QLatin1String("down"))
        return 0;
    if (state == QLatin1String("degraded"))
        return 1;
    if (state == QLatin1String("unknown"))
        return 2;
    return 3;
}

QString colourOf(const QString &state)
{
    if (state == QLatin1String("ok"))
        return QStringLiteral("#2E7D32");
    if (state == QLatin1String("degraded"))
        return QStringLiteral("#E65100");
    if (state == QLatin1String("down"))
        return QStringLiteral("#C62828");
    return QStringLiteral("#8A94A6");
}
} // namespace

SchoolOverview::SchoolOverview(store::Database &db, RoomAgentsOptions options, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("pageOverview"));
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 16, 24, 16);
    auto *title = new QLabel(tr("Overview"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    root->addWidget(title);
    auto *hint = new QLabel(tr("Every room's network as its agent measures it, worst first. Tap a room for its chart."), this);
    hint->setWordWrap(true);
    root->addWidget(hint);
    auto *tilesHost = new QWidget(this);
    m_grid = new QGridLayout(tilesHost);
    m_grid->setContentsMargins(0, 8, 0, 8);
    m_grid->setSpacing(12);
    root->addWidget(tilesHost);
    m_chartTitle = new QLabel(this);
    QFont bold = m_chartTitle->font();
    bold.setBold(true);
    m_chartTitle->setFont(bold);
    root->addWidget(m_chartTitle);
    m_chart = new HistoryChart(this);
    m_chart->setMinimumHeight(220);
    m_chart->setPlaceholder(tr("Tap a room to see its network over the last 24 hours."));
    root->addWidget(m_chart, 1);
    auto *poll = new QTimer(this);
    poll->setInterval(10'000); // health.get is cheap (no probing on request)
    connect(poll, &QTimer::timeout, this, &SchoolOverview::refresh);
    poll->start();
}

void SchoolOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) { // the agents are asked only once somebody opens the overview
        m_loaded = true;
        reload();
    }
}

SchoolOverview::~SchoolOverview() = default;

void SchoolOverview::reload()
{
    ++m_generation;
    for (RoomTile &t : m_rooms) {
        delete t.tile;
        delete t.agents;
    }
    m_rooms.clear();
    auto rooms = store::RoomRepository(m_db).list();
    if (!rooms)
        return;
    for (const Room &room : std::as_const(*rooms)) {
        RoomTile t;
        t.name = room.name;
        t.agents = new RoomAgents(m_db, m_options, this);
        t.tile = new QPushButton(this);
        t.tile->setObjectName(QStringLiteral("overviewTile"));
        t.tile->setMinimumSize(220, 96);
        const QString id = room.id;
        connect(t.tile, &QPushButton::clicked, this, [this, id] { showRoom(id); });
        connect(t.agents, &RoomAgents::agentsChanged, this, [this, id] { ask(id); });
        m_rooms.insert(id, t);
        t.agents->setRoom(id);
    }
    relayout();
}

void SchoolOverview::refresh()
{
    if (!m_loaded || !isVisible())
        return;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
        ask(it.key());
}

void SchoolOverview::ask(const QString &roomId)
{
    const auto it = m_rooms.find(roomId);
    if (it == m_rooms.end() || !it->agents)
        return;
    QStringList online;
    bool checking = false;
    for (const RoomAgent &a : it->agents->agents()) {
        if (a.state == RoomAgent::State::Online)
            online << a.deviceId;
        checking |= a.state == RoomAgent::State::Checking;
    }
    if (online.isEmpty()) {
        if (checking)
            return;
        it->state = QStringLiteral("unknown");
        it->detail = it->agents->agents().isEmpty() ? tr("No agent in this room") : tr("Agent unreachable");
        it->agentId.clear();
        relayout();
        return;
    }
    const quint64 generation = m_generation;
    for (const QString &agentId : std::as_const(online)) {
        it->agents->send(agentId, QStringLiteral("health.get"), {}, [this, roomId, agentId, generation](const Result<QCborMap> &r) {
            const auto t = m_rooms.find(roomId);
            if (generation != m_generation || t == m_rooms.end() || !r || r->value(QStringLiteral("devices")).toArray().isEmpty())
                return;
            t->agentId = agentId;
            t->state = r->value(QStringLiteral("roomState")).toString();
            const QString words = t->state == QLatin1String("ok")         ? tr("OK")
                                  : t->state == QLatin1String("degraded") ? tr("Degraded")
                                  : t->state == QLatin1String("down")     ? tr("Down")
                                                                          : tr("Not measured yet");
            QString detail = words;
            const QCborMap bb = r->value(QStringLiteral("broadband")).toMap();
            if (bb.contains(QStringLiteral("downloadMbps")))
                detail += QStringLiteral("\n") + tr("↓ %1 ↑ %2 Mbit/s")
                                                     .arg(bb.value(QStringLiteral("downloadMbps")).toDouble(), 0, 'f', 0)
                                                     .arg(bb.value(QStringLiteral("uploadMbps")).toDouble(), 0, 'f', 0);
            t->detail = detail;
            relayout();
            if (t->state == QLatin1String("unknown")) // just started: the first probes are on their way
                QTimer::singleShot(3000, this, [this, roomId] { ask(roomId); });
        });
    }
}

void SchoolOverview::relayout()
{
    QStringList ids = m_rooms.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const RoomTile &x = m_rooms[a];
        const RoomTile &y = m_rooms[b];
        const int sx = severity(x.state), sy = severity(y.state);
        return sx != sy ? sx < sy : x.name.localeAwareCompare(y.name) < 0;
    });
    m_order = ids;
    const int columns = 4;
    for (int i = 0; i < ids.size(); ++i) {
        RoomTile &t = m_rooms[ids.at(i)];
        const QString detail = t.detail.isEmpty() ? tr("Checking…") : t.detail;
        t.tile->setText(t.name + QStringLiteral("\n● ") + detail);
        t.tile->setAccessibleName(tr("%1: %2").arg(t.name, QString(detail).replace(QLatin1Char('\n'), QLatin1String(", "))));
        t.tile->setStyleSheet(QStringLiteral("QPushButton#overviewTile { border: 3px solid %1; border-radius: 8px; font-size: 15px; "
                                             "font-weight: bold; padding: 8px; text-align: left; }")
                                  .arg(colourOf(t.state)));
        m_grid->addWidget(t.tile, i / columns, i % columns);
    }
}

void SchoolOverview::showRoom(const QString &roomId)
{
    const auto it = m_rooms.constFind(roomId);
    if (it == m_rooms.cend())
        return;
    m_shown = roomId;
    m_chartTitle->setText(tr("%1 — last 24 hours").arg(it->name));
    if (it->agentId.isEmpty() || !it->agents) {
        m_chart->setUnreachable(tr("Agent unreachable — no current network data."));
        return;
    }
    m_chart->setLoading();
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - 86'400'000LL;
    it->agents->send(it->agentId, QStringLiteral("history.query"),
                     QCborMap{{QStringLiteral("room"), it->name},
                              {QStringLiteral("since"), from},
                              {QStringLiteral("until"), to},
                              {QStringLiteral("resolution"), QStringLiteral("raw")},
                              {QStringLiteral("combine"), true},
                              {QStringLiteral("bucketSecs"), 300}},
                     [this, roomId, from, to](const Result<QCborMap> &r) {
                         if (m_shown != roomId)
                             return;
                         if (!r)
                             m_chart->setUnreachable(tr("History unavailable: %1").arg(r.errorString()));
                         else
                             m_chart->setHistory(*r, from, to);
                     });
}

} // namespace tafel::gui
