#include "gui/schooloverview.h"
#include "gui/discoverydialog.h"
#include "gui/historychart.h"
#include "gui/logging.h"

#include "classroom/inventorydisplays.h"
#include "displays/roomcontrol.h"
#include "store/repositories.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace tafel::gui {

using classroom::SchoolHealth;

namespace {
constexpr int kMinTileWidth = 330;
constexpr int kTileSpacing = 16;
constexpr int kMaxLocalEvents = 200;

QString colourOf(const QString &state)
{
    if (state == QLatin1String("ok"))
        return QStringLiteral("#2E7D32");
    if (state == QLatin1String("degraded"))
        return QStringLiteral("#B45309");
    if (state == QLatin1String("down"))
        return QStringLiteral("#C62828");
    if (state == QLatin1String("unreachable"))
        return QStringLiteral("#6B21A8");
    return QStringLiteral("#5B6472");
}

QString mbps(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(40);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

QTableWidgetItem *item(const QString &text, const QString &colour = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    if (!colour.isEmpty()) {
        i->setForeground(QColor(colour));
        QFont f = i->font();
        f.setBold(true);
        i->setFont(f);
    }
    return i;
}
} // namespace

// One room: a big button holding labels (state in words and colour, reason, broadband, devices, displays, age).
class OverviewTile final : public QPushButton {
public:
    explicit OverviewTile(QWidget *parent)
        : QPushButton(parent)
    {
        setObjectName(QStringLiteral("overviewTile"));
        setMinimumSize(kMinTileWidth, 0);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto *outer = new QHBoxLayout(this);
        outer->setContentsMargins(8, 8, 12, 8);
        outer->setSpacing(12);
        bar = new QFrame(this);
        bar->setObjectName(QStringLiteral("tileBar"));
        bar->setFixedWidth(8);
        bar->setAttribute(Qt::WA_TransparentForMouseEvents);
        outer->addWidget(bar);
        auto *layout = new QVBoxLayout;
        layout->setContentsMargins(0, 4, 0, 4);
        layout->setSpacing(2);
        outer->addLayout(layout, 1);
        for (QLabel **l : {&name, &state, &reason, &broadband, &devices, &displays, &age}) {
            *l = new QLabel(this);
            (*l)->setAttribute(Qt::WA_TransparentForMouseEvents);
            (*l)->setTextFormat(Qt::PlainText);
            (*l)->setObjectName(QStringLiteral("tileLine"));
            layout->addWidget(*l);
        }
        name->setObjectName(QStringLiteral("tileName"));
        state->setObjectName(QStringLiteral("tileState"));
        age->setObjectName(QStringLiteral("tileAge"));
    }
    // Long reasons are elided to the tile's width; the full text is in the tooltip.
    void setLine(QLabel *label, const QString &text)
    {
        label->setVisible(!text.isEmpty());
        label->setProperty("fullText", text);
        label->setText(label->fontMetrics().elidedText(text, Qt::ElideRight, qMax(80, width() - 56)));
    }
    QSize sizeHint() const override
    {
        return {kMinTileWidth, layout()->sizeHint().height()};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
    QString text() const
    {
        QStringList lines;
        for (QLabel *l : {name, state, reason, broadband, devices, displays, age})
            if (l->isVisibleTo(this) || !l->property("fullText").toString().isEmpty())
                lines << l->property("fullText").toString();
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }

    QFrame *bar = nullptr;
    QLabel *name = nullptr, *state = nullptr, *reason = nullptr, *broadband = nullptr, *devices = nullptr,
           *displays = nullptr, *age = nullptr;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPushButton::resizeEvent(event);
        for (QLabel *l : {name, state, reason, broadband, devices, displays, age})
            setLine(l, l->property("fullText").toString());
    }
};

SchoolOverview::SchoolOverview(store::Database &db, RoomAgentsOptions options, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("pageOverview"));
    setStyleSheet(QStringLiteral(
        "QPushButton#overviewTile { background: #FFFFFF; border: 2px solid #C4CBD6; border-radius: 10px; padding: 0; text-align: left; }"
        "QPushButton#overviewTile:hover { background: #F4F7FB; }"
        "QPushButton#overviewTile:focus { border: 3px solid #0B5CD5; }"
        "QPushButton#overviewTile[state=\"degraded\"] { border-color: #E7B98A; }"
        "QPushButton#overviewTile[state=\"down\"] { border-color: #E5A3A3; }"
        "QPushButton#overviewTile[state=\"unreachable\"] { border: 2px dashed #8E5CC2; background: #F7F3FB; }"
        "QFrame#tileBar { border-radius: 4px; background: #5B6472; }"
        "QLabel#tileName { font-size: 22px; font-weight: 700; }"
        "QLabel#tileState { font-size: 20px; font-weight: 700; }"
        "QLabel#tileLine, QLabel#tileAge { font-size: 17px; color: #3A4556; }"
        "QLabel#overviewSummary, QLabel#detailState { font-size: 18px; }"
        "QLabel#detailTitle { font-size: 26px; font-weight: 700; }"
        "QComboBox#overviewSort, QComboBox#overviewInterval { min-height: 48px; font-size: 19px; padding: 0 12px; }"
        "QTableWidget { font-size: 16px; background: #FFFFFF; }"));

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 28, 32, 20);
    root->setSpacing(12);
    m_stack = new QStackedWidget(this);
    root->addWidget(m_stack, 1);

    // ---- list of rooms
    auto *list = new QWidget(m_stack);
    list->setObjectName(QStringLiteral("overviewList"));
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(10);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Overview"), list);
    title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(title);
    header->addStretch(1);
    m_sortBox = new QComboBox(list);
    m_sortBox->setObjectName(QStringLiteral("overviewSort"));
    m_sortBox->setAccessibleName(tr("Sort rooms"));
    m_sortBox->addItem(tr("Worst first"));
    m_sortBox->addItem(tr("By name"));
    header->addWidget(m_sortBox);
    m_intervalBox = new QComboBox(list);
    m_intervalBox->setObjectName(QStringLiteral("overviewInterval"));
    m_intervalBox->setAccessibleName(tr("Refresh interval"));
    for (int secs : {5, 10, 30, 60})
        m_intervalBox->addItem(tr("Every %1 s").arg(secs), secs * 1000);
    header->addWidget(m_intervalBox);
    m_discover = new QPushButton(tr("Find devices…"), list);
    m_discover->setObjectName(QStringLiteral("discoverButton"));
    m_discover->setAccessibleName(tr("Find devices on the network (discovery assistant)"));
    header->addWidget(m_discover);
    listLayout->addLayout(header);
    m_summary = new QLabel(list);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    listLayout->addWidget(m_summary);
    auto *scroll = new QScrollArea(list);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tilesHost = new QWidget(scroll);
    m_tilesHost->setObjectName(QStringLiteral("tilesHost"));
    auto *hostLayout = new QVBoxLayout(m_tilesHost);
    hostLayout->setContentsMargins(0, 4, 4, 4);
    m_grid = new QGridLayout;
    m_grid->setSpacing(kTileSpacing);
    hostLayout->addLayout(m_grid);
    hostLayout->addStretch(1);
    scroll->setWidget(m_tilesHost);
    listLayout->addWidget(scroll, 1);
    m_scroll = scroll;
    m_viewport = scroll->viewport();
    m_viewport->installEventFilter(this); // columns follow the visible width
    m_stack->addWidget(list);

    // ---- one room
    auto *detail = new QWidget(m_stack);
    detail->setObjectName(QStringLiteral("overviewDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(10);
    auto *detailHeader = new QHBoxLayout;
    auto *back = new QPushButton(tr("← All rooms"), detail);
    back->setObjectName(QStringLiteral("overviewBack"));
    back->setAccessibleName(tr("Back to all rooms"));
    detailHeader->addWidget(back);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    detailHeader->addWidget(m_detailTitle, 1);
    detailLayout->addLayout(detailHeader);
    m_detailState = new QLabel(detail);
    m_detailState->setObjectName(QStringLiteral("detailState"));
    m_detailState->setWordWrap(true);
    detailLayout->addWidget(m_detailState);
    auto *split = new QSplitter(Qt::Vertical, detail);
    split->setChildrenCollapsible(false);
    // Two tabs rather than two tables side by side: each gets the full width, also at 1280×800.
    auto *tables = new QTabWidget(split);
    tables->setObjectName(QStringLiteral("overviewTabs"));
    tables->setDocumentMode(true);
    m_devicesTable = makeTable({tr("Device"), tr("Kind"), tr("Address"), tr("State"), tr("Last probe"), tr("Last error")},
                               QStringLiteral("overviewDevices"), tr("Devices of the room"), tables);
    m_timeline = makeTable({tr("When"), tr("What"), tr("Change"), tr("Why")}, QStringLiteral("overviewTimeline"),
                           tr("Timeline of state changes"), tables);
    tables->addTab(m_devicesTable, tr("Devices"));
    tables->addTab(m_timeline, tr("Timeline of state changes"));
    split->addWidget(tables);
    m_chart = new HistoryChart(split);
    m_chart->setMinimumHeight(200);
    m_chart->setPlaceholder(tr("No measurements in the last 24 hours."));
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    detailLayout->addWidget(split, 1);
    m_stack->addWidget(detail);

    m_poll = new QTimer(this);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000); // ages and the staleness check
    connect(m_poll, &QTimer::timeout, this, &SchoolOverview::refresh);
    connect(m_ticker, &QTimer::timeout, this, &SchoolOverview::tick);
    setRefreshInterval(qMax(1000, m_options.refreshMs));
    connect(m_sortBox, &QComboBox::currentIndexChanged, this, [this](int index) { setSort(index == 1 ? Sort::ByName : Sort::WorstFirst); });
    connect(m_intervalBox, &QComboBox::activated, this, [this](int index) { setRefreshInterval(m_intervalBox->itemData(index).toInt()); });
    connect(m_discover, &QPushButton::clicked, this, &SchoolOverview::openDiscovery);
    connect(back, &QPushButton::clicked, this, &SchoolOverview::showList);
}

SchoolOverview::~SchoolOverview() = default;

void SchoolOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) { // the agents are asked only once somebody opens the overview
        m_loaded = true;
        reload();
    } else {
        refresh();
    }
    m_poll->start();
    m_ticker->start();
}

void SchoolOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool SchoolOverview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &SchoolOverview::relayout);
    return QWidget::eventFilter(watched, event);
}

void SchoolOverview::setRefreshInterval(int ms)
{
    ms = qBound(500, ms, 3'600'000);
    m_poll->setInterval(ms);
    int best = -1;
    for (int i = 0; i < m_intervalBox->count(); ++i)
        if (m_intervalBox->itemData(i).toInt() == ms)
            best = i;
    if (best < 0) { // a test's or a setting's own value
        m_intervalBox->addItem(tr("Every %1 s").arg(ms / 1000.0, 0, 'g', 3), ms);
        best = m_intervalBox->count() - 1;
    }
    m_intervalBox->setCurrentIndex(best);
}

int SchoolOverview::refreshInterval() const
{
    return m_poll->interval();
}

void SchoolOverview::setSort(Sort sort)
{
    m_sort = sort;
    const QSignalBlocker block(m_sortBox);
    m_sortBox->setCurrentIndex(sort == Sort::ByName ? 1 : 0);
    relayout();
}

void SchoolOverview::reload()
{
    ++m_generation;
    for (RoomTile &t : m_rooms) {
        delete t.tile;
        delete t.agents;
        delete t.displays;
    }
    m_rooms.clear();
    m_deviceNames.clear();
    m_roomDevices.clear();
    m_columns = 0;
    if (auto devices = store::DeviceRepository(m_db).list())
        for (const Device &d : std::as_const(*devices)) {
            m_deviceNames.insert(d.id, d.name);
            m_roomDevices[d.roomId].append(d);
        }
    auto rooms = store::RoomRepository(m_db).list();
    if (!rooms) {
        m_summary->setText(tr("The rooms cannot be read: %1").arg(rooms.errorString()));
        return;
    }
    RoomAgentsOptions agentOptions = m_options;
    agentOptions.refreshMs = 3'600'000; // the overview's own health.get poll tells reachable from unreachable
    for (const Room &room : std::as_const(*rooms)) {
        RoomTile t;
        t.name = room.name;
        t.agents = new RoomAgents(m_db, agentOptions, this);
        t.tile = new OverviewTile(m_tilesHost);
        const QString id = room.id;
        connect(t.tile, &QPushButton::clicked, this, [this, id] { showRoom(id); });
        t.agents->setRoom(id);
        if (auto displays = classroom::inventoryDisplays(m_db, id); displays && !displays->isEmpty()) {
            t.displays = new displays::RoomControl(this);
            t.displays->setDisplays(*displays);
        }
        if (t.agents->agents().isEmpty())
            t.state = QStringLiteral("no-agent");
        m_rooms.insert(id, t);
        updateTile(id);
    }
    relayout();
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
        ask(it.key());
}

void SchoolOverview::refresh()
{
    if (!m_loaded)
        return;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
        ask(it.key());
    if (!m_shown.isEmpty()) {
        loadTimeline();
        if (++m_ticks % 6 == 0)
            loadChart();
    }
}

void SchoolOverview::setState(RoomTile &t, const QString &state, const QString &error)
{
    t.error = error;
    if (t.state == state)
        return;
    // The agent's own timeline has the health changes; this PC adds only what the agent cannot tell: reachability.
    const bool reachability = t.state == QLatin1String("unreachable") || state == QLatin1String("unreachable");
    if (t.state != QLatin1String("checking") && reachability) {
        t.seen.append({QDateTime::currentMSecsSinceEpoch(), t.state, state, error});
        while (t.seen.size() > kMaxLocalEvents)
            t.seen.removeFirst();
    }
    t.state = state;
}

void SchoolOverview::ask(const QString &roomId)
{
    const auto it = m_rooms.find(roomId);
    if (it == m_rooms.end() || !it->agents)
        return;
    askDisplays(roomId);
    const QList<RoomAgent> agents = it->agents->agents();
    if (agents.isEmpty()) {
        setState(*it, QStringLiteral("no-agent"));
        updateTile(roomId);
        return;
    }
    if (it->asking)
        return; // the previous question is still open; tick() notices an agent that stopped answering
    it->asking = true;
    it->askId = ++m_askCounter;
    struct Round {
        int pending = 0;
        QStringList errors;
        std::optional<QCborMap> fallback; // an answering agent without monitoring targets
        QString fallbackAgent;
    };
    auto round = std::make_shared<Round>();
    round->pending = int(agents.size());
    const quint64 generation = m_generation, askId = it->askId;
    for (const RoomAgent &a : agents) {
        const QString agentId = a.deviceId, agentName = a.name;
        it->agents->send(agentId, QStringLiteral("health.get"), {},
                         [this, roomId, agentId, agentName, generation, askId, round](const Result<QCborMap> &r) {
                             const auto t = m_rooms.find(roomId);
                             if (generation != m_generation || t == m_rooms.end() || t->askId != askId || !t->asking)
                                 return;
                             --round->pending;
                             const bool monitoring = r && !r->value(QStringLiteral("devices")).toArray().isEmpty();
                             if (r && !monitoring && !round->fallback) {
                                 round->fallback = *r;
                                 round->fallbackAgent = agentId;
                             }
                             if (!r)
                                 round->errors << tr("%1: %2").arg(agentName, r.errorString());
                             if (!monitoring && round->pending > 0)
                                 return;
                             t->asking = false;
                             const std::optional<QCborMap> answer = monitoring ? std::optional<QCborMap>(*r) : round->fallback;
                             if (!answer) {
                                 setState(*t, QStringLiteral("unreachable"), round->errors.join(QStringLiteral("; ")));
                                 qCInfo(lcGui).noquote() << "overview:" << t->name << "agent unreachable:" << t->error;
                             } else {
                                 t->summary = SchoolHealth::summarise(*answer, m_deviceNames);
                                 t->hasSummary = true;
                                 t->agentId = monitoring ? agentId : round->fallbackAgent;
                                 t->answeredMs = QDateTime::currentMSecsSinceEpoch();
                                 setState(*t, t->summary.state);
                                 if (t->summary.state == QLatin1String("unknown") && m_poll->interval() > 3000) // just started: probes on their way
                                     QTimer::singleShot(3000, this, [this, roomId] { ask(roomId); });
                             }
                             updateTile(roomId);
                             relayout();
                             if (m_shown == roomId) {
                                 const bool back = answer && m_chart->isUnreachable();
                                 updateDetail();
                                 if (back)
                                     loadChart();
                             }
                         });
    }
}

void SchoolOverview::askDisplays(const QString &roomId)
{
    const auto it = m_rooms.find(roomId);
    if (it == m_rooms.end() || !it->displays || it->displaysBusy)
        return;
    it->displaysBusy = true;
    const quint64 generation = m_generation;
    it->displays->run(displays::RoomAction::Refresh, {}, {}, [this, roomId, generation](const QList<displays::DeviceOutcome> &outcomes) {
        const auto t = m_rooms.find(roomId);
        if (generation != m_generation || t == m_rooms.end())
            return;
        t->displaysBusy = false;
        t->hasPower = true;
        t->on = t->standby = t->warming = t->cooling = t->unknownPower = t->notAnswering = t->withErrors = 0;
        for (const displays::DeviceOutcome &o : outcomes) {
            if (!o.outcome) {
                ++t->notAnswering;
                continue;
            }
            switch (o.status.power) {
            case displays::PowerState::On: ++t->on; break;
            case displays::PowerState::Standby: ++t->standby; break;
            case displays::PowerState::Warming: ++t->warming; break;
            case displays::PowerState::Cooling: ++t->cooling; break;
            case displays::PowerState::Unknown: ++t->unknownPower; break;
            }
            if (o.status.errors.anyError())
                ++t->withErrors;
        }
        updateTile(roomId);
    });
}

QString SchoolOverview::displayPowerText(const QString &roomId) const
{
    const auto it = m_rooms.constFind(roomId);
    if (it == m_rooms.cend() || !it->hasPower)
        return {};
    QStringList d;
    if (it->on)
        d << tr("%1 on").arg(it->on);
    if (it->standby)
        d << tr("%1 standby").arg(it->standby);
    if (it->warming)
        d << tr("%1 warming up").arg(it->warming);
    if (it->cooling)
        d << tr("%1 cooling down").arg(it->cooling);
    if (it->unknownPower)
        d << tr("%1 state unknown").arg(it->unknownPower);
    if (it->notAnswering)
        d << tr("%1 not answering").arg(it->notAnswering);
    if (it->withErrors)
        d << tr("%1 with errors").arg(it->withErrors);
    return tr("Displays: %1").arg(d.join(QStringLiteral(" · ")));
}

void SchoolOverview::tick()
{
    // An agent that holds the connection but stops answering: after two intervals its old answer is not current.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 staleAfter = 2LL * m_poll->interval() + 2000;
    bool changed = false;
    for (auto it = m_rooms.begin(); it != m_rooms.end(); ++it) {
        RoomTile &t = *it;
        if (t.isCurrent() && now - t.answeredMs > staleAfter) {
            setState(t, QStringLiteral("unreachable"), tr("The agent has not answered for %1.").arg(SchoolHealth::age(now - t.answeredMs)));
            changed = true;
        }
        updateTile(it.key());
    }
    if (changed)
        relayout();
    if (!m_shown.isEmpty())
        updateDetail();
}

QString SchoolOverview::unreachableReason(const RoomTile &t)
{
    return t.error.isEmpty() ? tr("The room's agent does not answer.") : t.error;
}

QString SchoolOverview::ageText(const RoomTile &t) const
{
    if (!t.hasSummary)
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (t.state == QLatin1String("unreachable"))
        return tr("Last answer %1 ago — not current").arg(SchoolHealth::age(now - t.answeredMs));
    return tr("Updated %1 ago").arg(SchoolHealth::age(now - t.answeredMs));
}

void SchoolOverview::updateTile(const QString &roomId)
{
    const auto it = m_rooms.find(roomId);
    if (it == m_rooms.end() || !it->tile)
        return;
    RoomTile &t = *it;
    OverviewTile *tile = t.tile;
    if (tile->property("state").toString() != t.state) {
        tile->setProperty("state", t.state);
        tile->style()->unpolish(tile);
        tile->style()->polish(tile);
    }
    if (const QString css = QStringLiteral("color: %1;").arg(colourOf(t.state)); tile->state->styleSheet() != css) {
        tile->state->setStyleSheet(css);
        tile->bar->setStyleSheet(QStringLiteral("background: %1;").arg(colourOf(t.state)));
    }
    tile->setLine(tile->name, t.name);
    tile->setLine(tile->state, QStringLiteral("● ") + SchoolHealth::words(t.state));
    const bool current = t.isCurrent();
    QString reason;
    if (t.state == QLatin1String("unreachable"))
        reason = unreachableReason(t);
    else if (t.state == QLatin1String("no-agent"))
        reason = tr("No PC with an agent in this room");
    else if (t.state == QLatin1String("checking"))
        reason = tr("Asking the room's agent…");
    else if (current)
        reason = t.summary.reason;
    tile->setLine(tile->reason, reason);
    QString broadband, devices, displays;
    if (current) {
        const classroom::RoomHealthSummary &s = t.summary;
        if (s.downloadMbps || s.uploadMbps)
            broadband = tr("Broadband ↓ %1 ↑ %2 Mbit/s").arg(s.downloadMbps ? mbps(*s.downloadMbps) : QStringLiteral("–"),
                                                                s.uploadMbps ? mbps(*s.uploadMbps) : QStringLiteral("–"));
        else if (!s.broadbandError.isEmpty())
            broadband = tr("Broadband test failed: %1").arg(s.broadbandError);
        else
            broadband = tr("Broadband: not measured yet");
        if (s.broadbandAtMs > 0 && (s.downloadMbps || s.uploadMbps))
            broadband += tr(" (%1 ago)").arg(SchoolHealth::age(QDateTime::currentMSecsSinceEpoch() - s.broadbandAtMs));
        QStringList parts;
        if (s.ok)
            parts << tr("%1 OK").arg(s.ok);
        if (s.degraded)
            parts << tr("%1 degraded").arg(s.degraded);
        if (s.down)
            parts << tr("%1 down").arg(s.down);
        if (s.unknown)
            parts << tr("%1 not measured").arg(s.unknown);
        devices = parts.isEmpty() ? QString() : tr("Devices: %1").arg(parts.join(QStringLiteral(" · ")));
        const int displayCount = s.displaysAnswering + s.displaysNotAnswering + s.displaysUnknown;
        if (displayCount > 0) {
            QStringList d;
            d << tr("%1 answer").arg(s.displaysAnswering);
            if (s.displaysNotAnswering)
                d << tr("%1 not responding").arg(s.displaysNotAnswering);
            if (s.displaysUnknown)
                d << tr("%1 not measured").arg(s.displaysUnknown);
            displays = tr("Displays: %1").arg(d.join(QStringLiteral(" · ")));
        }
    }
    if (const QString power = displayPowerText(roomId); !power.isEmpty())
        displays = power; // asked from this PC right now: current even when the agent is unreachable
    tile->setLine(tile->broadband, broadband);
    tile->setLine(tile->devices, devices);
    tile->setLine(tile->displays, displays);
    tile->setLine(tile->age, ageText(t));
    tile->setAccessibleName(tile->text().replace(QLatin1Char('\n'), QLatin1String(", ")));
    tile->setToolTip(tile->text());
}

HistoryChart *SchoolOverview::chart() const
{
    return m_chart;
}

QString SchoolOverview::stateOf(const QString &roomId) const
{
    const auto it = m_rooms.constFind(roomId);
    return it != m_rooms.cend() ? it->state : QString();
}

QString SchoolOverview::tileText(const QString &roomId) const
{
    const auto it = m_rooms.constFind(roomId);
    return it != m_rooms.cend() && it->tile ? it->tile->text() : QString();
}

void SchoolOverview::relayout()
{
    if (!m_grid)
        return;
    QStringList ids = m_rooms.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const RoomTile &x = m_rooms[a];
        const RoomTile &y = m_rooms[b];
        if (m_sort == Sort::WorstFirst) {
            const int sx = SchoolHealth::severity(x.state), sy = SchoolHealth::severity(y.state);
            if (sx != sy)
                return sx < sy;
        }
        const int byName = x.name.localeAwareCompare(y.name);
        return byName != 0 ? byName < 0 : a < b;
    });
    QHash<QString, int> counts;
    for (const RoomTile &t : std::as_const(m_rooms))
        ++counts[t.state];
    QStringList parts;
    for (const char *key : {"down", "unreachable", "degraded", "unknown", "checking", "no-agent", "ok"})
        if (const int n = counts.value(QLatin1String(key)))
            parts << QStringLiteral("%1 %2").arg(n).arg(SchoolHealth::words(QLatin1String(key)));
    m_summary->setText(m_rooms.isEmpty() ? tr("No rooms yet. Add rooms under Rooms & devices.")
                                         : tr("%n room(s): %1. Tap a room for its devices, chart and timeline.", nullptr, int(m_rooms.size()))
                                               .arg(parts.join(QStringLiteral(", "))));
    const int available = m_scroll ? m_scroll->viewport()->width() - 8 : width();
    const int columns = qMax(1, (available + kTileSpacing) / (kMinTileWidth + kTileSpacing));
    if (ids == m_order && columns == m_columns)
        return;
    m_order = ids;
    m_columns = columns;
    for (const QString &id : std::as_const(ids))
        m_grid->removeWidget(m_rooms[id].tile);
    for (int c = 0; c < 8; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    QWidget *previous = m_sortBox;
    for (int i = 0; i < ids.size(); ++i) {
        OverviewTile *tile = m_rooms[ids.at(i)].tile;
        m_grid->addWidget(tile, i / columns, i % columns);
        QWidget::setTabOrder(previous, tile); // keyboard order follows the visual order
        previous = tile;
    }
}

void SchoolOverview::showList()
{
    m_shown.clear();
    m_stack->setCurrentIndex(0);
}

void SchoolOverview::showRoom(const QString &roomId)
{
    const auto it = m_rooms.constFind(roomId);
    if (it == m_rooms.cend())
        return;
    m_shown = roomId;
    m_stack->setCurrentIndex(1);
    m_timeline->setRowCount(0);
    m_agentEvents = {};
    m_chart->setLoading();
    updateDetail();
    loadChart();
    loadTimeline();
}

void SchoolOverview::updateDetail()
{
    const auto it = m_rooms.constFind(m_shown);
    if (it == m_rooms.cend())
        return;
    const RoomTile &t = *it;
    m_detailTitle->setText(t.name);
    const bool current = t.isCurrent();
    QString line = QStringLiteral("● ") + SchoolHealth::words(t.state);
    if (t.state == QLatin1String("unreachable"))
        line += QStringLiteral(" — ") + unreachableReason(t);
    else if (current)
        line += QStringLiteral(" — ") + t.summary.reason;
    if (const QString age = ageText(t); !age.isEmpty())
        line += QStringLiteral(" · ") + age;
    m_detailState->setText(line);
    m_detailState->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(colourOf(t.state)));

    // Every device of the room from the inventory, with its health when the agent's answer is current.
    QHash<QString, classroom::DeviceHealth> health;
    if (current)
        for (const classroom::DeviceHealth &d : t.summary.devices)
            health.insert(d.id, d);
    const QList<Device> list = m_roomDevices.value(m_shown); // updateDetail runs every second: no database read
    m_devicesTable->setRowCount(int(list.size()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < list.size(); ++row) {
        const Device &d = list.at(row);
        m_devicesTable->setItem(row, 0, item(d.name));
        m_devicesTable->setItem(row, 1, item(deviceKindName(d.kind)));
        m_devicesTable->setItem(row, 2, item(d.port ? QStringLiteral("%1:%2").arg(d.host).arg(d.port) : d.host));
        QString state, probe, error, colour;
        if (const auto h = health.constFind(d.id); h != health.cend()) {
            state = SchoolHealth::words(h->state);
            colour = colourOf(h->state);
            if (h->atMs > 0)
                probe = h->answered ? tr("answered in %1 ms, %2 ago").arg(h->rttMs, 0, 'f', 1).arg(SchoolHealth::age(now - h->atMs))
                                    : tr("no answer, %1 ago").arg(SchoolHealth::age(now - h->atMs));
            error = h->error;
        } else if (t.state == QLatin1String("unreachable")) {
            state = tr("No current data");
            colour = colourOf(t.state);
        } else if (d.runsAgent()) {
            state = tr("Agent");
        } else {
            state = tr("Not monitored");
        }
        m_devicesTable->setItem(row, 3, item(state, colour));
        m_devicesTable->setItem(row, 4, item(probe));
        m_devicesTable->setItem(row, 5, item(error));
    }
    m_devicesTable->resizeColumnsToContents();
    if (const QString text = tr("Agent unreachable — no current network data.");
        t.state == QLatin1String("unreachable") && m_chart->statusText() != text)
        m_chart->setUnreachable(text);
}

void SchoolOverview::loadChart()
{
    const auto it = m_rooms.constFind(m_shown);
    if (it == m_rooms.cend())
        return;
    if (it->agentId.isEmpty() || !it->agents || it->state == QLatin1String("unreachable")) {
        m_chart->setUnreachable(it->state == QLatin1String("no-agent") ? tr("No agent in this room — no network data.")
                                                                        : tr("Agent unreachable — no current network data."));
        return;
    }
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - 86'400'000LL;
    const QString roomId = m_shown;
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

void SchoolOverview::loadTimeline()
{
    const auto it = m_rooms.constFind(m_shown);
    if (it == m_rooms.cend())
        return;
    const QString roomId = m_shown;
    const auto fill = [this, roomId](const QCborArray &agentEvents) {
        const auto t = m_rooms.constFind(roomId);
        if (m_shown != roomId || t == m_rooms.cend())
            return;
        struct Row {
            qint64 ms;
            QString what, from, to, why;
        };
        QList<Row> rows;
        for (const QCborValue &v : agentEvents) {
            const QCborMap e = v.toMap();
            const QString subject = e.value(QStringLiteral("subject")).toString();
            const bool room = e.value(QStringLiteral("scope")).toString() == QLatin1String("room");
            QString why = e.value(QStringLiteral("reason")).toString();
            for (auto n = m_deviceNames.cbegin(); n != m_deviceNames.cend(); ++n) // "device 6e75cc8d-…" -> "Switch 102"
                if (why.contains(n.key()))
                    why.replace(n.key(), n.value());
            rows.append({e.value(QStringLiteral("time")).toInteger(), room ? tr("Room") : m_deviceNames.value(subject, subject),
                         e.value(QStringLiteral("from")).toString(), e.value(QStringLiteral("to")).toString(), why});
        }
        for (const LocalEvent &e : t->seen)
            rows.append({e.ms, tr("Agent (seen here)"), e.from, e.to, e.reason});
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.ms > b.ms; }); // newest first
        m_timeline->setRowCount(int(rows.size()));
        const QDate today = QDate::currentDate();
        for (int i = 0; i < rows.size(); ++i) {
            const Row &r = rows.at(i);
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.ms).toLocalTime();
            const QString when = at.date() == today ? QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"))
                                                    : QLocale().toString(at, QLocale::ShortFormat);
            m_timeline->setItem(i, 0, item(when));
            m_timeline->setItem(i, 1, item(r.what));
            m_timeline->setItem(i, 2, item(tr("%1 → %2").arg(SchoolHealth::words(r.from), SchoolHealth::words(r.to)), colourOf(r.to)));
            m_timeline->setItem(i, 3, item(r.why));
        }
        if (rows.isEmpty()) {
            m_timeline->setRowCount(1);
            m_timeline->setItem(0, 0, item(tr("No state changes in the last 24 hours.")));
        }
        m_timeline->resizeColumnsToContents();
    };
    if (it->agentId.isEmpty() || !it->agents || it->state == QLatin1String("unreachable")) {
        fill(m_agentEvents); // what the agent said while it answered
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    it->agents->send(it->agentId, QStringLiteral("health.events"), QCborMap{{QStringLiteral("since"), now - 86'400'000LL}},
                     [this, roomId, fill](const Result<QCborMap> &r) {
                         if (m_shown != roomId)
                             return;
                         const QCborArray events = r ? r->value(QStringLiteral("events")).toArray() : QCborArray();
                         if (r)
                             m_agentEvents = events;
                         else
                             qCInfo(lcGui).noquote() << "overview: health.events:" << r.errorString();
                         fill(r ? events : m_agentEvents);
                     });
}

void SchoolOverview::openDiscovery()
{
    Q_EMIT discoveryRequested();
    auto *dialog = new DiscoveryDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscoveryDialog::devicesAdded, this, &SchoolOverview::reload);
    dialog->open();
}

} // namespace tafel::gui
