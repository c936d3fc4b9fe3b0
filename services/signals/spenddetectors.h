#pragma once

#include "signal.h"

#include <QList>

namespace costline {

class Workspace;
struct BudgetStatus;

// The signals that are not day-by-day anomalies. Each takes the evaluation day and looks
// back over the last 30 days unless it says otherwise.
QList<Signal> budgetSignals(const QList<BudgetStatus> &statuses, qint64 asOfDay);
QList<Signal> pricingGapSignals(Workspace &workspace);
// Spend with no team, project or tenant above `minSharePct` of the total.
QList<Signal> missingAttributionSignals(Workspace &workspace, qint64 asOfDay, double minSharePct = 5.0);
// Within a feature, the week in the last 30 days where one model's share of requests rose
// most against the 28 days before it.
QList<Signal> mixShiftSignals(Workspace &workspace, qint64 asOfDay, double minShiftPoints = 30.0);
// Reported cost against computed cost per provider, where both exist.
QList<Signal> mismatchSignals(Workspace &workspace, qint64 asOfDay, double tolerancePct = 5.0);

} // namespace costline
