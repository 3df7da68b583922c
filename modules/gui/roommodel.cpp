#include "gui/roommodel.h"

namespace tafel::gui {

RoomModel::RoomModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoomModel::setRooms(QList<Room> rooms, QHash<QString, int> deviceCounts)
{
    beginResetModel();
    m_rooms = std::move(rooms);
    m_deviceCounts = std::move(deviceCounts);
    endResetModel();
}

int RoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

int RoomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rooms.size())
        return {};
    const Room &room = m_rooms.at(index.row());
    if (role == IdRole)
        return room.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Capacity || index.column() == Devices))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return room.name;
    case Building: return room.building;
    case Floor: return room.floor;
    case Capacity: return room.capacity > 0 ? QVariant(room.capacity) : QVariant();
    case Devices: return m_deviceCounts.value(room.id, 0);
    default: break;
    }
    return {};
}

QVariant RoomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && (section == Capacity || section == Devices))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Room");
    case Building: return tr("Building");
    case Floor: return tr("Floor");
    case Capacity: return tr("Seats");
    case Devices: return tr("Devices");
    default: break;
    }
    return {};
}

} // namespace tafel::gui
