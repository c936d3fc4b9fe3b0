#pragma once

#include <QList>
#include <QtGlobal>

namespace costline {

// What a least-squares fit of recent daily spend says about the days to come.
struct Projection
{
    qint64 expectedNano = 0; // sum of the fitted line over the future days, each day ≥ 0
    qint64 lowNano = 0;      // expected minus the band, never below 0
    qint64 highNano = 0;     // expected plus the band
};

// How many trailing days the projection is fitted to: four whole weeks.
constexpr int kProjectionWindowDays = 28;
constexpr int kDaysPerWeek = 7;
// The band's nominal coverage: the real sum should fall inside it this often.
constexpr int kBandLevelPct = 90;

// Fits the last `window` entries of `dailyNano` (oldest first, one entry per day, the last
// entry the latest known day) and sums the fit over the next `futureDays` days. With two
// weeks or more the window is cut to whole weeks and every weekday keeps its own level
// around one common slope (business usage has a weekly rhythm: a line through it tilts
// with the weekday the window ends on); with less, one straight line; a single day
// projects itself. The band is a 90 % interval for the sum (Student's t on the fit's
// degrees of freedom): the residual day-to-day noise of the future days plus the
// uncertainty of the fitted levels and slope carried over them.
Projection projectDays(const QList<qint64> &dailyNano, int futureDays, int window = kProjectionWindowDays);

// Sum of a daily series.
qint64 sumNano(const QList<qint64> &dailyNano);

} // namespace costline
