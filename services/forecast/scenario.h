#pragma once

#include "forecast.h"

namespace costline {

class PricingMatcher;

// What a scenario works from: the base case and the models' recent usage.
struct ScenarioBase
{
    qint64 actualToDateNano = 0;
    qint64 expectedRemainingNano = 0;
    int remainingDays = 0;
    qint64 asOfMs = 0;                         // prices in force at this time
    int windowDays = 7;                        // the span of `recent`
    QMap<ModelKey, UsageTotals> recent;        // usage of the last windowDays days
};

// Growth scales the expected remaining spend. Moving traffic re-prices `sharePct` of the
// source model's recent token sums at the target model's price and carries the daily
// difference over the remaining days.
ScenarioResult evaluateScenario(const Scenario &scenario, const ScenarioBase &base, const PricingMatcher &pricing);

// "gpt-4o:gpt-4o-mini:30" → move 30 % of gpt-4o's traffic to gpt-4o-mini.
std::optional<Scenario> parseMoveScenario(const QString &text);

} // namespace costline
