#pragma once

#include "budgetevaluator.h"

#include <QList>

namespace costline {

class Workspace;

// A cap that crossed its soft or hard limit in a period.
struct BudgetAlert
{
    BudgetStatus status; // the cap's standing when the crossing was seen
    BudgetStatus::State level = BudgetStatus::State::Soft;
};

// Which crossings were already notified, kept in the workspace: each enabled cap notifies
// once per period and level (soft, then hard), so a restart, a second window or the next
// refresh never notifies the same crossing again. A cap that jumps past both limits at once
// notifies the hard crossing only. Editing a cap does not notify its period again.
class BudgetAlertStore final
{
public:
    explicit BudgetAlertStore(Workspace &workspace) : m_workspace(workspace) {}

    // The crossings in `statuses` not notified before, now marked as notified at `nowMs`.
    // False with *error when the workspace cannot record them (then none is returned, so a
    // crossing is never lost: the next check notifies it).
    bool claimNew(const QList<BudgetStatus> &statuses, qint64 nowMs, QList<BudgetAlert> *alerts, QString *error);

private:
    Workspace &m_workspace;
};

// A notification's title and text: "Tenant cap acme-daily is over its limit" and what it
// spent of its limit in which period, and the cap that governs the spend when another does.
QString budgetAlertTitle(const BudgetAlert &alert);
QString budgetAlertText(const BudgetAlert &alert);
// One notification for several crossings seen at once: the one alert's own title and text,
// or "3 budget caps crossed a limit" and a line per cap, hard crossings first.
QString budgetAlertsTitle(const QList<BudgetAlert> &alerts);
QString budgetAlertsText(const QList<BudgetAlert> &alerts);

} // namespace costline
