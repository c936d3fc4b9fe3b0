#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// Where an enabled budget is heading by the end of its period, against its limit.
struct BudgetDrift
{
    QString name;
    QString period;
    qint64 periodEnd = 0; // day
    qint64 limitNano = 0;
    qint64 spendNano = 0;
    qint64 projectedNano = 0;
    qint64 driftNano = 0; // projected − limit: positive means over
    bool fromForecast = false; // projected by the month-end forecast rather than the run rate
};

// A monthly budget over all spend is projected with the forecast's own month-end figure
// (`monthProjectionNano`, when the forecast covers all spend); every other budget with its
// period's run rate so far (BudgetEvaluator).
QList<BudgetDrift> budgetDrift(Workspace &workspace, qint64 asOfDay, std::optional<qint64> monthProjectionNano);

} // namespace costline
