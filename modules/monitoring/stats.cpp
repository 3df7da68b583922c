#include "monitoring/stats.h"

#include <algorithm>
#include <cmath>

namespace tafel::monitoring {

double percentileSorted(const QList<double> &sorted, double p)
{
    if (sorted.size() == 1)
        return sorted.front();
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = rank - double(lo);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}

std::optional<Summary> summarize(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    Summary s;
    s.count = int(values.size());
    double jitterSum = 0, sum = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        sum += values[i];
        if (i > 0)
            jitterSum += std::abs(values[i] - values[i - 1]);
    }
    s.mean = sum / double(values.size());
    s.jitter = values.size() > 1 ? jitterSum / double(values.size() - 1) : 0.0;
    std::sort(values.begin(), values.end());
    s.min = values.front();
    s.max = values.back();
    s.median = percentileSorted(values, 50);
    s.p90 = percentileSorted(values, 90);
    return s;
}

} // namespace tafel::monitoring
