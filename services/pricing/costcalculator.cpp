#include "costcalculator.h"

#include <limits>

namespace costline {
namespace {

// GCC and Clang both have a 128-bit integer; products of int64 counts and prices need it.
__extension__ typedef __int128 Wide;

// tokens × price, where a missing price is only acceptable for zero tokens.
bool addComponent(Wide &sum, qint64 tokens, std::optional<qint64> price)
{
    if (tokens == 0)
        return true;
    if (!price)
        return false;
    sum += Wide(tokens) * Wide(*price);
    return true;
}

} // namespace

std::optional<qint64> computeCostNano(const PriceEntry &entry, const UsageEvent &event)
{
    const qint64 uncachedInput = event.inputTokens - event.cachedInputTokens - event.cacheWriteTokens;
    const qint64 plainOutput = event.outputTokens - event.reasoningTokens;
    const auto cachedPrice = entry.cachedInputPerMTok ? entry.cachedInputPerMTok : entry.inputPerMTok;
    const auto writePrice = entry.cacheWritePerMTok ? entry.cacheWritePerMTok : entry.inputPerMTok;
    const auto reasoningPrice = entry.reasoningPerMTok ? entry.reasoningPerMTok : entry.outputPerMTok;

    Wide perMillion = 0; // nano-USD × 1e6
    if (!addComponent(perMillion, uncachedInput, entry.inputPerMTok)
        || !addComponent(perMillion, event.cachedInputTokens, cachedPrice)
        || !addComponent(perMillion, event.cacheWriteTokens, writePrice)
        || !addComponent(perMillion, event.reasoningTokens, reasoningPrice)
        || !addComponent(perMillion, plainOutput, entry.outputPerMTok))
        return std::nullopt;
    if (event.quantityNano != 0 && entry.perUnitNano == 0 && perMillion == 0
        && entry.perRequestNano == 0)
        return std::nullopt;

    // Everything in nano-USD × 1e9: tokens × nano-per-million × 1000, quantity (×1e9) ×
    // nano-per-unit, and requests × nano-per-request × 1e9.
    constexpr Wide kScale = 1'000'000'000;
    Wide total = perMillion * 1000 + Wide(event.quantityNano) * Wide(entry.perUnitNano)
                 + Wide(event.requests) * Wide(entry.perRequestNano) * kScale;
    if (entry.batchDiscountBasisPoints != 0 && event.dim(Dimension::Operation) == "batch")
        total = total * (10'000 - entry.batchDiscountBasisPoints) / 10'000;
    // Round half away from zero, once.
    const Wide nano = (total >= 0 ? total + kScale / 2 : total - kScale / 2) / kScale;
    if (nano > std::numeric_limits<qint64>::max() || nano < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(nano);
}

} // namespace costline
