#include "eventtotals.h"

namespace costline {

UsageTotals eventTotals(const UsageEvent &e, std::optional<qint64> computedNano)
{
    UsageTotals t;
    t.events = 1;
    t.requests = e.requests;
    t.inputTokens = e.inputTokens;
    t.cachedInputTokens = e.cachedInputTokens;
    t.cacheWriteTokens = e.cacheWriteTokens;
    t.outputTokens = e.outputTokens;
    t.reasoningTokens = e.reasoningTokens;
    const std::optional<qint64> cost = e.reportedCostNano ? e.reportedCostNano : computedNano;
    t.costNano = cost.value_or(0);
    t.unpricedEvents = cost ? 0 : 1;
    t.unpricedTokens = cost ? 0 : e.inputTokens + e.outputTokens;
    t.estimatedEvents = e.estimated ? 1 : 0;
    t.reportedCostNano = e.reportedCostNano.value_or(0);
    t.computedCostNano = computedNano.value_or(0);
    return t;
}

} // namespace costline
