#pragma once

#include <QCborMap>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace tafel::gui {

// Latency and throughput history of a room or device, drawn with QPainter like Smokeping: the min–max spread
// of each bucket as a light band, p90 as a darker band above the median, the median as a line, loss as red
// ticks along the bottom, and one pair of bars (down/up) per broadband test on the right-hand Mbit/s axis.
// setUnreachable() clears the data and says so: the chart never shows stale data as current.
class HistoryChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)
public:
    struct Point {
        qint64 ms = 0;
        std::optional<double> min, median, p90, max;
        double lossPct = 0;
    };
    struct Test {
        qint64 ms = 0;
        std::optional<double> downMbps, upMbps;
    };

    explicit HistoryChart(QWidget *parent = nullptr);

    void setRange(qint64 fromMs, qint64 toMs);
    void setData(const QList<Point> &points, const QList<Test> &tests);
    // From a history.query answer (rows + broadband) over [fromMs, toMs).
    void setHistory(const QCborMap &history, qint64 fromMs, qint64 toMs);
    void setUnreachable(const QString &reason);
    void setLoading();
    // The text of an empty chart (default: no measurements in this period).
    void setPlaceholder(const QString &text);
    bool isUnreachable() const { return !m_unreachable.isEmpty(); }
    QString statusText() const { return m_unreachable; }
    int pointCount() const { return int(m_points.size()); }

    QSize sizeHint() const override { return {640, 200}; }
    QSize minimumSizeHint() const override { return {240, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_from = 0;
    qint64 m_to = 0;
    QList<Point> m_points;
    QList<Test> m_tests;
    QString m_unreachable;
    bool m_loading = false;
    QString m_placeholder;
};

} // namespace tafel::gui
