#pragma once

#include "forecast.h"

namespace costline {

// The days of a month the backtest stands on: the method is run as of each, and its
// month-end answer compared with what the month really cost.
constexpr int kBacktestCutDays[] = {7, 14, 21};
// A cut needs this many days of history behind it for the line to mean anything.
constexpr int kBacktestMinHistoryDays = 14;

// Month-end projection as of `asOfDay` from the series alone (no look-ahead).
qint64 projectMonthEnd(const DailySeries &series, qint64 asOfDay);

// Runs the method on every complete month of the series ending on or before `lastDay`.
QList<BacktestPoint> backtestMonths(const DailySeries &series, qint64 lastDay);
// Mean absolute percentage error over points with a non-zero actual; nullopt without any.
std::optional<double> meanAbsolutePctError(const QList<BacktestPoint> &points);

} // namespace costline
