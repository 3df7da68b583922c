#pragma once

#include "gui/healthpanel.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

namespace tafel::store {
class Database;
}

namespace tafel::gui {

class RoomAgents;
class TeacherView;

// Monitoring in the teacher view, from the room's tafel-agent (the one that answers health.get with devices):
// polls health.get, fills the health strip dots (words + colour in tooltip and accessible name), the top bar
// ("Network OK  ↓ 94 ↑ 38 Mbit/s · 07:30") and the HealthPanel (device list, last test, history chart from
// history.query). Tapping the strip shows or hides the panel. When no agent answers, everything says
// "agent unreachable" and no old value is shown as current.
class RoomHealth final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomHealth)
public:
    RoomHealth(store::Database &db, RoomAgents *agents, TeacherView *view, HealthPanel *panel, QObject *parent = nullptr);
    ~RoomHealth() override;

    void refresh();
    void loadHistory();
    // Shows or hides the details panel (the strip's tap does the same).
    void setDetailsVisible(bool visible);
    bool isUnreachable() const { return m_unreachable; }
    QString monitoringAgent() const { return m_agentId; }

Q_SIGNALS:
    void updated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRoomChanged(const QString &roomId);
    void tryAgents(QStringList candidates, quint64 generation, bool answered);
    void applyHealth(const QCborMap &health);
    void showUnreachable(const QString &reason);
    void applyHistory(const QCborMap &history, qint64 from, qint64 to);

    store::Database &m_db;
    QPointer<RoomAgents> m_agents;
    QPointer<TeacherView> m_view;
    const QObject *m_strip = nullptr; // the health strip; compared in eventFilter, never dereferenced there
    QPointer<HealthPanel> m_panel;
    QTimer *m_poll = nullptr;
    QString m_roomId;
    QString m_agentId;
    QHash<QString, QString> m_names; // device id -> name
    quint64 m_generation = 0;
    qint64 m_historyLoadedMs = 0;
    bool m_unreachable = false;
    bool m_busy = false;
};

} // namespace tafel::gui
