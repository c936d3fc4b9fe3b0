// What the buttons of the Budgets dialog do; the layout is in budgetsdialog.cpp.
#include "budgetsdialog.h"

#include "budgetform.h"
#include "models/budgetsmodel.h"
#include "models/moneyformat.h"

#include <QLabel>
#include <QMessageBox>

namespace costline {

bool BudgetsDialog::formBudget(Budget *budget, QString *error) const
{
    return m_form->readBudget(selectedBudget(), budget, error);
}

void BudgetsDialog::write(bool adding)
{
    Budget budget;
    QString error;
    if (!formBudget(&budget, &error)) {
        setStatus(error, true);
        return;
    }
    if (adding) {
        budget.id = 0;
        budget.version = 0;
        if (m_model->rowOf(budget.name) >= 0) {
            setStatus(tr("A budget named %1 exists: change its name, or select it and save changes.").arg(budget.name), true);
            return;
        }
    }
    m_writing = true;
    m_keepSelected = selectedName();
    m_select = budget.name;
    setStatus(tr("Saving %1…").arg(budget.name), false);
    m_model->saveBudget(budget);
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
    const Budget b = selectedBudget();
    if (b.id == 0)
        return;
    const QString question =
        tr("Remove the %1 cap %2 (%3, %4, limit %5)?\n\nIts limit, soft limit and the alerts it raises are lost; "
           "the spend it watched stays in the workspace.")
            .arg(budgetManagedByText(b.managedBy).toLower(), b.name, budgetScopeText(b.scope),
                 budgetPeriodText(b.period).toLower(), formatMoney(b.limitNano));
    if (QMessageBox::question(this, tr("Remove budget"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_writing = true;
    m_keepSelected.clear();
    m_select.clear();
    setStatus(tr("Removing %1…").arg(b.name), false);
    m_model->removeBudget(b.name);
}

} // namespace costline
