#include "eventparts.h"

#include "pricing/priceentry.h"
#include "workspace/eventquery.h"

namespace costline {
namespace {

Wide magnitude(Wide v)
{
    return v < 0 ? -v : v;
}

void priceWeights(EventParts &p, const PriceEntry &e)
{
    const auto rate = [](std::optional<qint64> own, std::optional<qint64> fallback) { return own ? *own : fallback.value_or(0); };
    // The cost calculator's scale: nano-USD × 1e9.
    const auto tokens = [&p](MeterPart part, qint64 perMillion) {
        p.weight[size_t(part)] = magnitude(Wide(p.quantity[size_t(part)]) * perMillion * 1000);
    };
    tokens(MeterPart::UncachedInput, rate(e.inputPerMTok, std::nullopt));
    tokens(MeterPart::CacheRead, rate(e.cachedInputPerMTok, e.inputPerMTok));
    tokens(MeterPart::CacheWrite, rate(e.cacheWritePerMTok, e.inputPerMTok));
    tokens(MeterPart::PlainOutput, rate(e.outputPerMTok, std::nullopt));
    tokens(MeterPart::Reasoning, rate(e.reasoningPerMTok, e.outputPerMTok));
    p.weight[size_t(MeterPart::Requests)] = magnitude(Wide(p.quantity[size_t(MeterPart::Requests)]) * e.perRequestNano * kWideScale);
    p.weight[size_t(MeterPart::Metered)] = magnitude(Wide(p.quantity[size_t(MeterPart::Metered)]) * e.perUnitNano);
}

void quantityWeights(EventParts &p)
{
    Wide tokens = 0;
    for (int i = 0; i <= int(MeterPart::Reasoning); ++i) {
        p.weight[size_t(i)] = magnitude(p.quantity[size_t(i)]);
        tokens += p.weight[size_t(i)];
    }
    if (tokens != 0)
        return;
    for (const MeterPart part : {MeterPart::Requests, MeterPart::Metered}) {
        if (p.quantity[size_t(part)] != 0) {
            p.weight[size_t(part)] = magnitude(p.quantity[size_t(part)]);
            return;
        }
    }
    p.weight[size_t(MeterPart::Unmetered)] = 1;
}

} // namespace

EventParts eventParts(const EventRow &row, const PriceEntry *price)
{
    EventParts p;
    p.quantity[size_t(MeterPart::UncachedInput)] = row.inputTokens - row.cachedInputTokens - row.cacheWriteTokens;
    p.quantity[size_t(MeterPart::CacheRead)] = row.cachedInputTokens;
    p.quantity[size_t(MeterPart::CacheWrite)] = row.cacheWriteTokens;
    p.quantity[size_t(MeterPart::PlainOutput)] = row.outputTokens - row.reasoningTokens;
    p.quantity[size_t(MeterPart::Reasoning)] = row.reasoningTokens;
    p.quantity[size_t(MeterPart::Requests)] = row.requests;
    p.quantity[size_t(MeterPart::Metered)] = row.quantityNano;
    if (price)
        priceWeights(p, *price);
    for (const Wide w : p.weight)
        p.totalWeight += w;
    if (p.totalWeight == 0) {
        quantityWeights(p);
        for (const Wide w : p.weight)
            p.totalWeight += w;
    }
    return p;
}

} // namespace costline
