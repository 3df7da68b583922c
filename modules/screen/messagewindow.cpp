#include "screen/messagewindow.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace tafel::screen {

using screensession::ScreenMessage;

// Draws a text word-wrapped and centred at the largest pixel size (up to a maximum) at which it fits the
// widget, so a short "Pause!" is huge and a long German paragraph still fits.
class FittedText final : public QWidget {
public:
    explicit FittedText(QWidget *parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setText(const QString &text)
    {
        m_text = text;
        refit();
    }
    void setMaxPixelSize(int px)
    {
        m_maxPx = std::max(12, px);
        refit();
    }
    void setAlignment(Qt::Alignment alignment)
    {
        m_alignment = alignment;
        update();
    }
    void setColor(const QColor &color)
    {
        m_color = color;
        update();
    }
    int pixelSize() const { return m_px; }

protected:
    void resizeEvent(QResizeEvent *) override { refit(); }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(m_color);
        p.setFont(fontAt(m_px));
        p.drawText(rect(), int(m_alignment) | Qt::TextWordWrap, m_text);
    }

private:
    QFont fontAt(int px) const
    {
        QFont f = font();
        f.setPixelSize(px);
        f.setWeight(QFont::DemiBold);
        return f;
    }

    bool fits(int px) const
    {
        const QRect box = rect();
        const QRect needed = QFontMetrics(fontAt(px)).boundingRect(box, int(m_alignment) | Qt::TextWordWrap, m_text);
        return needed.width() <= box.width() && needed.height() <= box.height();
    }

    void refit()
    {
        int lo = kMinPx;
        int hi = std::max(kMinPx, m_maxPx);
        if (width() > 0 && height() > 0) {
            while (lo < hi) { // largest size that fits
                const int mid = (lo + hi + 1) / 2;
                if (fits(mid))
                    lo = mid;
                else
                    hi = mid - 1;
            }
        }
        m_px = lo;
        update();
    }

    static constexpr int kMinPx = 12;
    QString m_text;
    int m_maxPx = 120;
    int m_px = kMinPx;
    Qt::Alignment m_alignment = Qt::AlignCenter;
    QColor m_color = Qt::white;
};

MessageWindow::MessageWindow(QScreen *screen)
    : QWidget(nullptr, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint), m_screen(screen)
{
    setObjectName(QStringLiteral("screenMessage"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("Message from the teacher"));

    m_sender = new QLabel(this);
    m_sender->setObjectName(QStringLiteral("messageSender"));
    m_text = new FittedText(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("messageCountdown"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAccessibleName(tr("Close the message"));
    m_close->setCursor(Qt::PointingHandCursor);
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QPushButton::clicked, this, &MessageWindow::closeRequested);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MessageWindow::updateCountdown);
}

MessageWindow::~MessageWindow() = default;

int MessageWindow::textPixelSize() const
{
    return m_text->pixelSize();
}

void MessageWindow::showMessage(const ScreenMessage &message)
{
    m_message = message;
    m_deadline = message.seconds > 0 ? QDeadlineTimer(std::chrono::seconds(message.seconds)) : QDeadlineTimer(QDeadlineTimer::Forever);
    m_sender->setText(message.sender.isEmpty() ? tr("Message") : tr("Message from %1").arg(message.sender));
    m_text->setText(message.text);
    applyStyle();
    updateCountdown();
    if (message.seconds > 0)
        m_tick->start();
    else
        m_tick->stop();

    QScreen *screen = m_screen ? m_screen.data() : QGuiApplication::primaryScreen();
    const QRect area = screen ? screen->geometry() : QRect(0, 0, 1920, 1080);
    if (screen)
        setScreen(screen);
    // A banner leaves the lesson running: it does not take the keyboard from the presentation under it.
    setAttribute(Qt::WA_ShowWithoutActivating, message.style == ScreenMessage::Style::Banner);
    if (message.style == ScreenMessage::Style::Fullscreen) {
        setGeometry(area);
        showFullScreen();
    } else {
        const int bannerHeight = std::clamp(area.height() / 5, 120, 320);
        showNormal();
        setGeometry(area.x(), area.y(), area.width(), bannerHeight);
    }
    raise();
}

void MessageWindow::applyStyle()
{
    // Sizes follow the screen, so the message reads the same on a 1366×768 projector and a 4K panel.
    QScreen *screen = m_screen ? m_screen.data() : QGuiApplication::primaryScreen();
    const QSize area = screen ? screen->geometry().size() : QSize(1920, 1080);
    const int unit = std::max(6, area.height() / 108); // 10 px at 1080 lines
    const bool full = m_message.style == ScreenMessage::Style::Fullscreen;

    delete layout();
    QBoxLayout *outer = nullptr;
    if (full) {
        auto *v = new QVBoxLayout(this);
        v->setContentsMargins(area.width() / 16, unit * 5, area.width() / 16, unit * 5);
        v->setSpacing(unit * 3);
        v->addWidget(m_sender);
        v->addWidget(m_text, 1);
        auto *bottom = new QHBoxLayout;
        bottom->addWidget(m_countdown, 1, Qt::AlignVCenter);
        bottom->addWidget(m_close, 0, Qt::AlignRight | Qt::AlignVCenter);
        v->addLayout(bottom);
        outer = v;
        m_text->setMaxPixelSize(area.height() / 7);
        m_text->setAlignment(Qt::AlignCenter);
        m_text->setColor(Qt::white);
    } else {
        auto *h = new QHBoxLayout(this);
        h->setContentsMargins(unit * 4, unit * 2, unit * 3, unit * 2);
        h->setSpacing(unit * 3);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(unit / 2);
        texts->addWidget(m_sender);
        texts->addWidget(m_text, 1);
        h->addLayout(texts, 1);
        auto *side = new QVBoxLayout;
        side->addStretch(1);
        side->addWidget(m_close, 0, Qt::AlignRight);
        side->addWidget(m_countdown, 0, Qt::AlignRight);
        side->addStretch(1);
        h->addLayout(side);
        outer = h;
        m_text->setMaxPixelSize(unit * 8);
        m_text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_text->setColor(QColor(0x14, 0x21, 0x3D));
    }
    Q_UNUSED(outer);

    const QString background = full ? QStringLiteral("#14213D") : QStringLiteral("#FFE08A");
    const QString accent = full ? QStringLiteral("#FFE08A") : QStringLiteral("#14213D");
    const QString muted = full ? QStringLiteral("#C9D6EC") : QStringLiteral("#3A4A6B");
    const QString buttonBg = full ? QStringLiteral("#FFFFFF") : QStringLiteral("#14213D");
    const QString buttonFg = full ? QStringLiteral("#14213D") : QStringLiteral("#FFFFFF");
    const int senderPx = full ? unit * 4 : unit * 2 + unit / 2;
    const int buttonPx = full ? unit * 3 : unit * 2 + unit / 2;
    setStyleSheet(QStringLiteral(
                      "#screenMessage { background: %1; }"
                      "#messageSender { color: %2; font-size: %5px; font-weight: 700; }"
                      "#messageCountdown { color: %3; font-size: %6px; }"
                      "#messageClose { background: %4; color: %7; font-size: %6px; font-weight: 700;"
                      "  border: none; border-radius: %8px; padding: %9px %10px; min-width: %11px; }"
                      "#messageClose:pressed { background: %3; }")
                      .arg(background, accent, muted, buttonBg)
                      .arg(senderPx)
                      .arg(buttonPx)
                      .arg(buttonFg)
                      .arg(unit)
                      .arg(full ? unit * 2 : unit)
                      .arg(unit * 4)
                      .arg(unit * 16));
    QFont f = font();
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    setFont(f);
}

void MessageWindow::updateCountdown()
{
    if (m_deadline.isForever()) {
        m_countdown->clear();
        m_countdown->hide();
        return;
    }
    const int left = int((m_deadline.remainingTime() + 999) / 1000);
    m_countdown->setText(tr("Closes in %1 s").arg(std::max(0, left)));
    m_countdown->show();
}

void MessageWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MessageWindow::closeEvent(QCloseEvent *event)
{
    event->ignore(); // ScreenController hides and deletes the windows
    Q_EMIT closeRequested();
}

} // namespace tafel::screen
