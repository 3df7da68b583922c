#include "screen/screencontroller.h"

#include "screen/blankwindow.h"
#include "screen/logging.h"
#include "screen/messagewindow.h"
#include "screen/videowindow.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

#include <utility>

namespace tafel::screen {

using screensession::MediaState;
using screensession::ScreenMessage;
using screensession::ScreenState;

namespace {

MediaState toMediaState(media::MediaPlayer::State s)
{
    switch (s) {
    case media::MediaPlayer::State::Idle: return MediaState::None;
    case media::MediaPlayer::State::Opening: return MediaState::Opening;
    case media::MediaPlayer::State::Playing: return MediaState::Playing;
    case media::MediaPlayer::State::Paused: return MediaState::Paused;
    case media::MediaPlayer::State::Stopped: return MediaState::Stopped;
    case media::MediaPlayer::State::Ended: return MediaState::Ended;
    case media::MediaPlayer::State::Error: return MediaState::Error;
    }
    return MediaState::None;
}

template<typename W>
void closeAll(QList<QPointer<W>> &windows)
{
    for (const QPointer<W> &w : std::exchange(windows, {})) {
        if (w) {
            w->hide();
            w->deleteLater();
        }
    }
}

} // namespace

ScreenController::ScreenController(media::MediaOptions mediaOptions, QObject *parent)
    : QObject(parent), m_mediaOptions(std::move(mediaOptions))
{
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcScreen) << "message timed out";
        (void)hideMessage(); // cannot fail
        publish();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(1000);
    connect(m_progressTimer, &QTimer::timeout, this, &ScreenController::publish);

    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::screenAdded, this, &ScreenController::onScreenAdded);
        connect(app, &QGuiApplication::screenRemoved, this, &ScreenController::onScreenRemoved);
    }
}

ScreenController::~ScreenController()
{
    closeAll(m_messages);
    closeAll(m_blanks);
    m_player.reset(); // stops libVLC before its window goes
    m_video.reset();
}

QList<MessageWindow *> ScreenController::messageWindows() const
{
    QList<MessageWindow *> out;
    for (const auto &w : m_messages)
        if (w)
            out.append(w);
    return out;
}

QList<BlankWindow *> ScreenController::blankWindows() const
{
    QList<BlankWindow *> out;
    for (const auto &w : m_blanks)
        if (w)
            out.append(w);
    return out;
}

Status ScreenController::showMessage(const ScreenMessage &message)
{
    if (Status valid = message.validate(); !valid)
        return valid;
    const bool sameStyle = m_messageShown && m_message.style == message.style;
    if (!sameStyle)
        closeAll(m_messages);
    m_message = message;
    m_messageShown = true;
    if (m_messages.isEmpty()) {
        for (QScreen *screen : QGuiApplication::screens()) {
            auto *w = new MessageWindow(screen);
            connect(w, &MessageWindow::closeRequested, this, [this] {
                qCInfo(lcScreen) << "message closed on the screen";
                (void)hideMessage(); // cannot fail
                publish();
            });
            m_messages.append(w);
        }
    }
    for (MessageWindow *w : messageWindows())
        w->showMessage(message);
    if (message.seconds > 0)
        m_messageTimer->start(std::chrono::seconds(message.seconds));
    else
        m_messageTimer->stop();
    restack();
    qCInfo(lcScreen) << "showing a message on" << m_messages.size() << "screen(s) for" << message.seconds << "s";
    return {};
}

Status ScreenController::hideMessage()
{
    m_messageTimer->stop();
    m_messageShown = false;
    closeAll(m_messages);
    return {};
}

Status ScreenController::setBlanked(bool blanked)
{
    m_blanked = blanked;
    if (!blanked) {
        closeAll(m_blanks);
    } else if (m_blanks.isEmpty()) {
        for (QScreen *screen : QGuiApplication::screens())
            onScreenAdded(screen);
    }
    restack();
    qCInfo(lcScreen) << (blanked ? "blanked" : "unblanked") << m_blanks.size() << "screen(s)";
    return {};
}

void ScreenController::onScreenAdded(QScreen *screen)
{
    if (!m_blanked)
        return;
    auto *w = new BlankWindow(screen);
    m_blanks.append(w);
    w->showOnScreen();
    restack();
}

void ScreenController::onScreenRemoved(QScreen *screen)
{
    for (auto it = m_blanks.begin(); it != m_blanks.end();) {
        if (!*it || (*it)->targetScreen() == screen) {
            if (*it)
                (*it)->deleteLater();
            it = m_blanks.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_messages.begin(); it != m_messages.end();) {
        if (!*it || (*it)->targetScreen() == screen) {
            if (*it)
                (*it)->deleteLater();
            it = m_messages.erase(it);
        } else {
            ++it;
        }
    }
}

void ScreenController::restack()
{
    if (m_video && m_video->isVisible())
        m_video->raise();
    for (BlankWindow *w : blankWindows())
        w->raise();
    for (MessageWindow *w : messageWindows())
        w->raise();
}

Status ScreenController::ensurePlayer()
{
    if (m_player)
        return m_player->status();
    m_player = std::make_unique<media::MediaPlayer>(m_mediaOptions);
    if (Status s = m_player->status(); !s)
        return s;
    connect(m_player.get(), &media::MediaPlayer::stateChanged, this, &ScreenController::onPlayerState);
    connect(m_player.get(), &media::MediaPlayer::positionChanged, this, &ScreenController::publishSoon);
    connect(m_player.get(), &media::MediaPlayer::durationChanged, this, &ScreenController::publish);
    return {};
}

Status ScreenController::playMedia(const QString &filePath)
{
    if (Status s = ensurePlayer(); !s)
        return s;
    if (Status s = m_player->open(filePath); !s)
        return s;
    if (!m_video)
        m_video = std::make_unique<VideoWindow>();
    m_video->showOnScreen(QGuiApplication::primaryScreen());
    m_player->setWindowId(m_video->nativeId());
    m_player->setFullscreen(true);
    if (Status s = m_player->play(); !s) {
        m_video->hide();
        return s;
    }
    restack();
    qCInfo(lcScreen) << "playing" << filePath;
    return {};
}

Status ScreenController::pauseMedia()
{
    if (!m_player || (m_player->state() != media::MediaPlayer::State::Playing && m_player->state() != media::MediaPlayer::State::Opening))
        return Error::make(ErrorCode::Failed, tr("Nothing is playing on the display."));
    m_player->pause();
    return {};
}

Status ScreenController::resumeMedia()
{
    if (!m_player || m_player->state() != media::MediaPlayer::State::Paused) {
        if (m_player && (m_player->state() == media::MediaPlayer::State::Playing || m_player->state() == media::MediaPlayer::State::Opening))
            return {}; // already playing
        return Error::make(ErrorCode::Failed, tr("Nothing is paused on the display."));
    }
    if (Status s = m_player->play(); !s)
        return s;
    return {};
}

Status ScreenController::stopMedia()
{
    if (m_player)
        m_player->stop();
    if (m_video)
        m_video->hide();
    return {};
}

Status ScreenController::seekMedia(qint64 positionMs)
{
    if (!m_player)
        return Error::make(ErrorCode::Failed, tr("Nothing is playing on the display."));
    if (Status s = m_player->seek(positionMs); !s)
        return s;
    return {};
}

void ScreenController::onPlayerState(media::MediaPlayer::State s)
{
    using S = media::MediaPlayer::State;
    if ((s == S::Ended || s == S::Stopped || s == S::Error) && m_video)
        m_video->hide(); // back to the desktop (or the blank screen)
    if (s == S::Error)
        qCWarning(lcScreen) << "playback failed:" << m_player->errorString();
    publish();
}

ScreenState ScreenController::state() const
{
    ScreenState s;
    s.blanked = m_blanked;
    s.messageShown = m_messageShown;
    s.messageStyle = m_message.style;
    if (m_player) {
        s.media = toMediaState(m_player->state());
        s.positionMs = std::max<qint64>(0, m_player->position());
        s.durationMs = std::max<qint64>(0, m_player->duration());
        s.mediaFile = m_player->filePath();
        if (m_player->state() == media::MediaPlayer::State::Error)
            s.mediaError = m_player->errorString().isEmpty() ? m_player->status().errorString() : m_player->errorString();
    }
    return s;
}

void ScreenController::publish()
{
    m_progressTimer->stop();
    Q_EMIT stateChanged(state());
}

void ScreenController::publishSoon()
{
    if (!m_progressTimer->isActive())
        m_progressTimer->start();
}

} // namespace tafel::screen
