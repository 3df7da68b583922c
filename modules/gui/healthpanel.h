#pragma once

#include "gui/historychart.h"

#include <QFrame>
#include <QPointer>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace tafel::gui {



// The room's network details under the health strip: the state of every monitored device in words and colour
// (with RTT and the last error), the last broadband test, and the history chart with 24 h / 7 d / 30 d.
class HealthPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthPanel)
public:
    enum class Range { Day, Week, Month };

    explicit HealthPanel(QWidget *parent = nullptr);

    HistoryChart *chart() const { return m_chart; }
    Range range() const { return m_range; }
    void setTitle(const QString &text);
    void setDevicesText(const QString &html);
    void setBroadbandText(const QString &text);

Q_SIGNALS:
    void rangeChanged(tafel::gui::HealthPanel::Range range);

private:
    QPointer<QLabel> m_title;
    QPointer<QLabel> m_devices;
    QPointer<QLabel> m_broadband;
    QPointer<HistoryChart> m_chart;
    Range m_range = Range::Day;
};

} // namespace tafel::gui
