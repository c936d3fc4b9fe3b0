#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace costline {

class MainWindow;

// Adds Settings → Model pricing… and Budgets… to `menu`. Each opens its dialog on the
// window's workspace; a change refreshes every tab, since prices move every total and
// budgets move the Overview's bars.
void addPricingAndBudgetActions(MainWindow *window, QMenu *menu);

} // namespace costline
