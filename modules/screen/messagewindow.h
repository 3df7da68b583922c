#pragma once

#include "screensession/protocol.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
#include <QScreen>
class QTimer;

namespace tafel::screen {

class FittedText;

// A teacher's message on one screen, readable from the back of the room: Fullscreen covers the screen
// (white on dark blue, the text as large as fits), Banner is a strip across the top (dark on yellow) that
// leaves the lesson visible. Shows who sent it, the seconds left, and a Close button (Escape as well).
// The window only displays; ScreenController owns the timeout and hides every screen's window together.
class MessageWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageWindow)
public:
    explicit MessageWindow(QScreen *screen);
    ~MessageWindow() override;

    // Shows `message` on this window's screen (replacing the one shown).
    void showMessage(const screensession::ScreenMessage &message);

    QScreen *targetScreen() const { return m_screen; }
    screensession::ScreenMessage message() const { return m_message; }
    int textPixelSize() const; // the size the text was fitted to (tests: "large type")

Q_SIGNALS:
    void closeRequested(); // the Close button or Escape

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override; // as Close: every screen's message goes

private:
    void applyStyle();
    void updateCountdown();

    QPointer<QScreen> m_screen;
    screensession::ScreenMessage m_message;
    QDeadlineTimer m_deadline;
    QLabel *m_sender = nullptr;
    FittedText *m_text = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace tafel::screen
