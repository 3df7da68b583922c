#include "gui/healthstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace tafel::gui {

namespace {
void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

HealthStrip::HealthStrip(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("healthStrip"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 10, 24, 10);
    layout->setSpacing(18);

    auto *title = new QLabel(tr("Devices:"), this);
    title->setObjectName(QStringLiteral("healthTitle"));
    layout->addWidget(title);

    m_dotsLayout = new QHBoxLayout;
    m_dotsLayout->setSpacing(10);
    layout->addLayout(m_dotsLayout);
    layout->addStretch(1);

    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("healthLast"));
    m_last->setWordWrap(true); // gives way (two lines) before the device names are cut
    m_last->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_last);
    setLastMeasurement(tr("Last measurement: none yet"));
}

void HealthStrip::setDevices(const QList<Device> &devices)
{
    for (const auto &dot : std::as_const(m_dots)) {
        if (dot) {
            m_dotsLayout->removeWidget(dot);
            delete dot.data(); // now, not later: the old room's dots must not take space in this layout pass
        }
    }
    m_dots.clear();
    m_devices.clear();

    // Like the room itself: many PCs as bare dots first, then the shared infrastructure with its name.
    auto labelled = [](DeviceKind k) {
        return k == DeviceKind::AccessPoint || k == DeviceKind::Switch || k == DeviceKind::Printer
            || k == DeviceKind::Agent;
    };
    QList<Device> ordered;
    for (const Device &d : devices) {
        if (!labelled(d.kind))
            ordered.append(d);
    }
    for (const Device &d : devices) {
        if (labelled(d.kind))
            ordered.append(d);
    }

    for (const Device &d : std::as_const(ordered)) {
        auto *item = new QWidget(this);
        item->setObjectName(QStringLiteral("healthDevice"));
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(8);
        auto *dot = new QLabel(item);
        dot->setObjectName(QStringLiteral("healthDot"));
        dot->setFixedSize(16, 16);
        row->addWidget(dot);
        if (labelled(d.kind)) {
            auto *name = new QLabel(d.name, item);
            name->setObjectName(QStringLiteral("healthName"));
            row->addWidget(name);
            row->addSpacing(8);
        }
        m_dotsLayout->addWidget(item);
        m_dots.insert(d.id, item);
        m_devices.insert(d.id, d);
        setDeviceState(d.id, Tone::Unknown, tr("not measured yet"));
    }
    fitLastMeasurement();
}

void HealthStrip::setDeviceState(const QString &deviceId, Tone tone, const QString &text)
{
    QWidget *item = m_dots.value(deviceId);
    if (!item)
        return;
    const Device d = m_devices.value(deviceId);
    const QString summary = tr("%1 (%2, %3): %4").arg(d.name, deviceKindName(d.kind), d.host, text);
    item->setToolTip(summary);
    item->setAccessibleName(summary);
    if (auto *dot = item->findChild<QLabel *>(QStringLiteral("healthDot"))) {
        dot->setProperty("tone", toneKey(tone));
        repolish(dot);
    }
}

void HealthStrip::setLastMeasurement(const QString &text)
{
    m_last->setText(text);
    fitLastMeasurement();
}

void HealthStrip::fitLastMeasurement()
{
    // One line when there is room; wrap onto two lines before a device name would be cut.
    const int full = m_last->fontMetrics().horizontalAdvance(m_last->text()) + 8;
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    int others = m.left() + m.right() + 3 * layout()->spacing();
    if (auto *title = findChild<QLabel *>(QStringLiteral("healthTitle")))
        others += title->sizeHint().width();
    others += m_dotsLayout->sizeHint().width();
    m_last->setMinimumWidth(qMin(full, qMax(120, width() - others)));
}

void HealthStrip::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitLastMeasurement();
}

} // namespace tafel::gui
