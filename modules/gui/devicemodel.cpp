#include "gui/devicemodel.h"

namespace tafel::gui {

DeviceModel::DeviceModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeviceModel::setDevices(QList<Device> devices, QHash<QString, QString> roomNames)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_roomNames = std::move(roomNames);
    endResetModel();
}

int DeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const Device &d = m_devices.at(index.row());
    switch (role) {
    case IdRole: return d.id;
    case RoomIdRole: return d.roomId;
    case KindRole: return QVariant::fromValue(d.kind);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default: return {};
    }
    switch (index.column()) {
    case Name: return d.name;
    case Kind: return deviceKindName(d.kind);
    case Room: return m_roomNames.value(d.roomId, d.roomId);
    case Host: return d.port ? QStringLiteral("%1:%2").arg(d.host).arg(d.port) : d.host;
    case Protocol: return d.protocol;
    case Mac: return d.mac;
    case Agent: return d.hasAgent ? tr("Yes") : tr("No");
    default: break;
    }
    return {};
}

QVariant DeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Device");
    case Kind: return tr("Kind");
    case Room: return tr("Room");
    case Host: return tr("Address");
    case Protocol: return tr("Protocol");
    case Mac: return tr("MAC");
    case Agent: return tr("Agent");
    default: break;
    }
    return {};
}

} // namespace tafel::gui
