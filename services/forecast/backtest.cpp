#include "backtest.h"

#include "core/utctime.h"
#include "projection.h"

namespace costline {

qint64 projectMonthEnd(const DailySeries &series, qint64 asOfDay)
{
    const qint64 monthStart = utc::firstDayOfMonth(asOfDay);
    const qint64 monthEnd = utc::lastDayOfMonth(asOfDay);
    const qint64 actual = series.sum(monthStart, asOfDay);
    return actual + projectDays(series.upTo(asOfDay), int(monthEnd - asOfDay)).expectedNano;
}

QList<BacktestPoint> backtestMonths(const DailySeries &series, qint64 lastDay)
{
    QList<BacktestPoint> points;
    for (qint64 month = utc::firstDayOfMonth(series.fromDay); month <= lastDay;
         month = utc::lastDayOfMonth(month) + 1) {
        const qint64 monthEnd = utc::lastDayOfMonth(month);
        if (month < series.fromDay || monthEnd > lastDay)
            continue; // a month the workspace saw only in part says nothing about the method
        for (int cut : kBacktestCutDays) {
            const qint64 asOf = month + cut - 1;
            if (asOf - series.fromDay + 1 < kBacktestMinHistoryDays)
                continue;
            BacktestPoint p;
            p.monthDay = month;
            p.asOfDay = asOf;
            p.projectedNano = projectMonthEnd(series, asOf);
            p.actualNano = series.sum(month, monthEnd);
            p.errorPct = p.actualNano != 0 ? 100.0 * double(qAbs(p.projectedNano - p.actualNano)) / double(p.actualNano) : 0;
            points << p;
        }
    }
    return points;
}

std::optional<double> meanAbsolutePctError(const QList<BacktestPoint> &points)
{
    double total = 0;
    int n = 0;
    for (const BacktestPoint &p : points) {
        if (p.actualNano == 0)
            continue;
        total += p.errorPct;
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return total / n;
}

} // namespace costline
