#pragma once

#include <QtGlobal>

namespace costline {

// Additive sums over a set of usage events: what every rollup row and every summary
// group carries. `cost` sums priced events only; unpriced events are counted apart so
// that a missing price never reads as $0.
struct UsageTotals
{
    qint64 events = 0;
    qint64 requests = 0;
    qint64 inputTokens = 0;
    qint64 cachedInputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 outputTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 costNano = 0;
    qint64 unpricedEvents = 0;
    qint64 unpricedTokens = 0;
    qint64 estimatedEvents = 0;
    qint64 reportedCostNano = 0; // sum over events that carried a reported cost
    qint64 computedCostNano = 0; // sum over events that pricing could price

    static constexpr int kFieldCount = 13;
    qint64 &field(int i);
    qint64 field(int i) const;

    UsageTotals &operator+=(const UsageTotals &other);
    UsageTotals &operator-=(const UsageTotals &other);
    bool operator==(const UsageTotals &) const = default;
    bool isZero() const { return *this == UsageTotals{}; }
};

} // namespace costline
