#pragma once

#include "core/domain.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace tafel {
class Clock;
}
namespace tafel::store {
class Database;
}

namespace tafel::gui {

class DisplayTile;
class HealthStrip;
enum class Tone;
class NoticeBanner;

// The start screen: top bar (room, day and time, network health, Admin), one big tile per display of the room,
// the action bar and the health strip. Every main task is at most two taps from here.
class TeacherView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeacherView)
public:
    TeacherView(store::Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Reloads the room list from the store, keeping the selected room where it still exists.
    void reloadRooms();
    // Selects a room by id or (case-insensitive) name; false if there is no such room.
    bool selectRoom(const QString &idOrName);
    QString currentRoomId() const;
    QString currentRoomName() const;

    QList<DisplayTile *> tiles() const;
    HealthStrip *healthStrip() const;

    // A non-blocking message in the view (hides itself after a while).
    void showNotice(const QString &text);

    // The next scheduled action for this room in the top bar ("Today 16:30: All off"); empty hides it.
    void setNextAction(const QString &text);
    QString nextAction() const;

    // Display control plugs in here: once available, "All on/off" and the tile buttons emit the request signals
    // below (the controller updates the tiles via DisplayTile::setState); until then they say "not available yet".
    void setDisplayControlAvailable(bool available);
    bool isDisplayControlAvailable() const { return m_displayControl; }

    // The room's agents plug in here: once available, "Show video" and "Message" emit videoRequested() and
    // messageRequested(); addPanel() puts a panel (the room's computers) above "Material and messages".
    void setAgentActionsAvailable(bool available) { m_agentActions = available; }
    void addPanel(QWidget *panel);
    // "Send material" plugs in here: `panel` takes the place of the "Material and messages" placeholder, and the
    // action button (with agents available) scrolls to it and emits materialRequested().
    void setMaterialPanel(QWidget *panel);

    // Monitoring plugs in here: the network state in the top bar (words + colour dot; tooltip with details).
    void setNetworkSummary(Tone tone, const QString &text, const QString &toolTip = {});
    QString networkSummary() const;

Q_SIGNALS:
    void adminRequested();
    // After the tiles of the new room exist: connect drivers to tiles() here.
    void roomChanged(const QString &roomId);
    void roomPowerRequested(const QString &roomId, bool on);
    void displayPowerRequested(const QString &deviceId, bool on);
    void displayInputRequested(const QString &deviceId);
    void videoRequested();
    void messageRequested();
    void materialRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void loadRoom(const QString &roomId);
    void layoutTiles();
    void layoutActions();
    void updateClock();
    void notAvailableYet(const QString &what);

    store::Database &m_db;
    const Clock &m_clock;
    QPointer<QComboBox> m_roomPicker;
    QPointer<QLabel> m_clockLabel;
    QPointer<QLabel> m_nextAction;
    QString m_nextActionText;
    QPointer<QLabel> m_healthSummary;
    QPointer<QPushButton> m_adminButton;
    QPointer<QWidget> m_tilesHost;
    QPointer<QGridLayout> m_tilesGrid;
    QPointer<QLabel> m_emptyLabel;
    QPointer<NoticeBanner> m_notice;
    QPointer<HealthStrip> m_health;
    QList<QPointer<DisplayTile>> m_tiles;
    QPointer<QGridLayout> m_actionsGrid;
    QList<QPointer<QPushButton>> m_actions;
    int m_actionsPerRow = 0;
    QTimer *m_clockTimer = nullptr;
    int m_columns = 0;
    bool m_displayControl = false;
    bool m_agentActions = false;
};

} // namespace tafel::gui
