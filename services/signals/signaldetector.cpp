#include "signaldetector.h"

#include "anomalythresholds.h"
#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "core/money.h"
#include "outcomedetectors.h"
#include "spenddetectors.h"
#include "triagestore.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace costline {

AnomalySettings SignalDetector::anomalySettings() const
{
    AnomalySettings s;
    AnomalyThresholds(m_workspace).applyTo(s);
    if (m_thresholdPct > 0)
        s.thresholdPct = m_thresholdPct;
    if (const auto money = Money::parse(m_workspace.setting(QStringLiteral("signals.min_money_at_stake")).toUtf8()))
        s.minMoneyAtStakeNano = money->nano();
    return s;
}

QList<Signal> SignalDetector::detect(qint64 asOfDay, qint64 nowMs)
{
    const AnomalySettings settings = anomalySettings();
    QList<Signal> found = AnomalyDetector(m_workspace, settings).detect(asOfDay);
    const QList<BudgetStatus> budgets = BudgetEvaluator(m_workspace).evaluate(BudgetStore(m_workspace).list(), asOfDay);
    found << budgetSignals(budgets, asOfDay) << mixShiftSignals(m_workspace, asOfDay) << pricingGapSignals(m_workspace)
            << missingAttributionSignals(m_workspace, asOfDay) << mismatchSignals(m_workspace, asOfDay)
            << staleWorkSignals(m_workspace, asOfDay, settings.minMoneyAtStakeNano)
            << runawayCostSignals(m_workspace, asOfDay, settings.minMoneyAtStakeNano);
    std::stable_sort(found.begin(), found.end(), [](const Signal &a, const Signal &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.moneyAtStakeNano > b.moneyAtStakeNano;
    });
    TriageStore(m_workspace).apply(found, nowMs);
    return found;
}

} // namespace costline
