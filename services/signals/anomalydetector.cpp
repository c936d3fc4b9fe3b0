#include "anomalydetector.h"
#include "core/percent.h"

#include "core/utctime.h"
#include "robuststats.h"
#include "workspace/summaryquery.h"

#include <QDateTime>

namespace costline {
namespace {

struct DayVerdict
{
    bool anomalous = false;
    qint64 current = 0;
    qint64 expected = 0;
};

DayVerdict judgeDay(const QMap<qint64, qint64> &series, qint64 day, double thresholdPct, const AnomalySettings &s)
{
    QList<qint64> window;
    QList<qint64> sameWeekday;
    for (qint64 d = day - s.windowDays; d < day; ++d) {
        window << series.value(d);
        if ((day - d) % 7 == 0)
            sameWeekday << series.value(d);
    }
    const qint64 median = medianOf(window);
    const double factor = median > 0 ? qBound(0.25, double(medianOf(sameWeekday)) / double(median), 4.0) : 1.0;
    DayVerdict v;
    v.current = series.value(day);
    v.expected = qint64(double(median) * factor);
    const double sigma = 1.4826 * double(madOf(window, median)) * factor;
    const qint64 excess = v.current - v.expected;
    const double deviationPct = v.expected > 0 ? percentOf(excess, v.expected) : 0.0;
    v.anomalous = excess > 0 && (v.expected == 0 || deviationPct >= thresholdPct) && double(excess) >= s.minRobustZ * sigma;
    return v;
}

Signal makeSignal(const AnomalyScope &scope, qint64 first, qint64 last, qint64 current, qint64 baseline)
{
    Signal sig;
    sig.kind = Signal::Kind::Anomaly;
    sig.scope = scope;
    sig.day = first;
    sig.lastDay = last;
    sig.currentNano = current;
    sig.baselineNano = baseline;
    sig.moneyAtStakeNano = current - baseline;
    sig.deviationPct = baseline > 0 ? percentOf(current - baseline, baseline) : 0.0;
    const QString span = first == last ? utc::formatDate(first)
                                       : utc::formatDate(first) + QStringLiteral(" to ") + utc::formatDate(last);
    sig.explanation = QStringLiteral("%1 spent $%2 on %3, %4% above its usual $%5 (trailing 28-day median, "
                                     "weekday-adjusted)")
                          .arg(scopeText(scope), usdText(current), span)
                          .arg(qRound(sig.deviationPct))
                          .arg(usdText(baseline));
    sig.nextAction = QStringLiteral("Open the usage events of %1 for %2 and find what drove the extra spend").arg(scopeText(scope), span);
    sig.assignId();
    return sig;
}

// The scopes whose daily cost is judged: each alone, and a tenant's spend on one model,
// where a spike can hide inside a tenant's and a model's larger totals.
const QList<QList<Dimension>> &judgedScopes()
{
    static const QList<QList<Dimension>> scopes{
        {Dimension::Tenant}, {Dimension::Model}, {Dimension::Team}, {Dimension::Feature}, {Dimension::Tenant, Dimension::Model}};
    return scopes;
}

} // namespace

QList<Signal> AnomalyDetector::detectSeries(const AnomalyScope &scope, const QMap<qint64, qint64> &costByDay, qint64 asOfDay,
                                            const AnomalySettings &settings)
{
    const auto tenant = scope.constFind(dimensionName(Dimension::Tenant));
    const double threshold = tenant != scope.cend() ? settings.tenantThresholdPct.value(*tenant, settings.thresholdPct)
                                                    : settings.thresholdPct;
    QList<Signal> found;
    qint64 runStart = -1;
    qint64 runEnd = -1;
    qint64 current = 0;
    qint64 baseline = 0;
    // A run of anomalous days survives a quiet weekend: it ends after three normal days.
    constexpr qint64 kGapDays = 3;
    for (qint64 day = asOfDay - settings.scanDays + 1; day <= asOfDay + kGapDays; ++day) {
        const DayVerdict v = day <= asOfDay ? judgeDay(costByDay, day, threshold, settings) : DayVerdict{};
        if (v.anomalous) {
            if (runStart < 0)
                runStart = day;
            for (qint64 gap = runEnd + 1; runEnd >= 0 && gap < day; ++gap) {
                const DayVerdict quiet = judgeDay(costByDay, gap, threshold, settings);
                current += quiet.current;
                baseline += quiet.expected;
            }
            runEnd = day;
            current += v.current;
            baseline += v.expected;
        } else if (runStart >= 0 && day - runEnd >= kGapDays) {
            // The floor applies to the whole run: a level shift of small days adds up.
            if (current - baseline >= settings.minMoneyAtStakeNano)
                found << makeSignal(scope, runStart, runEnd, current, baseline);
            runStart = runEnd = -1;
            current = baseline = 0;
        }
    }
    return found;
}

QList<Signal> AnomalyDetector::detect(qint64 asOfDay)
{
    QList<Signal> found;
    const EventFilter range{asOfDay - m_settings.scanDays - m_settings.windowDays, asOfDay, {}};
    for (const QList<Dimension> &dims : judgedScopes()) {
        QList<Grouping> groupBy;
        for (const Dimension dim : dims)
            groupBy << Grouping{GroupKey::Dim, dim};
        groupBy << Grouping{GroupKey::Day, dims.first()};
        const SummaryResult r = SummaryQuery(m_workspace).run(range, groupBy);
        QMap<QStringList, QMap<qint64, qint64>> series;
        for (const SummaryGroup &g : r.groups) {
            if (!g.key.mid(0, dims.size()).contains(QString()))
                series[g.key.mid(0, dims.size())].insert(*utc::parseDate(g.key.last().toLatin1()), g.totals.costNano);
        }
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            AnomalyScope scope;
            for (qsizetype i = 0; i < dims.size(); ++i)
                scope.insert(dimensionName(dims.at(i)), it.key().at(i));
            found << detectSeries(scope, it.value(), asOfDay, m_settings);
        }
    }
    return found;
}

} // namespace costline
