#include "gui/schedulespage.h"

#include "gui/logging.h"
#include "gui/schedulemodel.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tafel::gui {

using schedules::ScheduleEntry;

namespace {
const QString kActor = QStringLiteral("admin");

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("fieldLabel"));
    l->setBuddy(buddy);
    return l;
}

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setProperty("role", QStringLiteral("fieldError"));
    l->hide();
    return l;
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime t(m.captured(1).toInt(), m.captured(2).toInt());
    if (!t.isValid())
        return std::nullopt;
    return t;
}
} // namespace

SchedulesPage::SchedulesPage(store::Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("pageSchedules"));
    m_model = new ScheduleModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScheduleModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->setSpacing(10);
    auto *heading = new QLabel(tr("Schedules"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("Switch the displays on and off by time, per room or for the whole school. Tafel runs "
                               "them while it is open on this PC."),
                            this);
    hint->setObjectName(QStringLiteral("pageHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("schedulesStack"));
    m_stack->addWidget(makeList());
    m_stack->addWidget(makeForm());
    layout->addWidget(m_stack, 1);
}

QWidget *SchedulesPage::makeList()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(12);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    m_add = new QPushButton(tr("New schedule"), page);
    m_add->setObjectName(QStringLiteral("scheduleAdd"));
    m_add->setProperty("role", QStringLiteral("primary"));
    m_edit = new QPushButton(tr("Edit"), page);
    m_edit->setObjectName(QStringLiteral("scheduleEdit"));
    m_edit->setAccessibleName(tr("Edit the selected schedule"));
    m_delete = new QPushButton(tr("Delete"), page);
    m_delete->setObjectName(QStringLiteral("scheduleDelete"));
    m_delete->setAccessibleName(tr("Delete the selected schedule"));
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    bar->addWidget(m_status);
    layout->addLayout(bar);

    // Inline confirmation: nothing modal pops up over the classroom display.
    m_confirm = new QFrame(page);
    m_confirm->setObjectName(QStringLiteral("scheduleConfirm"));
    m_confirm->setAttribute(Qt::WA_StyledBackground);
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(20, 12, 20, 12);
    confirmLayout->setSpacing(12);
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setObjectName(QStringLiteral("scheduleConfirmText"));
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText, 1);
    auto *yes = new QPushButton(tr("Delete"), m_confirm);
    yes->setObjectName(QStringLiteral("scheduleConfirmDelete"));
    yes->setProperty("role", QStringLiteral("danger"));
    yes->setAccessibleName(tr("Yes, delete the schedule"));
    auto *no = new QPushButton(tr("Keep"), m_confirm);
    no->setObjectName(QStringLiteral("scheduleKeep"));
    no->setAccessibleName(tr("No, keep the schedule"));
    confirmLayout->addWidget(yes);
    confirmLayout->addWidget(no);
    m_confirm->hide();
    layout->addWidget(m_confirm);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("schedulesTable"));
    m_table->setAccessibleName(tr("Schedules"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(48);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setShowGrid(false);
    m_table->sortByColumn(ScheduleModel::Time, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &SchedulesPage::startAdd);
    connect(m_edit, &QPushButton::clicked, this, [this] { startEdit(selectedId()); });
    connect(m_delete, &QPushButton::clicked, this, &SchedulesPage::requestDelete);
    connect(m_table, &QTableView::doubleClicked, this, [this] { startEdit(selectedId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SchedulesPage::updateButtons);
    connect(no, &QPushButton::clicked, this, [this] {
        m_pendingDelete.clear();
        m_confirm->hide();
    });
    connect(yes, &QPushButton::clicked, this, [this] {
        const QString id = m_pendingDelete;
        m_pendingDelete.clear();
        m_confirm->hide();
        if (id.isEmpty())
            return;
        store::ScheduleRepository repo(m_db);
        auto before = repo.get(id);
        Status removed = m_db.transaction([&]() -> Status {
            if (Status s = repo.remove(id); !s)
                return s;
            return store::AuditLog(m_db).append(store::AuditEntry{0, {}, kActor, QStringLiteral("schedule.remove"), id,
                                                                  before ? store::toJson(*before) : QJsonObject{},
                                                                  QJsonObject{}});
        });
        m_status->setText(removed ? tr("Deleted.") : tr("Not deleted: %1").arg(removed.errorString()));
        reload();
        if (removed)
            Q_EMIT schedulesChanged();
    });
    updateButtons();
    return page;
}

QWidget *SchedulesPage::makeForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scheduleFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *form = new QFrame(scroll);
    form->setObjectName(QStringLiteral("scheduleForm"));
    form->setAttribute(Qt::WA_StyledBackground);
    auto *outer = new QVBoxLayout(form);
    outer->setContentsMargins(28, 16, 28, 20);
    outer->setSpacing(8);
    // Title with Cancel / Save on the same row: always in sight, also at 1280×800.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    m_formTitle = new QLabel(form);
    m_formTitle->setObjectName(QStringLiteral("sectionTitle"));
    titleRow->addWidget(m_formTitle, 1);
    auto *cancel = new QPushButton(tr("Cancel"), form);
    cancel->setObjectName(QStringLiteral("scheduleCancel"));
    auto *saveButton = new QPushButton(tr("Save"), form);
    saveButton->setObjectName(QStringLiteral("scheduleSave"));
    saveButton->setProperty("role", QStringLiteral("primary"));
    saveButton->setDefault(true);
    titleRow->addWidget(cancel);
    titleRow->addWidget(saveButton);
    outer->addLayout(titleRow);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;

    m_room = new QComboBox(form);
    m_room->setObjectName(QStringLiteral("scheduleRoom"));
    m_room->setAccessibleName(tr("Room"));
    m_room->setView(new QListView(m_room));
    grid->addWidget(fieldLabel(tr("Room"), m_room, form), row, 0);
    grid->addWidget(m_room, row++, 1, Qt::AlignLeft);

    m_time = new QLineEdit(form);
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setPlaceholderText(tr("HH:MM"));
    m_time->setMaximumWidth(180);
    grid->addWidget(fieldLabel(tr("Time"), m_time, form), row, 0);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    m_timeError = errorLabel(QStringLiteral("scheduleTimeError"), form);
    timeRow->addWidget(m_timeError);
    timeRow->addStretch(1);
    grid->addLayout(timeRow, row++, 1);

    auto *daysRow = new QHBoxLayout;
    daysRow->setSpacing(8);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *b = new QPushButton(locale.dayName(d, QLocale::ShortFormat), form);
        b->setObjectName(QStringLiteral("scheduleDay%1").arg(d));
        b->setCheckable(true);
        b->setProperty("role", QStringLiteral("toggle"));
        b->setAccessibleName(locale.dayName(d, QLocale::LongFormat));
        daysRow->addWidget(b);
        m_days.append(b);
    }
    daysRow->addStretch(1);
    grid->addWidget(fieldLabel(tr("Days"), m_days.first(), form), row, 0);
    grid->addLayout(daysRow, row++, 1);
    m_daysError = errorLabel(QStringLiteral("scheduleDaysError"), form);
    grid->addWidget(m_daysError, row++, 1);

    auto *actionRow = new QHBoxLayout;
    actionRow->setSpacing(8);
    m_actionGroup = new QButtonGroup(this);
    m_actionGroup->setExclusive(true);
    const struct {
        schedules::Action action;
        const char *name;
        QString text;
    } actions[] = {{schedules::Action::PowerOn, "scheduleActionOn", tr("Displays on")},
                   {schedules::Action::PowerOff, "scheduleActionOff", tr("Displays off")},
                   {schedules::Action::Input, "scheduleActionInput", tr("Switch input")}};
    for (const auto &a : actions) {
        auto *b = new QPushButton(a.text, form);
        b->setObjectName(QString::fromLatin1(a.name));
        b->setCheckable(true);
        b->setProperty("role", QStringLiteral("toggle"));
        m_actionGroup->addButton(b, int(a.action));
        actionRow->addWidget(b);
    }
    actionRow->addStretch(1);
    grid->addWidget(fieldLabel(tr("Action"), m_actionGroup->buttons().constFirst(), form), row, 0);
    grid->addLayout(actionRow, row++, 1);

    m_input = new QLineEdit(form);
    m_input->setObjectName(QStringLiteral("scheduleInput"));
    m_input->setAccessibleName(tr("Input code"));
    m_input->setPlaceholderText(tr("e.g. 31 or HDMI1"));
    m_input->setMaximumWidth(260);
    grid->addWidget(fieldLabel(tr("Input"), m_input, form), row, 0);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input);
    m_inputError = errorLabel(QStringLiteral("scheduleInputError"), form);
    inputRow->addWidget(m_inputError);
    inputRow->addStretch(1);
    grid->addLayout(inputRow, row++, 1);

    m_label = new QLineEdit(form);
    m_label->setObjectName(QStringLiteral("scheduleLabel"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("e.g. After school"));
    m_label->setMaxLength(80);
    grid->addWidget(fieldLabel(tr("Label"), m_label, form), row, 0);
    grid->addWidget(m_label, row++, 1);

    m_enabled = new QCheckBox(tr("Enabled"), form);
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    grid->addWidget(m_enabled, row++, 1);
    outer->addLayout(grid);

    m_formError = errorLabel(QStringLiteral("scheduleFormError"), form);
    outer->addWidget(m_formError);

    outer->addStretch(1);
    scroll->setWidget(form);
    scroll->viewport()->setAutoFillBackground(false);

    connect(m_actionGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setActionKind(static_cast<schedules::Action>(id)); });
    connect(cancel, &QPushButton::clicked, this, &SchedulesPage::cancelForm);
    connect(saveButton, &QPushButton::clicked, this, &SchedulesPage::save);
    connect(m_time, &QLineEdit::returnPressed, this, &SchedulesPage::save);
    return scroll;
}

void SchedulesPage::reload()
{
    QHash<QString, QString> roomNames;
    auto rooms = store::RoomRepository(m_db).list();
    {
        const QString keep = m_room->currentData().toString();
        m_room->clear();
        m_room->addItem(tr("Whole school"), QString());
        if (rooms) {
            for (const Room &r : rooms.value()) {
                roomNames.insert(r.id, r.name);
                m_room->addItem(r.name, r.id);
            }
        }
        m_room->setCurrentIndex(qMax(0, m_room->findData(keep)));
    }
    auto entries = store::ScheduleRepository(m_db).list();
    if (!entries) {
        m_status->setText(tr("The schedules could not be read: %1").arg(entries.errorString()));
        m_model->setEntries({}, roomNames, m_clock.now().toLocalTime());
    } else {
        m_model->setEntries(entries.value(), roomNames, m_clock.now().toLocalTime());
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString SchedulesPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(ScheduleModel::IdRole).toString();
}

void SchedulesPage::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void SchedulesPage::setActionKind(schedules::Action action)
{
    if (QAbstractButton *b = m_actionGroup->button(int(action)))
        b->setChecked(true);
    const bool input = action == schedules::Action::Input;
    m_input->setEnabled(input);
    if (!input)
        m_inputError->hide();
}

void SchedulesPage::startAdd()
{
    m_editingId.clear();
    m_formTitle->setText(tr("New schedule"));
    m_room->setCurrentIndex(0);
    m_time->clear();
    for (int d = 0; d < m_days.size(); ++d)
        m_days.at(d)->setChecked(schedules::kSchoolDays & (1u << d));
    setActionKind(schedules::Action::PowerOff);
    m_input->clear();
    m_label->clear();
    m_enabled->setChecked(true);
    for (QLabel *l : {m_timeError.data(), m_daysError.data(), m_inputError.data(), m_formError.data()})
        l->hide();
    m_confirm->hide();
    m_stack->setCurrentIndex(1);
    m_time->setFocus();
}

bool SchedulesPage::startEdit(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (id.isEmpty() || row < 0)
        return false;
    const ScheduleEntry e = m_model->entries().at(row);
    startAdd();
    m_editingId = e.id;
    m_formTitle->setText(tr("Edit schedule"));
    m_room->setCurrentIndex(qMax(0, m_room->findData(e.roomId)));
    m_time->setText(e.time.toString(QStringLiteral("HH:mm")));
    for (int d = 0; d < m_days.size(); ++d)
        m_days.at(d)->setChecked(e.days & (1u << d));
    setActionKind(e.action);
    m_input->setText(e.argument);
    m_label->setText(e.label);
    m_enabled->setChecked(e.enabled);
    return true;
}

void SchedulesPage::cancelForm()
{
    m_stack->setCurrentIndex(0);
}

void SchedulesPage::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void SchedulesPage::save()
{
    ScheduleEntry e;
    e.id = m_editingId;
    e.roomId = m_room->currentData().toString();
    bool valid = true;

    const auto time = parseTime(m_time->text());
    showError(m_timeError, time ? QString() : tr("Enter the time as HH:MM, for example 16:30."));
    valid = valid && time.has_value();
    if (time)
        e.time = *time;

    e.days = 0;
    for (int d = 0; d < m_days.size(); ++d) {
        if (m_days.at(d)->isChecked())
            e.days |= schedules::Weekdays(1u << d);
    }
    showError(m_daysError, e.days ? QString() : tr("Choose at least one day."));
    valid = valid && e.days != 0;

    e.action = static_cast<schedules::Action>(qMax(0, m_actionGroup->checkedId()));
    e.argument = e.action == schedules::Action::Input ? m_input->text().trimmed() : QString();
    const bool inputOk = e.action != schedules::Action::Input || !e.argument.isEmpty();
    showError(m_inputError, inputOk ? QString() : tr("Enter the input, for example 31 (PJLink) or HDMI1 (MDC)."));
    valid = valid && inputOk;
    e.label = m_label->text().trimmed();
    e.enabled = m_enabled->isChecked();
    if (!valid)
        return;

    store::ScheduleRepository repo(m_db);
    QString id = e.id;
    Status saved = m_db.transaction([&]() -> Status {
        if (e.id.isEmpty()) {
            auto added = repo.add(e);
            if (!added)
                return added.error();
            id = added->id;
            return store::AuditLog(m_db).append(store::AuditEntry{0, {}, kActor, QStringLiteral("schedule.add"), id,
                                                                  QJsonObject{}, store::toJson(added.value())});
        }
        auto before = repo.get(e.id);
        if (!before)
            return before.error();
        if (Status s = repo.update(e); !s)
            return s;
        return store::AuditLog(m_db).append(store::AuditEntry{0, {}, kActor, QStringLiteral("schedule.update"), e.id,
                                                              store::toJson(before.value()), store::toJson(e)});
    });
    if (!saved) {
        showError(m_formError, tr("Not saved: %1").arg(saved.errorString()));
        return;
    }
    qCInfo(lcGui) << "schedule" << id << (m_editingId.isEmpty() ? "added" : "updated");
    m_status->setText(m_editingId.isEmpty() ? tr("Schedule added.") : tr("Schedule saved."));
    m_stack->setCurrentIndex(0);
    reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    Q_EMIT schedulesChanged();
}

void SchedulesPage::requestDelete()
{
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const ScheduleEntry &e = m_model->entries().at(row);
    m_pendingDelete = id;
    const QString what = e.label.isEmpty()
        ? QStringLiteral("%1 %2").arg(e.time.toString(QStringLiteral("HH:mm")), schedules::actionName(e.action, e.argument))
        : e.label;
    m_confirmText->setText(tr("Delete the schedule “%1”? This cannot be undone.").arg(what));
    m_confirm->show();
}

} // namespace tafel::gui
