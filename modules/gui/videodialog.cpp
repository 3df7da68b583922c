#include "gui/videodialog.h"
#include "gui/roomagents.h"

#include "media/mediaplayer.h"

#include <QCborMap>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

namespace tafel::gui {

namespace {
QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setMinimumHeight(52);
    b->setAccessibleName(text);
    return b;
}

QString clock(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

VideoDialog::VideoDialog(RoomAgents *agents, QString startDirectory, QWidget *parent)
    : QDialog(parent)
    , m_agents(agents)
    , m_startDirectory(std::move(startDirectory))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("videoDialog"));
    setWindowTitle(tr("Show video on the display"));
    setMinimumWidth(760);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    auto *pick = new QHBoxLayout;
    auto *choose = bigButton(tr("Choose video…"), QStringLiteral("videoChoose"), this);
    pick->addWidget(choose);
    m_fileLabel = new QLabel(tr("No video chosen yet."), this);
    m_fileLabel->setObjectName(QStringLiteral("videoFile"));
    m_fileLabel->setWordWrap(true);
    pick->addWidget(m_fileLabel, 1);
    layout->addLayout(pick);

    // Preview: libVLC draws into this native child window (headless on the offscreen platform).
    m_surface = new QWidget(this);
    m_surface->setObjectName(QStringLiteral("videoPreview"));
    m_surface->setAttribute(Qt::WA_NativeWindow);
    m_surface->setMinimumSize(480, 270);
    m_surface->setStyleSheet(QStringLiteral("background: black;"));
    layout->addWidget(m_surface, 1);
    media::MediaOptions options;
    options.headless = QGuiApplication::platformName() == QLatin1String("offscreen");
    m_preview = new media::MediaPlayer(options, this);
    if (!options.headless)
        m_preview->setWindowId(quintptr(m_surface->winId()));
    m_preview->setVolume(0); // a preview in class is silent
    m_previewButton = bigButton(tr("Preview here"), QStringLiteral("videoPreviewButton"), this);
    m_previewButton->setEnabled(false);
    layout->addWidget(m_previewButton, 0, Qt::AlignLeft);

    auto *display = new QHBoxLayout;
    display->setSpacing(12);
    m_play = bigButton(tr("Play on the display"), QStringLiteral("videoPlay"), this);
    m_play->setProperty("role", QStringLiteral("go"));
    m_play->setEnabled(false);
    m_pause = bigButton(tr("Pause"), QStringLiteral("videoPause"), this);
    m_resume = bigButton(tr("Continue"), QStringLiteral("videoResume"), this);
    m_stop = bigButton(tr("Stop"), QStringLiteral("videoStop"), this);
    for (auto *b : {m_play.data(), m_pause.data(), m_resume.data(), m_stop.data()})
        display->addWidget(b);
    layout->addLayout(display);
    auto *pos = new QHBoxLayout;
    m_position = new QSlider(Qt::Horizontal, this);
    m_position->setObjectName(QStringLiteral("videoPosition"));
    m_position->setAccessibleName(tr("Position on the display"));
    m_position->setMinimumHeight(40);
    m_position->setEnabled(false);
    pos->addWidget(m_position, 1);
    m_positionLabel = new QLabel(QStringLiteral("0:00 / 0:00"), this);
    pos->addWidget(m_positionLabel);
    layout->addLayout(pos);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("videoStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto *close = bigButton(tr("Close"), QStringLiteral("videoClose"), this);
    layout->addWidget(close, 0, Qt::AlignRight);

    connect(choose, &QPushButton::clicked, this, &VideoDialog::chooseFile);
    connect(m_previewButton, &QPushButton::clicked, this, &VideoDialog::togglePreview);
    connect(m_play, &QPushButton::clicked, this, &VideoDialog::playOnDisplay);
    connect(m_pause, &QPushButton::clicked, this, [this] { displayCommand(QStringLiteral("media.pause")); });
    connect(m_resume, &QPushButton::clicked, this, [this] { displayCommand(QStringLiteral("media.resume")); });
    connect(m_stop, &QPushButton::clicked, this, [this] { displayCommand(QStringLiteral("media.stop")); });
    connect(m_position, &QSlider::sliderReleased, this, [this] { displayCommand(QStringLiteral("media.seek"), {{QStringLiteral("ms"), qint64(m_position->value())}}); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_preview, &media::MediaPlayer::stateChanged, this, [this](media::MediaPlayer::State s) {
        m_previewButton->setText(s == media::MediaPlayer::State::Playing ? tr("Pause preview") : tr("Preview here"));
    });
    connect(m_preview, &media::MediaPlayer::errorOccurred, this, [this](const QString &message) { setStatus(tr("Preview: %1").arg(message)); });
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &VideoDialog::pollDisplay);
}

VideoDialog::~VideoDialog() = default;

QString VideoDialog::statusText() const
{
    return m_status->text();
}

void VideoDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void VideoDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a video"), m_startDirectory,
                                   tr("Videos (*.mp4 *.mkv *.webm *.avi *.mov *.y4m *.mp3 *.wav *.ogg);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &VideoDialog::setFile);
    dialog->open(); // window-modal, never a nested event loop
}

void VideoDialog::setFile(const QString &path)
{
    m_file = path;
    m_fileLabel->setText(QFileInfo(path).fileName());
    const Status opened = m_preview->open(path);
    m_previewButton->setEnabled(opened.ok());
    m_play->setEnabled(true);
    setStatus(opened ? QString() : tr("Preview: %1").arg(opened.errorString()));
}

void VideoDialog::togglePreview()
{
    if (m_preview->state() == media::MediaPlayer::State::Playing) {
        m_preview->pause();
        return;
    }
    if (Status st = m_preview->play(); !st)
        setStatus(tr("Preview: %1").arg(st.errorString()));
}

void VideoDialog::playOnDisplay()
{
    if (m_file.isEmpty() || !m_agents)
        return;
    m_target = m_agents->displayAgent();
    if (m_target.isEmpty()) {
        setStatus(tr("There is no PC with the Tafel agent in this room to play the video on."));
        Q_EMIT displayAnswered(false);
        return;
    }
    m_preview->pause();
    displayCommand(QStringLiteral("media.play"), {{QStringLiteral("file"), QFileInfo(m_file).fileName()}});
}

void VideoDialog::displayCommand(const QString &command, const QCborMap &args)
{
    if (!m_agents)
        return;
    if (m_target.isEmpty())
        m_target = m_agents->displayAgent();
    const QString name = m_agents->nameOf(m_target);
    setStatus(tr("%1: sending…").arg(name));
    m_agents->send(m_target, command, args, [this, guard = QPointer<VideoDialog>(this), name, command](const Result<QCborMap> &r) {
        if (!guard)
            return;
        if (!r) {
            setStatus(tr("%1: %2").arg(name, r.errorString()));
            Q_EMIT displayAnswered(false);
            return;
        }
        setStatus(command == QLatin1String("media.stop") ? tr("%1: stopped").arg(name) : tr("%1: ✓").arg(name));
        showDisplayState(r->value(QStringLiteral("screen")).toMap());
        if (command == QLatin1String("media.play"))
            m_poll->start();
        Q_EMIT displayAnswered(true);
    });
}

void VideoDialog::pollDisplay()
{
    if (!m_agents || m_target.isEmpty() || m_position->isSliderDown())
        return;
    m_agents->send(m_target, QStringLiteral("media.state"), {}, [guard = QPointer<VideoDialog>(this)](const Result<QCborMap> &r) {
        if (guard && r)
            guard->showDisplayState(r->value(QStringLiteral("screen")).toMap());
    });
}

void VideoDialog::showDisplayState(const QCborMap &screen)
{
    const qint64 duration = screen.value(QStringLiteral("durationMs")).toInteger();
    const qint64 position = screen.value(QStringLiteral("positionMs")).toInteger();
    const QString state = screen.value(QStringLiteral("media")).toString();
    m_position->setEnabled(duration > 0);
    m_position->setRange(0, int(qMin<qint64>(duration, INT_MAX)));
    if (!m_position->isSliderDown())
        m_position->setValue(int(qMin<qint64>(position, INT_MAX)));
    m_positionLabel->setText(clock(position) + QStringLiteral(" / ") + clock(duration));
    if (state != QLatin1String("playing") && state != QLatin1String("paused") && state != QLatin1String("opening"))
        m_poll->stop();
}

} // namespace tafel::gui
