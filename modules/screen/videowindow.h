#pragma once

#include <QWidget>

class QScreen;

namespace tafel::screen {

// A black, frameless native window that libVLC draws the video into (MediaPlayer::setWindowId(winId())).
// Shown fullscreen on the chosen screen while media plays.
class VideoWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoWindow)
public:
    VideoWindow();

    void showOnScreen(QScreen *screen);
    quintptr nativeId(); // creates the native window if needed

protected:
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override; // ignored: the teacher stops the video
};

} // namespace tafel::screen
