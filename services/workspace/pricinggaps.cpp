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

// Average priced cost per token as a (cost, tokens) pair per provider id.
QHash<qint64, QPair<qint64, qint64>> pricedRates(Workspace &workspace, qint64 from, qint64 to)
{
    SqliteStatement st(workspace.db(),
                       "SELECT t.provider_id, sum(r.cost), sum(r.input_tokens + r.output_tokens - r.unpriced_tokens)"
                       " FROM rollup_day r JOIN dim_tuples t ON t.id = r.tuple_id"
                       " WHERE r.day BETWEEN ? AND ? GROUP BY t.provider_id");
    st.bind(0, from);
    st.bind(1, to);
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

} // namespace

QList<PricingGap> findPricingGaps(Workspace &workspace, std::optional<qint64> fromDay, std::optional<qint64> toDay)
{
    const qint64 from = fromDay.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = toDay.value_or(std::numeric_limits<qint64>::max());
    SqliteStatement st(workspace.db(),
                       "SELECT t.provider_id, t.model_id, sum(r.unpriced_events), sum(r.unpriced_tokens),"
                       " min(r.day), max(r.day) FROM rollup_day r JOIN dim_tuples t ON t.id = r.tuple_id"
                       " WHERE r.day BETWEEN ? AND ? AND r.unpriced_events > 0 GROUP BY t.provider_id, t.model_id");
    st.bind(0, from);
    st.bind(1, to);
    const auto rates = pricedRates(workspace, from, to);
    QPair<qint64, qint64> overall{0, 0};
    for (const auto &rate : rates) {
        overall.first += rate.first;
        overall.second += rate.second;
    }
    DimensionCatalog &dims = workspace.dimensions();
    QList<PricingGap> gaps;
    while (st.step()) {
        PricingGap gap;
        gap.provider = dims.valueText(st.int64(0));
        gap.model = dims.valueText(st.int64(1));
        gap.events = st.int64(2);
        gap.tokens = st.int64(3);
        gap.firstDay = st.int64(4);
        gap.lastDay = st.int64(5);
        const auto rate = rates.value(st.int64(0));
        gap.estimatedCostNano = estimate(gap.tokens, rate.second > 0 ? rate : overall);
        gaps.append(gap);
    }
    std::sort(gaps.begin(), gaps.end(), [](const PricingGap &a, const PricingGap &b) {
        return a.estimatedCostNano.value_or(0) > b.estimatedCostNano.value_or(0);
    });
    return gaps;
}

} // namespace costline
