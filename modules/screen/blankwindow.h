#pragma once

#include <QWidget>

class QScreen;

namespace tafel::screen {

// Covers one screen in black, above other windows, with the mouse pointer hidden. It cannot be closed from
// the keyboard or the mouse: only the teacher unblanks (the point of blanking is "eyes on me").
class BlankWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlankWindow)
public:
    explicit BlankWindow(QScreen *screen);

    QScreen *targetScreen() const { return m_screen; }
    void showOnScreen();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override; // ignored (Alt+F4 from the window manager)

private:
    QScreen *m_screen;
};

} // namespace tafel::screen
