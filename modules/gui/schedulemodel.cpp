#include "gui/schedulemodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>
#include <optional>

namespace tafel::gui {

using schedules::ScheduleEntry;

ScheduleModel::ScheduleModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScheduleModel::setEntries(QList<ScheduleEntry> entries, QHash<QString, QString> roomNames, const QDateTime &now)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_roomNames = std::move(roomNames);
    m_now = now;
    endResetModel();
}

int ScheduleModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ScheduleEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    const std::optional<QDateTime> next = schedules::nextOccurrence(e, m_now);
    if (role == SortRole) {
        switch (index.column()) {
        case Time: return e.time;
        case NextRun: return next ? next->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case Enabled: return e.enabled;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Room: return e.roomId.isEmpty() ? tr("Whole school") : m_roomNames.value(e.roomId, e.roomId);
        case Time: return e.time.toString(QStringLiteral("HH:mm"));
        case Days: return schedules::weekdaysName(e.days);
        case Action: return schedules::actionName(e.action, e.argument);
        case Enabled: return e.enabled ? tr("Yes") : tr("No");
        case NextRun: return next ? relativeWhen(*next, m_now) : tr("never");
        case Label: return e.label;
        default: break;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == Enabled)
        return e.enabled ? tr("Enabled") : tr("Disabled");
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Room: return tr("Room");
    case Time: return tr("Time");
    case Days: return tr("Days");
    case Action: return tr("Action");
    case Enabled: return tr("Active");
    case NextRun: return tr("Next run");
    case Label: return tr("Label");
    default: break;
    }
    return {};
}

QString scheduleActionShort(const ScheduleEntry &entry)
{
    switch (entry.action) {
    case schedules::Action::PowerOn: return ScheduleModel::tr("All on");
    case schedules::Action::PowerOff: return ScheduleModel::tr("All off");
    case schedules::Action::Input: return ScheduleModel::tr("Input %1").arg(entry.argument);
    }
    return {};
}

QString relativeWhen(const QDateTime &when, const QDateTime &now)
{
    const QString time = when.toString(QStringLiteral("HH:mm"));
    const qint64 days = now.date().daysTo(when.date());
    if (days == 0)
        return ScheduleModel::tr("Today %1").arg(time);
    if (days == 1)
        return ScheduleModel::tr("Tomorrow %1").arg(time);
    return QStringLiteral("%1 %2").arg(QLocale().dayName(when.date().dayOfWeek(), QLocale::ShortFormat), time);
}

QString nextScheduledAction(const QList<ScheduleEntry> &entries, const QString &roomId, const QDateTime &now)
{
    std::optional<QDateTime> best;
    const ScheduleEntry *bestEntry = nullptr;
    for (const ScheduleEntry &e : entries) {
        if (!e.roomId.isEmpty() && e.roomId != roomId)
            continue;
        const auto next = schedules::nextOccurrence(e, now);
        if (next && (!best || *next < *best)) {
            best = next;
            bestEntry = &e;
        }
    }
    if (!bestEntry)
        return {};
    return ScheduleModel::tr("%1: %2").arg(relativeWhen(*best, now), scheduleActionShort(*bestEntry));
}

} // namespace tafel::gui
