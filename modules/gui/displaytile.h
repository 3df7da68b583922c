#pragma once

#include "core/domain.h"

#include <QFrame>
#include <QList>
#include <QPointer>

#include <optional>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace tafel::gui {

// Colour family of a state. The text always says the state in words as well (never colour alone).
enum class Tone { Unknown, Good, Busy, Off, Warning, Bad };
QString toneKey(Tone tone); // "unknown", "good", ... (stylesheet property value)

// The controls under the power and input buttons; a display that lacks one gets it disabled with the reason.
enum class TileControl { BlankPicture, MuteSound, Freeze, VolumeDown, VolumeUp };

// One big tile per display or projector of the room: name, kind, address, state in words and colour
// (with warm-up progress), the current input, mute/freeze state, lamp/filter warnings and the touch buttons.
// DisplayController fills it and listens to the request signals; without it the state stays "Unknown".
class DisplayTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayTile)
public:
    explicit DisplayTile(const Device &device, QWidget *parent = nullptr);

    const Device &device() const { return m_device; }
    QString deviceId() const { return m_device.id; }

    // State headline ("On", "Warming up… 40 %", "Not reachable") in the tone's colour, plus an optional
    // detail line under it (mute/freeze, what to do). setUnreachable greys the tile and disables its buttons.
    void setState(Tone tone, const QString &text, const QString &detail = {});
    void setUnreachable(bool unreachable);
    bool isUnreachable() const { return m_unreachable; }
    QString stateText() const;
    QString detailText() const;
    Tone tone() const { return m_tone; }

    // The current input's name next to the state ("HDMI 1"); empty hides it.
    void setInputText(const QString &text);
    QString inputText() const;
    // Warm-up / cool-down progress bar under the state; percent < 0 hides it.
    void setProgress(int percent);
    int progress() const;
    // Lamp/filter warnings ("⚠ Clean the filter"); empty hides the line.
    void setWarning(const QString &text);
    QString warningText() const;
    // Checked state of the blank/mute/freeze buttons (nullopt: unknown, shown unchecked).
    void setToggles(std::optional<bool> pictureBlanked, std::optional<bool> soundMuted, std::optional<bool> frozen);
    // A control the display does not have, or cannot use right now: disabled, with the reason as tooltip and
    // accessible description.
    void setControlAvailable(TileControl control, bool available, const QString &reason = {});
    QPushButton *controlButton(TileControl control) const;

    // Row under the buttons for later controls.
    QBoxLayout *extraControls() const;

Q_SIGNALS:
    void powerRequested(const QString &deviceId, bool on);
    void inputRequested(const QString &deviceId);
    void blankRequested(const QString &deviceId, bool on);
    void muteRequested(const QString &deviceId, bool on);
    void freezeRequested(const QString &deviceId, bool on);
    void volumeRequested(const QString &deviceId, int steps);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void repolish(QWidget *w);
    void layoutControls();
    void updateEnabled();

    Device m_device;
    Tone m_tone = Tone::Unknown;
    bool m_unreachable = false;
    QPointer<QLabel> m_name;
    QPointer<QLabel> m_meta;
    QPointer<QLabel> m_dot;
    QPointer<QLabel> m_state;
    QPointer<QLabel> m_input;
    QPointer<QProgressBar> m_progress;
    QPointer<QLabel> m_detail;
    QPointer<QLabel> m_warning;
    QPointer<QPushButton> m_on;
    QPointer<QPushButton> m_off;
    QPointer<QPushButton> m_inputButton;
    QList<QPointer<QPushButton>> m_controls; // indexed by TileControl
    QList<bool> m_available;
    QGridLayout *m_buttons = nullptr;
    int m_controlsPerRow = 0;
    QBoxLayout *m_extra = nullptr;
};

} // namespace tafel::gui
