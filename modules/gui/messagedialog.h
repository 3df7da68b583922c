#pragma once

#include <QCborMap>
#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tafel::gui {

class RoomAgents;

// "Message to the room": a large-touch dialog (text, how long, fullscreen or banner) that sends message.show to
// every agent of the room at once and shows each agent's answer in place ("✓ shown" or why not, e.g. no screen
// helper on that PC). Stays open so the teacher sees the results; "Hide message" takes it off the screens.
class MessageDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDialog)
public:
    explicit MessageDialog(RoomAgents *agents, QWidget *parent = nullptr);
    ~MessageDialog() override;

    void setText(const QString &text);
    void setSeconds(int seconds); // one of the offered durations; 0 = until hidden
    void setBanner(bool banner);
    QString resultText() const;

public Q_SLOTS:
    void send();
    void hideMessage();

Q_SIGNALS:
    // Every agent has answered the last send() or hideMessage().
    void allAnswered(int succeeded, int failed);

private:
    void run(const QString &command, const QCborMap &args, const QString &doneText);

    QPointer<RoomAgents> m_agents;
    QPointer<QPlainTextEdit> m_text;
    QPointer<QComboBox> m_duration;
    QPointer<QButtonGroup> m_mode;
    QPointer<QPushButton> m_send;
    QPointer<QPushButton> m_hide;
    QPointer<QLabel> m_results;
    quint64 m_round = 0;
};

} // namespace tafel::gui
