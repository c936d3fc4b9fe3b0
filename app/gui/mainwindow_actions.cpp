// The keyboard side of MainWindow: the View menu (Ctrl+1..9 tabs, Ctrl+F filter), Export
// and Print of the current tab, and Preferences.
#include "mainwindow.h"

#include "appearance.h"
#include "preferencesdialog.h"
#include "synccontroller.h"
#include "models/moneyformat.h"
#include "widgets/filterbar.h"
#include "widgets/signalstab.h"
#include "widgets/tabpage.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

namespace costline {

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(Tab::Count); ++i) {
        const Tab tab = Tab(i);
        QAction *go = view->addAction(tabTitle(tab), this, [this, tab] { setCurrentTab(tab); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    view->addAction(tr("&Filter…"), QKeySequence::Find, this, &MainWindow::focusFilter);
}

// Export and Print follow the tab on screen: "Export Usage events…" where the tab has an
// export, a disabled "Export…" where it has none.
void MainWindow::updateTabActions()
{
    TabPage *current = page(currentTab());
    if (!m_exportAction || !current)
        return;
    const bool canExport = current->canExport() && !m_path.isEmpty();
    m_exportAction->setEnabled(canExport);
    m_exportAction->setText(canExport ? tr("&Export %1…").arg(tabTitle(currentTab())) : tr("&Export…"));
    m_exportAction->setToolTip(canExport ? QString() : tr("This tab has no export; Usage events, Cost drivers and Reports do"));
    m_printAction->setText(tr("&Print %1…").arg(tabTitle(currentTab())));
}

void MainWindow::exportCurrentTab()
{
    if (TabPage *current = page(currentTab()); current && current->canExport())
        current->exportData();
}

void MainWindow::printCurrentTab()
{
    if (TabPage *current = page(currentTab()))
        current->print();
}

void MainWindow::focusFilter()
{
    TabPage *current = page(currentTab());
    if (!current || !current->focusSearch())
        m_filterBar->focusSearch();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    const bool languageChanged = chosen.language != m_preferences.language;
    if (m_persist)
        chosen.save();
    applyPreferences(chosen);
    if (languageChanged)
        QMessageBox::information(this, tr("Preferences"), tr("The new language applies when Costline starts again."));
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const bool precisionChanged = preferences.moneyDecimals != moneyDisplayDecimals();
    const bool themeChanged = preferences.theme != m_preferences.theme;
    m_preferences = preferences;
    m_sync->setIntervalMinutes(preferences.autoSyncMinutes);
    if (themeChanged)
        applyTheme(preferences.theme);
    setMoneyDisplayDecimals(preferences.moneyDecimals);
    if (m_signals)
        m_signals->setAnomalyThresholdPct(preferences.anomalyThresholdPct);
    if (precisionChanged) {
        for (TabPage *tabPage : std::as_const(m_pages))
            tabPage->refresh();
    }
}

} // namespace costline
