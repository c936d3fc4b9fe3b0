#include "budgetalerts.h"

#include "core/money.h"
#include "core/utctime.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <algorithm>

#include <sqlite3.h>

namespace costline {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("costline::Budgets", text);
}

// Marks the crossing; true when it had not been marked before.
bool claim(Workspace &ws, const BudgetStatus &s, BudgetStatus::State level, qint64 nowMs, QString *error)
{
    SqliteStatement st(ws.db(), "INSERT OR IGNORE INTO budget_alerts(budget_id, period_start, level, notified_ms)"
                                " VALUES(?,?,?,?)");
    st.bind(0, s.budget.id);
    st.bind(1, s.periodStart);
    st.bind(2, stateName(level));
    st.bind(3, nowMs);
    if (!st.exec()) {
        *error = st.error();
        return false;
    }
    return sqlite3_changes(ws.db()) > 0;
}

} // namespace

bool BudgetAlertStore::claimNew(const QList<BudgetStatus> &statuses, qint64 nowMs, QList<BudgetAlert> *alerts,
                                QString *error)
{
    alerts->clear();
    if (!m_workspace.begin(error))
        return false;
    QList<BudgetAlert> claimed;
    for (const BudgetStatus &s : statuses) {
        if (!s.budget.enabled || s.budget.id == 0 || s.state == BudgetStatus::State::Ok)
            continue;
        QString why;
        const bool newHard = s.state == BudgetStatus::State::Hard && claim(m_workspace, s, BudgetStatus::State::Hard, nowMs, &why);
        // Past both limits at once: the hard crossing says it all, and the soft one is spent.
        const bool newSoft = why.isEmpty() && claim(m_workspace, s, BudgetStatus::State::Soft, nowMs, &why);
        if (!why.isEmpty()) {
            m_workspace.rollback();
            *error = why;
            return false;
        }
        if (newHard || newSoft)
            claimed << BudgetAlert{s, newHard ? BudgetStatus::State::Hard : BudgetStatus::State::Soft};
    }
    if (!m_workspace.commit(error))
        return false;
    *alerts = claimed;
    return true;
}

QString budgetAlertTitle(const BudgetAlert &a)
{
    const Budget &cap = a.status.budget;
    const QString kind = cap.managedBy == Budget::ManagedBy::Tenant ? tr("Tenant cap %1") : tr("Platform cap %1");
    return a.level == BudgetStatus::State::Hard ? tr("%1 is over its limit").arg(kind.arg(cap.name))
                                                : tr("%1 passed its soft limit").arg(kind.arg(cap.name));
}

QString budgetAlertText(const BudgetAlert &a)
{
    const BudgetStatus &s = a.status;
    QString text = tr("%1 spent of %2 (%3 %), %4 period %5 to %6 (UTC).")
                       .arg(QLatin1Char('$') + usdText(s.spendNano), QLatin1Char('$') + usdText(s.budget.limitNano))
                       .arg(qRound(s.utilisationPct))
                       .arg(periodName(s.budget.period), utc::formatDate(s.periodStart), utc::formatDate(s.periodEnd));
    if (!s.governingCap.isEmpty() && s.governingCap != s.budget.name)
        text += QLatin1Char(' ') + tr("Cap %1 governs this spend: it has less left.").arg(s.governingCap);
    return text + QLatin1Char(' ') + tr("See Cost signals.");
}

namespace {

QList<BudgetAlert> hardFirst(QList<BudgetAlert> alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const BudgetAlert &a, const BudgetAlert &b) { return int(a.level) > int(b.level); });
    return alerts;
}

} // namespace

QString budgetAlertsTitle(const QList<BudgetAlert> &alerts)
{
    if (alerts.size() == 1)
        return budgetAlertTitle(alerts.first());
    return tr("%1 budget caps crossed a limit").arg(alerts.size()); // two or more
}

QString budgetAlertsText(const QList<BudgetAlert> &alerts)
{
    if (alerts.size() == 1)
        return budgetAlertText(alerts.first());
    QStringList lines;
    for (const BudgetAlert &a : hardFirst(alerts))
        lines << tr("%1: %2 of %3 %4").arg(budgetAlertTitle(a), QLatin1Char('$') + usdText(a.status.spendNano),
                                          QLatin1Char('$') + usdText(a.status.budget.limitNano), periodName(a.status.budget.period));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("See Cost signals.");
}

} // namespace costline
