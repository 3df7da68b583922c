#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace tafel::gui {

// A message bar inside a view instead of a modal box: the teacher can keep working. Hides itself after a while.
class NoticeBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)
public:
    enum class Kind { Info, Error };
    explicit NoticeBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Info, int timeoutMs = 10000);
    QString text() const;

private:
    QPointer<QLabel> m_text;
    QPointer<QPushButton> m_close;
    QTimer *m_timer = nullptr;
};

} // namespace tafel::gui
