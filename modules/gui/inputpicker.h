#pragma once

#include <QFrame>
#include <QStringList>

namespace tafel::gui {

// Large-touch popup listing a display's inputs as big buttons (not a tiny combo box). The current input is
// checked; a tap emits chosen(code) and closes the popup, a tap outside closes it.
class InputPicker final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputPicker)
public:
    // codes and names are parallel; an empty name shows the code.
    InputPicker(const QString &displayName, const QStringList &codes, const QStringList &names, const QString &current,
                bool displayIsOff, QWidget *parent = nullptr);

    // Shows the popup under `anchor` (kept on the anchor's screen).
    void popup(QWidget *anchor);

Q_SIGNALS:
    void chosen(const QString &code);
};

} // namespace tafel::gui
