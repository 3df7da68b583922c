#include "gui/discoverydialog.h"
#include "gui/logging.h"

#include "inventory/inventoryeditor.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tafel::gui {

namespace {
enum Column { Add, Address, Answered, Name, Mac, Inventory, ColumnCount };

QString serviceWords(discovery::Service s)
{
    switch (s) {
    case discovery::Service::PjLink:
        return QCoreApplication::translate("tafel::gui::DiscoveryDialog", "PJLink projector/display");
    case discovery::Service::Mdc:
        return QCoreApplication::translate("tafel::gui::DiscoveryDialog", "Samsung MDC display");
    case discovery::Service::Agent:
        return QCoreApplication::translate("tafel::gui::DiscoveryDialog", "Tafel agent");
    }
    return {};
}
} // namespace

DiscoveryDialog::DiscoveryDialog(store::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("discoveryDialog"));
    setWindowTitle(tr("Find devices"));
    setModal(true);
    resize(1100, 680);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto *hint = new QLabel(tr("Searches the network for projectors and displays (PJLink search, PJLink port 4352, Samsung MDC "
                               "port 1515) and Tafel agents (port 4450). Tick what to add and pick the room."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *row = new QHBoxLayout;
    auto *subnetLabel = new QLabel(tr("Subnet:"), this);
    row->addWidget(subnetLabel);
    m_subnet = new QLineEdit(this);
    m_subnet->setObjectName(QStringLiteral("discoverySubnet"));
    m_subnet->setAccessibleName(tr("Subnet to search, for example 192.168.20.0/24"));
    QStringList local;
    for (const discovery::Subnet &s : discovery::Subnets::local())
        local << s.toString();
    m_subnet->setPlaceholderText(local.isEmpty() ? tr("e.g. 192.168.20.0/24") : tr("This PC's network: %1").arg(local.join(QStringLiteral(", "))));
    subnetLabel->setBuddy(m_subnet);
    row->addWidget(m_subnet, 1);
    m_start = new QPushButton(tr("Search"), this);
    m_start->setObjectName(QStringLiteral("discoveryStart"));
    m_start->setProperty("role", QStringLiteral("primary"));
    row->addWidget(m_start);
    layout->addLayout(row);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Not searched yet."), this);
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("discoveryTable"));
    m_table->setAccessibleName(tr("Devices found"));
    m_table->setHorizontalHeaderLabels({tr("Add"), tr("Address"), tr("What answered"), tr("Name / class"), tr("MAC"), tr("In inventory")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    auto *roomLabel = new QLabel(tr("Add to room:"), this);
    bottom->addWidget(roomLabel);
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("discoveryRoom"));
    m_room->setAccessibleName(tr("Room for the new devices"));
    m_room->setMinimumWidth(260);
    roomLabel->setBuddy(m_room);
    if (auto rooms = store::RoomRepository(m_db).list())
        for (const Room &r : std::as_const(*rooms))
            m_room->addItem(r.name, r.id);
    bottom->addWidget(m_room);
    bottom->addStretch(1);
    m_add = new QPushButton(tr("Add ticked devices"), this);
    m_add->setObjectName(QStringLiteral("discoveryAdd"));
    bottom->addWidget(m_add);
    auto *close = new QPushButton(tr("Close"), this);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (isScanning())
            m_scan->abort();
        else
            startScan();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addChecked(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateButtons(); });
    updateButtons();
}

DiscoveryDialog::~DiscoveryDialog() = default;

bool DiscoveryDialog::isScanning() const
{
    return m_scan && m_scan->isRunning();
}

bool DiscoveryDialog::startScan()
{
    discovery::ScanOptions options = m_base;
    const QString text = m_subnet->text().trimmed();
    if (!text.isEmpty()) {
        options.subnets.clear();
        for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            auto s = discovery::Subnets::parse(part);
            if (!s) {
                m_status->setText(s.errorString());
                m_subnet->setFocus();
                return false;
            }
            options.subnets.append(*s);
        }
    } else if (options.subnets.isEmpty()) {
        options.subnets = discovery::Subnets::local();
    }
    if (!m_scan) {
        m_scan = new discovery::NetworkScan(this);
        connect(m_scan, &discovery::NetworkScan::progress, this, [this](int done, int total) {
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
        });
        connect(m_scan, &discovery::NetworkScan::found, this, [this] {
            m_status->setText(tr("Searching… %n device(s) answered so far.", nullptr, int(m_scan->findings().size())));
        });
        connect(m_scan, &discovery::NetworkScan::finished, this, [this] {
            auto devices = store::DeviceRepository(m_db).list();
            m_proposals = discovery::NetworkScan::propose(m_scan->findings(), devices ? *devices : QList<Device>());
            fillTable();
            int known = 0;
            for (const auto &p : std::as_const(m_proposals))
                known += p.inInventory() ? 1 : 0;
            QString text = m_proposals.isEmpty() ? tr("Nothing answered. Check the subnet and that the devices are switched on and on the network.")
                                                 : tr("%n device(s) answered, %1 of them already in the inventory.", nullptr, int(m_proposals.size())).arg(known);
            if (!m_scan->warnings().isEmpty())
                text += QLatin1Char(' ') + m_scan->warnings().join(QLatin1Char(' '));
            m_status->setText(text);
            m_progress->setValue(m_progress->maximum());
            m_start->setText(tr("Search again"));
            updateButtons();
            Q_EMIT scanFinished();
        });
    }
    m_proposals.clear();
    m_table->setRowCount(0);
    if (Status st = m_scan->start(options); !st) {
        m_status->setText(st.errorString());
        return false;
    }
    QStringList names;
    for (const discovery::Subnet &s : std::as_const(options.subnets))
        names << s.toString();
    m_status->setText(names.isEmpty() ? tr("Sending the PJLink search…") : tr("Searching %1…").arg(names.join(QStringLiteral(", "))));
    m_start->setText(tr("Stop"));
    updateButtons();
    return true;
}

void DiscoveryDialog::fillTable()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_proposals.size()));
    for (int i = 0; i < m_proposals.size(); ++i) {
        const discovery::Proposal &p = m_proposals.at(i);
        auto *check = new QTableWidgetItem;
        if (p.inInventory()) {
            check->setFlags(Qt::ItemIsEnabled);
            check->setData(Qt::CheckStateRole, QVariant());
        } else {
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            check->setCheckState(Qt::Unchecked);
        }
        check->setData(Qt::AccessibleTextRole, tr("Add %1").arg(p.device.name));
        m_table->setItem(i, Add, check);
        m_table->setItem(i, Address, new QTableWidgetItem(QStringLiteral("%1:%2").arg(p.device.host).arg(p.device.port)));
        QString answered = serviceWords(p.finding.service);
        if (!p.finding.detail.isEmpty())
            answered += QStringLiteral(" — ") + p.finding.detail;
        if (p.finding.bySearch)
            answered += tr(" (answered the search)");
        m_table->setItem(i, Answered, new QTableWidgetItem(answered));
        QString name = p.finding.name;
        if (!p.finding.pjlinkClass.isEmpty())
            name += (name.isEmpty() ? QString() : QStringLiteral(", ")) + tr("class %1").arg(p.finding.pjlinkClass);
        m_table->setItem(i, Name, new QTableWidgetItem(name));
        m_table->setItem(i, Mac, new QTableWidgetItem(p.device.mac));
        m_table->setItem(i, Inventory, new QTableWidgetItem(p.inInventory() ? tr("Yes: %1").arg(p.existingName) : tr("No")));
        for (int c = Address; c < ColumnCount; ++c)
            m_table->item(i, c)->setToolTip(m_table->item(i, c)->text());
    }
    m_table->resizeColumnsToContents();
}

void DiscoveryDialog::setChecked(int row, bool checked)
{
    if (QTableWidgetItem *i = m_table->item(row, Add); i && (i->flags() & Qt::ItemIsUserCheckable))
        i->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    updateButtons();
}

void DiscoveryDialog::updateButtons()
{
    int ticked = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (QTableWidgetItem *i = m_table->item(r, Add); i && i->checkState() == Qt::Checked && (i->flags() & Qt::ItemIsUserCheckable))
            ++ticked;
    m_add->setEnabled(ticked > 0 && m_room->count() > 0 && !isScanning());
    m_add->setText(ticked > 0 ? tr("Add %n device(s)", nullptr, ticked) : tr("Add ticked devices"));
}

int DiscoveryDialog::addChecked()
{
    const QString roomId = m_room->currentData().toString();
    if (roomId.isEmpty()) {
        m_status->setText(tr("Pick the room first (add rooms under Rooms & devices)."));
        return -1;
    }
    QList<Device> toAdd;
    for (int r = 0; r < m_table->rowCount() && r < m_proposals.size(); ++r) {
        QTableWidgetItem *i = m_table->item(r, Add);
        if (!i || !(i->flags() & Qt::ItemIsUserCheckable) || i->checkState() != Qt::Checked)
            continue;
        Device d = m_proposals.at(r).device;
        d.roomId = roomId;
        toAdd.append(d);
    }
    if (toAdd.isEmpty())
        return 0;
    QList<Device> added;
    const Status st = m_db.transaction([&]() -> Status {
        inventory::InventoryEditor editor(m_db, QStringLiteral("admin"));
        for (const Device &d : std::as_const(toAdd)) {
            auto a = editor.addDevice(d); // with its audit entry, inside this transaction
            if (!a)
                return a.error();
            added.append(*a);
        }
        return {};
    });
    if (!st) {
        m_status->setText(tr("Nothing was added: %1").arg(st.errorString()));
        return -1;
    }
    qCInfo(lcGui).noquote() << "discovery: added" << added.size() << "devices to room" << m_room->currentText();
    // The new devices are in the inventory now: mark them so they cannot be added twice.
    auto devices = store::DeviceRepository(m_db).list();
    QList<discovery::Finding> findings;
    for (const auto &p : std::as_const(m_proposals))
        findings.append(p.finding);
    m_proposals = discovery::NetworkScan::propose(findings, devices ? *devices : QList<Device>());
    fillTable();
    m_status->setText(tr("Added %n device(s) to %1.", nullptr, int(added.size())).arg(m_room->currentText()));
    updateButtons();
    Q_EMIT devicesAdded(int(added.size()));
    return int(added.size());
}

} // namespace tafel::gui
