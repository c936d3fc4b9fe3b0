#include "projection.h"

#include <QtMath>

#include <algorithm>
#include <iterator>

namespace costline {
namespace {

// The 95th percentile of Student's t by degrees of freedom (1 to 30): a two-sided
// kBandLevelPct (90 %) interval when the day-to-day spread is itself estimated from a few weeks of days.
constexpr double kStudentT95[] = {6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812,
                                  1.796, 1.782, 1.771, 1.761, 1.753, 1.746, 1.740, 1.734, 1.729, 1.725,
                                  1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697};
constexpr double kNormal95 = 1.645;

double bandQuantile(qsizetype freedom)
{
    return freedom <= 0 ? 0.0 : freedom <= qsizetype(std::size(kStudentT95)) ? kStudentT95[freedom - 1] : kNormal95;
}

// A line with one level per phase of the period: y = groupMean[g] + slope × (x − groupMeanX[g])
// for x in phase g = x mod period. With period 1 it is the ordinary least-squares line; with
// period 7 every weekday keeps its own level and the slope is fitted within weekdays, so the
// weekday a window starts or ends on cannot tilt it.
struct SeasonalLine
{
    int period = 1;
    QList<double> groupMean;
    QList<double> groupMeanX;
    QList<int> groupCount;
    double slope = 0;
    double sxx = 0;        // within-phase spread of x: the slope's precision
    double residualSd = 0; // 0 when there are too few days to tell
    qsizetype freedom = 0; // days less the fitted levels and slope

    double at(qsizetype x) const
    {
        const qsizetype g = x % period;
        return groupMean.at(g) + slope * (double(x) - groupMeanX.at(g));
    }
};

void fitLevels(SeasonalLine &fit, const QList<qint64> &y)
{
    fit.groupMean.fill(0, fit.period);
    fit.groupMeanX.fill(0, fit.period);
    fit.groupCount.fill(0, fit.period);
    for (qsizetype i = 0; i < y.size(); ++i) {
        fit.groupMean[i % fit.period] += double(y.at(i));
        fit.groupMeanX[i % fit.period] += double(i);
        ++fit.groupCount[i % fit.period];
    }
    for (int g = 0; g < fit.period; ++g) {
        fit.groupMean[g] /= qMax(1, fit.groupCount.at(g));
        fit.groupMeanX[g] /= qMax(1, fit.groupCount.at(g));
    }
}

SeasonalLine fitSeasonalLine(const QList<qint64> &y, int period)
{
    SeasonalLine fit;
    fit.period = period;
    fitLevels(fit, y);
    double sxy = 0;
    for (qsizetype i = 0; i < y.size(); ++i) {
        const double dx = double(i) - fit.groupMeanX.at(i % period);
        fit.sxx += dx * dx;
        sxy += dx * (double(y.at(i)) - fit.groupMean.at(i % period));
    }
    fit.slope = fit.sxx > 0 ? sxy / fit.sxx : 0;
    // One level per phase and the slope are estimated from the days themselves.
    fit.freedom = y.size() - period - 1;
    if (fit.freedom > 0) {
        double ssr = 0;
        for (qsizetype i = 0; i < y.size(); ++i) {
            const double r = double(y.at(i)) - fit.at(i);
            ssr += r * r;
        }
        fit.residualSd = qSqrt(ssr / double(fit.freedom));
    }
    return fit;
}

// The variance of the projected sum in units of the day-to-day variance: the days' own
// noise plus the uncertainty of the fitted levels and slope carried over `futureDays`.
double sumVarianceFactor(const SeasonalLine &fit, qsizetype firstX, int futureDays)
{
    QList<int> perPhase(fit.period, 0);
    double leverage = 0;
    for (int d = 0; d < futureDays; ++d) {
        const qsizetype x = firstX + d;
        ++perPhase[x % fit.period];
        leverage += double(x) - fit.groupMeanX.at(x % fit.period);
    }
    double levels = 0;
    for (int g = 0; g < fit.period; ++g)
        levels += double(perPhase.at(g)) * double(perPhase.at(g)) / qMax(1, fit.groupCount.at(g));
    return double(futureDays) + levels + (fit.sxx > 0 ? leverage * leverage / fit.sxx : 0.0);
}

// Whole weeks when there are at least two of them, so every weekday weighs the same.
qsizetype windowLength(qsizetype available, int window)
{
    const qsizetype n = std::min<qsizetype>(window, available);
    return n >= 2 * kDaysPerWeek ? n - n % kDaysPerWeek : n;
}

} // namespace

Projection projectDays(const QList<qint64> &dailyNano, int futureDays, int window)
{
    Projection p;
    if (futureDays <= 0 || dailyNano.isEmpty())
        return p;
    const qsizetype n = windowLength(dailyNano.size(), window);
    const QList<qint64> recent = dailyNano.mid(dailyNano.size() - n);
    const SeasonalLine fit = fitSeasonalLine(recent, n >= 2 * kDaysPerWeek ? kDaysPerWeek : 1);
    double expected = 0;
    for (int d = 0; d < futureDays; ++d)
        expected += std::max(0.0, fit.at(n + d));
    const double halfWidth = bandQuantile(fit.freedom) * fit.residualSd * qSqrt(sumVarianceFactor(fit, n, futureDays));
    p.expectedNano = qRound64(expected);
    p.lowNano = qRound64(std::max(0.0, expected - halfWidth));
    p.highNano = qRound64(expected + halfWidth);
    return p;
}

qint64 sumNano(const QList<qint64> &dailyNano)
{
    qint64 sum = 0;
    for (qint64 v : dailyNano)
        sum += v;
    return sum;
}

} // namespace costline
