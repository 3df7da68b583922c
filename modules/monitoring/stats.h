#pragma once

#include <QList>

#include <optional>

namespace tafel::monitoring {

// Order statistics over RTT samples (milliseconds). Percentiles use linear interpolation between closest ranks
// (the same definition as numpy's default), so median({1,2,3,4}) == 2.5 and p90 of one value is that value.
struct Summary {
    int count = 0;
    double min = 0, median = 0, p90 = 0, max = 0, mean = 0;
    double jitter = 0; // mean absolute difference of consecutive values (RFC 3550 style, unsmoothed)
};

// values in measurement order (jitter needs the order); empty input gives nullopt.
std::optional<Summary> summarize(QList<double> values);
// Percentile p in [0, 100] of values that are already sorted ascending; values must not be empty.
double percentileSorted(const QList<double> &sorted, double p);

} // namespace tafel::monitoring
