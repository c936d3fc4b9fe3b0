#include "totalsjson.h"

#include "core/money.h"

namespace costline::cli {
namespace {

struct Field
{
    const char *name;
    qint64 UsageTotals::*member;
    bool money;
};

constexpr Field kFields[] = {
    {"cost", &UsageTotals::costNano, true},
    {"requests", &UsageTotals::requests, false},
    {"input_tokens", &UsageTotals::inputTokens, false},
    {"cached_input_tokens", &UsageTotals::cachedInputTokens, false},
    {"cache_write_tokens", &UsageTotals::cacheWriteTokens, false},
    {"output_tokens", &UsageTotals::outputTokens, false},
    {"reasoning_tokens", &UsageTotals::reasoningTokens, false},
    {"events", &UsageTotals::events, false},
    {"unpriced_events", &UsageTotals::unpricedEvents, false},
    {"unpriced_tokens", &UsageTotals::unpricedTokens, false},
    {"estimated_events", &UsageTotals::estimatedEvents, false},
    {"reported_cost", &UsageTotals::reportedCostNano, true},
    {"computed_cost", &UsageTotals::computedCostNano, true},
};

} // namespace

QStringList totalsColumnNames()
{
    QStringList names;
    for (const Field &f : kFields)
        names << QString::fromLatin1(f.name);
    return names;
}

QStringList totalsCells(const UsageTotals &totals)
{
    QStringList cells;
    for (const Field &f : kFields) {
        const qint64 v = totals.*(f.member);
        cells << (f.money ? Money::fromNano(v).toDecimalString() : QString::number(v));
    }
    return cells;
}

QJsonObject totalsJson(const UsageTotals &totals)
{
    QJsonObject json;
    for (const Field &f : kFields) {
        const qint64 v = totals.*(f.member);
        json.insert(QLatin1String(f.name),
                    f.money ? QJsonValue(Money::fromNano(v).toDecimalString()) : QJsonValue(v));
    }
    return json;
}

} // namespace costline::cli
