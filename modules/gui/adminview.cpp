#include "gui/adminview.h"

#include "gui/adminauth.h"
#include "gui/agentskeyspage.h"
#include "gui/auditmodel.h"
#include "gui/auditpage.h"
#include "gui/devicemodel.h"
#include "gui/inventorypage.h"
#include "gui/noticebanner.h"
#include "gui/passwordchangeform.h"
#include "gui/roommodel.h"
#include "gui/schedulespage.h"
#include "gui/userspanel.h"

#include "core/clock.h"

#include "store/database.h"
#include "store/repositories.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tafel::gui {

AdminView::AdminView(store::Database &db, AdminAuth &auth, QWidget *parent)
    : QWidget(parent), m_db(db), m_auth(auth)
{
    setObjectName(QStringLiteral("adminView"));
    m_audit = new AuditModel(this);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    auto *top = new QFrame(this);
    top->setObjectName(QStringLiteral("topBar"));
    top->setAttribute(Qt::WA_StyledBackground);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(24, 12, 24, 12);
    auto *title = new QLabel(tr("Administration"), top);
    title->setObjectName(QStringLiteral("topTitle"));
    topLayout->addWidget(title);
    topLayout->addStretch(1);
    m_lock = new QPushButton(QIcon(QStringLiteral(":/icons/lock.svg")), tr("Lock"), top);
    m_lock->setObjectName(QStringLiteral("lockButton"));
    m_lock->setProperty("role", QStringLiteral("topbar"));
    m_lock->setIconSize(QSize(33, 26));
    m_lock->setAccessibleName(tr("Lock the admin view and return to the teacher view"));
    topLayout->addWidget(m_lock);
    root->addWidget(top);

    m_notice = new NoticeBanner(this);
    root->addWidget(m_notice);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("adminNav"));
    m_nav->setAccessibleName(tr("Admin sections"));
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setUniformItemSizes(true);
    m_nav->setWordWrap(true); // long (German) section names wrap onto a second line instead of being cut
    const QString names[PageCount] = {tr("Overview"),    tr("Rooms & devices"), tr("Schedules"),
                                      tr("Agents & keys"), tr("Reports to the city"), tr("Audit log"),
                                      tr("Settings")};
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_nav);
        item->setSizeHint(QSize(0, 60));
    }
    m_nav->setFixedWidth(270);
    body->addWidget(m_nav);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("adminPages"));
    m_pages->addWidget(makePlaceholder(
        tr("Overview"),
        tr("Every room of the school as a tile, worst first, with live states from the room agents. "
           "Coming with the school-wide health overview."),
        QStringLiteral("pageOverview")));
    m_inventory = new InventoryPage(m_db, AdminAuth::adminUserName(), this);
    connect(m_inventory, &InventoryPage::inventoryChanged, this, &AdminView::reload);
    m_pages->addWidget(m_inventory);
    m_schedules = new SchedulesPage(m_db, Clock::system(), this);
    m_pages->addWidget(m_schedules);
    m_agentsPage = new AgentsKeysPage(m_db, this);
    connect(m_agentsPage, &AgentsKeysPage::changed, this, &AdminView::reload);
    m_pages->addWidget(m_agentsPage);
    m_pages->addWidget(makePlaceholder(
        tr("Reports to the city"),
        tr("Broadband and availability reports for the city's education IT, sent from a durable outbox. "
           "Coming with reporting."),
        QStringLiteral("pageReports")));
    m_pages->addWidget(makeAuditPage());
    m_pages->addWidget(makeSettingsPage());
    body->addWidget(m_pages, 1);
    root->addLayout(body, 1);

    connect(m_lock, &QPushButton::clicked, this, &AdminView::lockRequested);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (row == AuditLog || row == RoomsDevices || row == Schedules)
            reload();
    });
    connect(m_schedules, &SchedulesPage::schedulesChanged, this, &AdminView::schedulesChanged);
    m_nav->setCurrentRow(RoomsDevices);
}

QWidget *AdminView::makePlaceholder(const QString &title, const QString &text, const QString &objectName)
{
    auto *page = new QWidget(this);
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(heading);
    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("placeholderCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    auto *badge = new QLabel(tr("Not available yet"), card);
    badge->setObjectName(QStringLiteral("comingBadge"));
    cardLayout->addWidget(badge, 0, Qt::AlignLeft);
    auto *body = new QLabel(text, card);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setWordWrap(true);
    cardLayout->addWidget(body);
    layout->addWidget(card);
    layout->addStretch(1);
    return page;
}

QWidget *AdminView::makeSettingsPage()
{
    auto *page = makePlaceholder(tr("Settings"),
                                 tr("Language, network, display passwords and school settings. Coming with the "
                                    "settings work."),
                                 QStringLiteral("pageSettings"));
    auto *form = new PasswordChangeForm(m_auth, page);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    layout->insertWidget(1, form); // under the title, above the "not available yet" card
    connect(form, &PasswordChangeForm::passwordChanged, this, &AdminView::reload);
    auto *users = new UsersPanel(m_db, m_auth.scryptParams(), page); // teacher accounts, who may do what
    layout->insertWidget(2, users);
    connect(users, &UsersPanel::changed, this, &AdminView::reload);
    // Password form, users and the permission table are taller than a 1280x800 screen: the page scrolls.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    page->setAutoFillBackground(false); // the page's own background, not the scroll area's palette
    scroll->viewport()->setAutoFillBackground(false);
    return scroll;
}

QWidget *AdminView::makeAuditPage()
{
    return new AuditPage(m_audit, this); // filters and export: auditpage.h
}

void AdminView::reload()
{
    QStringList problems;
    store::RoomRepository roomRepo(m_db);
    store::DeviceRepository deviceRepo(m_db);
    auto rooms = roomRepo.list();
    auto devices = deviceRepo.list();
    QHash<QString, QString> names;
    if (!devices) {
        problems << tr("Devices: %1").arg(devices.errorString());
    }
    if (rooms) {
        for (const Room &r : rooms.value())
            names.insert(r.id, r.name);
    } else {
        problems << tr("Rooms: %1").arg(rooms.errorString());
    }
    m_inventory->reload();
    for (QTableView *table : findChildren<QTableView *>())
        table->resizeColumnsToContents();

    QHash<QString, QString> targetNames = names;
    if (devices) {
        for (const Device &d : devices.value())
            targetNames.insert(d.id, d.name);
    }
    if (auto users = store::UserRepository(m_db).list()) {
        for (const store::User &u : users.value())
            targetNames.insert(u.id, u.name);
    }
    m_schedules->reload();
    auto audit = store::AuditLog(m_db).list();
    if (audit)
        m_audit->setEntries(audit.value(), targetNames);
    else
        problems << tr("Audit log: %1").arg(audit.errorString());

    if (!problems.isEmpty())
        m_notice->showMessage(tr("Some data could not be read. %1").arg(problems.join(QLatin1Char(' '))),
                              NoticeBanner::Kind::Error, 0);
}

void AdminView::setOverviewPage(QWidget *page)
{
    const int current = m_pages->currentIndex();
    QWidget *old = m_pages->widget(Overview);
    m_pages->insertWidget(Overview, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(current);
}

void AdminView::setReportsPage(QWidget *page)
{
    const int current = m_pages->currentIndex();
    QWidget *old = m_pages->widget(Reports);
    m_pages->insertWidget(Reports, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(current);
}

AgentsKeysPage *AdminView::agentsKeysPage() const
{
    return m_agentsPage.data();
}

void AdminView::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

void AdminView::showInventoryTab(int index)
{
    m_inventory->showTab(index == 0 ? InventoryPage::RoomsTab : InventoryPage::DevicesTab);
}

RoomModel *AdminView::roomModel() const
{
    return m_inventory->roomModel();
}

DeviceModel *AdminView::deviceModel() const
{
    return m_inventory->deviceModel();
}

InventoryPage *AdminView::inventoryPage() const
{
    return m_inventory;
}

SchedulesPage *AdminView::schedulesPage() const
{
    return m_schedules;
}

AdminView::Page AdminView::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

} // namespace tafel::gui
