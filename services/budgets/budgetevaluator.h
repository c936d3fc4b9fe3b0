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
    // Tightest wins: of the enabled caps whose scope contains this cap's (itself included),
    // the one with the least left governs this cap's spend. Empty when none is enabled.
    QString governingCap;
};

QString stateName(BudgetStatus::State state);

// Where each budget stands on a given day: spend so far in its period (read from the
// rollups), what is left, the period-end projection at the current run rate, and green /
// amber / red against the soft and hard limits.
class BudgetEvaluator final
{
public:
    explicit BudgetEvaluator(Workspace &workspace) : m_workspace(workspace) {}

    // Every cap's standing, each with the cap that governs it.
    QList<BudgetStatus> evaluate(const QList<Budget> &budgets, qint64 asOfDay);
    // One cap's standing alone (no governing cap: that needs the others).
    BudgetStatus evaluate(const Budget &budget, qint64 asOfDay);

    // Tightest wins: of the enabled caps that cover `scope`, the one with the least left
    // (then the one nearest its limit, a platform cap before a tenant cap, then by name).
    static std::optional<BudgetStatus> tightest(const QList<BudgetStatus> &statuses,
                                                const QMap<Dimension, QString> &scope);
    // The status named `name` in `statuses`, or nullptr.
    static const BudgetStatus *find(const QList<BudgetStatus> &statuses, const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace costline
