#pragma once

#include <QList>
#include <QtGlobal>

namespace costline {

// What a least-squares line through recent daily spend says about the days to come.
struct Projection
{
    qint64 expectedNano = 0; // sum of the fitted line over the future days, each day ≥ 0
    qint64 lowNano = 0;      // expected minus the band, never below 0
    qint64 highNano = 0;     // expected plus the band
};

// How many trailing days the line is fitted to: four whole weeks, so that the weekday
// rhythm of business usage weighs the same on every weekday.
constexpr int kProjectionWindowDays = 28;

// Fits a line to the last `window` entries of `dailyNano` (oldest first, one entry per day,
// the last entry the latest known day) and sums it over the next `futureDays` days. The band
// is 1.645 residual standard deviations × sqrt(futureDays): a 90 % interval for the sum if
// the day-to-day noise is independent. Fewer than two days of history project their mean.
Projection projectDays(const QList<qint64> &dailyNano, int futureDays, int window = kProjectionWindowDays);

// Sum of a daily series.
qint64 sumNano(const QList<qint64> &dailyNano);

} // namespace costline
