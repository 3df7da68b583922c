#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tafel::store {
class Database;
}

namespace tafel::gui {

class AdminAuth;
class AgentsKeysPage;
class AuditModel;
class DeviceModel;
class InventoryPage;
class NoticeBanner;
class RoomModel;
class SchedulesPage;

// Behind the admin password: navigation on the left, one page per task on the right.
class AdminView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminView)
public:
    // Order of the navigation entries.
    enum Page { Overview, RoomsDevices, Schedules, AgentsKeys, Reports, AuditLog, Settings, PageCount };

    AdminView(store::Database &db, AdminAuth &auth, QWidget *parent = nullptr);

    // Re-reads rooms, devices and the audit log from the store.
    void reload();
    void showPage(Page page);
    // Replaces the Overview placeholder (the school overview needs the agents' key; MainWindow plugs it in).
    void setOverviewPage(QWidget *page);
    // Replaces the "Reports to the city" placeholder (ReportsPage needs the agents' admin key; MainWindow plugs it in).
    void setReportsPage(QWidget *page);
    Page currentPage() const;
    // Rooms & devices page: 0 = rooms, 1 = devices.
    void showInventoryTab(int index);

    RoomModel *roomModel() const;
    DeviceModel *deviceModel() const;
    InventoryPage *inventoryPage() const;
    AuditModel *auditModel() const { return m_audit; }
    SchedulesPage *schedulesPage() const;
    AgentsKeysPage *agentsKeysPage() const;

Q_SIGNALS:
    void lockRequested();
    // A schedule was added, changed or deleted (the runner reloads).
    void schedulesChanged();

private:
    QWidget *makePlaceholder(const QString &title, const QString &text, const QString &objectName);
    QWidget *makeAuditPage();
    QWidget *makeSettingsPage();

    store::Database &m_db;
    AdminAuth &m_auth;
    QPointer<QListWidget> m_nav;
    QPointer<QStackedWidget> m_pages;
    QPointer<QPushButton> m_lock;
    QPointer<InventoryPage> m_inventory;
    QPointer<NoticeBanner> m_notice;
    QPointer<SchedulesPage> m_schedules;
    QPointer<AgentsKeysPage> m_agentsPage;
    AuditModel *m_audit = nullptr;
};

} // namespace tafel::gui
