#pragma once

#include "inventory/importplan.h"
#include "inventory/inventorycsv.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace tafel::store {
class Database;
}

namespace tafel::gui {

class DeviceModel;
class RoomModel;

// Admin view "Rooms & devices": the school inventory as two filterable tables (rooms, devices) with create,
// edit, move and delete (inline confirmation naming how many devices go with a room), device passwords
// (entered once, stored encrypted, afterwards only "set"/"not set"), and CSV import (preview with counts,
// changes and per-line errors before anything is written; one transaction) and export. Every change goes
// through inventory::InventoryEditor, which writes the audit entry with the logged-in admin as actor.
class InventoryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)
public:
    enum Tab { RoomsTab, DevicesTab };
    enum Screen { ListScreen, RoomFormScreen, DeviceFormScreen, ImportScreen };

    InventoryPage(store::Database &db, QString actor, QWidget *parent = nullptr);

    void reload();
    void showTab(Tab tab);
    Screen currentScreen() const;

    RoomModel *roomModel() const { return m_rooms; }
    DeviceModel *deviceModel() const { return m_devices; }

    // The import screen with this file's preview (the file picker calls it; tests call it directly).
    void previewFile(const QString &path);
    // Writes the whole inventory as CSV (the export button asks for the path first).
    bool exportTo(const QString &path);
    const inventory::ImportPlan &importPlan() const { return m_plan; }

Q_SIGNALS:
    // Something was written (the admin view refreshes its audit log).
    void inventoryChanged();

private:
    QWidget *makeList();
    QWidget *makeRoomForm();
    QWidget *makeDeviceForm();
    QWidget *makeImport();
    QWidget *makeTableSection(QTableView *table, QLineEdit *filter, QWidget *parent);

    QString selectedId(Tab tab) const;
    void updateButtons();
    void setStatus(const QString &text, bool error = false);

    void startAddRoom();
    void startEditRoom(const QString &id);
    void saveRoom();
    void startAddDevice();
    void startEditDevice(const QString &id);
    void saveDevice();
    void fillRoomCombo(QComboBox *combo, const QString &selectRoomId);
    void requestDelete();
    void confirmDelete();
    void startMove();
    void confirmMove();
    void chooseImportFile();
    void refreshPreview();
    void applyImport();
    void chooseExportFile();

    store::Database &m_db;
    QString m_actor;
    RoomModel *m_rooms = nullptr;
    DeviceModel *m_devices = nullptr;
    QSortFilterProxyModel *m_roomsProxy = nullptr;
    QSortFilterProxyModel *m_devicesProxy = nullptr;

    QPointer<QStackedWidget> m_stack;
    QPointer<QTabWidget> m_tabs;
    QPointer<QTableView> m_roomsTable;
    QPointer<QTableView> m_devicesTable;
    QPointer<QPushButton> m_add;
    QPointer<QPushButton> m_edit;
    QPointer<QPushButton> m_move;
    QPointer<QPushButton> m_delete;
    QPointer<QLabel> m_status;
    QPointer<QFrame> m_confirm;
    QPointer<QLabel> m_confirmText;
    QPointer<QFrame> m_moveBar;
    QPointer<QLabel> m_moveText;
    QPointer<QComboBox> m_moveRoom;
    QString m_pendingId;
    Tab m_pendingTab = RoomsTab;

    // Room form.
    QString m_roomId; // empty = new
    QPointer<QLabel> m_roomFormTitle;
    QPointer<QLineEdit> m_roomName;
    QPointer<QLineEdit> m_roomBuilding;
    QPointer<QLineEdit> m_roomFloor;
    QPointer<QLineEdit> m_roomCapacity;
    QPointer<QLabel> m_roomError;

    // Device form.
    QString m_deviceId; // empty = new
    bool m_clearPassword = false;
    QPointer<QLabel> m_deviceFormTitle;
    QPointer<QComboBox> m_deviceRoom;
    QPointer<QComboBox> m_deviceKind;
    QPointer<QLineEdit> m_deviceName;
    QPointer<QLineEdit> m_deviceHost;
    QPointer<QLineEdit> m_devicePort;
    QPointer<QLineEdit> m_deviceMac;
    QPointer<QComboBox> m_deviceProtocol;
    QPointer<QCheckBox> m_deviceAgent;
    QPointer<QLabel> m_passwordState;
    QPointer<QLineEdit> m_password;
    QPointer<QPushButton> m_clearPasswordButton;
    QPointer<QLabel> m_deviceError;

    // Import screen.
    QString m_importPath;
    inventory::ParsedInventory m_parsed;
    inventory::ImportPlan m_plan;
    QPointer<QLabel> m_importFile;
    QPointer<QLabel> m_importSummary;
    QPointer<QCheckBox> m_createRooms;
    QPointer<QCheckBox> m_skipBad;
    QPointer<QTableWidget> m_changes;
    QPointer<QTableWidget> m_errors;
    QPointer<QLabel> m_errorsTitle;
    QPointer<QPushButton> m_apply;
};

} // namespace tafel::gui
