#include "gui/teacherview.h"

#include "gui/displaytile.h"
#include "gui/healthstrip.h"
#include "gui/logging.h"
#include "gui/noticebanner.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tafel::gui {

namespace {
constexpr int kTileMinWidth = 440;

QPushButton *actionButton(const QString &icon, const QString &text, const QString &objectName,
                          const QString &role, QWidget *parent)
{
    auto *b = new QPushButton(QIcon(icon), text, parent);
    b->setObjectName(objectName);
    b->setProperty("role", role);
    b->setIconSize(QSize(35, 28));
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setAccessibleName(text);
    return b;
}
} // namespace

TeacherView::TeacherView(store::Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("teacherView"));
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    // Top bar: room, day and time, network health, Admin.
    auto *top = new QFrame(this);
    top->setObjectName(QStringLiteral("topBar"));
    top->setAttribute(Qt::WA_StyledBackground);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(24, 12, 24, 12);
    topLayout->setSpacing(28);

    m_roomPicker = new QComboBox(top);
    m_roomPicker->setObjectName(QStringLiteral("roomPicker"));
    m_roomPicker->setAccessibleName(tr("Room"));
    m_roomPicker->setView(new QListView(m_roomPicker)); // so the stylesheet can size the popup rows for touch
    m_roomPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roomPicker->setMinimumContentsLength(10);
    topLayout->addWidget(m_roomPicker);

    m_clockLabel = new QLabel(top);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    topLayout->addWidget(m_clockLabel);
    topLayout->addStretch(1);

    m_healthSummary = new QLabel(top);
    m_healthSummary->setObjectName(QStringLiteral("healthSummary"));
    m_healthSummary->setText(QStringLiteral("<span style='color:#AEB8C6'>●</span>&nbsp; ")
                             + tr("Network: not measured yet").toHtmlEscaped());
    m_healthSummary->setAccessibleName(tr("Network: not measured yet"));
    topLayout->addWidget(m_healthSummary);
    topLayout->addSpacing(12);

    m_adminButton = new QPushButton(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Admin"), top);
    m_adminButton->setObjectName(QStringLiteral("adminButton"));
    m_adminButton->setProperty("role", QStringLiteral("topbar"));
    m_adminButton->setIconSize(QSize(33, 26));
    m_adminButton->setAccessibleName(tr("Open the admin view"));
    topLayout->addWidget(m_adminButton);
    root->addWidget(top);

    m_notice = new NoticeBanner(this);
    root->addWidget(m_notice);

    // Displays area: one big tile per display or projector.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("displaysArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tilesHost = new QWidget(scroll);
    m_tilesHost->setObjectName(QStringLiteral("tilesHost"));
    auto *hostLayout = new QVBoxLayout(m_tilesHost);
    hostLayout->setContentsMargins(32, 14, 32, 16);
    hostLayout->setSpacing(12);
    auto *captionRow = new QHBoxLayout;
    auto *caption = new QLabel(tr("Displays in this room"), m_tilesHost);
    caption->setObjectName(QStringLiteral("sectionCaption"));
    captionRow->addWidget(caption);
    captionRow->addStretch(1);
    // The room's next scheduled action, so nobody is surprised when the projector goes off at 16:30.
    m_nextAction = new QLabel(m_tilesHost);
    m_nextAction->setObjectName(QStringLiteral("nextAction"));
    m_nextAction->hide();
    captionRow->addWidget(m_nextAction);
    hostLayout->addLayout(captionRow);
    m_tilesGrid = new QGridLayout;
    m_tilesGrid->setSpacing(24);
    m_tilesGrid->setAlignment(Qt::AlignTop);
    hostLayout->addLayout(m_tilesGrid);
    m_emptyLabel = new QLabel(m_tilesHost);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    hostLayout->addWidget(m_emptyLabel);

    // Panel for lesson material and messages; delivery progress per device will show here.
    auto *materialPanel = new QFrame(m_tilesHost);
    materialPanel->setObjectName(QStringLiteral("materialPanel"));
    materialPanel->setAttribute(Qt::WA_StyledBackground);
    auto *materialLayout = new QVBoxLayout(materialPanel);
    materialLayout->setContentsMargins(28, 14, 28, 14);
    materialLayout->setSpacing(6);
    auto *materialTitle = new QLabel(tr("Material and messages"), materialPanel);
    materialTitle->setObjectName(QStringLiteral("panelTitle"));
    materialLayout->addWidget(materialTitle);
    auto *materialText = new QLabel(tr("Nothing sent to this room yet. Sending material and messages comes in a "
                                       "later version; the delivery to every device will show here with its "
                                       "progress."),
                                    materialPanel);
    materialText->setObjectName(QStringLiteral("panelText"));
    materialText->setWordWrap(true);
    materialLayout->addWidget(materialText);
    hostLayout->addWidget(materialPanel);
    hostLayout->addStretch(1);
    scroll->setWidget(m_tilesHost);
    root->addWidget(scroll, 1);

    // Action bar.
    auto *actions = new QFrame(this);
    actions->setObjectName(QStringLiteral("actionBar"));
    actions->setAttribute(Qt::WA_StyledBackground);
    m_actionsGrid = new QGridLayout(actions);
    m_actionsGrid->setContentsMargins(24, 16, 24, 16);
    m_actionsGrid->setSpacing(16);
    auto *allOn = actionButton(QStringLiteral(":/icons/play.svg"), tr("All on"), QStringLiteral("actionAllOn"),
                               QStringLiteral("go"), actions);
    auto *allOff = actionButton(QStringLiteral(":/icons/stop-white.svg"), tr("All off"),
                                QStringLiteral("actionAllOff"), QStringLiteral("stop"), actions);
    auto *video = actionButton(QStringLiteral(":/icons/video.svg"), tr("Show video"), QStringLiteral("actionVideo"),
                               QStringLiteral("action"), actions);
    auto *material = actionButton(QStringLiteral(":/icons/folder.svg"), tr("Send material"),
                                  QStringLiteral("actionMaterial"), QStringLiteral("action"), actions);
    auto *message = actionButton(QStringLiteral(":/icons/message.svg"), tr("Message"),
                                 QStringLiteral("actionMessage"), QStringLiteral("action"), actions);
    allOn->setAccessibleName(tr("Switch on all displays of the room"));
    allOff->setAccessibleName(tr("Switch off all displays of the room"));
    m_actions = {allOn, allOff, video, material, message};
    layoutActions();
    root->addWidget(actions);

    m_health = new HealthStrip(this);
    root->addWidget(m_health);

    connect(m_adminButton, &QPushButton::clicked, this, &TeacherView::adminRequested);
    connect(m_roomPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        loadRoom(m_roomPicker->itemData(index).toString());
    });
    // Display control, media, material and messages arrive with later work; until then say so honestly.
    connect(allOn, &QPushButton::clicked, this, [this] {
        if (m_displayControl)
            Q_EMIT roomPowerRequested(currentRoomId(), true);
        else
            notAvailableYet(tr("Switching all displays on"));
    });
    connect(allOff, &QPushButton::clicked, this, [this] {
        if (m_displayControl)
            Q_EMIT roomPowerRequested(currentRoomId(), false);
        else
            notAvailableYet(tr("Switching all displays off"));
    });
    connect(video, &QPushButton::clicked, this, [this] {
        if (m_agentActions)
            Q_EMIT videoRequested();
        else
            notAvailableYet(tr("Showing a video on the display"));
    });
    connect(material, &QPushButton::clicked, this, [this] {
        auto *panel = m_tilesHost->findChild<QWidget *>(QStringLiteral("sendMaterialPanel"));
        if (!m_agentActions || !panel)
            return notAvailableYet(tr("Sending material to the room"));
        if (auto *area = findChild<QScrollArea *>(QStringLiteral("displaysArea")))
            area->ensureWidgetVisible(panel, 0, 0);
        Q_EMIT materialRequested();
    });
    connect(message, &QPushButton::clicked, this, [this] {
        if (m_agentActions)
            Q_EMIT messageRequested();
        else
            notAvailableYet(tr("Sending a message to the room"));
    });

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(5000);
    connect(m_clockTimer, &QTimer::timeout, this, &TeacherView::updateClock);
    m_clockTimer->start();
    updateClock();

    reloadRooms();
}

void TeacherView::reloadRooms()
{
    const QString keep = currentRoomId();
    store::RoomRepository rooms(m_db);
    auto list = rooms.list();
    {
        const QSignalBlocker blocker(m_roomPicker);
        m_roomPicker->clear();
        if (!list) {
            showNotice(tr("The rooms could not be read: %1").arg(list.errorString()));
        } else {
            for (const Room &room : list.value())
                m_roomPicker->addItem(room.name, room.id);
        }
        const int index = m_roomPicker->findData(keep);
        m_roomPicker->setCurrentIndex(index >= 0 ? index : (m_roomPicker->count() ? 0 : -1));
    }
    m_roomPicker->setEnabled(m_roomPicker->count() > 0);
    if (m_roomPicker->count() == 0)
        m_roomPicker->setPlaceholderText(tr("No rooms yet"));
    loadRoom(currentRoomId());
}

bool TeacherView::selectRoom(const QString &idOrName)
{
    int index = m_roomPicker->findData(idOrName);
    if (index < 0)
        index = m_roomPicker->findText(idOrName, Qt::MatchFixedString);
    if (index < 0)
        return false;
    m_roomPicker->setCurrentIndex(index);
    return true;
}

QString TeacherView::currentRoomId() const
{
    return m_roomPicker->currentData().toString();
}

HealthStrip *TeacherView::healthStrip() const
{
    return m_health;
}

QString TeacherView::currentRoomName() const
{
    return m_roomPicker->currentText();
}

QList<DisplayTile *> TeacherView::tiles() const
{
    QList<DisplayTile *> out;
    for (const auto &t : m_tiles) {
        if (t)
            out.append(t);
    }
    return out;
}

void TeacherView::showNotice(const QString &text)
{
    m_notice->showMessage(text);
}

void TeacherView::setNextAction(const QString &text)
{
    m_nextActionText = text;
    m_nextAction->setText(tr("Schedule: %1").arg(text));
    m_nextAction->setAccessibleName(text.isEmpty() ? QString() : tr("Next scheduled: %1").arg(text));
    m_nextAction->setVisible(!text.isEmpty());
}

QString TeacherView::nextAction() const
{
    return m_nextActionText;
}

void TeacherView::loadRoom(const QString &roomId)
{
    for (const auto &t : std::as_const(m_tiles)) {
        if (t) {
            m_tilesGrid->removeWidget(t);
            delete t.data();
        }
    }
    m_tiles.clear();
    m_columns = 0;

    QList<Device> devices;
    if (!roomId.isEmpty()) {
        store::DeviceRepository repo(m_db);
        auto list = repo.list(roomId);
        if (!list)
            showNotice(tr("The devices of this room could not be read: %1").arg(list.errorString()));
        else
            devices = list.value();
    }

    // Interactive displays first (usually the board at the front), then projectors; by name within a kind.
    QList<Device> displays;
    for (const Device &d : std::as_const(devices)) {
        if (isControllableDisplay(d.kind))
            displays.append(d);
    }
    std::stable_sort(displays.begin(), displays.end(), [](const Device &a, const Device &b) {
        return (a.kind == DeviceKind::Display) > (b.kind == DeviceKind::Display);
    });
    for (const Device &d : std::as_const(displays)) {
        auto *tile = new DisplayTile(d, m_tilesHost);
        connect(tile, &DisplayTile::powerRequested, this, [this](const QString &deviceId, bool on) {
            if (m_displayControl)
                Q_EMIT displayPowerRequested(deviceId, on);
            else
                notAvailableYet(on ? tr("Switching a display on") : tr("Switching a display off"));
        });
        connect(tile, &DisplayTile::inputRequested, this, [this](const QString &deviceId) {
            if (m_displayControl)
                Q_EMIT displayInputRequested(deviceId);
            else
                notAvailableYet(tr("Choosing the input"));
        });
        m_tiles.append(tile);
    }
    if (m_roomPicker->count() == 0) {
        m_emptyLabel->setText(tr("There are no rooms yet. An admin adds them (for now with “tafelctl rooms add "
                                 "NAME”). To look around first, start “tafel --demo”."));
    } else {
        m_emptyLabel->setText(tr("There is no display or projector in this room yet. An admin can add one under "
                                 "Admin → Rooms & devices."));
    }
    m_emptyLabel->setVisible(m_tiles.isEmpty());
    layoutTiles();
    m_health->setDevices(devices);
    qCDebug(lcGui) << "room" << roomId << "with" << devices.size() << "devices," << m_tiles.size() << "displays";
    Q_EMIT roomChanged(roomId);
}

void TeacherView::layoutTiles()
{
    const int available = qMax(1, width() - 64);
    // As many columns as fit, but no more than there are tiles: two displays share the width.
    const int fit = qBound(1, available / (kTileMinWidth + 24), 4);
    const int columns = qMax(1, qMin(fit, int(m_tiles.size())));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const auto &t : std::as_const(m_tiles))
        m_tilesGrid->removeWidget(t);
    for (int c = 0; c < 4; ++c)
        m_tilesGrid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_tilesGrid->addWidget(m_tiles.at(i), i / columns, i % columns);
        m_tiles.at(i)->show();
    }
}

void TeacherView::layoutActions()
{
    // One row when the labels fit (always in German at 1280 px); otherwise two rows rather than cut-off text.
    int needed = 48 + 16 * int(m_actions.size() - 1);
    for (const auto &b : std::as_const(m_actions))
        needed += b->sizeHint().width();
    const int perRow = needed <= width() ? int(m_actions.size()) : (int(m_actions.size()) + 1) / 2;
    if (perRow == m_actionsPerRow)
        return;
    m_actionsPerRow = perRow;
    for (const auto &b : std::as_const(m_actions))
        m_actionsGrid->removeWidget(b);
    for (int i = 0; i < m_actions.size(); ++i)
        m_actionsGrid->addWidget(m_actions.at(i), i / perRow, i % perRow);
}

void TeacherView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
    layoutActions();
}

void TeacherView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        m_actionsPerRow = 0; // size hints changed with the stylesheet
        layoutActions();
    }
}

void TeacherView::updateClock()
{
    const QDateTime now = m_clock.now().toLocalTime();
    const QLocale locale;
    m_clockLabel->setText(locale.toString(now, QStringLiteral("ddd HH:mm")));
    m_clockLabel->setAccessibleName(locale.toString(now, QLocale::LongFormat));
}

void TeacherView::setDisplayControlAvailable(bool available)
{
    m_displayControl = available;
}

void TeacherView::addPanel(QWidget *panel)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_tilesHost->layout());
    const int index = layout->indexOf(m_tilesHost->findChild<QWidget *>(QStringLiteral("materialPanel")));
    panel->setParent(m_tilesHost);
    layout->insertWidget(index < 0 ? layout->count() - 1 : index, panel);
}

void TeacherView::setMaterialPanel(QWidget *panel)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_tilesHost->layout());
    auto *placeholder = m_tilesHost->findChild<QWidget *>(QStringLiteral("materialPanel"));
    const int index = placeholder ? layout->indexOf(placeholder) : layout->count() - 1;
    delete placeholder;
    panel->setParent(m_tilesHost);
    layout->insertWidget(index, panel);
}

void TeacherView::setNetworkSummary(Tone tone, const QString &text, const QString &toolTip)
{
    const QString colour = tone == Tone::Good      ? QStringLiteral("#2E7D32")
                           : tone == Tone::Warning ? QStringLiteral("#E65100")
                           : tone == Tone::Bad     ? QStringLiteral("#C62828")
                                                   : QStringLiteral("#AEB8C6");
    m_healthSummary->setText(QStringLiteral("<span style='color:%1'>●</span>&nbsp; ").arg(colour) + text.toHtmlEscaped());
    m_healthSummary->setAccessibleName(text);
    m_healthSummary->setToolTip(toolTip);
}

QString TeacherView::networkSummary() const
{
    return m_healthSummary->accessibleName();
}

void TeacherView::notAvailableYet(const QString &what)
{
    showNotice(tr("%1 is not available yet in this version of Tafel. Nothing was changed.").arg(what));
}

} // namespace tafel::gui
