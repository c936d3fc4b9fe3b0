#include "backtest.h"

#include "core/utctime.h"

namespace costline {

Projection projectMonthRest(const DailySeries &series, qint64 asOfDay)
{
    return projectDays(series.upTo(asOfDay), int(utc::lastDayOfMonth(asOfDay) - asOfDay));
}

qint64 projectMonthEnd(const DailySeries &series, qint64 asOfDay)
{
    return series.sum(utc::firstDayOfMonth(asOfDay), asOfDay) + projectMonthRest(series, asOfDay).expectedNano;
}

QList<BacktestPoint> backtestMonths(const DailySeries &series, qint64 lastDay)
{
    QList<BacktestPoint> points;
    for (qint64 month = utc::firstDayOfMonth(series.fromDay); month <= lastDay;
         month = utc::lastDayOfMonth(month) + 1) {
        const qint64 monthEnd = utc::lastDayOfMonth(month);
        if (month < series.fromDay || monthEnd > lastDay)
            continue; // a month the workspace saw only in part says nothing about the method
        const qint64 actual = series.sum(month, monthEnd);
        const qint64 firstCut = qMax(month, series.fromDay + kBacktestMinHistoryDays - 1);
        for (qint64 asOf = firstCut; asOf < monthEnd; ++asOf) {
            const qint64 toDate = series.sum(month, asOf);
            const Projection rest = projectMonthRest(series, asOf);
            BacktestPoint p;
            p.monthDay = month;
            p.asOfDay = asOf;
            p.projectedNano = toDate + rest.expectedNano;
            p.lowNano = toDate + rest.lowNano;
            p.highNano = toDate + rest.highNano;
            p.actualNano = actual;
            p.errorPct = actual != 0 ? 100.0 * double(qAbs(p.projectedNano - actual)) / double(actual) : 0;
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

std::optional<double> bandCoveragePct(const QList<BacktestPoint> &points)
{
    if (points.isEmpty())
        return std::nullopt;
    qsizetype inside = 0;
    for (const BacktestPoint &p : points)
        inside += p.inBand() ? 1 : 0;
    return 100.0 * double(inside) / double(points.size());
}

} // namespace costline
