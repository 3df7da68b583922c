#include "gui/inputpicker.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace tafel::gui {

InputPicker::InputPicker(const QString &displayName, const QStringList &codes, const QStringList &names,
                         const QString &current, bool displayIsOff, QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("inputPicker"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Inputs of %1").arg(displayName));
    if (parent)
        setStyleSheet(parent->window()->styleSheet());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(14);
    auto *title = new QLabel(tr("Input for %1").arg(displayName), this);
    title->setObjectName(QStringLiteral("pickerTitle"));
    title->setWordWrap(true);
    layout->addWidget(title);
    if (displayIsOff) {
        auto *hint = new QLabel(tr("The display is off: it is switched on first."), this);
        hint->setObjectName(QStringLiteral("pickerHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const int columns = codes.size() > 8 ? 3 : 2;
    for (int i = 0; i < codes.size(); ++i) {
        const QString code = codes.at(i);
        const QString name = names.value(i).trimmed().isEmpty() ? code : names.value(i).trimmed();
        auto *b = new QPushButton(name, this);
        b->setObjectName(QStringLiteral("inputChoice"));
        b->setProperty("code", code);
        b->setProperty("role", QStringLiteral("choice"));
        b->setCheckable(true);
        b->setChecked(code.compare(current, Qt::CaseInsensitive) == 0);
        b->setAccessibleName(tr("Switch %1 to %2").arg(displayName, name));
        b->setMinimumWidth(200);
        connect(b, &QPushButton::clicked, this, [this, code] {
            Q_EMIT chosen(code);
            close();
        });
        grid->addWidget(b, i / columns, i % columns);
    }
    if (codes.isEmpty()) {
        auto *none = new QLabel(tr("The display has not told its inputs yet. Try again in a moment."), this);
        none->setWordWrap(true);
        grid->addWidget(none, 0, 0);
    }
    layout->addLayout(grid);
}

void InputPicker::popup(QWidget *anchor)
{
    adjustSize();
    QPoint pos = anchor->mapToGlobal(QPoint(0, anchor->height() + 6));
    if (const QScreen *screen = anchor->screen()) {
        const QRect avail = screen->availableGeometry();
        pos.setX(qBound(avail.left(), pos.x(), qMax(avail.left(), avail.right() - width())));
        if (pos.y() + height() > avail.bottom())
            pos.setY(qMax(avail.top(), anchor->mapToGlobal(QPoint(0, 0)).y() - height() - 6));
    }
    move(pos);
    show();
}

} // namespace tafel::gui
