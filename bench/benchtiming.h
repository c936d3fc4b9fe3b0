#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace costline::bench {

// One line of the benchmark table: a median and 95th percentile over repeated runs (p95 < 0
// when measured once), and the DESIGN target it is held to, if any.
struct Figure
{
    QString name;
    double median = 0;
    double p95 = -1;
    QString unit = QStringLiteral("ms");
    std::optional<double> below; // target: the median stays under this
    QString error;               // why it could not be measured; the figure is then missing

    bool missed() const { return !error.isEmpty() || (below && median >= *below); }
};

// A titled group of figures, one table block.
struct FigureSection
{
    QString title;
    QList<Figure> figures;
};

// Runs `work` once to warm the page cache (figures are for a workspace in use), then
// `runs` timed times; median and p95 in milliseconds.
Figure timeRuns(const QString &name, int runs, const std::function<void()> &work, std::optional<double> belowMs = {});

// Median and p95 of already measured samples.
Figure fromSamples(const QString &name, QList<double> samples, const QString &unit, std::optional<double> below = {});

} // namespace costline::bench
