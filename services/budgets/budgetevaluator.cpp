#include "budgetevaluator.h"
#include "core/percent.h"

#include "workspace/summaryquery.h"

namespace costline {
namespace {

__extension__ typedef __int128 Wide;

} // namespace

QString stateName(BudgetStatus::State state)
{
    switch (state) {
    case BudgetStatus::State::Ok:
        return QStringLiteral("ok");
    case BudgetStatus::State::Soft:
        return QStringLiteral("soft");
    case BudgetStatus::State::Hard:
        break;
    }
    return QStringLiteral("hard");
}

BudgetStatus BudgetEvaluator::evaluate(const Budget &budget, qint64 asOfDay)
{
    BudgetStatus s;
    s.budget = budget;
    s.periodStart = budget.periodStart(asOfDay);
    s.periodEnd = budget.periodEnd(asOfDay);
    EventFilter filter;
    filter.fromDay = s.periodStart;
    filter.toDay = asOfDay;
    for (auto it = budget.scope.cbegin(); it != budget.scope.cend(); ++it)
        filter.where[it.key()] = QStringList{it.value()};
    s.spendNano = SummaryQuery(m_workspace).run(filter, {}).totals.costNano;
    s.remainingNano = budget.limitNano - s.spendNano;
    const qint64 elapsedDays = asOfDay - s.periodStart + 1;
    const qint64 periodDays = s.periodEnd - s.periodStart + 1;
    s.projectedNano = s.spendNano / elapsedDays * periodDays + s.spendNano % elapsedDays * periodDays / elapsedDays;
    s.utilisationPct = budget.limitNano > 0 ? percentOf(s.spendNano, budget.limitNano) : 0.0;
    // Compare in integers: the limit crossings decide colours and signals.
    if (s.spendNano >= budget.limitNano)
        s.state = BudgetStatus::State::Hard;
    else if (Wide(s.spendNano) * 100 >= Wide(budget.limitNano) * budget.softPct)
        s.state = BudgetStatus::State::Soft;
    s.projectedOverLimit = s.projectedNano >= budget.limitNano;
    return s;
}

QList<BudgetStatus> BudgetEvaluator::evaluate(const QList<Budget> &budgets, qint64 asOfDay)
{
    QList<BudgetStatus> statuses;
    for (const Budget &b : budgets)
        statuses.append(evaluate(b, asOfDay));
    for (BudgetStatus &s : statuses) {
        if (const auto governing = tightest(statuses, s.budget.scope))
            s.governingCap = governing->budget.name;
    }
    return statuses;
}

std::optional<BudgetStatus> BudgetEvaluator::tightest(const QList<BudgetStatus> &statuses,
                                                      const QMap<Dimension, QString> &scope)
{
    const auto tighter = [](const BudgetStatus &a, const BudgetStatus &b) {
        if (a.remainingNano != b.remainingNano)
            return a.remainingNano < b.remainingNano;
        if (a.utilisationPct != b.utilisationPct)
            return a.utilisationPct > b.utilisationPct;
        if (a.budget.managedBy != b.budget.managedBy)
            return a.budget.managedBy == Budget::ManagedBy::Platform;
        return a.budget.name < b.budget.name;
    };
    std::optional<BudgetStatus> best;
    for (const BudgetStatus &s : statuses) {
        if (!s.budget.enabled || !s.budget.covers(scope))
            continue;
        if (!best || tighter(s, *best))
            best = s;
    }
    return best;
}

const BudgetStatus *BudgetEvaluator::find(const QList<BudgetStatus> &statuses, const QString &name)
{
    for (const BudgetStatus &s : statuses) {
        if (s.budget.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace costline
