// What the buttons of the Budgets dialog do; the layout is in budgetsdialog.cpp.
#include "budgetsdialog.h"

#include "core/money.h"
#include "models/budgetsmodel.h"
#include "models/moneyformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace costline {

bool BudgetsDialog::formBudget(Budget *budget, QString *error) const
{
    budget->name = m_name->text().trimmed();
    if (budget->name.isEmpty()) {
        *error = tr("Give the budget a name.");
        return false;
    }
    if (!parseBudgetScope(m_scope->text(), &budget->scope, error))
        return false;
    budget->period = Budget::Period(m_period->currentData().toInt());
    QString why;
    QString limitText = m_limit->text().trimmed();
    if (limitText.startsWith(QLatin1Char('$')))
        limitText = limitText.mid(1).trimmed();
    limitText.remove(QLatin1Char(','));
    const auto limit = Money::parse(limitText.toUtf8(), &why);
    if (!limit || limit->nano() <= 0) {
        *error = tr("The limit must be a positive amount in USD, such as 900 or 1250.50%1.")
                     .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
        return false;
    }
    budget->limitNano = limit->nano();
    budget->softPct = m_soft->value();
    budget->enabled = m_enabled->isChecked();
    return true;
}

void BudgetsDialog::write(bool adding)
{
    Budget budget;
    QString error;
    if (!formBudget(&budget, &error)) {
        setStatus(error, true);
        return;
    }
    const QString selected = selectedName();
    if (adding && m_model->rowOf(budget.name) >= 0) {
        setStatus(tr("A budget named %1 exists: change its name, or select it and save changes.").arg(budget.name), true);
        return;
    }
    m_select = budget.name;
    setStatus(tr("Saving %1…").arg(budget.name), false);
    m_model->saveBudget(budget, adding ? QString() : selected);
}

void BudgetsDialog::addBudget()
{
    write(true);
}

void BudgetsDialog::saveBudget()
{
    write(false);
}

void BudgetsDialog::removeBudget()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0)
        return;
    const Budget &b = m_model->statusAt(row).budget;
    const QString question =
        tr("Remove the budget %1 (%2, %3, limit %4)?\n\nIts limit, soft limit and the alerts it raises are lost; "
           "the spend it watched stays in the workspace.")
            .arg(b.name, budgetScopeText(b.scope), budgetPeriodText(b.period).toLower(), formatMoney(b.limitNano));
    if (QMessageBox::question(this, tr("Remove budget"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    setStatus(tr("Removing %1…").arg(b.name), false);
    m_model->removeBudget(b.name);
}

} // namespace costline
