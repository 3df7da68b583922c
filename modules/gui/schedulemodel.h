#pragma once

#include "schedules/schedule.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace tafel::gui {

// Stored schedules as a read-only table: room (or whole school), time, days, action, enabled, next run, label.
class ScheduleModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleModel)
public:
    enum Column { Room, Time, Days, Action, Enabled, NextRun, Label, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit ScheduleModel(QObject *parent = nullptr);

    // `roomNames` maps room id -> name; `now` is the reference for "next run".
    void setEntries(QList<schedules::ScheduleEntry> entries, QHash<QString, QString> roomNames, const QDateTime &now);
    const QList<schedules::ScheduleEntry> &entries() const { return m_entries; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<schedules::ScheduleEntry> m_entries;
    QHash<QString, QString> m_roomNames;
    QDateTime m_now;
};

// Short action text for the teacher: "All on", "All off", "Input HDMI 1".
QString scheduleActionShort(const schedules::ScheduleEntry &entry);
// "Today 16:30", "Tomorrow 07:45", "Mon 07:45" relative to `now`.
QString relativeWhen(const QDateTime &when, const QDateTime &now);
// The next action among `entries` that concerns `roomId` (its own and school-wide entries), e.g.
// "Today 16:30: All off"; empty if nothing is scheduled.
QString nextScheduledAction(const QList<schedules::ScheduleEntry> &entries, const QString &roomId,
                            const QDateTime &now);

} // namespace tafel::gui
