#include "projection.h"

#include <QtMath>

#include <algorithm>

namespace costline {
namespace {

struct LineFit
{
    double intercept = 0; // value at x = 0, in nano-USD per day
    double slope = 0;     // change per day
    double residualSd = 0;
};

LineFit fitLine(const QList<qint64> &y)
{
    const qsizetype n = y.size();
    LineFit fit;
    if (n == 0)
        return fit;
    double meanX = (double(n) - 1.0) / 2.0;
    double meanY = 0;
    for (qint64 v : y)
        meanY += double(v);
    meanY /= double(n);
    double sxx = 0;
    double sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxx += (double(i) - meanX) * (double(i) - meanX);
        sxy += (double(i) - meanX) * (double(y.at(i)) - meanY);
    }
    fit.slope = sxx > 0 ? sxy / sxx : 0;
    fit.intercept = meanY - fit.slope * meanX;
    if (n > 2) {
        double ssr = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double r = double(y.at(i)) - (fit.intercept + fit.slope * double(i));
            ssr += r * r;
        }
        fit.residualSd = qSqrt(ssr / double(n - 2));
    }
    return fit;
}

} // namespace

Projection projectDays(const QList<qint64> &dailyNano, int futureDays, int window)
{
    Projection p;
    if (futureDays <= 0 || dailyNano.isEmpty())
        return p;
    const qsizetype n = std::min<qsizetype>(window, dailyNano.size());
    const QList<qint64> recent = dailyNano.mid(dailyNano.size() - n);
    const LineFit fit = fitLine(recent);
    double expected = 0;
    for (int d = 0; d < futureDays; ++d)
        expected += std::max(0.0, fit.intercept + fit.slope * double(n + d));
    const double halfWidth = 1.645 * fit.residualSd * qSqrt(double(futureDays));
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
