#include "costcalculator.h"

namespace costline {
namespace {

// GCC and Clang both have a 128-bit integer; products of int64 counts and prices need it.
__extension__ typedef __int128 Wide;

// sum += a × b; false when that leaves even the 128-bit range (absurd prices, not usage).
bool addProduct(Wide &sum, Wide a, Wide b)
{
    Wide product = 0;
    return !__builtin_mul_overflow(a, b, &product) && !__builtin_add_overflow(sum, product, &sum);
}

// tokens × price, where a missing price is only acceptable for zero tokens.
bool addComponent(Wide &sum, qint64 tokens, std::optional<qint64> price)
{
    if (tokens == 0)
        return true;
    return price && addProduct(sum, tokens, *price);
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
    Wide total = 0;
    if (!addProduct(total, perMillion, 1000) || !addProduct(total, event.quantityNano, entry.perUnitNano)
        || !addProduct(total, Wide(event.requests) * entry.perRequestNano, kScale))
        return std::nullopt;
    if (entry.batchDiscountBasisPoints != 0 && event.dim(Dimension::Operation) == "batch") {
        Wide discounted = 0;
        if (!addProduct(discounted, total, Wide(10'000) - entry.batchDiscountBasisPoints))
            return std::nullopt;
        total = discounted / 10'000;
    }
    // Round half away from zero, once.
    Wide nano = total / kScale;
    if (const Wide rest = total % kScale; rest >= kScale / 2)
        ++nano;
    else if (rest <= -kScale / 2)
        --nano;
    if (nano > kMaxEventCostNano || nano < -kMaxEventCostNano)
        return std::nullopt;
    return qint64(nano);
}

} // namespace costline
