#include "pricinggaps.h"

#include "dimensioncatalog.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace costline {
namespace {

__extension__ typedef __int128 Wide;

// Average priced cost per token as a (cost, tokens) pair per provider id, from the
// per-provider rollup.
QHash<qint64, QPair<qint64, qint64>> pricedRates(Workspace &workspace, qint64 from, qint64 to)
{
    SqliteStatement st(workspace.db(),
                       "SELECT value_id, sum(cost), sum(input_tokens + output_tokens - unpriced_tokens)"
                       " FROM rollup_dim WHERE dim = ? AND day BETWEEN ? AND ? GROUP BY value_id");
    st.bind(0, qint64(Dimension::Provider));
    st.bind(1, from);
    st.bind(2, to);
    QHash<qint64, QPair<qint64, qint64>> rates;
    while (st.step())
        rates.insert(st.int64(0), {st.int64(1), st.int64(2)});
    return rates;
}

std::optional<qint64> estimate(qint64 tokens, QPair<qint64, qint64> rate)
{
    if (rate.second <= 0)
        return std::nullopt;
    return qint64(Wide(tokens) * rate.first / rate.second);
}

struct RawGap
{
    qint64 providerId = 0;
    qint64 modelId = 0;
    PricingGap gap; // the counts and days
};

RawGap readGap(SqliteStatement &st)
{
    RawGap raw{st.int64(0), st.int64(1), {}};
    raw.gap.events = st.int64(2);
    raw.gap.tokens = st.int64(3);
    raw.gap.firstDay = st.int64(4);
    raw.gap.lastDay = st.int64(5);
    return raw;
}

// The unpriced events per model from the per-model rollup, a few rows per day, with the
// provider the model is used with; a model used with several providers is split by provider
// from the tuple rollup, for that model only.
QList<RawGap> unpricedByModel(Workspace &workspace, qint64 from, qint64 to)
{
    SqliteStatement models(workspace.db(),
                           "SELECT (SELECT min(provider_id) FROM dim_tuples WHERE model_id = value_id),"
                           " value_id, sum(unpriced_events), sum(unpriced_tokens), min(day), max(day),"
                           " (SELECT count(DISTINCT provider_id) FROM dim_tuples WHERE model_id = value_id)"
                           " FROM rollup_dim WHERE dim = ? AND day BETWEEN ? AND ? AND unpriced_events > 0 GROUP BY value_id");
    models.bind(0, qint64(Dimension::Model));
    models.bind(1, from);
    models.bind(2, to);
    SqliteStatement byProvider(workspace.db(),
                               "SELECT t.provider_id, t.model_id, sum(r.unpriced_events), sum(r.unpriced_tokens),"
                               " min(r.day), max(r.day) FROM rollup_day r JOIN dim_tuples t ON t.id = r.tuple_id"
                               " WHERE r.day BETWEEN ? AND ? AND r.unpriced_events > 0 AND t.model_id = ?"
                               " GROUP BY t.provider_id");
    QList<RawGap> gaps;
    while (models.step()) {
        if (models.int64(6) == 1) {
            gaps << readGap(models);
            continue;
        }
        byProvider.reset();
        byProvider.bind(0, from);
        byProvider.bind(1, to);
        byProvider.bind(2, models.int64(1));
        while (byProvider.step())
            gaps << readGap(byProvider);
    }
    return gaps;
}

} // namespace

QList<PricingGap> findPricingGaps(Workspace &workspace, std::optional<qint64> fromDay, std::optional<qint64> toDay)
{
    const qint64 from = fromDay.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = toDay.value_or(std::numeric_limits<qint64>::max());
    const auto rates = pricedRates(workspace, from, to);
    QPair<qint64, qint64> overall{0, 0};
    for (const auto &rate : rates) {
        overall.first += rate.first;
        overall.second += rate.second;
    }
    DimensionCatalog &dims = workspace.dimensions();
    QList<PricingGap> gaps;
    for (RawGap &raw : unpricedByModel(workspace, from, to)) {
        PricingGap gap = raw.gap;
        gap.provider = dims.valueText(Dimension::Provider, raw.providerId);
        gap.model = dims.valueText(Dimension::Model, raw.modelId);
        const auto rate = rates.value(raw.providerId);
        gap.estimatedCostNano = estimate(gap.tokens, rate.second > 0 ? rate : overall);
        gaps.append(gap);
    }
    std::sort(gaps.begin(), gaps.end(), [](const PricingGap &a, const PricingGap &b) {
        return a.estimatedCostNano.value_or(0) > b.estimatedCostNano.value_or(0);
    });
    return gaps;
}

} // namespace costline
