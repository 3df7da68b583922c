#pragma once

#include "core/domain.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tafel::gui {

// Devices of the school (or of one room) as a read-only table.
class DeviceModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceModel)
public:
    enum Column { Name, Kind, Room, Host, Protocol, Agent, Mac, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RoomIdRole, KindRole };

    explicit DeviceModel(QObject *parent = nullptr);

    // `roomNames` maps room id -> room name for the Room column.
    void setDevices(QList<Device> devices, QHash<QString, QString> roomNames = {});
    const QList<Device> &devices() const { return m_devices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Device> m_devices;
    QHash<QString, QString> m_roomNames;
};

} // namespace tafel::gui
