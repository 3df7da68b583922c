#include "gui/sendmaterialpanel.h"
#include "gui/roomagents.h"
#include "gui/roompackagesmodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace tafel::gui {

namespace {
// The "state" property the style sheet colours by; re-polished only when it changes.
void setStyleState(QWidget *w, const QString &state)
{
    if (w->property("state").toString() == state)
        return;
    w->setProperty("state", state);
    w->style()->unpolish(w);
    w->style()->polish(w);
}

QPushButton *panelButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setProperty("role", QStringLiteral("action"));
    b->setMinimumHeight(52);
    b->setAccessibleName(text);
    return b;
}

// A large, non-native file dialog: the same on every desktop and usable with a finger on the board.
QFileDialog *touchFileDialog(QWidget *parent, const QString &title)
{
    auto *dialog = new QFileDialog(parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setViewMode(QFileDialog::List);
    dialog->setObjectName(QStringLiteral("materialFileDialog"));
    if (QWidget *window = parent ? parent->window() : nullptr)
        dialog->resize(window->size() * 0.8);
    return dialog;
}
} // namespace

SendMaterialPanel::SendMaterialPanel(RoomAgents *agents, MaterialSendOptions options, QWidget *parent)
    : QFrame(parent)
    , m_agents(agents)
    , m_send(new MaterialSend(agents, std::move(options), this))
    , m_packages(new RoomPackagesModel(agents, this))
{
    setObjectName(QStringLiteral("sendMaterialPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 14, 28, 14);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Send material to the room"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    title->setWordWrap(true);
    layout->addWidget(title);

    // The drop target: the whole panel accepts drops; this frame shows where and lights up while dragging.
    m_dropZone = new QFrame(this);
    m_dropZone->setObjectName(QStringLiteral("materialDropZone"));
    m_dropZone->setAttribute(Qt::WA_StyledBackground);
    m_dropZone->setAccessibleName(tr("Drop files or folders here to send them to every computer in this room"));
    auto *dropLayout = new QHBoxLayout(m_dropZone);
    dropLayout->setContentsMargins(20, 14, 20, 14);
    dropLayout->setSpacing(16);
    auto *icon = new QLabel(m_dropZone);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/folder.svg")).pixmap(QSize(44, 36)));
    dropLayout->addWidget(icon);
    auto *dropText = new QLabel(tr("Drop files or folders here. They go to every computer in this room and are checked "
                                   "there byte by byte."),
                                m_dropZone);
    dropText->setObjectName(QStringLiteral("dropText"));
    dropText->setWordWrap(true);
    dropLayout->addWidget(dropText, 1);
    auto *chooseFilesButton = panelButton(tr("Choose files…"), QStringLiteral("materialChooseFiles"), m_dropZone);
    auto *chooseFolderButton = panelButton(tr("Choose folder…"), QStringLiteral("materialChooseFolder"), m_dropZone);
    dropLayout->addWidget(chooseFilesButton);
    dropLayout->addWidget(chooseFolderButton);
    layout->addWidget(m_dropZone);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("materialStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    layout->addWidget(m_status);

    // One row per computer: name | bar | bytes, rate, time left or the result.
    m_rowsHost = new QWidget(this);
    m_rowsHost->setObjectName(QStringLiteral("deliveryRows"));
    m_rowsGrid = new QGridLayout(m_rowsHost);
    m_rowsGrid->setContentsMargins(0, 0, 0, 0);
    m_rowsGrid->setHorizontalSpacing(16);
    m_rowsGrid->setVerticalSpacing(6);
    m_rowsGrid->setColumnStretch(1, 2);
    m_rowsGrid->setColumnStretch(2, 3);
    m_rowsHost->hide();
    layout->addWidget(m_rowsHost);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(12);
    m_cancel = panelButton(tr("Cancel sending"), QStringLiteral("materialCancel"), this);
    m_cancel->setProperty("role", QStringLiteral("stop"));
    m_retry = panelButton(tr("Retry failed computers"), QStringLiteral("materialRetry"), this);
    controls->addWidget(m_cancel);
    controls->addWidget(m_retry);
    controls->addStretch(1);
    m_cancel->hide();
    m_retry->hide();
    layout->addLayout(controls);

    // What the room already has.
    auto *haveRow = new QHBoxLayout;
    auto *haveTitle = new QLabel(tr("Already on the computers of this room"), this);
    haveTitle->setObjectName(QStringLiteral("sectionCaption"));
    haveTitle->setWordWrap(true);
    haveRow->addWidget(haveTitle, 1);
    m_refresh = panelButton(tr("Update list"), QStringLiteral("materialRefresh"), this);
    haveRow->addWidget(m_refresh);
    layout->addLayout(haveRow);
    m_packageRows = new QVBoxLayout;
    m_packageRows->setSpacing(6);
    layout->addLayout(m_packageRows);
    m_packagesEmpty = new QLabel(tr("Nothing yet."), this);
    m_packagesEmpty->setObjectName(QStringLiteral("panelText"));
    m_packagesEmpty->setWordWrap(true);
    layout->addWidget(m_packagesEmpty);

    connect(chooseFilesButton, &QPushButton::clicked, this, &SendMaterialPanel::chooseFiles);
    connect(chooseFolderButton, &QPushButton::clicked, this, &SendMaterialPanel::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, m_send, &MaterialSend::cancel);
    connect(m_retry, &QPushButton::clicked, m_send, &MaterialSend::retryFailed);
    connect(m_refresh, &QPushButton::clicked, this, &SendMaterialPanel::refreshPackages);
    connect(m_send, &MaterialSend::changed, this, [this] {
        rebuildRows();
        updateStatus();
    });
    connect(m_send, &MaterialSend::deliveryChanged, this, [this](int row) {
        updateRow(row);
        updateStatus();
    });
    connect(m_send, &MaterialSend::finished, this, &SendMaterialPanel::refreshPackages);
    connect(m_packages, &RoomPackagesModel::modelReset, this, &SendMaterialPanel::rebuildPackages);
    if (m_agents)
        connect(m_agents, &RoomAgents::agentsChanged, this, &SendMaterialPanel::agentsChanged);
    agentsChanged();
    rebuildPackages();
}

SendMaterialPanel::~SendMaterialPanel() = default;

QString SendMaterialPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString SendMaterialPanel::deliveryText(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).detail)
        return {};
    return m_rows.at(row).name->text() + QStringLiteral(": ") + m_rows.at(row).detail->text();
}

void SendMaterialPanel::agentsChanged()
{
    QStringList ids;
    if (m_agents) {
        for (const RoomAgent &a : m_agents->agents())
            ids.append(a.deviceId);
    }
    if (ids == m_agentIds)
        return;
    m_agentIds = ids;
    refreshPackages();
}

void SendMaterialPanel::refreshPackages()
{
    m_packages->refresh();
    if (m_packages->isRefreshing())
        m_refresh->setEnabled(false);
}

void SendMaterialPanel::sendPaths(const QStringList &paths)
{
    if (Status st = m_send->send(paths); !st)
        setStatus(st.errorString(), QStringLiteral("error"));
}

void SendMaterialPanel::chooseFiles()
{
    auto *dialog = touchFileDialog(this, tr("Choose files to send to the room"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &SendMaterialPanel::sendPaths);
    dialog->open(); // window-modal, never a nested event loop
}

void SendMaterialPanel::chooseFolder()
{
    auto *dialog = touchFileDialog(this, tr("Choose a folder to send to the room"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::filesSelected, this, &SendMaterialPanel::sendPaths);
    dialog->open();
}

void SendMaterialPanel::setDragging(bool dragging)
{
    m_dropZone->setProperty("dragging", dragging);
    m_dropZone->style()->unpolish(m_dropZone);
    m_dropZone->style()->polish(m_dropZone);
}

void SendMaterialPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool local = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
    if (local && !m_send->isBusy()) {
        event->acceptProposedAction();
        setDragging(true);
    }
}

void SendMaterialPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    QFrame::dragLeaveEvent(event);
    setDragging(false);
}

void SendMaterialPanel::dropEvent(QDropEvent *event)
{
    setDragging(false);
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    sendPaths(paths);
}

QString SendMaterialPanel::rateText(double bytesPerSecond)
{
    return tr("%1/s").arg(RoomPackagesModel::sizeText(qint64(bytesPerSecond)));
}

QString SendMaterialPanel::etaText(qint64 secs)
{
    if (secs >= 3600)
        return tr("%1 h %2 min left").arg(secs / 3600).arg((secs % 3600) / 60);
    if (secs >= 60)
        return tr("%1 min %2 s left").arg(secs / 60).arg(secs % 60);
    return tr("%1 s left").arg(secs);
}

void SendMaterialPanel::rebuildRows()
{
    const QList<Delivery> rows = m_send->deliveries();
    if (rows.size() != m_rows.size()) {
        for (const Row &r : std::as_const(m_rows)) {
            delete r.name.data();
            delete r.bar.data();
            delete r.detail.data();
        }
        m_rows.clear();
        for (int i = 0; i < rows.size(); ++i) {
            Row r;
            r.name = new QLabel(m_rowsHost);
            r.name->setObjectName(QStringLiteral("deliveryName"));
            r.name->setWordWrap(true);
            r.bar = new QProgressBar(m_rowsHost);
            r.bar->setObjectName(QStringLiteral("deliveryProgress"));
            r.bar->setRange(0, 1000);
            r.bar->setTextVisible(false);
            r.bar->setFixedHeight(18);
            r.detail = new QLabel(m_rowsHost);
            r.detail->setObjectName(QStringLiteral("deliveryDetail"));
            r.detail->setWordWrap(true);
            r.detail->setTextFormat(Qt::PlainText);
            m_rowsGrid->addWidget(r.name, i, 0);
            m_rowsGrid->addWidget(r.bar, i, 1);
            m_rowsGrid->addWidget(r.detail, i, 2);
            m_rows.append(r);
        }
    }
    for (int i = 0; i < rows.size(); ++i)
        updateRow(i);
    m_rowsHost->setVisible(!rows.isEmpty());
}

void SendMaterialPanel::updateRow(int row)
{
    const QList<Delivery> rows = m_send->deliveries();
    if (row < 0 || row >= rows.size() || row >= m_rows.size())
        return;
    const Delivery &d = rows.at(row);
    const Row &r = m_rows.at(row);
    r.name->setText(d.name);
    QString text;
    QString state;
    const qint64 total = qMax<qint64>(d.total, 0);
    switch (d.state) {
    case Delivery::State::Waiting:
        text = m_send->phase() == MaterialSend::Phase::Packing ? tr("Waiting until the material is prepared…") : tr("Waiting…");
        break;
    case Delivery::State::Sending: {
        text = tr("%1 of %2").arg(RoomPackagesModel::sizeText(d.bytes), RoomPackagesModel::sizeText(total));
        if (d.bytesPerSecond > 1) {
            text += QStringLiteral(" · ") + rateText(d.bytesPerSecond);
            text += QStringLiteral(" · ") + etaText(qint64((total - d.bytes) / d.bytesPerSecond) + 1);
        } else if (!d.activity.isEmpty()) {
            text += QStringLiteral(" · ") + d.activity;
        }
        break;
    }
    case Delivery::State::Verified:
        text = tr("✓ Verified (%1)").arg(RoomPackagesModel::sizeText(total));
        state = QStringLiteral("ok");
        break;
    case Delivery::State::Failed:
        text = tr("✗ Not delivered: %1").arg(d.error);
        state = QStringLiteral("error");
        break;
    case Delivery::State::Cancelled:
        text = tr("Cancelled (%1 of %2 are there and kept for a retry)").arg(RoomPackagesModel::sizeText(d.bytes), RoomPackagesModel::sizeText(total));
        state = QStringLiteral("cancelled");
        break;
    }
    r.bar->setValue(total > 0 ? int(d.bytes * 1000 / total) : (d.state == Delivery::State::Verified ? 1000 : 0));
    r.detail->setText(text);
    r.detail->setAccessibleName(d.name + QStringLiteral(": ") + text);
    setStyleState(r.detail, state);
}

void SendMaterialPanel::setStatus(const QString &text, const QString &state)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    setStyleState(m_status, state);
}

void SendMaterialPanel::updateStatus()
{
    const QList<Delivery> rows = m_send->deliveries();
    int verified = 0;
    for (const Delivery &d : rows)
        verified += d.state == Delivery::State::Verified ? 1 : 0;
    const int failed = m_send->failedCount();
    QString text;
    QString state;
    switch (m_send->phase()) {
    case MaterialSend::Phase::Idle:
        break;
    case MaterialSend::Phase::Packing:
        text = tr("Preparing “%1”: checking every file… %2 %").arg(m_send->title()).arg(m_send->packingPercent());
        break;
    case MaterialSend::Phase::Sending:
        text = tr("Sending “%1” (%2) to %n computer(s)…", nullptr, int(rows.size()))
                   .arg(m_send->title(), RoomPackagesModel::sizeText(m_send->packageBytes()));
        break;
    case MaterialSend::Phase::Done:
        if (!m_send->lastError().isEmpty()) {
            text = m_send->lastError();
            state = QStringLiteral("error");
        } else if (failed == 0) {
            text = tr("“%1” is on all %n computer(s) of the room, checked.", nullptr, verified).arg(m_send->title());
            state = QStringLiteral("ok");
        } else {
            text = tr("“%1” is on %2 of %3 computers. %4 could not get it: see below; “Retry failed computers” tries again.")
                       .arg(m_send->title())
                       .arg(verified)
                       .arg(rows.size())
                       .arg(failed);
            state = QStringLiteral("error");
        }
        break;
    }
    setStatus(text, state);
    m_cancel->setVisible(m_send->isBusy());
    m_retry->setVisible(m_send->phase() == MaterialSend::Phase::Done && failed > 0 && m_send->lastError().isEmpty());
}

void SendMaterialPanel::rebuildPackages()
{
    for (const auto &w : std::as_const(m_packageWidgets))
        delete w.data();
    m_packageWidgets.clear();
    const QList<RoomPackage> list = m_packages->packages();
    for (int i = 0; i < list.size(); ++i) {
        const RoomPackage &p = list.at(i);
        auto *row = new QFrame(this);
        row->setObjectName(QStringLiteral("packageRow"));
        row->setAttribute(Qt::WA_StyledBackground);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(14, 6, 8, 6);
        h->setSpacing(12);
        auto *label = new QLabel(m_packages->data(m_packages->index(i), Qt::DisplayRole).toString(), row);
        label->setObjectName(QStringLiteral("packageText"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        h->addWidget(label, 1);
        auto *open = panelButton(tr("Open"), QStringLiteral("packageOpen"), row);
        open->setAccessibleName(tr("Show the files of %1").arg(p.title));
        auto *del = panelButton(tr("Delete"), QStringLiteral("packageDelete"), row);
        del->setAccessibleName(tr("Delete %1 from the computers of this room").arg(p.title));
        h->addWidget(open);
        h->addWidget(del);
        const QString id = p.id;
        connect(open, &QPushButton::clicked, this, [this, id] { openPackage(id); });
        connect(del, &QPushButton::clicked, this, [this, id] { deletePackage(id); });
        m_packageRows->addWidget(row);
        m_packageWidgets.append(row);
    }
    QString empty;
    if (list.isEmpty())
        empty = m_packages->agentCount() == 0 ? tr("No computer with the Tafel agent in this room.") : tr("Nothing yet.");
    if (!m_packages->errors().isEmpty())
        empty += (empty.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Not asked: %1").arg(m_packages->errors().join(QStringLiteral("; ")));
    m_packagesEmpty->setText(empty);
    m_packagesEmpty->setVisible(!empty.isEmpty());
    m_refresh->setEnabled(true);
}

void SendMaterialPanel::openPackage(const QString &packageId)
{
    const int r = m_packages->row(packageId);
    if (r < 0)
        return;
    const RoomPackage p = m_packages->package(r);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("packageFilesDialog"));
    dialog->setWindowTitle(tr("Files of “%1”").arg(p.title));
    dialog->setMinimumWidth(640);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    auto *heading = new QLabel(tr("“%1”, %2, on %3 of %4 computers").arg(p.title, RoomPackagesModel::sizeText(p.bytes)).arg(p.completeOn.size()).arg(m_packages->agentCount()), dialog);
    heading->setObjectName(QStringLiteral("panelTitle"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("packageFiles"));
    list->addItem(tr("Loading…"));
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setMinimumHeight(52);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    m_packages->files(packageId, [list = QPointer<QListWidget>(list)](const Result<QList<RoomPackagesModel::FileEntry>> &files) {
        if (!list)
            return;
        list->clear();
        if (!files) {
            list->addItem(tr("The files could not be listed: %1").arg(files.errorString()));
            return;
        }
        for (const auto &f : files.value())
            list->addItem(QStringLiteral("%1    (%2)").arg(f.path, RoomPackagesModel::sizeText(f.size)));
    });
    dialog->open();
}

void SendMaterialPanel::deletePackage(const QString &packageId)
{
    const int r = m_packages->row(packageId);
    if (r < 0)
        return;
    const RoomPackage p = m_packages->package(r);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete material"),
                                tr("Delete “%1” from %n computer(s) of this room? Pupils can no longer open it there.", nullptr,
                                   int(p.completeOn.size() + p.partialOn.size()))
                                    .arg(p.title),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("packageDeleteConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::Yes)->setMinimumHeight(52);
    box->button(QMessageBox::Cancel)->setMinimumHeight(52);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, packageId, title = p.title](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_packages->remove(packageId, [this, guard = QPointer<SendMaterialPanel>(this), title](const QStringList &errors) {
            if (!guard)
                return;
            if (errors.isEmpty())
                setStatus(tr("“%1” was deleted from the computers of this room.").arg(title), QStringLiteral("ok"));
            else
                setStatus(tr("“%1” could not be deleted everywhere: %2").arg(title, errors.join(QStringLiteral("; "))), QStringLiteral("error"));
        });
    });
    box->open();
}

} // namespace tafel::gui
