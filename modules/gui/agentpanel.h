#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tafel::gui {

class RoomAgents;
struct RoomAgent;

// "Computers in this room" in the teacher view: the room's agents with online/offline and version, and the
// room-wide actions that need them: blank the room (and show it again) and wake the room's PCs. The result of
// each action is shown per agent, in place; nothing blocks.
class AgentPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPanel)
public:
    explicit AgentPanel(RoomAgents *agents, QWidget *parent = nullptr);
    ~AgentPanel() override;

    QString resultText() const;

public Q_SLOTS:
    void blankRoom(bool blank);
    void wakeRoom();

private:
    static QString stateLine(const RoomAgent &agent);
    void rebuild();
    void showResult(const QString &action, const QStringList &lines);

    QPointer<RoomAgents> m_agents;
    QPointer<QVBoxLayout> m_list;
    QPointer<QLabel> m_empty;
    QPointer<QLabel> m_result;
    QPointer<QPushButton> m_blank;
    QPointer<QPushButton> m_unblank;
    QPointer<QPushButton> m_wake;
    QList<QPointer<QLabel>> m_rows;
};

} // namespace tafel::gui
