#pragma once

#include "crypto/password.h"
#include "gui/displaycontroller.h"
#include "gui/materialsend.h"
#include "gui/roomagents.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace tafel {
class Clock;
}
namespace tafel::store {
class Database;
}
namespace tafel::classroom {
class ScheduleRunner;
}

namespace tafel::gui {

class AdminAuth;
class AdminGate;
class AdminView;
class RoomHealth;
class SendMaterialPanel;
class TeacherView;

struct MainWindowOptions {
    crypto::ScryptParams scrypt;  // cost of new admin password hashes (tests use a low cost)
    const Clock *clock = nullptr; // nullptr = system clock
    QString startRoom;            // id or name; empty = first room; a notice if there is no such room
    QString rememberedRoom;       // id from the last run; used silently when it still exists
    QString banner;               // e.g. the demo hint; shown above both views when set
    int adminIdleLockMs = 5 * 60 * 1000; // the admin view locks itself after this long without input; 0 = never
    bool displayControl = true;   // live tiles: drivers for the selected room's displays
    DisplayControllerOptions displays;
    bool runSchedules = false;    // run the stored schedules while the window is open (tafel does; tests do not)
    bool agentControl = false;    // the room's agents: panel, "Message" and "Show video" dialogs (tafel turns it on)
    RoomAgentsOptions agents;
    QString adminAgentKeyFile;    // admin key for the admin pages' agent commands (reports, Agents & keys); empty = agents.keyFile
    QString videoDirectory;       // where "Show video" starts picking files
    MaterialSendOptions material; // "Send material": where dropped files are gathered before packing
};

// Top-level window: the teacher view (start screen) and, behind the admin password, the admin view.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(store::Database &db, const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    TeacherView *teacherView() const;
    AdminView *adminView() const;
    AdminGate *adminGate() const;
    DisplayController *displayController() const { return m_displays; } // nullptr without display control
    classroom::ScheduleRunner *scheduleRunner() const { return m_runner; } // nullptr unless runSchedules
    RoomAgents *roomAgents() const { return m_agents; } // nullptr unless agentControl
    RoomHealth *roomHealth() const { return m_roomHealth; } // nullptr unless agentControl
    SendMaterialPanel *materialPanel() const { return m_material; } // nullptr unless agentControl
    bool isAdminUnlocked() const;

    // Admin button: shows the password prompt (or the first-start form).
    void requestAdmin();
    // Opens the admin view if `password` is right (used by `tafel --demo --view admin` for screenshots).
    bool unlockWithPassword(const QString &password);
    // Back to the teacher view; the admin view needs the password again.
    void lock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openAdmin();
    void updateNextAction();

    store::Database &m_db;
    std::unique_ptr<AdminAuth> m_auth;
    QPointer<QStackedWidget> m_stack;
    QPointer<QLabel> m_banner;
    QPointer<TeacherView> m_teacher;
    QPointer<AdminView> m_admin;
    QPointer<AdminGate> m_gate;
    QTimer *m_idleLock = nullptr;
    QTimer *m_nextActionTimer = nullptr;
    const Clock *m_clock = nullptr;
    DisplayController *m_displays = nullptr;
    classroom::ScheduleRunner *m_runner = nullptr;
    RoomAgents *m_agents = nullptr;
    RoomHealth *m_roomHealth = nullptr;
    SendMaterialPanel *m_material = nullptr;
};

// The stylesheet of the whole UI (compiled into the resources).
QString loadStyleSheet();

} // namespace tafel::gui
