#include "economics.h"

#include "outcomejoin.h"
#include "workspace/summaryquery.h"

#include <QHash>

#include <algorithm>

namespace costline {
namespace {

// Rounded half away from zero; count > 0.
qint64 perCount(qint64 totalNano, qint64 count)
{
    const qint64 half = count / 2;
    return totalNano >= 0 ? (totalNano + half) / count : -((-totalNano + half) / count);
}

double growthPct(qint64 first, qint64 second)
{
    if (first == 0)
        return second == 0 ? 0.0 : 100.0;
    return 100.0 * double(second - first) / double(qAbs(first));
}

// Cost per key in each half of the range: [from, mid) and [mid, to].
QHash<QString, std::pair<qint64, qint64>> costByHalf(Workspace &workspace, EventFilter filter, Dimension by, qint64 mid)
{
    QHash<QString, std::pair<qint64, qint64>> out;
    const qint64 to = *filter.toDay;
    filter.toDay = mid - 1;
    for (const SummaryGroup &g : SummaryQuery(workspace).run(filter, {Grouping{GroupKey::Dim, by}}).groups)
        out[g.key.value(0)].first += g.totals.costNano;
    filter.fromDay = mid;
    filter.toDay = to;
    for (const SummaryGroup &g : SummaryQuery(workspace).run(filter, {Grouping{GroupKey::Dim, by}}).groups)
        out[g.key.value(0)].second += g.totals.costNano;
    return out;
}

} // namespace

std::optional<qint64> EconomicsRow::costPerOutcomeNano() const
{
    if (outcomes == 0)
        return std::nullopt;
    return perCount(costNano, outcomes);
}

std::optional<qint64> EconomicsRow::tracedCostPerOutcomeNano() const
{
    if (tracedOutcomes == 0)
        return std::nullopt;
    return perCount(tracedCostNano, tracedOutcomes);
}

std::optional<qint64> EconomicsRow::marginNano() const
{
    if (valueNano == 0)
        return std::nullopt;
    return valueNano - costNano;
}

std::optional<qint64> EconomicsRow::excessOverEarlierUnitCostNano() const
{
    if (firstHalfOutcomes == 0)
        return std::nullopt;
    return secondHalfCostNano - secondHalfOutcomes * perCount(firstHalfCostNano, firstHalfOutcomes);
}

bool isEconomicsDimension(Dimension dim)
{
    return dim == Dimension::Feature || dim == Dimension::Customer || dim == Dimension::Workflow;
}

EconomicsResult EconomicsQuery::run(const EventFilter &filter, Dimension by)
{
    EconomicsResult r;
    r.fromDay = *filter.fromDay;
    r.toDay = *filter.toDay;
    r.by = by;
    const qint64 mid = r.fromDay + (r.toDay - r.fromDay + 1) / 2;
    QHash<QString, EconomicsRow> rows;
    for (const JoinedOutcome &o : joinOutcomes(m_workspace, r.fromDay, r.toDay, by)) {
        EconomicsRow &row = rows[o.key];
        ++row.outcomes;
        row.valueNano += o.valueNano;
        if (o.traced) {
            ++row.tracedOutcomes;
            row.tracedCostNano += o.tracedCostNano;
        }
        ++(o.day < mid ? row.firstHalfOutcomes : row.secondHalfOutcomes);
    }
    const auto halves = costByHalf(m_workspace, filter, by, mid);
    for (auto it = halves.cbegin(); it != halves.cend(); ++it) {
        EconomicsRow &row = rows[it.key()];
        row.firstHalfCostNano = it->first;
        row.secondHalfCostNano = it->second;
        row.costNano = it->first + it->second;
        row.expenseGrowthPct = growthPct(it->first, it->second);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->key = it.key();
        it->outcomeGrowthPct = growthPct(it->firstHalfOutcomes, it->secondHalfOutcomes);
        it->costOutgrowsOutcomes = it->outcomes > 0 && it->expenseGrowthPct > it->outcomeGrowthPct + kOutgrowthFlagPts;
        r.outcomes += it->outcomes;
        r.tracedOutcomes += it->tracedOutcomes;
        r.tracedCostNano += it->tracedCostNano;
        r.costNano += it->costNano;
        r.rows << *it;
    }
    std::sort(r.rows.begin(), r.rows.end(), [](const EconomicsRow &a, const EconomicsRow &b) {
        return a.costNano != b.costNano ? a.costNano > b.costNano : a.key < b.key;
    });
    return r;
}

} // namespace costline
