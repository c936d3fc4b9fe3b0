#include "eventtotals.h"

#include "ingestsession.h"
#include "sqlitestatement.h"

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

UsageEvent storedEvent(const SqliteStatement &st)
{
    UsageEvent e;
    e.timestampMs = timestampOfEventId(st.int64(0));
    e.inputTokens = st.int64(2);
    e.cachedInputTokens = st.int64(3);
    e.cacheWriteTokens = st.int64(4);
    e.outputTokens = st.int64(5);
    e.reasoningTokens = st.int64(6);
    e.requests = st.int64(7);
    e.quantityNano = st.int64(8);
    e.reportedCostNano = st.optionalInt64(9);
    e.estimated = st.int64(12) != 0;
    return e;
}

} // namespace costline
