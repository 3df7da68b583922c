#pragma once

#include "core/result.h"
#include "displays/displaydriver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace tafel::displays {
class RoomControl;
}
namespace tafel::store {
class Database;
}

namespace tafel::gui {

class DisplayTile;
class TeacherView;

struct DisplayControllerOptions {
    int refreshIntervalMs = 10'000;  // status refresh of the visible room
    int busyRefreshMs = 1'500;       // while a display warms up, cools down or a command runs
    int typicalWarmupMs = 30'000;    // for the "Warming up… 40 %" estimate
    int typicalCooldownMs = 20'000;
};

// Wires the teacher view's selected room to a RoomControl (one driver per display, from the inventory with the
// stored passwords) and keeps the tiles live: state in words and colour, warm-up progress, input, mute/freeze,
// warnings, and "not reachable" / "wrong password" with what to do. Commands run asynchronously; each is
// followed by a status refresh, and the visible room is refreshed periodically. Passwords are never shown.
class DisplayController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayController)
public:
    DisplayController(store::Database &db, TeacherView *view, const DisplayControllerOptions &options = {},
                      QObject *parent = nullptr);
    ~DisplayController() override;

    displays::RoomControl *roomControl() const { return m_control; }
    // Re-reads the room's displays from the store (after an admin edit) and refreshes them.
    void reload();
    void refreshNow();
    // True once every display of the current room answered (or failed) at least once.
    bool hasRefreshedOnce() const { return m_roundDone; }

Q_SIGNALS:
    // Every display of the current room has answered (or failed) its first status query.
    void firstRefreshDone();

private:
    struct Display {
        displays::DisplayStatus status;
        bool haveStatus = false;
        std::optional<Error> linkError;   // unreachable, wrong password: the tile is greyed
        QString commandError;              // the last command failed (shown until the next success)
        QString pending;                   // "Switching on…" while a command runs
        bool refreshing = false;
        bool infoLoaded = false;
        bool answeredOnce = false;
        displays::PowerState transition = displays::PowerState::Unknown;
        QElapsedTimer transitionSince;
    };

    void onRoomChanged(const QString &roomId);
    void onTick();
    void refresh(const QString &deviceId);
    void loadInfo(const QString &deviceId);
    void updateStatus(const QString &deviceId, const displays::DisplayStatus &status);
    void finishCommand(const QString &deviceId, const displays::CommandResult &result);
    void render(const QString &deviceId);
    void renderAll();
    void checkRoundDone();
    DisplayTile *tile(const QString &deviceId) const;
    QString endpoint(const QString &deviceId) const;
    QString inputName(const displays::DisplayStatus &status) const;
    bool anyBusy() const;

    void power(const QString &deviceId, bool on);
    void roomPower(bool on);
    void chooseInput(const QString &deviceId);
    void setInput(const QString &deviceId, const QString &code);
    void blank(const QString &deviceId, bool on);
    void mute(const QString &deviceId, bool on);
    void freeze(const QString &deviceId, bool on);
    void volume(const QString &deviceId, int steps);
    void run(const QString &deviceId, const QString &pending,
             const std::function<void(displays::DisplayDriver *, displays::Callback)> &call);

    store::Database &m_db;
    QPointer<TeacherView> m_view;
    DisplayControllerOptions m_options;
    displays::RoomControl *m_control = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_sinceRefresh;
    QString m_roomId;
    QHash<QString, Display> m_displays;
    bool m_roundDone = false;
    bool m_dying = false;
};

} // namespace tafel::gui
