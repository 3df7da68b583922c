#pragma once

#include <QCborMap>
#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace tafel::media {
class MediaPlayer;
}

namespace tafel::gui {

class RoomAgents;

// "Show video": pick a file, preview it here with libVLC (MediaPlayer), then play it on the room's display agent
// and control it there (pause, resume, stop, position). The agent plays files from its media folder by name, so
// the file's name is sent, never a path; "not found" says to send the file as material first.
class VideoDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDialog)
public:
    VideoDialog(RoomAgents *agents, QString startDirectory, QWidget *parent = nullptr);
    ~VideoDialog() override;

    void setFile(const QString &path); // as if picked
    QString file() const { return m_file; }
    QString statusText() const;

public Q_SLOTS:
    void chooseFile();
    void togglePreview();
    void playOnDisplay();
    void displayCommand(const QString &command, const QCborMap &args = {});

Q_SIGNALS:
    void displayAnswered(bool ok);

private:
    void pollDisplay();
    void showDisplayState(const QCborMap &screen);
    void setStatus(const QString &text);

    QPointer<RoomAgents> m_agents;
    QString m_startDirectory;
    QString m_file;
    media::MediaPlayer *m_preview = nullptr;
    QPointer<QWidget> m_surface;
    QPointer<QLabel> m_fileLabel;
    QPointer<QPushButton> m_previewButton;
    QPointer<QPushButton> m_play;
    QPointer<QPushButton> m_pause;
    QPointer<QPushButton> m_resume;
    QPointer<QPushButton> m_stop;
    QPointer<QSlider> m_position;
    QPointer<QLabel> m_positionLabel;
    QPointer<QLabel> m_status;
    QTimer *m_poll = nullptr;
    QString m_target; // device id of the display agent
};

} // namespace tafel::gui
