#include "gui/displaytile.h"

#include <QHBoxLayout>
#include <QLabel>
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

DisplayTile::DisplayTile(const Device &device, QWidget *parent) : QFrame(parent), m_device(device)
{
    setObjectName(QStringLiteral("displayTile"));
    setProperty("deviceId", device.id);
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumWidth(360);
    setMaximumWidth(960);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 22);
    layout->setSpacing(8);

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
    layout->addSpacing(6);
    layout->addLayout(stateRow);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);
    layout->addSpacing(8);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    m_on = new QPushButton(QIcon(QStringLiteral(":/icons/power.svg")), tr("On"), this);
    m_on->setObjectName(QStringLiteral("tileOn"));
    m_on->setAccessibleName(tr("Switch on %1").arg(device.name));
    m_off = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("Off"), this);
    m_off->setObjectName(QStringLiteral("tileOff"));
    m_off->setAccessibleName(tr("Switch off %1").arg(device.name));
    m_input = new QPushButton(QIcon(QStringLiteral(":/icons/input.svg")), tr("Input"), this);
    m_input->setObjectName(QStringLiteral("tileInput"));
    m_input->setAccessibleName(tr("Choose the input of %1").arg(device.name));
    for (QPushButton *b : {m_on.data(), m_off.data(), m_input.data()}) {
        b->setProperty("role", QStringLiteral("tile"));
        b->setIconSize(QSize(33, 26));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    m_extra = new QHBoxLayout;
    m_extra->setSpacing(12);
    layout->addLayout(m_extra);
    layout->addStretch(1);

    connect(m_on, &QPushButton::clicked, this, [this] { Q_EMIT powerRequested(m_device.id, true); });
    connect(m_off, &QPushButton::clicked, this, [this] { Q_EMIT powerRequested(m_device.id, false); });
    connect(m_input, &QPushButton::clicked, this, [this] { Q_EMIT inputRequested(m_device.id); });

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
        w->setProperty("tone", key);
        repolish(w);
    }
    setAccessibleName(QStringLiteral("%1: %2").arg(m_device.name, text));
    setAccessibleDescription(detail);
}

void DisplayTile::setUnreachable(bool unreachable)
{
    setProperty("unreachable", unreachable);
    repolish(this);
    for (QPushButton *b : {m_on.data(), m_off.data(), m_input.data()})
        b->setEnabled(!unreachable);
}

QString DisplayTile::stateText() const
{
    return m_state->text();
}

QBoxLayout *DisplayTile::extraControls() const
{
    return m_extra;
}

void DisplayTile::repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}

} // namespace tafel::gui
