#pragma once

#include "classroom/schoolhealth.h"
#include "gui/roomagents.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace tafel::store {
class Database;
}
namespace tafel::displays {
class RoomControl;
}

namespace tafel::gui {

class HistoryChart;
class OverviewTile;

// The admin view's Overview (issue 8, item 4): every room as a tile with its state in words and colour (OK,
// Degraded, Down, Unknown, Agent unreachable, No agent), why, the last broadband result, its devices and displays
// answering or not, and the age of the data; worst first or by name. Data comes from each room's agents
// (health.get) every refresh interval; a room whose agents do not answer is "Agent unreachable" at the next
// refresh, and an answer older than two intervals is never shown as current. Tap a tile: the room's devices with
// their states, the 24 h chart (history.query) and the timeline of state changes (health.events).
class SchoolOverview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchoolOverview)
public:
    enum class Sort { WorstFirst, ByName };

    SchoolOverview(store::Database &db, RoomAgentsOptions options, QWidget *parent = nullptr);
    ~SchoolOverview() override;

    // Re-reads the rooms and their agents from the inventory.
    void reload();
    // Asks every room's agents now.
    void refresh();
    void setRefreshInterval(int ms);
    int refreshInterval() const;
    void setSort(Sort sort);

    // Room id -> state key as last shown: "checking", "ok", "degraded", "down", "unknown", "unreachable", "no-agent".
    QString stateOf(const QString &roomId) const;
    // "Displays: 1 on · 1 standby" from the displays themselves (empty until asked or without PJLink/MDC displays).
    QString displayPowerText(const QString &roomId) const;
    // The tile's text as shown (for tests and screen readers).
    QString tileText(const QString &roomId) const;
    // Room ids in the order shown.
    QStringList order() const { return m_order; }
    // Drill into a room (its devices, chart, timeline); showList() goes back.
    void showRoom(const QString &roomId);
    void showList();
    QString shownRoom() const { return m_shown; }
    HistoryChart *chart() const;
    QTableWidget *devicesTable() const { return m_devicesTable; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QPushButton *discoverButton() const { return m_discover; }

Q_SIGNALS:
    // The admin asked for the discovery assistant (the page opens it itself; tests may listen).
    void discoveryRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct LocalEvent {
        qint64 ms = 0;
        QString from, to, reason;
    };
    struct RoomTile {
        QString name;
        QPointer<RoomAgents> agents;
        QPointer<OverviewTile> tile;
        QString state = QStringLiteral("checking");
        QString error;              // why unreachable
        classroom::RoomHealthSummary summary;
        bool hasSummary = false;
        QString agentId;            // the agent that answered last
        qint64 answeredMs = 0;      // local clock of the last answer
        bool asking = false;
        quint64 askId = 0;
        QList<LocalEvent> seen;     // state changes this overview saw (incl. agent unreachable)
        // Power states of the room's PJLink/MDC displays, asked by this PC through the inventory's drivers.
        QPointer<displays::RoomControl> displays;
        bool displaysBusy = false;
        bool hasPower = false;
        int on = 0, standby = 0, warming = 0, cooling = 0, unknownPower = 0, notAnswering = 0, withErrors = 0;

        // The agent's last answer describes the room now.
        bool isCurrent() const { return hasSummary && state != QLatin1String("unreachable") && state != QLatin1String("no-agent"); }
    };
    static QString unreachableReason(const RoomTile &t);
    void ask(const QString &roomId);
    void askDisplays(const QString &roomId);
    void setState(RoomTile &t, const QString &state, const QString &error = {});
    void relayout();
    void updateTile(const QString &roomId);
    void updateDetail();
    void loadChart();
    void loadTimeline();
    void tick();
    QString ageText(const RoomTile &t) const;
    void openDiscovery();

    store::Database &m_db;
    RoomAgentsOptions m_options;
    QHash<QString, RoomTile> m_rooms;
    QHash<QString, QString> m_deviceNames; // id -> inventory name
    QHash<QString, QList<Device>> m_roomDevices; // room id -> its devices (inventory at the last reload())
    QStringList m_order;
    Sort m_sort = Sort::WorstFirst;
    int m_columns = 0;
    QPointer<QStackedWidget> m_stack;
    QPointer<QWidget> m_tilesHost;
    QPointer<QScrollArea> m_scroll;
    QWidget *m_viewport = nullptr; // compared only, never dereferenced after destruction began
    QPointer<QGridLayout> m_grid;
    QPointer<QLabel> m_summary;
    QPointer<QComboBox> m_sortBox;
    QPointer<QComboBox> m_intervalBox;
    QPointer<QPushButton> m_discover;
    QPointer<QLabel> m_detailTitle;
    QPointer<QLabel> m_detailState;
    QPointer<QTableWidget> m_devicesTable;
    QPointer<QTableWidget> m_timeline;
    QPointer<HistoryChart> m_chart;
    QTimer *m_poll = nullptr;
    QTimer *m_ticker = nullptr;
    QString m_shown;
    QCborArray m_agentEvents; // the shown room's last health.events answer
    quint64 m_generation = 0;
    quint64 m_askCounter = 0;
    int m_ticks = 0;
    bool m_loaded = false;
};

} // namespace tafel::gui
