#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace costline {

class MainWindow;

// Adds Settings → Sources & provider keys…, Model pricing…, Budgets… and Audit trail… to
// `menu`. Each opens its dialog on the window's workspace; a change refreshes every tab, since
// synced usage and prices move every total and budgets move the Overview's bars.
void addSettingsActions(MainWindow *window, QMenu *menu);
// Settings → Sources & provider keys…, also reached from the empty-workspace banner.
void openSourcesDialog(MainWindow *window);

} // namespace costline
