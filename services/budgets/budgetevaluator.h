#pragma once

#include "budget.h"

#include <QList>

namespace costline {

class Workspace;

struct BudgetStatus
{
    enum class State { Ok, Soft, Hard };

    Budget budget;
    qint64 periodStart = 0; // days, inclusive
    qint64 periodEnd = 0;
    qint64 spendNano = 0;   // from the period start through the evaluation day
    qint64 remainingNano = 0;
    qint64 projectedNano = 0; // period-end spend at the period's run rate so far
    double utilisationPct = 0;
    State state = State::Ok;
    bool projectedOverLimit = false;
};

QString stateName(BudgetStatus::State state);

// Where each budget stands on a given day: spend so far in its period (read from the
// rollups), what is left, the period-end projection at the current run rate, and green /
// amber / red against the soft and hard limits.
class BudgetEvaluator final
{
public:
    explicit BudgetEvaluator(Workspace &workspace) : m_workspace(workspace) {}

    QList<BudgetStatus> evaluate(const QList<Budget> &budgets, qint64 asOfDay);
    BudgetStatus evaluate(const Budget &budget, qint64 asOfDay);

    // Tightest wins: of the enabled budgets that cover `scope`, the one nearest its limit.
    static std::optional<BudgetStatus> tightest(const QList<BudgetStatus> &statuses,
                                                const QMap<Dimension, QString> &scope);

private:
    Workspace &m_workspace;
};

} // namespace costline
