#include "forecast.h"

#include "backtest.h"
#include "core/utctime.h"
#include "projection.h"
#include "scenario.h"
#include "pricing/pricingmatcher.h"
#include "workspace/pricingstore.h"
#include "workspace/summaryquery.h"

#include <algorithm>

namespace costline {
namespace {

// A model is increasing or decreasing when its next week is expected to differ from its
// last one by more than this; smaller moves are day-to-day noise.
constexpr double kTrendThresholdPct = 5.0;

ModelForecast forecastModel(const ModelKey &key, const DailySeries &series, qint64 asOfDay)
{
    ModelForecast m;
    m.key = key;
    m.last7Nano = series.sum(asOfDay - 6, asOfDay);
    m.previous7Nano = series.sum(asOfDay - 13, asOfDay - 7);
    // Two weeks of the model's own days (a model's mix moves faster than the total), from
    // its first day of use: the zeros before a model existed are not a trend. Whole weeks
    // fitted weekday by weekday, so a Friday does not read as growth nor a Sunday as decline.
    QList<qint64> history = series.upTo(asOfDay);
    while (!history.isEmpty() && history.first() == 0)
        history.removeFirst();
    m.next7Nano = projectDays(history, kDaysPerWeek, 2 * kDaysPerWeek).expectedNano;
    if (m.last7Nano > 0)
        m.changePct = 100.0 * double(m.next7Nano - m.last7Nano) / double(m.last7Nano);
    else if (m.next7Nano > 0)
        m.changePct = 100.0;
    m.trend = m.changePct > kTrendThresholdPct ? Trend::Increasing
              : m.changePct < -kTrendThresholdPct ? Trend::Decreasing
                                                  : Trend::Stable;
    return m;
}

QList<ModelForecast> forecastModels(Workspace &workspace, const EventFilter &filter, qint64 asOfDay)
{
    QList<ModelForecast> out;
    const auto byModel = readDailyCostByModel(workspace, filter, asOfDay - 27, asOfDay);
    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it) {
        const ModelForecast m = forecastModel(it.key(), it.value(), asOfDay);
        if (m.last7Nano != 0 || m.previous7Nano != 0 || m.next7Nano != 0)
            out << m;
    }
    std::stable_sort(out.begin(), out.end(), [](const ModelForecast &a, const ModelForecast &b) {
        return a.last7Nano > b.last7Nano;
    });
    return out;
}

QList<ScenarioResult> runScenarios(Workspace &workspace, const ForecastRequest &request, const ForecastResult &r,
                                   qint64 expectedRemaining)
{
    QList<ScenarioResult> out;
    if (request.scenarios.isEmpty())
        return out;
    ScenarioBase base;
    base.actualToDateNano = r.actualToDateNano;
    base.expectedRemainingNano = expectedRemaining;
    base.remainingDays = r.remainingDays;
    base.asOfMs = (r.asOfDay + 1) * kMsPerDay - 1;
    base.recent = readModelTotals(workspace, request.filter, r.asOfDay - base.windowDays + 1, r.asOfDay);
    const PricingMatcher pricing(PricingStore(workspace).entries());
    for (const Scenario &s : request.scenarios)
        out << evaluateScenario(s, base, pricing);
    return out;
}

} // namespace

QString trendName(Trend trend)
{
    switch (trend) {
    case Trend::Increasing:
        return QStringLiteral("increasing");
    case Trend::Decreasing:
        return QStringLiteral("decreasing");
    case Trend::Stable:
        break;
    }
    return QStringLiteral("stable");
}

qint64 perDayNano(qint64 totalNano, qint64 days)
{
    if (days <= 0)
        return 0;
    const qint64 half = days / 2;
    return totalNano >= 0 ? (totalNano + half) / days : -((-totalNano + half) / days);
}

ForecastResult ForecastQuery::run(const ForecastRequest &request)
{
    ForecastResult r;
    SummaryQuery summary(m_workspace);
    const auto first = summary.firstDay();
    const auto last = summary.lastDay();
    if (!first || !last)
        return r;
    r.hasData = true;
    r.monthStart = utc::firstDayOfMonth(request.monthDay.value_or(*last));
    r.monthEnd = utc::lastDayOfMonth(r.monthStart);
    r.asOfDay = qMin(*last, r.monthEnd);
    r.remainingDays = int(r.monthEnd - qMax(r.asOfDay, r.monthStart - 1));
    const DailySeries series = readDailyCost(m_workspace, request.filter, *first, r.asOfDay);
    r.actualToDateNano = series.sum(r.monthStart, r.asOfDay);
    const Projection p = projectDays(series.upTo(r.asOfDay), r.remainingDays);
    r.projectedNano = r.actualToDateNano + p.expectedNano;
    r.lowNano = r.actualToDateNano + p.lowNano;
    r.highNano = r.actualToDateNano + p.highNano;
    r.runRate7dNano = perDayNano(series.sum(r.asOfDay - 6, r.asOfDay), 7);
    r.runRate30dNano = perDayNano(series.sum(r.asOfDay - 29, r.asOfDay), 30);
    r.backtest = backtestMonths(series, r.asOfDay);
    r.backtestMapePct = meanAbsolutePctError(r.backtest);
    r.backtestBandCoveragePct = bandCoveragePct(r.backtest);
    r.byModel = forecastModels(m_workspace, request.filter, r.asOfDay);
    r.scenarios = runScenarios(m_workspace, request, r, p.expectedNano);
    r.budgets = budgetDrift(m_workspace, r.asOfDay,
                            request.filter.hasWhere() ? std::nullopt : std::optional<qint64>(r.projectedNano));
    r.daily.fromDay = r.monthStart;
    r.daily.costNano = series.upTo(r.asOfDay).mid(qMax<qint64>(0, r.monthStart - series.fromDay));
    return r;
}

} // namespace costline
