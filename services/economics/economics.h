#pragma once

#include "core/dimension.h"
#include "workspace/eventfilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// Cost against what it bought, for one feature, customer or workflow.
struct EconomicsRow
{
    QString key;               // "" where the dimension is not set
    qint64 costNano = 0;       // all spend of the key in the range (rollups)
    qint64 outcomes = 0;       // outcomes attributed to the key
    qint64 tracedOutcomes = 0; // ... of which joined to events by trace id
    qint64 tracedCostNano = 0; // cost of the events those traces name
    qint64 valueNano = 0;      // revenue the outcomes carried (value_usd)
    // The range's two halves, [from, mid) and [mid, to], for growth and for signals.
    qint64 firstHalfCostNano = 0;
    qint64 secondHalfCostNano = 0;
    qint64 firstHalfOutcomes = 0;
    qint64 secondHalfOutcomes = 0;
    double expenseGrowthPct = 0;  // second half of the range against the first
    double outcomeGrowthPct = 0;
    bool costOutgrowsOutcomes = false;

    std::optional<qint64> costPerOutcomeNano() const;
    std::optional<qint64> tracedCostPerOutcomeNano() const;
    // value − cost, when the outcomes carry value
    std::optional<qint64> marginNano() const;
    // What the second half cost beyond its outcomes at the first half's cost per outcome
    // (rounded to the nano-dollar): the money a cost outgrowing its outcomes puts at stake.
    // None without outcomes in the first half.
    std::optional<qint64> excessOverEarlierUnitCostNano() const;
};

struct EconomicsResult
{
    qint64 fromDay = 0;
    qint64 toDay = 0;
    Dimension by = Dimension::Feature;
    qint64 outcomes = 0;
    qint64 tracedOutcomes = 0;
    qint64 tracedCostNano = 0;
    qint64 costNano = 0;
    QList<EconomicsRow> rows; // largest cost first
};

// Dimensions unit economics can group by.
bool isEconomicsDimension(Dimension dim);

// A key is flagged when its cost grew this many points faster than its outcomes.
constexpr double kOutgrowthFlagPts = 10.0;

// Joins outcomes to usage: by trace id where the outcome names one that events carry (the
// key is then the traced events' feature, customer or workflow), else by the outcome's own
// feature and customer. Cost per key is all of the key's spend in the range.
class EconomicsQuery final
{
public:
    explicit EconomicsQuery(Workspace &workspace) : m_workspace(workspace) {}

    // The filter's days must be set.
    EconomicsResult run(const EventFilter &filter, Dimension by);

private:
    Workspace &m_workspace;
};

} // namespace costline
