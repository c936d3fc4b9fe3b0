#include "budgetdrift.h"

#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"

namespace costline {

QList<BudgetDrift> budgetDrift(Workspace &workspace, qint64 asOfDay, std::optional<qint64> monthProjectionNano)
{
    QList<BudgetDrift> drifts;
    BudgetEvaluator evaluator(workspace);
    for (const Budget &budget : BudgetStore(workspace).list()) {
        if (!budget.enabled)
            continue;
        const BudgetStatus status = evaluator.evaluate(budget, asOfDay);
        BudgetDrift d;
        d.name = budget.name;
        d.period = periodName(budget.period);
        d.periodEnd = status.periodEnd;
        d.limitNano = budget.limitNano;
        d.spendNano = status.spendNano;
        d.fromForecast = monthProjectionNano && budget.period == Budget::Period::Monthly && budget.scope.isEmpty();
        d.projectedNano = d.fromForecast ? *monthProjectionNano : status.projectedNano;
        d.driftNano = d.projectedNano - d.limitNano;
        drifts.append(d);
    }
    return drifts;
}

} // namespace costline
