#pragma once

#include "budgets/budgetevaluator.h"
#include "tablewriter.h"

#include <QJsonObject>

namespace costline::cli {

// Exit codes of `budget check`, beside DESIGN §5's 0, 1 and 2.
enum BudgetCheckExit { SoftLimitCrossed = 3, HardLimitCrossed = 4 };

// What `costline-cli budget` prints: DESIGN §5's budget status fields plus the cap's
// managed_by, version and the cap that governs it (tightest wins).
QJsonObject budgetDefinitionJson(const Budget &b);
QJsonObject budgetStatusJson(const BudgetStatus &s, const QList<BudgetStatus> &all);
TableWriter budgetDefinitionTable(const QList<Budget> &budgets);
TableWriter budgetStatusTable(const QList<BudgetStatus> &statuses);

} // namespace costline::cli
