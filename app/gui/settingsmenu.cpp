#include "settingsmenu.h"

#include "mainwindow.h"
#include "widgets/audit/audittraildialog.h"
#include "widgets/budgets/budgetsdialog.h"
#include "widgets/pricing/pricingdialog.h"
#include "widgets/sources/costbasisdialog.h"
#include "widgets/sources/sourcesdialog.h"
#include "widgets/tabpage.h"

#include <QMenu>
#include <QMessageBox>

#include <type_traits>

namespace costline {
namespace {

void refreshTabs(MainWindow *window)
{
    for (int i = 0; i < int(Tab::Count); ++i) {
        if (TabPage *page = window->page(Tab(i)))
            page->refresh();
    }
}

// The dialog is modeless so the tabs stay readable beside it; it deletes itself on close.
template<typename Dialog, typename Signal>
Dialog *openDialog(MainWindow *window, Signal changed)
{
    if (window->workspacePath().isEmpty()) {
        QMessageBox::information(window, MainWindow::tr("Settings"), MainWindow::tr("Open a workspace first."));
        return nullptr;
    }
    auto *dialog = new Dialog(window->workspacePath(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if constexpr (!std::is_null_pointer_v<Signal>)
        QObject::connect(dialog, changed, window, [window] { refreshTabs(window); });
    dialog->show();
    return dialog;
}

} // namespace

void openSourcesDialog(MainWindow *window)
{
    openDialog<SourcesDialog>(window, &QDialog::finished);
}

void addSettingsActions(MainWindow *window, QMenu *menu)
{
    // A sync run from the dialog adds usage: the tabs read again when it closes.
    menu->addAction(MainWindow::tr("&Sources && provider keys…"), window, [window] { openSourcesDialog(window); });
    menu->addAction(MainWindow::tr("FOCUS &cost basis…"), window,
                    [window] { openDialog<CostBasisDialog>(window, &CostBasisDialog::basisChanged); });
    menu->addAction(MainWindow::tr("Model &pricing…"), window,
                    [window] { openDialog<PricingDialog>(window, &PricingDialog::pricingChanged); });
    menu->addAction(MainWindow::tr("&Budgets…"), window, [window] {
        // A lowered limit may put a cap past it at once: its alert should not wait for the timer.
        if (auto *dialog = openDialog<BudgetsDialog>(window, &BudgetsDialog::budgetsChanged))
            QObject::connect(dialog, &BudgetsDialog::budgetsChanged, window, &MainWindow::checkBudgetAlerts);
    });
    menu->addSeparator();
    // Reading the trail changes nothing: the tabs stay as they are.
    menu->addAction(MainWindow::tr("&Audit trail…"), window, [window] { openDialog<AuditTrailDialog>(window, nullptr); });
}

} // namespace costline
