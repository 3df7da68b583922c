#include "screen/videowindow.h"

#include <QCloseEvent>
#include <QPainter>
#include <QScreen>

namespace tafel::screen {

VideoWindow::VideoWindow() : QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
{
    setObjectName(QStringLiteral("videoWindow"));
    setAttribute(Qt::WA_NativeWindow);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setCursor(Qt::BlankCursor);
    setWindowTitle(tr("Video on the display"));
}

void VideoWindow::showOnScreen(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
}

quintptr VideoWindow::nativeId()
{
    return quintptr(winId());
}

void VideoWindow::paintEvent(QPaintEvent *)
{
    QPainter(this).fillRect(rect(), Qt::black); // libVLC paints over this once the first frame is decoded
}

void VideoWindow::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

} // namespace tafel::screen
