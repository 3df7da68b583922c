#include "gui/inventorypage.h"

#include "gui/devicemodel.h"
#include "gui/logging.h"
#include "gui/roommodel.h"

#include "core/hostport.h"
#include "inventory/inventoryeditor.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tafel::gui {

using inventory::ChangeKind;

namespace {

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    proxy->setFilterKeyColumn(-1); // every column
    return proxy;
}

void setupTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(48);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setMinimumSectionSize(90);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setShowGrid(false);
}

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("fieldLabel"));
    l->setBuddy(buddy);
    return l;
}

QLineEdit *field(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setMinimumWidth(360);
    return e;
}

QComboBox *combo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setAccessibleName(accessibleName);
    c->setProperty("role", QStringLiteral("field"));
    c->setView(new QListView(c)); // the stylesheet's item height applies to a QListView
    c->setMinimumWidth(360);
    return c;
}

QFrame *makeFormFrame(QWidget *parent, QLabel **title, QPushButton **save, QPushButton **cancel, const QString &prefix, QVBoxLayout **outer)
{
    auto *form = new QFrame(parent);
    form->setObjectName(QStringLiteral("inventoryForm"));
    form->setAttribute(Qt::WA_StyledBackground);
    *outer = new QVBoxLayout(form);
    (*outer)->setContentsMargins(28, 16, 28, 20);
    (*outer)->setSpacing(8);
    // Title with Cancel / Save on one row: always in sight, also at 1280×800.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    *title = new QLabel(form);
    (*title)->setObjectName(QStringLiteral("sectionTitle"));
    titleRow->addWidget(*title, 1);
    *cancel = new QPushButton(InventoryPage::tr("Cancel"), form);
    (*cancel)->setObjectName(prefix + QStringLiteral("Cancel"));
    *save = new QPushButton(InventoryPage::tr("Save"), form);
    (*save)->setObjectName(prefix + QStringLiteral("Save"));
    (*save)->setProperty("role", QStringLiteral("primary"));
    (*save)->setDefault(true);
    titleRow->addWidget(*cancel);
    titleRow->addWidget(*save);
    (*outer)->addLayout(titleRow);
    return form;
}

QWidget *scrolled(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

QString deviceWhere(const Device &d)
{
    HostPort hp{d.host, d.port};
    return hp.toString();
}

} // namespace

InventoryPage::InventoryPage(store::Database &db, QString actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("pageRoomsDevices"));
    m_rooms = new RoomModel(this);
    m_devices = new DeviceModel(this);
    m_roomsProxy = makeProxy(m_rooms, this);
    m_devicesProxy = makeProxy(m_devices, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->setSpacing(10);
    // Title row with import/export on the right: the action bar below keeps room for long (German) labels.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    auto *heading = new QLabel(tr("Rooms & devices"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    titleRow->addWidget(heading, 1);
    auto *import = new QPushButton(tr("Import CSV…"), this);
    import->setObjectName(QStringLiteral("inventoryImport"));
    import->setAccessibleName(tr("Import rooms and devices from a CSV file"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("inventoryExport"));
    exportButton->setAccessibleName(tr("Export all rooms and devices as a CSV file"));
    titleRow->addWidget(import);
    titleRow->addWidget(exportButton);
    layout->addLayout(titleRow);
    connect(import, &QPushButton::clicked, this, &InventoryPage::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, &InventoryPage::chooseExportFile);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("inventoryStack"));
    m_stack->addWidget(makeList());
    m_stack->addWidget(scrolled(makeRoomForm(), QStringLiteral("roomFormScroll"), m_stack));
    m_stack->addWidget(scrolled(makeDeviceForm(), QStringLiteral("deviceFormScroll"), m_stack));
    m_stack->addWidget(makeImport());
    layout->addWidget(m_stack, 1);
    // Forms and the import preview have their own title: the page heading gives them its height (1280×800).
    connect(m_stack, &QStackedWidget::currentChanged, this, [heading, import, exportButton](int screen) {
        heading->setVisible(screen == ListScreen);
        import->setVisible(screen == ListScreen);
        exportButton->setVisible(screen == ListScreen);
    });
}

QWidget *InventoryPage::makeTableSection(QTableView *table, QLineEdit *filter, QWidget *parent)
{
    auto *section = new QWidget(parent);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    filter->setParent(section);
    filter->setClearButtonEnabled(true);
    filter->setMinimumWidth(320);
    header->addWidget(filter);
    layout->addLayout(header);
    table->setParent(section);
    layout->addWidget(table, 1);
    return section;
}

QWidget *InventoryPage::makeList()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(10);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    m_add = new QPushButton(page);
    m_add->setObjectName(QStringLiteral("inventoryAdd"));
    m_add->setProperty("role", QStringLiteral("primary"));
    m_edit = new QPushButton(tr("Edit"), page);
    m_edit->setObjectName(QStringLiteral("inventoryEdit"));
    m_move = new QPushButton(tr("Move"), page);
    m_move->setObjectName(QStringLiteral("inventoryMove"));
    m_move->setAccessibleName(tr("Move the selected device to another room"));
    m_delete = new QPushButton(tr("Delete"), page);
    m_delete->setObjectName(QStringLiteral("inventoryDelete"));
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_move);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("inventoryStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    // Inline confirmation: nothing modal pops up over the classroom display.
    m_confirm = new QFrame(page);
    m_confirm->setObjectName(QStringLiteral("inventoryConfirm"));
    m_confirm->setAttribute(Qt::WA_StyledBackground);
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(20, 12, 20, 12);
    confirmLayout->setSpacing(12);
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setObjectName(QStringLiteral("inventoryConfirmText"));
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText, 1);
    auto *yes = new QPushButton(tr("Delete"), m_confirm);
    yes->setObjectName(QStringLiteral("inventoryConfirmDelete"));
    yes->setProperty("role", QStringLiteral("danger"));
    yes->setAccessibleName(tr("Yes, delete"));
    auto *no = new QPushButton(tr("Keep"), m_confirm);
    no->setObjectName(QStringLiteral("inventoryKeep"));
    no->setAccessibleName(tr("No, keep it"));
    confirmLayout->addWidget(yes);
    confirmLayout->addWidget(no);
    m_confirm->hide();
    layout->addWidget(m_confirm);

    // Inline "move to room".
    m_moveBar = new QFrame(page);
    m_moveBar->setObjectName(QStringLiteral("inventoryMoveBar"));
    m_moveBar->setAttribute(Qt::WA_StyledBackground);
    auto *moveLayout = new QHBoxLayout(m_moveBar);
    moveLayout->setContentsMargins(20, 12, 20, 12);
    moveLayout->setSpacing(12);
    m_moveText = new QLabel(m_moveBar);
    m_moveText->setObjectName(QStringLiteral("inventoryMoveText"));
    m_moveText->setWordWrap(true);
    moveLayout->addWidget(m_moveText, 1);
    m_moveRoom = combo(QStringLiteral("inventoryMoveRoom"), tr("Room to move the device to"), m_moveBar);
    m_moveRoom->setMinimumWidth(260);
    moveLayout->addWidget(m_moveRoom);
    auto *moveOk = new QPushButton(tr("Move here"), m_moveBar);
    moveOk->setObjectName(QStringLiteral("inventoryMoveConfirm"));
    moveOk->setProperty("role", QStringLiteral("primary"));
    auto *moveCancel = new QPushButton(tr("Cancel"), m_moveBar);
    moveCancel->setObjectName(QStringLiteral("inventoryMoveCancel"));
    moveLayout->addWidget(moveOk);
    moveLayout->addWidget(moveCancel);
    m_moveBar->hide();
    layout->addWidget(m_moveBar);

    m_roomsTable = new QTableView;
    m_roomsTable->setObjectName(QStringLiteral("roomsTable"));
    m_roomsTable->setAccessibleName(tr("Rooms"));
    setupTable(m_roomsTable, m_roomsProxy);
    m_roomsTable->sortByColumn(RoomModel::Name, Qt::AscendingOrder);
    auto *roomsFilter = new QLineEdit;
    roomsFilter->setObjectName(QStringLiteral("roomsFilter"));
    roomsFilter->setPlaceholderText(tr("Filter rooms…"));
    roomsFilter->setAccessibleName(tr("Filter rooms"));
    connect(roomsFilter, &QLineEdit::textChanged, m_roomsProxy, &QSortFilterProxyModel::setFilterFixedString);

    m_devicesTable = new QTableView;
    m_devicesTable->setObjectName(QStringLiteral("devicesTable"));
    m_devicesTable->setAccessibleName(tr("Devices"));
    setupTable(m_devicesTable, m_devicesProxy);
    m_devicesTable->sortByColumn(DeviceModel::Room, Qt::AscendingOrder);
    auto *devicesFilter = new QLineEdit;
    devicesFilter->setObjectName(QStringLiteral("devicesFilter"));
    devicesFilter->setPlaceholderText(tr("Filter devices…"));
    devicesFilter->setAccessibleName(tr("Filter devices"));
    connect(devicesFilter, &QLineEdit::textChanged, m_devicesProxy, &QSortFilterProxyModel::setFilterFixedString);

    // Two tabs rather than two stacked tables: each table gets the full height, also at 1280×800.
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("inventoryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeTableSection(m_roomsTable, roomsFilter, m_tabs), tr("Rooms"));
    m_tabs->addTab(makeTableSection(m_devicesTable, devicesFilter, m_tabs), tr("Devices"));
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_confirm->hide();
        m_moveBar->hide();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_tabs->currentIndex() == RoomsTab)
            startAddRoom();
        else
            startAddDevice();
    });
    auto edit = [this] {
        if (m_tabs->currentIndex() == RoomsTab)
            startEditRoom(selectedId(RoomsTab));
        else
            startEditDevice(selectedId(DevicesTab));
    };
    connect(m_edit, &QPushButton::clicked, this, edit);
    connect(m_roomsTable, &QTableView::doubleClicked, this, edit);
    connect(m_devicesTable, &QTableView::doubleClicked, this, edit);
    connect(m_move, &QPushButton::clicked, this, &InventoryPage::startMove);
    connect(m_delete, &QPushButton::clicked, this, &InventoryPage::requestDelete);
    connect(yes, &QPushButton::clicked, this, &InventoryPage::confirmDelete);
    connect(no, &QPushButton::clicked, this, [this] {
        m_pendingId.clear();
        m_confirm->hide();
        setStatus(tr("Nothing was deleted."));
    });
    connect(moveOk, &QPushButton::clicked, this, &InventoryPage::confirmMove);
    connect(moveCancel, &QPushButton::clicked, this, [this] {
        m_pendingId.clear();
        m_moveBar->hide();
    });
    for (QTableView *t : {m_roomsTable.data(), m_devicesTable.data()})
        connect(t->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InventoryPage::updateButtons);
    updateButtons();
    return page;
}

QWidget *InventoryPage::makeRoomForm()
{
    QLabel *title = nullptr;
    QPushButton *save = nullptr;
    QPushButton *cancel = nullptr;
    QVBoxLayout *outer = nullptr;
    auto *form = makeFormFrame(this, &title, &save, &cancel, QStringLiteral("room"), &outer);
    m_roomFormTitle = title;
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    m_roomName = field(QStringLiteral("roomName"), tr("Room name"), form);
    m_roomBuilding = field(QStringLiteral("roomBuilding"), tr("Building"), form);
    m_roomFloor = field(QStringLiteral("roomFloor"), tr("Floor"), form);
    m_roomCapacity = field(QStringLiteral("roomCapacity"), tr("Capacity (seats)"), form);
    m_roomCapacity->setValidator(new QIntValidator(0, 100000, m_roomCapacity));
    m_roomCapacity->setInputMethodHints(Qt::ImhDigitsOnly);
    int row = 0;
    grid->addWidget(fieldLabel(tr("Name"), m_roomName, form), row, 0);
    grid->addWidget(m_roomName, row++, 1);
    grid->addWidget(fieldLabel(tr("Building"), m_roomBuilding, form), row, 0);
    grid->addWidget(m_roomBuilding, row++, 1);
    grid->addWidget(fieldLabel(tr("Floor"), m_roomFloor, form), row, 0);
    grid->addWidget(m_roomFloor, row++, 1);
    grid->addWidget(fieldLabel(tr("Seats"), m_roomCapacity, form), row, 0);
    grid->addWidget(m_roomCapacity, row++, 1);
    outer->addLayout(grid);
    m_roomError = new QLabel(form);
    m_roomError->setObjectName(QStringLiteral("roomError"));
    m_roomError->setProperty("role", QStringLiteral("fieldError"));
    m_roomError->setWordWrap(true);
    m_roomError->hide();
    outer->addWidget(m_roomError);
    outer->addStretch(1);
    connect(save, &QPushButton::clicked, this, &InventoryPage::saveRoom);
    connect(m_roomName, &QLineEdit::returnPressed, this, &InventoryPage::saveRoom);
    connect(cancel, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(ListScreen); });
    return form;
}

QWidget *InventoryPage::makeDeviceForm()
{
    QLabel *title = nullptr;
    QPushButton *save = nullptr;
    QPushButton *cancel = nullptr;
    QVBoxLayout *outer = nullptr;
    auto *form = makeFormFrame(this, &title, &save, &cancel, QStringLiteral("device"), &outer);
    m_deviceFormTitle = title;
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_deviceRoom = combo(QStringLiteral("deviceRoom"), tr("Room"), form);
    m_deviceKind = combo(QStringLiteral("deviceKind"), tr("Kind of device"), form);
    for (DeviceKind k : allDeviceKinds())
        m_deviceKind->addItem(deviceKindName(k), QVariant::fromValue(k));
    m_deviceName = field(QStringLiteral("deviceName"), tr("Device name"), form);
    m_deviceHost = field(QStringLiteral("deviceHost"), tr("IP address or host name"), form);
    m_deviceHost->setPlaceholderText(tr("e.g. 192.168.20.14"));
    m_devicePort = field(QStringLiteral("devicePort"), tr("Port"), form);
    m_devicePort->setPlaceholderText(tr("default of the protocol"));
    m_devicePort->setValidator(new QIntValidator(0, 65535, m_devicePort));
    m_devicePort->setInputMethodHints(Qt::ImhDigitsOnly);
    m_deviceMac = field(QStringLiteral("deviceMac"), tr("MAC address"), form);
    m_deviceMac->setPlaceholderText(tr("e.g. 00:11:22:AA:BB:CC (for Wake-on-LAN)"));
    m_deviceProtocol = combo(QStringLiteral("deviceProtocol"), tr("Control protocol"), form);
    m_deviceProtocol->addItem(tr("None (reachability only)"), QString());
    m_deviceProtocol->addItem(tr("PJLink (projectors)"), QStringLiteral("pjlink"));
    m_deviceProtocol->addItem(tr("Samsung MDC (displays)"), QStringLiteral("mdc"));
    m_deviceProtocol->addItem(tr("Tafel agent"), QStringLiteral("agent"));
    m_deviceAgent = new QCheckBox(tr("A Tafel agent runs on this device"), form);
    m_deviceAgent->setObjectName(QStringLiteral("deviceAgent"));
    m_deviceAgent->setProperty("role", QStringLiteral("field"));

    m_password = field(QStringLiteral("devicePassword"), tr("New PJLink password or MDC PIN"), form);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to keep"));
    m_passwordState = new QLabel(form);
    m_passwordState->setObjectName(QStringLiteral("devicePasswordState"));
    m_clearPasswordButton = new QPushButton(tr("Remove stored password"), form);
    m_clearPasswordButton->setObjectName(QStringLiteral("deviceClearPassword"));
    m_clearPasswordButton->setCheckable(true);
    m_clearPasswordButton->setProperty("role", QStringLiteral("toggle"));

    // Two label/field pairs per row; narrower fields than the room form so it fits 1280 px with long labels.
    for (QWidget *w : std::initializer_list<QWidget *>{m_deviceRoom, m_deviceKind, m_deviceName, m_deviceHost, m_devicePort, m_deviceMac,
                                                       m_deviceProtocol, m_password})
        w->setMinimumWidth(200);
    int row = 0;
    grid->addWidget(fieldLabel(tr("Room"), m_deviceRoom, form), row, 0);
    grid->addWidget(m_deviceRoom, row, 1);
    grid->addWidget(fieldLabel(tr("Kind"), m_deviceKind, form), row, 2);
    grid->addWidget(m_deviceKind, row++, 3);
    grid->addWidget(fieldLabel(tr("Name"), m_deviceName, form), row, 0);
    grid->addWidget(m_deviceName, row, 1);
    grid->addWidget(fieldLabel(tr("Protocol"), m_deviceProtocol, form), row, 2);
    grid->addWidget(m_deviceProtocol, row++, 3);
    grid->addWidget(fieldLabel(tr("Host"), m_deviceHost, form), row, 0);
    grid->addWidget(m_deviceHost, row, 1);
    grid->addWidget(fieldLabel(tr("Port"), m_devicePort, form), row, 2);
    grid->addWidget(m_devicePort, row++, 3);
    grid->addWidget(fieldLabel(tr("MAC"), m_deviceMac, form), row, 0);
    grid->addWidget(m_deviceMac, row++, 1);
    grid->addWidget(m_deviceAgent, row++, 1, 1, 3);
    grid->addWidget(fieldLabel(tr("Password / PIN"), m_password, form), row, 0);
    grid->addWidget(m_password, row, 1);
    grid->addWidget(m_passwordState, row++, 2, 1, 2);
    auto *pwRow = new QHBoxLayout;
    pwRow->setSpacing(12);
    pwRow->addWidget(m_clearPasswordButton);
    pwRow->addStretch(1);
    grid->addLayout(pwRow, row++, 1, 1, 3);
    outer->addLayout(grid);
    auto *pwHint = new QLabel(tr("Passwords are stored encrypted and never shown again. Type a new one to replace it."), form);
    pwHint->setObjectName(QStringLiteral("pageHint"));
    pwHint->setWordWrap(true);
    outer->addWidget(pwHint);
    m_deviceError = new QLabel(form);
    m_deviceError->setObjectName(QStringLiteral("deviceError"));
    m_deviceError->setProperty("role", QStringLiteral("fieldError"));
    m_deviceError->setWordWrap(true);
    m_deviceError->hide();
    outer->addWidget(m_deviceError);
    outer->addStretch(1);

    connect(m_deviceProtocol, &QComboBox::currentIndexChanged, this, [this] {
        if (m_deviceProtocol->currentData().toString() == QLatin1String("agent"))
            m_deviceAgent->setChecked(true);
    });
    connect(m_clearPasswordButton, &QPushButton::toggled, this, [this](bool on) {
        m_clearPassword = on;
        m_password->setEnabled(!on);
        if (on)
            m_password->clear();
    });
    connect(save, &QPushButton::clicked, this, &InventoryPage::saveDevice);
    connect(cancel, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(ListScreen); });
    return form;
}

QWidget *InventoryPage::makeImport()
{
    auto *page = new QFrame(this);
    page->setObjectName(QStringLiteral("inventoryForm"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(28, 16, 28, 20);
    outer->setSpacing(10);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    auto *title = new QLabel(tr("Import from CSV: check before anything is written"), page);
    title->setObjectName(QStringLiteral("sectionTitle"));
    title->setWordWrap(true);
    titleRow->addWidget(title, 1);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("importCancel"));
    cancel->setAccessibleName(tr("Cancel the import; nothing is written"));
    m_apply = new QPushButton(tr("Apply"), page);
    m_apply->setObjectName(QStringLiteral("importApply"));
    m_apply->setProperty("role", QStringLiteral("primary"));
    m_apply->setAccessibleName(tr("Apply the changes shown"));
    titleRow->addWidget(cancel);
    titleRow->addWidget(m_apply);
    outer->addLayout(titleRow);

    auto *fileRow = new QHBoxLayout;
    fileRow->setSpacing(12);
    m_importFile = new QLabel(page);
    m_importFile->setObjectName(QStringLiteral("importFile"));
    m_importFile->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose file…"), page);
    choose->setObjectName(QStringLiteral("importChoose"));
    fileRow->addWidget(m_importFile, 1);
    fileRow->addWidget(choose);
    outer->addLayout(fileRow);

    auto *options = new QVBoxLayout; // one per line: long labels in German
    options->setSpacing(0);
    m_createRooms = new QCheckBox(tr("Create rooms that do not exist yet"), page);
    m_createRooms->setObjectName(QStringLiteral("importCreateRooms"));
    m_createRooms->setProperty("role", QStringLiteral("field"));
    m_createRooms->setChecked(true);
    m_skipBad = new QCheckBox(tr("Skip the lines with errors, import the rest"), page);
    m_skipBad->setObjectName(QStringLiteral("importSkipBad"));
    m_skipBad->setProperty("role", QStringLiteral("field"));
    options->addWidget(m_createRooms);
    options->addWidget(m_skipBad);
    outer->addLayout(options);

    m_importSummary = new QLabel(page);
    m_importSummary->setObjectName(QStringLiteral("importSummary"));
    m_importSummary->setWordWrap(true);
    outer->addWidget(m_importSummary);

    auto *split = new QSplitter(Qt::Vertical, page);
    split->setChildrenCollapsible(false);
    m_changes = new QTableWidget(0, 4, split);
    m_changes->setObjectName(QStringLiteral("importChanges"));
    m_changes->setAccessibleName(tr("Changes the import would make"));
    m_changes->setHorizontalHeaderLabels({tr("Line"), tr("Change"), tr("What"), tr("Details")});
    m_errors = new QTableWidget(0, 2);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setAccessibleName(tr("Lines with errors"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    for (QTableWidget *t : {m_changes.data(), m_errors.data()}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
        t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        t->setWordWrap(true);
        t->setAlternatingRowColors(true);
        t->setShowGrid(false);
    }
    auto *errorsBox = new QWidget(split);
    auto *errorsLayout = new QVBoxLayout(errorsBox);
    errorsLayout->setContentsMargins(0, 8, 0, 0);
    errorsLayout->setSpacing(6);
    m_errorsTitle = new QLabel(errorsBox);
    m_errorsTitle->setObjectName(QStringLiteral("importErrorsTitle"));
    m_errorsTitle->setProperty("role", QStringLiteral("fieldError"));
    errorsLayout->addWidget(m_errorsTitle);
    m_errors->setParent(errorsBox);
    errorsLayout->addWidget(m_errors, 1);
    split->addWidget(m_changes);
    split->addWidget(errorsBox);
    outer->addWidget(split, 1);

    connect(choose, &QPushButton::clicked, this, &InventoryPage::chooseImportFile);
    connect(m_createRooms, &QCheckBox::toggled, this, &InventoryPage::refreshPreview);
    connect(m_skipBad, &QCheckBox::toggled, this, &InventoryPage::refreshPreview);
    connect(m_apply, &QPushButton::clicked, this, &InventoryPage::applyImport);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(ListScreen);
        setStatus(tr("Import cancelled; nothing was written."));
    });
    return page;
}

// ---- list ------------------------------------------------------------------------------------------------------

void InventoryPage::reload()
{
    store::RoomRepository roomRepo(m_db);
    store::DeviceRepository deviceRepo(m_db);
    auto rooms = roomRepo.list();
    auto devices = deviceRepo.list();
    QHash<QString, int> counts;
    QHash<QString, QString> names;
    QStringList problems;
    if (devices) {
        for (const Device &d : devices.value())
            ++counts[d.roomId];
    } else {
        problems << tr("Devices: %1").arg(devices.errorString());
    }
    if (rooms) {
        for (const Room &r : rooms.value())
            names.insert(r.id, r.name);
        m_rooms->setRooms(rooms.value(), counts);
    } else {
        problems << tr("Rooms: %1").arg(rooms.errorString());
    }
    if (devices)
        m_devices->setDevices(devices.value(), names);
    m_roomsTable->resizeColumnsToContents();
    m_devicesTable->resizeColumnsToContents();
    m_tabs->setTabText(RoomsTab, tr("Rooms (%1)").arg(m_rooms->rowCount()));
    m_tabs->setTabText(DevicesTab, tr("Devices (%1)").arg(m_devices->rowCount()));
    if (!problems.isEmpty())
        setStatus(tr("Some data could not be read. %1").arg(problems.join(QLatin1Char(' '))), true);
    updateButtons();
}

void InventoryPage::showTab(Tab tab)
{
    m_stack->setCurrentIndex(ListScreen);
    m_tabs->setCurrentIndex(tab);
}

InventoryPage::Screen InventoryPage::currentScreen() const
{
    return static_cast<Screen>(m_stack->currentIndex());
}

QString InventoryPage::selectedId(Tab tab) const
{
    QTableView *table = tab == RoomsTab ? m_roomsTable : m_devicesTable;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(tab == RoomsTab ? int(RoomModel::IdRole) : int(DeviceModel::IdRole)).toString();
}

void InventoryPage::updateButtons()
{
    const bool rooms = m_tabs->currentIndex() == RoomsTab;
    const bool selected = !selectedId(rooms ? RoomsTab : DevicesTab).isEmpty();
    m_add->setText(rooms ? tr("New room") : tr("New device"));
    m_add->setAccessibleName(rooms ? tr("Add a room") : tr("Add a device"));
    m_add->setEnabled(rooms || m_rooms->rowCount() > 0);
    m_edit->setEnabled(selected);
    m_edit->setAccessibleName(rooms ? tr("Edit the selected room") : tr("Edit the selected device"));
    m_delete->setEnabled(selected);
    m_delete->setAccessibleName(rooms ? tr("Delete the selected room") : tr("Delete the selected device"));
    m_move->setVisible(!rooms);
    m_move->setEnabled(!rooms && selected && m_rooms->rowCount() > 1);
}

void InventoryPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("role", error ? QStringLiteral("fieldError") : QString());
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setVisible(!text.isEmpty());
}

// ---- rooms -----------------------------------------------------------------------------------------------------

void InventoryPage::startAddRoom()
{
    m_roomId.clear();
    m_roomFormTitle->setText(tr("New room"));
    for (QLineEdit *e : {m_roomName.data(), m_roomBuilding.data(), m_roomFloor.data(), m_roomCapacity.data()})
        e->clear();
    m_roomError->hide();
    m_stack->setCurrentIndex(RoomFormScreen);
    m_roomName->setFocus();
}

void InventoryPage::startEditRoom(const QString &id)
{
    auto room = store::RoomRepository(m_db).get(id);
    if (!room) {
        setStatus(room.errorString(), true);
        return;
    }
    m_roomId = id;
    m_roomFormTitle->setText(tr("Edit room %1").arg(room->name));
    m_roomName->setText(room->name);
    m_roomBuilding->setText(room->building);
    m_roomFloor->setText(room->floor);
    m_roomCapacity->setText(room->capacity ? QString::number(room->capacity) : QString());
    m_roomError->hide();
    m_stack->setCurrentIndex(RoomFormScreen);
    m_roomName->setFocus();
}

void InventoryPage::saveRoom()
{
    Room room;
    room.id = m_roomId;
    room.name = m_roomName->text().trimmed();
    room.building = m_roomBuilding->text().trimmed();
    room.floor = m_roomFloor->text().trimmed();
    room.capacity = m_roomCapacity->text().trimmed().isEmpty() ? 0 : m_roomCapacity->text().toInt();
    auto fail = [this](const QString &message, QWidget *focus) {
        m_roomError->setText(message);
        m_roomError->show();
        if (focus)
            focus->setFocus();
    };
    if (room.name.isEmpty())
        return fail(tr("The room needs a name."), m_roomName);
    inventory::InventoryEditor editor(m_db, m_actor);
    Status st;
    if (m_roomId.isEmpty()) {
        auto added = editor.addRoom(room);
        st = added ? Status() : Status(added.error());
    } else {
        st = editor.updateRoom(room);
    }
    if (!st)
        return fail(st.errorString(), m_roomName);
    m_stack->setCurrentIndex(ListScreen);
    setStatus(m_roomId.isEmpty() ? tr("Room %1 added.").arg(room.name) : tr("Room %1 saved.").arg(room.name));
    reload();
    Q_EMIT inventoryChanged();
}

// ---- devices ---------------------------------------------------------------------------------------------------

void InventoryPage::fillRoomCombo(QComboBox *box, const QString &selectRoomId)
{
    box->clear();
    QList<Room> rooms = m_rooms->rooms();
    std::sort(rooms.begin(), rooms.end(), [](const Room &a, const Room &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Room &r : rooms)
        box->addItem(r.name, r.id);
    const int index = box->findData(selectRoomId);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void InventoryPage::startAddDevice()
{
    m_deviceId.clear();
    m_deviceFormTitle->setText(tr("New device"));
    // Preselect the room of the selected device, else the first.
    QString roomId;
    if (auto d = store::DeviceRepository(m_db).get(selectedId(DevicesTab)))
        roomId = d->roomId;
    fillRoomCombo(m_deviceRoom, roomId);
    m_deviceKind->setCurrentIndex(m_deviceKind->findData(QVariant::fromValue(DeviceKind::Display)));
    for (QLineEdit *e : {m_deviceName.data(), m_deviceHost.data(), m_devicePort.data(), m_deviceMac.data(), m_password.data()})
        e->clear();
    m_deviceProtocol->setCurrentIndex(0);
    m_deviceAgent->setChecked(false);
    m_passwordState->setText(tr("Password: not set"));
    m_clearPasswordButton->setChecked(false);
    m_clearPasswordButton->hide();
    m_deviceError->hide();
    m_stack->setCurrentIndex(DeviceFormScreen);
    m_deviceName->setFocus();
}

void InventoryPage::startEditDevice(const QString &id)
{
    auto device = store::DeviceRepository(m_db).get(id);
    if (!device) {
        setStatus(device.errorString(), true);
        return;
    }
    m_deviceId = id;
    m_deviceFormTitle->setText(tr("Edit device %1").arg(device->name));
    fillRoomCombo(m_deviceRoom, device->roomId);
    m_deviceKind->setCurrentIndex(m_deviceKind->findData(QVariant::fromValue(device->kind)));
    m_deviceName->setText(device->name);
    m_deviceHost->setText(device->host);
    m_devicePort->setText(device->port ? QString::number(device->port) : QString());
    m_deviceMac->setText(device->mac);
    m_deviceProtocol->setCurrentIndex(std::max(0, m_deviceProtocol->findData(device->protocol)));
    m_deviceAgent->setChecked(device->hasAgent);
    m_password->clear();
    const bool hasPassword = !device->credentialRef.isEmpty();
    m_passwordState->setText(hasPassword ? tr("Password: set") : tr("Password: not set"));
    m_clearPasswordButton->setChecked(false);
    m_clearPasswordButton->setVisible(hasPassword);
    m_deviceError->hide();
    m_stack->setCurrentIndex(DeviceFormScreen);
    m_deviceName->setFocus();
}

void InventoryPage::saveDevice()
{
    auto fail = [this](const QString &message, QWidget *focus) {
        m_deviceError->setText(message);
        m_deviceError->show();
        if (focus)
            focus->setFocus();
    };
    Device d;
    if (!m_deviceId.isEmpty()) {
        auto stored = store::DeviceRepository(m_db).get(m_deviceId);
        if (!stored)
            return fail(stored.errorString(), nullptr);
        d = *stored;
    }
    d.roomId = m_deviceRoom->currentData().toString();
    d.kind = m_deviceKind->currentData().value<DeviceKind>();
    d.name = m_deviceName->text().trimmed();
    if (d.roomId.isEmpty())
        return fail(tr("Choose the room of the device."), m_deviceRoom);
    if (d.name.isEmpty())
        return fail(tr("The device needs a name."), m_deviceName);
    auto hp = parseHostPort(m_deviceHost->text());
    if (!hp)
        return fail(hp.errorString(), m_deviceHost);
    d.host = hp->host;
    d.port = m_devicePort->text().trimmed().isEmpty() ? hp->port : quint16(m_devicePort->text().toUInt());
    if (!m_deviceMac->text().trimmed().isEmpty()) {
        auto mac = store::normalizeMac(m_deviceMac->text());
        if (!mac)
            return fail(mac.errorString(), m_deviceMac);
        d.mac = *mac;
    } else {
        d.mac.clear();
    }
    d.protocol = m_deviceProtocol->currentData().toString();
    d.hasAgent = m_deviceAgent->isChecked();
    const QString secret = m_password->text();

    inventory::InventoryEditor editor(m_db, m_actor);
    Status st;
    // One transaction for the device and its password, so a refused password leaves the device as it was.
    st = m_db.transaction([&]() -> Status {
        if (m_deviceId.isEmpty()) {
            auto added = editor.addDevice(d, secret.isEmpty() ? std::nullopt : std::optional<QString>(secret));
            return added ? Status() : Status(added.error());
        }
        if (auto u = editor.updateDevice(d); !u)
            return u;
        if (m_clearPassword)
            return editor.clearPassword(d.id);
        if (!secret.isEmpty())
            return editor.setPassword(d.id, secret);
        return {};
    });
    m_password->clear(); // never kept in the form
    if (!st)
        return fail(st.errorString(), nullptr);
    m_stack->setCurrentIndex(ListScreen);
    setStatus(m_deviceId.isEmpty() ? tr("Device %1 added.").arg(d.name) : tr("Device %1 saved.").arg(d.name));
    reload();
    Q_EMIT inventoryChanged();
}

// ---- delete / move ---------------------------------------------------------------------------------------------

void InventoryPage::requestDelete()
{
    m_moveBar->hide();
    m_pendingTab = m_tabs->currentIndex() == RoomsTab ? RoomsTab : DevicesTab;
    m_pendingId = selectedId(m_pendingTab);
    if (m_pendingId.isEmpty())
        return;
    if (m_pendingTab == RoomsTab) {
        auto room = store::RoomRepository(m_db).get(m_pendingId);
        auto count = inventory::InventoryEditor(m_db, m_actor).deviceCount(m_pendingId);
        if (!room || !count) {
            setStatus(!room ? room.errorString() : count.errorString(), true);
            return;
        }
        m_confirmText->setText(*count == 0 ? tr("Delete room %1? It has no devices.").arg(room->name)
                                           : tr("Delete room %1 and its %n device(s)? They are deleted with it.", nullptr, *count).arg(room->name));
    } else {
        auto device = store::DeviceRepository(m_db).get(m_pendingId);
        if (!device) {
            setStatus(device.errorString(), true);
            return;
        }
        QString roomName;
        for (const Room &r : m_rooms->rooms()) {
            if (r.id == device->roomId)
                roomName = r.name;
        }
        m_confirmText->setText(tr("Delete device %1 from room %2?").arg(device->name, roomName));
    }
    m_confirm->show();
}

void InventoryPage::confirmDelete()
{
    const QString id = m_pendingId;
    m_pendingId.clear();
    m_confirm->hide();
    if (id.isEmpty())
        return;
    inventory::InventoryEditor editor(m_db, m_actor);
    if (m_pendingTab == RoomsTab) {
        auto removed = editor.removeRoom(id);
        if (!removed)
            setStatus(tr("Not deleted: %1").arg(removed.errorString()), true);
        else
            setStatus(tr("Room deleted with %n device(s).", nullptr, *removed));
    } else {
        const Status st = editor.removeDevice(id);
        setStatus(st ? tr("Device deleted.") : tr("Not deleted: %1").arg(st.errorString()), !st);
    }
    reload();
    Q_EMIT inventoryChanged();
}

void InventoryPage::startMove()
{
    m_confirm->hide();
    m_pendingId = selectedId(DevicesTab);
    auto device = store::DeviceRepository(m_db).get(m_pendingId);
    if (!device)
        return;
    fillRoomCombo(m_moveRoom, device->roomId);
    m_moveText->setText(tr("Move %1 to:").arg(device->name));
    m_moveBar->show();
    m_moveRoom->setFocus();
}

void InventoryPage::confirmMove()
{
    const QString id = m_pendingId;
    const QString roomId = m_moveRoom->currentData().toString();
    m_pendingId.clear();
    m_moveBar->hide();
    if (id.isEmpty() || roomId.isEmpty())
        return;
    const Status st = inventory::InventoryEditor(m_db, m_actor).moveDevice(id, roomId);
    setStatus(st ? tr("Moved to %1.").arg(m_moveRoom->currentText()) : tr("Not moved: %1").arg(st.errorString()), !st);
    reload();
    Q_EMIT inventoryChanged();
}

// ---- import / export -------------------------------------------------------------------------------------------

void InventoryPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import rooms and devices"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        previewFile(path);
}

void InventoryPage::previewFile(const QString &path)
{
    m_importPath = path;
    m_parsed = {};
    QFile file(path);
    m_importFile->setText(tr("File: %1").arg(QFileInfo(path).fileName()));
    m_stack->setCurrentIndex(ImportScreen);
    if (!file.open(QIODevice::ReadOnly)) {
        m_parsed.fatal = true;
        m_parsed.errors = {inventory::LineError{inventory::LineError::Kind::Encoding, 0, tr("Cannot read the file: %1").arg(file.errorString())}};
    } else if (file.size() > 64 * 1024 * 1024) {
        m_parsed.fatal = true;
        m_parsed.errors = {inventory::LineError{inventory::LineError::Kind::TooLarge, 0, tr("The file is too large for an inventory file.")}};
    } else {
        m_parsed = inventory::parseInventoryCsv(file.readAll());
    }
    refreshPreview();
}

void InventoryPage::refreshPreview()
{
    inventory::ImportOptions options;
    options.createRooms = m_createRooms->isChecked();
    auto plan = inventory::previewImport(m_db, m_parsed, options);
    if (!plan) {
        m_plan = {};
        m_plan.fatal = true;
        m_plan.errors = {inventory::LineError{inventory::LineError::Kind::Encoding, 0, plan.errorString()}};
    } else {
        m_plan = *plan;
    }
    const auto &p = m_plan;
    if (p.fatal) {
        m_importSummary->setText(tr("This file cannot be imported. Nothing will be written."));
    } else {
        m_importSummary->setText(tr("%1 lines read. Rooms: %2 new, %3 changed, %4 unchanged. Devices: %5 new, %6 changed, %7 unchanged.")
                                     .arg(p.lineCount)
                                     .arg(p.roomCount(ChangeKind::Add))
                                     .arg(p.roomCount(ChangeKind::Change))
                                     .arg(p.roomCount(ChangeKind::Unchanged))
                                     .arg(p.deviceCount(ChangeKind::Add))
                                     .arg(p.deviceCount(ChangeKind::Change))
                                     .arg(p.deviceCount(ChangeKind::Unchanged)));
    }

    m_changes->setRowCount(0);
    auto addChange = [this](int line, const QString &change, const QString &what, const QString &details) {
        const int r = m_changes->rowCount();
        m_changes->insertRow(r);
        m_changes->setItem(r, 0, new QTableWidgetItem(QString::number(line)));
        m_changes->setItem(r, 1, new QTableWidgetItem(change));
        m_changes->setItem(r, 2, new QTableWidgetItem(what));
        m_changes->setItem(r, 3, new QTableWidgetItem(details));
    };
    for (const auto &rc : p.rooms) {
        if (rc.kind == ChangeKind::Add) {
            addChange(rc.line, tr("New room"), rc.after.name,
                      QStringList{rc.after.building, rc.after.floor, rc.after.capacity ? tr("%1 seats").arg(rc.after.capacity) : QString()}
                          .filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", ")));
        } else if (rc.kind == ChangeKind::Change) {
            QStringList parts;
            if (rc.before.building != rc.after.building)
                parts << tr("building %1 → %2").arg(rc.before.building, rc.after.building);
            if (rc.before.floor != rc.after.floor)
                parts << tr("floor %1 → %2").arg(rc.before.floor, rc.after.floor);
            if (rc.before.capacity != rc.after.capacity)
                parts << tr("seats %1 → %2").arg(rc.before.capacity).arg(rc.after.capacity);
            addChange(rc.line, tr("Room changed"), rc.after.name, parts.join(QStringLiteral("; ")));
        }
    }
    for (const auto &dc : p.devices) {
        if (dc.kind == ChangeKind::Add) {
            addChange(dc.line, tr("New device"), tr("%1 in %2").arg(dc.after.name, dc.afterRoom),
                      QStringLiteral("%1, %2").arg(deviceKindName(dc.after.kind), deviceWhere(dc.after)));
        } else if (dc.kind == ChangeKind::Change) {
            QStringList parts;
            if (dc.moved())
                parts << tr("room %1 → %2").arg(dc.beforeRoom, dc.afterRoom);
            if (dc.before.name != dc.after.name)
                parts << tr("name %1 → %2").arg(dc.before.name, dc.after.name);
            if (dc.before.kind != dc.after.kind)
                parts << tr("kind %1 → %2").arg(deviceKindName(dc.before.kind), deviceKindName(dc.after.kind));
            if (dc.before.host != dc.after.host || dc.before.port != dc.after.port)
                parts << tr("address %1 → %2").arg(deviceWhere(dc.before), deviceWhere(dc.after));
            if (dc.before.mac != dc.after.mac)
                parts << tr("MAC %1 → %2").arg(dc.before.mac, dc.after.mac);
            if (dc.before.protocol != dc.after.protocol)
                parts << tr("protocol %1 → %2").arg(dc.before.protocol, dc.after.protocol);
            if (dc.before.hasAgent != dc.after.hasAgent)
                parts << (dc.after.hasAgent ? tr("agent: now yes") : tr("agent: now no"));
            addChange(dc.line, dc.moved() ? tr("Device moved") : tr("Device changed"), tr("%1 in %2").arg(dc.after.name, dc.afterRoom),
                      parts.join(QStringLiteral("; ")));
        }
    }
    m_changes->resizeColumnsToContents();

    m_errors->setRowCount(0);
    for (const auto &e : p.errors) {
        const int r = m_errors->rowCount();
        m_errors->insertRow(r);
        m_errors->setItem(r, 0, new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : tr("file")));
        m_errors->setItem(r, 1, new QTableWidgetItem(e.message));
    }
    m_errors->resizeColumnToContents(0);
    m_errorsTitle->setText(p.errors.isEmpty() ? tr("No errors.")
                                              : tr("%n line(s) with errors. Fix them in the file and choose it again, or skip them.", nullptr,
                                                   p.badLineCount()));
    m_errorsTitle->setProperty("role", p.errors.isEmpty() ? QString() : QStringLiteral("fieldError"));
    m_errorsTitle->style()->unpolish(m_errorsTitle);
    m_errorsTitle->style()->polish(m_errorsTitle);
    m_errors->setVisible(!p.errors.isEmpty());

    const bool blocked = p.fatal || (!p.errors.isEmpty() && !m_skipBad->isChecked());
    m_apply->setEnabled(!blocked && p.hasChanges());
    m_apply->setToolTip(blocked ? tr("Fix the errors or choose to skip the bad lines.") : QString());
}

void InventoryPage::applyImport()
{
    inventory::ImportOptions options;
    options.createRooms = m_createRooms->isChecked();
    auto applied = inventory::applyImport(m_db, m_parsed, options, m_skipBad->isChecked() ? inventory::BadLines::Skip : inventory::BadLines::Block,
                                          m_actor, QFileInfo(m_importPath).fileName(), &m_plan);
    if (!applied) {
        refreshPreview(); // the file or the inventory may have changed: show the current state
        m_importSummary->setText(tr("Nothing was written: %1").arg(applied.errorString()));
        return;
    }
    const auto &p = *applied;
    m_stack->setCurrentIndex(ListScreen);
    setStatus(tr("Imported. Rooms: %1 new, %2 changed. Devices: %3 new, %4 changed.")
                  .arg(p.roomCount(ChangeKind::Add))
                  .arg(p.roomCount(ChangeKind::Change))
                  .arg(p.deviceCount(ChangeKind::Add))
                  .arg(p.deviceCount(ChangeKind::Change)));
    reload();
    Q_EMIT inventoryChanged();
}

void InventoryPage::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/tafel-inventory.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rooms and devices"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool InventoryPage::exportTo(const QString &path)
{
    auto rooms = store::RoomRepository(m_db).list();
    auto devices = store::DeviceRepository(m_db).list();
    if (!rooms || !devices) {
        setStatus(tr("Not exported: %1").arg(!rooms ? rooms.errorString() : devices.errorString()), true);
        return false;
    }
    // ';' where the decimal separator is ',' (German): what a spreadsheet there expects. The import reads both.
    const QChar delimiter = QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
    const QByteArray data = inventory::exportInventoryCsv(*rooms, *devices, delimiter);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        setStatus(tr("Not exported: %1").arg(out.errorString()), true);
        return false;
    }
    setStatus(tr("Exported %1 rooms and %2 devices to %3 (passwords are never exported).").arg(rooms->size()).arg(devices->size()).arg(path));
    return true;
}

} // namespace tafel::gui
