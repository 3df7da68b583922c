#pragma once

#include "core/domain.h"
#include "gui/displaytile.h"

#include <QFrame>
#include <QHash>
#include <QPointer>

class QHBoxLayout;
class QLabel;

namespace tafel::gui {

// The strip at the bottom of the teacher view: one dot per device of the room (name, kind, state in the tooltip
// and the accessible name) and the time of the last measurement. Monitoring fills the states via setDeviceState();
// until then every device is "not measured yet".
class HealthStrip final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthStrip)
public:
    explicit HealthStrip(QWidget *parent = nullptr);

    void setDevices(const QList<Device> &devices);
    void setDeviceState(const QString &deviceId, Tone tone, const QString &text);
    void setLastMeasurement(const QString &text);
    int dotCount() const { return int(m_dots.size()); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLastMeasurement();

    QPointer<QHBoxLayout> m_dotsLayout;
    QPointer<QLabel> m_last;
    QHash<QString, QPointer<QWidget>> m_dots; // device id -> dot item
    QHash<QString, Device> m_devices;
};

} // namespace tafel::gui
