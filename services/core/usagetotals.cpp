#include "usagetotals.h"

#include <array>

namespace costline {
namespace {

constexpr std::array<qint64 UsageTotals::*, UsageTotals::kFieldCount> kFields = {
    &UsageTotals::events,          &UsageTotals::requests,         &UsageTotals::inputTokens,
    &UsageTotals::cachedInputTokens, &UsageTotals::cacheWriteTokens, &UsageTotals::outputTokens,
    &UsageTotals::reasoningTokens, &UsageTotals::costNano,         &UsageTotals::unpricedEvents,
    &UsageTotals::unpricedTokens,  &UsageTotals::estimatedEvents,  &UsageTotals::reportedCostNano,
    &UsageTotals::computedCostNano,
};

} // namespace

qint64 &UsageTotals::field(int i)
{
    return this->*kFields.at(size_t(i));
}

qint64 UsageTotals::field(int i) const
{
    return this->*kFields.at(size_t(i));
}

UsageTotals &UsageTotals::operator+=(const UsageTotals &other)
{
    for (int i = 0; i < kFieldCount; ++i)
        field(i) += other.field(i);
    return *this;
}

UsageTotals &UsageTotals::operator-=(const UsageTotals &other)
{
    for (int i = 0; i < kFieldCount; ++i)
        field(i) -= other.field(i);
    return *this;
}

} // namespace costline
