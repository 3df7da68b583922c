#pragma once

#include "gui/roomagents.h"

#include <QCborMap>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace tafel::store {
class Database;
}

namespace tafel::gui {

class HistoryChart;

// The admin view's Overview: every room as a tile (ok / degraded / down / unknown in words and colour, the last
// broadband result), worst first, from each room's agent (health.get); tap a tile for the room's 24 h chart
// (history.query). A room whose agent does not answer is "agent unreachable", never its old state.
class SchoolOverview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchoolOverview)
public:
    SchoolOverview(store::Database &db, RoomAgentsOptions options, QWidget *parent = nullptr);
    ~SchoolOverview() override;

    void reload();
    void refresh();
    // Room id -> state key ("ok", "degraded", "down", "unknown") as last shown; order() is worst first.
    QString stateOf(const QString &roomId) const { return m_rooms.value(roomId).state; }
    QStringList order() const { return m_order; }
    void showRoom(const QString &roomId);
    HistoryChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct RoomTile {
        QString name;
        QPointer<RoomAgents> agents;
        QPointer<QPushButton> tile;
        QString state = QStringLiteral("unknown");
        QString detail;
        QString agentId; // the agent that answered health.get
    };
    void ask(const QString &roomId);
    void relayout();

    store::Database &m_db;
    RoomAgentsOptions m_options;
    QHash<QString, RoomTile> m_rooms;
    QStringList m_order;
    QPointer<QGridLayout> m_grid;
    QPointer<QLabel> m_chartTitle;
    QPointer<HistoryChart> m_chart;
    QString m_shown;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace tafel::gui
