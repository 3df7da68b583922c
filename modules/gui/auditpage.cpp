#include "gui/auditpage.h"
#include "gui/auditmodel.h"

#include "store/auditexport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tafel::gui {

AuditFilterModel::AuditFilterModel(AuditModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(source)
{
    setSourceModel(source);
    setSortRole(AuditModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AuditFilterModel::setFilters(const QString &text, const QString &action, const QString &actor, const QDateTime &from, const QDateTime &to)
{
    m_text = text.trimmed();
    m_action = action;
    m_actor = actor;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto &entries = m_model->entries();
    if (sourceRow < 0 || sourceRow >= entries.size())
        return false;
    const store::AuditEntry &e = entries.at(sourceRow);
    if (!m_action.isEmpty() && e.action != m_action && !e.action.startsWith(m_action + QLatin1Char('.')))
        return false;
    if (!m_actor.isEmpty() && e.actor != m_actor)
        return false;
    if (m_from.isValid() && e.at < m_from)
        return false;
    if (m_to.isValid() && e.at >= m_to)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < AuditModel::ColumnCount; ++c) {
        const QModelIndex i = m_model->index(sourceRow, c);
        if (i.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
            || i.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return e.target.contains(m_text, Qt::CaseInsensitive);
}

QList<store::AuditEntry> AuditFilterModel::visibleEntries() const
{
    QList<store::AuditEntry> out;
    for (int r = 0; r < rowCount(); ++r)
        out.append(m_model->entries().at(mapToSource(index(r, 0)).row()));
    return out;
}

AuditPage::AuditPage(AuditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new AuditFilterModel(model, this))
{
    setObjectName(QStringLiteral("pageAudit"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto *heading = new QLabel(tr("Audit log"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("Every change to rooms, devices, keys, schedules and settings, newest first."), this);
    hint->setObjectName(QStringLiteral("pageHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    // Filters: two rows so that they fit 1280 px with German labels.
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(12);
    filters->setVerticalSpacing(8);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditFilter"));
    m_text->setPlaceholderText(tr("Search entries…"));
    m_text->setAccessibleName(tr("Search the audit log"));
    m_text->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setAccessibleName(tr("Only this kind of change"));
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->setAccessibleName(tr("Only changes by"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("auditRange"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Any time"), AnyTime);
    m_range->addItem(tr("Last 24 hours"), Last24Hours);
    m_range->addItem(tr("Last 7 days"), Last7Days);
    m_range->addItem(tr("Last 30 days"), Last30Days);
    m_range->addItem(tr("From … to …"), Custom);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    m_from->setVisible(false);
    m_to->setVisible(false);
    filters->addWidget(m_text, 0, 0, 1, 2);
    filters->addWidget(m_action, 0, 2);
    filters->addWidget(m_actor, 0, 3);
    filters->addWidget(m_range, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_to, 1, 2);
    filters->setColumnStretch(0, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(2, 1);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);

    auto *bar = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    bar->addWidget(m_count, 1);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("auditExportCsv"));
    csv->setAccessibleName(tr("Save the entries shown as a CSV file"));
    auto *json = new QPushButton(tr("Export JSON…"), this);
    json->setObjectName(QStringLiteral("auditExportJson"));
    json->setAccessibleName(tr("Save the entries shown as a JSON file"));
    bar->addWidget(csv);
    bar->addWidget(json);
    layout->addLayout(bar);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditExportResult"));
    m_result->setWordWrap(true);
    m_result->setVisible(false);
    layout->addWidget(m_result);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setShowGrid(false);
    m_table->sortByColumn(AuditModel::When, Qt::DescendingOrder);
    layout->addWidget(m_table, 1);

    connect(m_text, &QLineEdit::textChanged, this, &AuditPage::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        applyFilters();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyFilters);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyFilters);
    connect(csv, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Csv); });
    connect(json, &QPushButton::clicked, this, [this] { exportWithDialog(Format::Json); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateChoices);
    updateChoices();
}

void AuditPage::updateChoices()
{
    // Keep the current choice when it still exists.
    const QString action = m_action->currentData().toString();
    const QString actor = m_actor->currentData().toString();
    QSet<QString> actions, actors;
    for (const store::AuditEntry &e : m_model->entries()) {
        actions.insert(e.action);
        if (const int dot = int(e.action.indexOf(QLatin1Char('.'))); dot > 0)
            actions.insert(e.action.left(dot)); // the family: "room" = room.add, room.update, ...
        actors.insert(e.actor);
    }
    QStringList a(actions.cbegin(), actions.cend()), p(actors.cbegin(), actors.cend());
    std::sort(a.begin(), a.end());
    std::sort(p.begin(), p.end(), [](const QString &x, const QString &y) { return x.localeAwareCompare(y) < 0; });
    {
        QSignalBlocker b1(m_action), b2(m_actor);
        m_action->clear();
        m_action->addItem(tr("All changes"), QString());
        for (const QString &x : std::as_const(a))
            m_action->addItem(x.contains(QLatin1Char('.')) ? x : tr("%1 (all)").arg(x), x);
        m_actor->clear();
        m_actor->addItem(tr("Everyone"), QString());
        for (const QString &x : std::as_const(p))
            m_actor->addItem(x, x);
        m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
        m_actor->setCurrentIndex(qMax(0, m_actor->findData(actor)));
    }
    applyFilters();
}

void AuditPage::applyFilters()
{
    QDateTime from, to;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_range->currentData().toInt()) {
    case Last24Hours: from = now.addSecs(-24 * 3600); break;
    case Last7Days: from = now.addDays(-7); break;
    case Last30Days: from = now.addDays(-30); break;
    case Custom:
        from = m_from->dateTime().toUTC();
        to = m_to->dateTime().toUTC();
        break;
    default: break;
    }
    m_filter->setFilters(m_text->text(), m_action->currentData().toString(), m_actor->currentData().toString(), from, to);
    m_count->setText(tr("%1 of %2 entries shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    m_table->resizeColumnsToContents();
}

bool AuditPage::exportTo(const QString &path, Format format)
{
    const QList<store::AuditEntry> entries = m_filter->visibleEntries();
    const QByteArray data = format == Format::Csv ? store::auditToCsv(entries) : store::auditToJson(entries);
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    m_result->setVisible(true);
    m_result->setProperty("role", ok ? QString() : QStringLiteral("fieldError"));
    m_result->setText(ok ? tr("%n entries saved to %1.", nullptr, int(entries.size())).arg(path)
                         : tr("Could not save %1: %2").arg(path, file.errorString()));
    if (ok)
        Q_EMIT exported(path, int(entries.size()));
    return ok;
}

void AuditPage::exportWithDialog(Format format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("tafel-audit-%1.%2")
                             .arg(QDate::currentDate().toString(Qt::ISODate), format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), dir + QLatin1Char('/') + name,
                                                      format == Format::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

} // namespace tafel::gui
