#pragma once

#include "core/domain.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tafel::gui {

// Rooms of the school as a read-only table (name, building, floor, capacity, number of devices).
class RoomModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomModel)
public:
    enum Column { Name, Devices, Capacity, Building, Floor, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RoomModel(QObject *parent = nullptr);

    // `deviceCounts` maps room id -> number of devices.
    void setRooms(QList<Room> rooms, QHash<QString, int> deviceCounts = {});
    const QList<Room> &rooms() const { return m_rooms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Room> m_rooms;
    QHash<QString, int> m_deviceCounts;
};

} // namespace tafel::gui
