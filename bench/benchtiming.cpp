#include "benchtiming.h"

#include <QElapsedTimer>

#include <algorithm>

namespace costline::bench {

Figure fromSamples(const QString &name, QList<double> samples, const QString &unit, std::optional<double> below)
{
    Figure f;
    f.name = name;
    f.unit = unit;
    f.below = below;
    if (samples.isEmpty())
        return f;
    std::sort(samples.begin(), samples.end());
    f.median = samples.at(samples.size() / 2);
    f.p95 = samples.size() == 1 ? -1 : samples.at(qMin(samples.size() - 1, qsizetype(double(samples.size()) * 0.95)));
    return f;
}

Figure timeRuns(const QString &name, int runs, const std::function<void()> &work, std::optional<double> belowMs)
{
    work();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    return fromSamples(name, ms, QStringLiteral("ms"), belowMs);
}

} // namespace costline::bench
