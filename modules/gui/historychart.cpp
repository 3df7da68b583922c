#include "gui/historychart.h"

#include <QCborArray>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tafel::gui {

HistoryChart::HistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setAccessibleName(tr("Network history chart"));
    setMinimumHeight(140);
}

void HistoryChart::setRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    update();
}

void HistoryChart::setData(const QList<Point> &points, const QList<Test> &tests)
{
    m_points = points;
    m_tests = tests;
    m_unreachable.clear();
    m_placeholder.clear();
    m_loading = false;
    update();
}

void HistoryChart::setHistory(const QCborMap &history, qint64 fromMs, qint64 toMs)
{
    const auto number = [](const QCborValue &v) { return v.isDouble() || v.isInteger() ? std::optional(v.toDouble()) : std::nullopt; };
    QList<Point> points;
    for (const QCborValue &v : history.value(QStringLiteral("rows")).toArray()) {
        const QCborMap r = v.toMap();
        const qint64 count = r.value(QStringLiteral("count")).toInteger();
        points.append({r.value(QStringLiteral("bucket")).toInteger(), number(r.value(QStringLiteral("min"))), number(r.value(QStringLiteral("median"))),
                       number(r.value(QStringLiteral("p90"))), number(r.value(QStringLiteral("max"))),
                       count ? 100.0 * double(r.value(QStringLiteral("failures")).toInteger()) / double(count) : 0.0});
    }
    QList<Test> tests;
    for (const QCborValue &v : history.value(QStringLiteral("broadband")).toArray()) {
        const QCborMap b = v.toMap();
        tests.append({b.value(QStringLiteral("at")).toInteger(), number(b.value(QStringLiteral("downloadMbps"))), number(b.value(QStringLiteral("uploadMbps")))});
    }
    setRange(fromMs, toMs);
    setData(points, tests);
}

void HistoryChart::setUnreachable(const QString &reason)
{
    m_points.clear();
    m_tests.clear();
    m_unreachable = reason;
    m_loading = false;
    setAccessibleDescription(reason);
    update();
}

void HistoryChart::setPlaceholder(const QString &text)
{
    m_points.clear();
    m_tests.clear();
    m_unreachable.clear();
    m_placeholder = text;
    update();
}

void HistoryChart::setLoading()
{
    m_loading = true;
    update();
}

namespace {
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double mag = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (v <= step * mag)
            return step * mag;
    return 10 * mag;
}
} // namespace

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(std::max(9.0, small.pointSizeF() * 0.85));
    else
        small.setPixelSize(std::max(13, int(small.pixelSize() * 0.85)));
    p.setFont(small);
    const QFontMetrics fm(small);
    const int left = fm.horizontalAdvance(QStringLiteral("0000 ms")) + 8;
    const int right = fm.horizontalAdvance(QStringLiteral("0000 Mbit/s")) + 8;
    const QRect plot = rect().adjusted(left, fm.height() + 4, -right, -(fm.height() + 8));
    if (plot.width() < 20 || plot.height() < 20)
        return;

    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15);
    QColor text = pal.color(QPalette::Text);

    if (!m_unreachable.isEmpty() || (m_points.isEmpty() && m_tests.isEmpty())) {
        p.setPen(grid);
        p.drawRect(plot);
        QFont big = font();
        if (big.pointSizeF() > 0)
            big.setPointSizeF(big.pointSizeF() * 1.2);
        big.setBold(!m_unreachable.isEmpty());
        p.setFont(big);
        p.setPen(m_unreachable.isEmpty() ? text : QColor(0xC6, 0x28, 0x28));
        const QString msg = !m_unreachable.isEmpty() ? m_unreachable : m_loading ? tr("Loading…") : !m_placeholder.isEmpty() ? m_placeholder : tr("No measurements in this period yet.");
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, msg);
        return;
    }

    const qint64 from = m_from ? m_from : (m_points.isEmpty() ? m_tests.first().ms : m_points.first().ms);
    const qint64 to = m_to > from ? m_to : from + 1;
    const auto xOf = [&](qint64 ms) { return plot.left() + double(ms - from) / double(to - from) * plot.width(); };

    double maxRtt = 1;
    for (const Point &pt : std::as_const(m_points))
        maxRtt = std::max(maxRtt, pt.p90.value_or(pt.median.value_or(0)) * 1.3);
    double maxRttSeen = 0;
    for (const Point &pt : std::as_const(m_points))
        maxRttSeen = std::max(maxRttSeen, pt.max.value_or(0));
    maxRtt = niceCeiling(std::min(std::max(maxRtt, 1.0), std::max(maxRttSeen, 1.0)));
    double maxMbps = 1;
    for (const Test &t : std::as_const(m_tests))
        maxMbps = std::max({maxMbps, t.downMbps.value_or(0), t.upMbps.value_or(0)});
    maxMbps = niceCeiling(maxMbps * 1.1);
    const auto yRtt = [&](double v) { return plot.bottom() - std::min(v, maxRtt) / maxRtt * plot.height(); };
    const auto yMbps = [&](double v) { return plot.bottom() - std::min(v, maxMbps) / maxMbps * plot.height() * 0.6; };

    // Grid and axes.
    p.setPen(grid);
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - i * plot.height() / 4.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2.0, left - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   tr("%1 ms").arg(maxRtt * i / 4, 0, 'g', 3));
        if (!m_tests.isEmpty())
            p.drawText(QRectF(plot.right() + 4, plot.bottom() - i * plot.height() * 0.6 / 4.0 - fm.height() / 2.0, right - 4, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, tr("%1 Mbit/s").arg(maxMbps * i / 4, 0, 'g', 3));
        p.setPen(grid);
    }
    const qint64 span = to - from;
    const QString timeFormat = span > 2 * 86'400'000LL ? QStringLiteral("dd.MM.") : QStringLiteral("HH:mm");
    p.setPen(text);
    for (int i = 0; i <= 4; ++i) {
        const qint64 ms = from + span * i / 4;
        const double x = xOf(ms);
        const QString label = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(timeFormat);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QPointF(std::clamp(x - w / 2.0, 0.0, double(width() - w)), plot.bottom() + fm.ascent() + 4), label);
    }

    // Throughput bars per test (behind the latency).
    const double barW = std::max(3.0, plot.width() / 200.0);
    for (const Test &t : std::as_const(m_tests)) {
        const double x = xOf(t.ms);
        if (t.downMbps) {
            p.fillRect(QRectF(x - barW, yMbps(*t.downMbps), barW, plot.bottom() - yMbps(*t.downMbps)), QColor(0x15, 0x65, 0xC0, 150));
        }
        if (t.upMbps) {
            p.fillRect(QRectF(x, yMbps(*t.upMbps), barW, plot.bottom() - yMbps(*t.upMbps)), QColor(0x6A, 0x1B, 0x9A, 150));
        }
    }

    // Spread bands and median line, broken where a bucket has no successful probe.
    const double bucketW = m_points.size() > 1 ? std::max(1.0, plot.width() / double(m_points.size())) : 4.0;
    for (const Point &pt : std::as_const(m_points)) {
        const double x = xOf(pt.ms);
        if (pt.min && pt.max)
            p.fillRect(QRectF(x - bucketW / 2, yRtt(*pt.max), bucketW, yRtt(*pt.min) - yRtt(*pt.max)), QColor(0x2E, 0x7D, 0x32, 45));
        if (pt.median && pt.p90)
            p.fillRect(QRectF(x - bucketW / 2, yRtt(*pt.p90), bucketW, yRtt(*pt.median) - yRtt(*pt.p90)), QColor(0x2E, 0x7D, 0x32, 90));
        if (pt.lossPct > 0) {
            QColor loss(0xC6, 0x28, 0x28);
            loss.setAlphaF(std::clamp(0.35 + pt.lossPct / 150.0, 0.35, 1.0));
            p.fillRect(QRectF(x - bucketW / 2, plot.bottom() - 6, std::max(bucketW, 2.0), 6), loss);
        }
    }
    QPainterPath median;
    bool open = false;
    for (const Point &pt : std::as_const(m_points)) {
        if (!pt.median) {
            open = false;
            continue;
        }
        const QPointF q(xOf(pt.ms), yRtt(*pt.median));
        if (open)
            median.lineTo(q);
        else
            median.moveTo(q);
        open = true;
    }
    p.setPen(QPen(QColor(0x1B, 0x5E, 0x20), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(median);
    if (m_points.size() == 1 && m_points.first().median)
        p.drawEllipse(QPointF(xOf(m_points.first().ms), yRtt(*m_points.first().median)), 2, 2);

    // Legend.
    p.setPen(text);
    const QString legend = tr("— median latency   ▒ spread (min–max, median–p90)   ▮ download / upload   ▮ loss");
    p.drawText(QRectF(plot.left(), 0, plot.width(), fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(legend, Qt::ElideRight, plot.width()));
    p.setPen(grid);
    p.drawRect(plot);
}

} // namespace tafel::gui
