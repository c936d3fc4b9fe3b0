#include "outcomedetectors.h"

#include "core/money.h"
#include "core/percent.h"
#include "core/utctime.h"
#include "economics/economics.h"

namespace costline {
namespace {

constexpr qint64 kStaleHalfDays = 14;
constexpr qint64 kRunawayHalfDays = 28;

EconomicsResult halves(Workspace &workspace, qint64 asOfDay, qint64 halfDays, Dimension by)
{
    EventFilter range;
    range.fromDay = asOfDay - 2 * halfDays + 1;
    range.toDay = asOfDay;
    return EconomicsQuery(workspace).run(range, by);
}

qint64 secondHalfOutcomes(const EconomicsResult &r)
{
    qint64 sum = 0;
    for (const EconomicsRow &row : r.rows)
        sum += row.secondHalfOutcomes;
    return sum;
}

bool isStale(const EconomicsRow &row, qint64 minMoneyAtStakeNano)
{
    return !row.key.isEmpty() && row.firstHalfOutcomes > 0 && row.secondHalfOutcomes == 0
           && row.secondHalfCostNano > 0 && 2 * row.secondHalfCostNano >= row.firstHalfCostNano
           && row.secondHalfCostNano >= minMoneyAtStakeNano;
}

Signal staleSignal(const EconomicsRow &row, Dimension by, qint64 asOfDay)
{
    Signal sig;
    sig.kind = Signal::Kind::StaleWork;
    sig.scope.insert(dimensionName(by), row.key);
    sig.day = asOfDay - kStaleHalfDays + 1;
    sig.lastDay = asOfDay;
    sig.currentNano = row.secondHalfCostNano;
    sig.baselineNano = row.firstHalfCostNano;
    sig.deviationPct = percentOf(row.secondHalfCostNano - row.firstHalfCostNano, row.firstHalfCostNano);
    sig.moneyAtStakeNano = row.secondHalfCostNano;
    sig.explanation = QStringLiteral("%1 %2 cost $%3 in the last %4 days but fed no outcome, after feeding %5 "
                                     "outcomes for $%6 in the %4 days before")
                          .arg(dimensionName(by), row.key, usdText(row.secondHalfCostNano))
                          .arg(kStaleHalfDays)
                          .arg(row.firstHalfOutcomes)
                          .arg(usdText(row.firstHalfCostNano));
    sig.nextAction = QStringLiteral("Ask the owner of %1 whether it is still needed: stop it, or reconnect its "
                                    "outcomes (trace ids, feature)")
                         .arg(row.key);
    sig.assignId();
    return sig;
}

} // namespace

QList<Signal> staleWorkSignals(Workspace &workspace, qint64 asOfDay, qint64 minMoneyAtStakeNano)
{
    QList<Signal> out;
    for (const Dimension by : {Dimension::Workflow, Dimension::Feature}) {
        const EconomicsResult r = halves(workspace, asOfDay, kStaleHalfDays, by);
        if (secondHalfOutcomes(r) == 0)
            continue;
        for (const EconomicsRow &row : r.rows) {
            if (isStale(row, minMoneyAtStakeNano))
                out << staleSignal(row, by, asOfDay);
        }
    }
    return out;
}

QList<Signal> runawayCostSignals(Workspace &workspace, qint64 asOfDay, qint64 minMoneyAtStakeNano)
{
    QList<Signal> out;
    for (const EconomicsRow &row : halves(workspace, asOfDay, kRunawayHalfDays, Dimension::Feature).rows) {
        const std::optional<qint64> excess = row.excessOverEarlierUnitCostNano();
        if (row.key.isEmpty() || !row.costOutgrowsOutcomes || row.secondHalfOutcomes == 0 || !excess
            || *excess < qMax<qint64>(1, minMoneyAtStakeNano))
            continue;
        Signal sig;
        sig.kind = Signal::Kind::RunawayCost;
        sig.scope.insert(dimensionName(Dimension::Feature), row.key);
        sig.day = asOfDay - kRunawayHalfDays + 1;
        sig.lastDay = asOfDay;
        sig.currentNano = row.secondHalfCostNano;
        sig.baselineNano = row.firstHalfCostNano;
        sig.deviationPct = row.expenseGrowthPct;
        sig.moneyAtStakeNano = *excess;
        sig.explanation = QStringLiteral("Feature %1's cost grew %2% ($%3 to $%4 over %5 days) while its outcomes grew "
                                         "%6% (%7 to %8); at the earlier cost per outcome they would have cost $%9 less")
                              .arg(row.key)
                              .arg(row.expenseGrowthPct, 0, 'f', 1)
                              .arg(usdText(row.firstHalfCostNano), usdText(row.secondHalfCostNano))
                              .arg(kRunawayHalfDays)
                              .arg(row.outcomeGrowthPct, 0, 'f', 1)
                              .arg(row.firstHalfOutcomes)
                              .arg(row.secondHalfOutcomes)
                              .arg(usdText(*excess));
        sig.nextAction = QStringLiteral("Open Cost drivers for feature %1 (model mix, tokens per request, retries) and "
                                        "agree a cost per outcome with its owner")
                             .arg(row.key);
        sig.assignId();
        out << sig;
    }
    return out;
}

} // namespace costline
