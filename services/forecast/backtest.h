#pragma once

#include "forecast.h"
#include "projection.h"

namespace costline {

// A cut-off needs this many days of history behind it for the projection to mean anything.
constexpr int kBacktestMinHistoryDays = 14;

// What the method says as of `asOfDay` about the rest of its month, from the series alone
// (no look-ahead).
Projection projectMonthRest(const DailySeries &series, qint64 asOfDay);
// Month-end projection as of `asOfDay`: the month's actual to that day plus the rest.
qint64 projectMonthEnd(const DailySeries &series, qint64 asOfDay);

// Runs the method as of every day of every complete month of the series ending on or
// before `lastDay` (but the month's last day, which has nothing left to project), each
// with at least kBacktestMinHistoryDays behind it: a forecast is read on any weekday, so it
// is judged on all of them.
QList<BacktestPoint> backtestMonths(const DailySeries &series, qint64 lastDay);
// Mean absolute percentage error over points with a non-zero actual; nullopt without any.
std::optional<double> meanAbsolutePctError(const QList<BacktestPoint> &points);
// How often the real month fell inside the band, in percent of the points; nullopt without any.
std::optional<double> bandCoveragePct(const QList<BacktestPoint> &points);

} // namespace costline
