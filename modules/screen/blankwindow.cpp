#include "screen/blankwindow.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

namespace tafel::screen {

BlankWindow::BlankWindow(QScreen *screen)
    : QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint), m_screen(screen)
{
    setObjectName(QStringLiteral("blankWindow"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setCursor(Qt::BlankCursor);
    setWindowTitle(tr("Screen blanked by the teacher"));
}

void BlankWindow::showOnScreen()
{
    if (m_screen) {
        setScreen(m_screen);
        setGeometry(m_screen->geometry());
    }
    showFullScreen();
    raise();
}

void BlankWindow::paintEvent(QPaintEvent *)
{
    QPainter(this).fillRect(rect(), Qt::black);
}

void BlankWindow::keyPressEvent(QKeyEvent *event)
{
    event->accept(); // swallowed: Escape, Alt+F4 shortcuts handled by Qt do not reach a frameless window
}

void BlankWindow::closeEvent(QCloseEvent *event)
{
    event->ignore(); // ScreenController hides and deletes it; nobody else closes it
}

} // namespace tafel::screen
