// MainWindow and budget alerts: a cap crossing its soft or hard limit raises a desktop
// notification once per cap, period and level, and its line in Cost signals.
#include "mainwindow.h"

#include "models/budgetalertwatcher.h"
#include "widgets/budgets/budgetnotifier.h"
#include "widgets/tabpage.h"

#include <QStatusBar>

namespace costline {

void MainWindow::buildBudgetAlerts()
{
    m_budgetAlerts = new BudgetAlertWatcher(this);
    auto *tray = new TrayBudgetNotifier([this](const QString &text) { statusBar()->showMessage(text, 30'000); },
                                        [this] {
                                            showNormal();
                                            raise();
                                            activateWindow();
                                            setCurrentTab(Tab::CostSignals);
                                        },
                                        this);
    m_budgetNotifier = tray;
    connect(m_budgetAlerts, &BudgetAlertWatcher::alertsRaised, this, [this](const QList<BudgetAlert> &alerts) {
        if (m_budgetNotifier)
            m_budgetNotifier->notify(alerts);
        // The crossing's line in Cost signals is there when the analyst follows the notification.
        if (TabPage *signalsPage = page(Tab::CostSignals))
            signalsPage->refresh();
    });
    connect(m_budgetAlerts, &BudgetAlertWatcher::checkFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Budget alerts could not be checked: %1").arg(error), 15'000);
    });
}

void MainWindow::setBudgetNotifier(BudgetNotifier *notifier)
{
    m_budgetNotifier = notifier;
}

void MainWindow::checkBudgetAlerts()
{
    m_budgetAlerts->check();
}

} // namespace costline
