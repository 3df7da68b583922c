#include "gui/displaytile.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tafel::gui {

QString toneKey(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QStringLiteral("good");
    case Tone::Busy: return QStringLiteral("busy");
    case Tone::Off: return QStringLiteral("off");
    case Tone::Warning: return QStringLiteral("warning");
    case Tone::Bad: return QStringLiteral("bad");
    case Tone::Unknown: break;
    }
    return QStringLiteral("unknown");
}

namespace {
constexpr int kControlCount = 5;
constexpr int kButtonSpacing = 12;
} // namespace

DisplayTile::DisplayTile(const Device &device, QWidget *parent) : QFrame(parent), m_device(device)
{
    setObjectName(QStringLiteral("displayTile"));
    setProperty("deviceId", device.id);
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(360);
    setMaximumWidth(960);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 18);
    layout->setSpacing(6);

    m_name = new QLabel(device.name, this);
    m_name->setObjectName(QStringLiteral("tileName"));
    m_name->setWordWrap(true);
    layout->addWidget(m_name);

    const QString address = device.port ? QStringLiteral("%1:%2").arg(device.host).arg(device.port) : device.host;
    m_meta = new QLabel(QStringLiteral("%1 · %2").arg(deviceKindName(device.kind), address), this);
    m_meta->setObjectName(QStringLiteral("tileMeta"));
    m_meta->setWordWrap(true);
    layout->addWidget(m_meta);

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(12);
    m_dot = new QLabel(this);
    m_dot->setObjectName(QStringLiteral("tileDot"));
    m_dot->setFixedSize(22, 22);
    stateRow->addWidget(m_dot, 0, Qt::AlignVCenter);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("tileState"));
    stateRow->addWidget(m_state, 1);
    m_input = new QLabel(this);
    m_input->setObjectName(QStringLiteral("tileInputName"));
    m_input->hide();
    stateRow->addWidget(m_input, 0, Qt::AlignVCenter | Qt::AlignRight);
    layout->addLayout(stateRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("tileProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(14);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("tileWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(m_warning);
    layout->addSpacing(4);

    m_on = new QPushButton(QIcon(QStringLiteral(":/icons/power.svg")), tr("On"), this);
    m_on->setObjectName(QStringLiteral("tileOn"));
    m_on->setAccessibleName(tr("Switch on %1").arg(device.name));
    m_off = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Off"), this);
    m_off->setObjectName(QStringLiteral("tileOff"));
    m_off->setAccessibleName(tr("Switch off %1").arg(device.name));
    m_inputButton = new QPushButton(QIcon(QStringLiteral(":/icons/input.svg")), tr("Input"), this);
    m_inputButton->setObjectName(QStringLiteral("tileInput"));
    m_inputButton->setAccessibleName(tr("Choose the input of %1").arg(device.name));
    for (QPushButton *b : {m_on.data(), m_off.data(), m_inputButton.data()}) {
        b->setProperty("role", QStringLiteral("tile"));
        b->setIconSize(QSize(33, 26));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    struct ControlSpec {
        const char *objectName;
        QString text;
        QString accessible;
        bool checkable;
    };
    const ControlSpec specs[kControlCount] = {
        {"tileBlank", tr("Blank"), tr("Blank the picture of %1").arg(device.name), true},
        {"tileMute", tr("Mute"), tr("Mute the sound of %1").arg(device.name), true},
        {"tileFreeze", tr("Freeze"), tr("Freeze the picture of %1").arg(device.name), true},
        {"tileVolumeDown", tr("Quieter"), tr("Volume down on %1").arg(device.name), false},
        {"tileVolumeUp", tr("Louder"), tr("Volume up on %1").arg(device.name), false},
    };
    for (const ControlSpec &s : specs) {
        auto *b = new QPushButton(s.text, this);
        b->setObjectName(QString::fromLatin1(s.objectName));
        b->setAccessibleName(s.accessible);
        b->setCheckable(s.checkable);
        b->setProperty("role", QStringLiteral("tileSmall"));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_controls.append(b);
        m_available.append(true);
    }

    m_buttons = new QGridLayout;
    m_buttons->setHorizontalSpacing(kButtonSpacing);
    m_buttons->setVerticalSpacing(kButtonSpacing);
    layout->addLayout(m_buttons);
    layoutControls();

    m_extra = new QHBoxLayout;
    m_extra->setSpacing(12);
    layout->addLayout(m_extra);
    layout->addStretch(1);

    connect(m_on, &QPushButton::clicked, this, [this] { Q_EMIT powerRequested(m_device.id, true); });
    connect(m_off, &QPushButton::clicked, this, [this] { Q_EMIT powerRequested(m_device.id, false); });
    connect(m_inputButton, &QPushButton::clicked, this, [this] { Q_EMIT inputRequested(m_device.id); });
    // Toggles show the display's state, not the tap: the controller checks them once the display confirms.
    auto toggle = [this](TileControl c, void (DisplayTile::*signal)(const QString &, bool)) {
        QPushButton *b = m_controls.at(int(c));
        connect(b, &QPushButton::clicked, this, [this, b, signal](bool checked) {
            b->setChecked(!checked);
            Q_EMIT(this->*signal)(m_device.id, checked);
        });
    };
    toggle(TileControl::BlankPicture, &DisplayTile::blankRequested);
    toggle(TileControl::MuteSound, &DisplayTile::muteRequested);
    toggle(TileControl::Freeze, &DisplayTile::freezeRequested);
    connect(m_controls.at(int(TileControl::VolumeDown)), &QPushButton::clicked, this,
            [this] { Q_EMIT volumeRequested(m_device.id, -1); });
    connect(m_controls.at(int(TileControl::VolumeUp)), &QPushButton::clicked, this,
            [this] { Q_EMIT volumeRequested(m_device.id, +1); });

    setState(Tone::Unknown, tr("State unknown"), tr("Display control is not available yet"));
}

void DisplayTile::setState(Tone tone, const QString &text, const QString &detail)
{
    m_tone = tone;
    m_state->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    const QString key = toneKey(tone);
    for (QWidget *w : {static_cast<QWidget *>(m_dot.data()), static_cast<QWidget *>(m_state.data())}) {
        if (w->property("tone").toString() != key) {
            w->setProperty("tone", key);
            repolish(w);
        }
    }
    setAccessibleName(QStringLiteral("%1: %2").arg(m_device.name, text));
    setAccessibleDescription(detail);
}

void DisplayTile::setUnreachable(bool unreachable)
{
    if (unreachable != m_unreachable || !property("unreachable").isValid()) {
        m_unreachable = unreachable;
        setProperty("unreachable", unreachable);
        repolish(this);
    }
    updateEnabled();
}

QString DisplayTile::stateText() const
{
    return m_state->text();
}

QString DisplayTile::detailText() const
{
    return m_detail->text();
}

void DisplayTile::setInputText(const QString &text)
{
    m_input->setText(text);
    m_input->setVisible(!text.isEmpty());
    m_input->setAccessibleName(text.isEmpty() ? QString() : tr("Input: %1").arg(text));
}

QString DisplayTile::inputText() const
{
    return m_input->text();
}

void DisplayTile::setProgress(int percent)
{
    m_progress->setVisible(percent >= 0);
    if (percent >= 0)
        m_progress->setValue(qBound(0, percent, 100));
}

int DisplayTile::progress() const
{
    return m_progress->isHidden() ? -1 : m_progress->value();
}

void DisplayTile::setWarning(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

QString DisplayTile::warningText() const
{
    return m_warning->text();
}

void DisplayTile::setToggles(std::optional<bool> pictureBlanked, std::optional<bool> soundMuted,
                             std::optional<bool> frozen)
{
    m_controls.at(int(TileControl::BlankPicture))->setChecked(pictureBlanked.value_or(false));
    m_controls.at(int(TileControl::MuteSound))->setChecked(soundMuted.value_or(false));
    m_controls.at(int(TileControl::Freeze))->setChecked(frozen.value_or(false));
}

void DisplayTile::setControlAvailable(TileControl control, bool available, const QString &reason)
{
    m_available[int(control)] = available;
    QPushButton *b = m_controls.at(int(control));
    b->setToolTip(available ? QString() : reason);
    b->setAccessibleDescription(available ? QString() : reason);
    updateEnabled();
}

QPushButton *DisplayTile::controlButton(TileControl control) const
{
    return m_controls.at(int(control));
}

QBoxLayout *DisplayTile::extraControls() const
{
    return m_extra;
}

void DisplayTile::updateEnabled()
{
    for (QPushButton *b : {m_on.data(), m_off.data(), m_inputButton.data()})
        b->setEnabled(!m_unreachable);
    for (int i = 0; i < m_controls.size(); ++i)
        m_controls.at(i)->setEnabled(!m_unreachable && m_available.at(i));
}

void DisplayTile::layoutControls()
{
    // On / Off / Input in the first row; the five smaller controls in one row when their labels fit (German
    // is long), else in two.
    const int width = contentsRect().width() - 56;
    int needed = kButtonSpacing * (kControlCount - 1);
    for (const auto &b : std::as_const(m_controls))
        needed += b->sizeHint().width();
    const int perRow = (width <= 0 || needed <= width) ? kControlCount : 3;
    if (perRow == m_controlsPerRow)
        return;
    m_controlsPerRow = perRow;
    for (QPushButton *b : {m_on.data(), m_off.data(), m_inputButton.data()})
        m_buttons->removeWidget(b);
    for (const auto &b : std::as_const(m_controls))
        m_buttons->removeWidget(b);
    // 15 grid columns: the first row's three buttons span 5 each; the controls span 15 / perRow.
    m_buttons->addWidget(m_on, 0, 0, 1, 5);
    m_buttons->addWidget(m_off, 0, 5, 1, 5);
    m_buttons->addWidget(m_inputButton, 0, 10, 1, 5);
    const int span = 15 / perRow;
    for (int i = 0; i < m_controls.size(); ++i)
        m_buttons->addWidget(m_controls.at(i), 1 + i / perRow, (i % perRow) * span, 1, span);
    for (int c = 0; c < 15; ++c)
        m_buttons->setColumnStretch(c, 1);
}

void DisplayTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    layoutControls();
}

void DisplayTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) {
        m_controlsPerRow = 0;
        layoutControls();
    }
}

void DisplayTile::repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

} // namespace tafel::gui
