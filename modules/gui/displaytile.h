#pragma once

#include "core/domain.h"

#include <QFrame>
#include <QPointer>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace tafel::gui {

// Colour family of a state. The text always says the state in words as well (never colour alone).
enum class Tone { Unknown, Good, Busy, Off, Warning, Bad };
QString toneKey(Tone tone); // "unknown", "good", ... (stylesheet property value)

// One big tile per display or projector of the room: name, kind, address, state in words and colour, and the
// touch buttons. Display control fills it through setState() and listens to the request signals; until then the
// state stays "Unknown" and the requests are answered with an honest "not available yet".
class DisplayTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayTile)
public:
    explicit DisplayTile(const Device &device, QWidget *parent = nullptr);

    const Device &device() const { return m_device; }
    QString deviceId() const { return m_device.id; }

    // State headline ("On", "Warming up… 40 %", "Not reachable") in the tone's colour, plus an optional
    // detail line under it (input, warnings, what to do). Tone::Bad with `unreachable` greys the tile.
    void setState(Tone tone, const QString &text, const QString &detail = {});
    void setUnreachable(bool unreachable);
    QString stateText() const;
    Tone tone() const { return m_tone; }

    // Row under the buttons for later controls (mute, freeze, volume, lamp/filter warnings).
    QBoxLayout *extraControls() const;

Q_SIGNALS:
    void powerRequested(const QString &deviceId, bool on);
    void inputRequested(const QString &deviceId);

private:
    void repolish(QWidget *w);

    Device m_device;
    Tone m_tone = Tone::Unknown;
    QPointer<QLabel> m_name;
    QPointer<QLabel> m_meta;
    QPointer<QLabel> m_dot;
    QPointer<QLabel> m_state;
    QPointer<QLabel> m_detail;
    QPointer<QPushButton> m_on;
    QPointer<QPushButton> m_off;
    QPointer<QPushButton> m_input;
    QBoxLayout *m_extra = nullptr;
};

} // namespace tafel::gui
