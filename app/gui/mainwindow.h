#pragma once

#include "importjob.h"
#include "models/globalfilter.h"
#include "models/workspaceinfo.h"
#include "preferences.h"
#include "tabavailability.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
QT_END_NAMESPACE

namespace costline {

class BudgetAlertWatcher;
class BudgetNotifier;
class DriversTab;
class EmptyWorkspaceBanner;
class EventsTab;
class SignalsTab;
class FilterBar;
class OverviewTab;
class QueryRunner;
class ReportsTab;
class ScheduledReportsRunner;
class SyncController;
class TabPage;

// The workbench: the global filter bar over the nine tabs, the menus and the status bar.
// It wires drill-downs between tabs and hands every tab its own worker connection.
// Keyboard: Ctrl+1..9 tabs, Ctrl+F filter, Ctrl+E export, Ctrl+P print, F5 sync.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openWorkspace(const QString &path);
    const QString &workspacePath() const { return m_path; }
    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    TabPage *page(Tab tab) const { return m_pages.value(tab); }
    FilterBar *filterBar() const { return m_filterBar; }
    OverviewTab *overview() const { return m_overview; }
    DriversTab *drivers() const { return m_drivers; }
    EventsTab *events() const { return m_events; }
    // Shown while the open workspace holds no usage events.
    EmptyWorkspaceBanner *emptyBanner() const { return m_emptyBanner; }
    bool isCurrentTabLoaded() const;
    // Screenshots and tests leave the user's settings alone.
    void setPersistSettings(bool persist) { m_persist = persist; }
    void restoreSettings();
    // The licence in force (Free when missing, expired or tampered); the demo workspace opens everything.
    void setLicence(const LicenceStatus &status);
    const TabAvailability &availability() const { return m_availability; }
    ScheduledReportsRunner *scheduledReports() const { return m_scheduledReports; }
    // Applies what Preferences chose: auto-sync, anomaly threshold, precision, colours.
    void applyPreferences(const Preferences &preferences);
    const Preferences &preferences() const { return m_preferences; }
    SyncController *syncController() const { return m_sync; }
    QAction *exportAction() const { return m_exportAction; }
    // Where budget cap crossings are notified: the system tray unless replaced (tests).
    void setBudgetNotifier(BudgetNotifier *notifier);
    BudgetAlertWatcher *budgetAlerts() const { return m_budgetAlerts; }
    // Looks for new cap crossings now (after a budget edit).
    void checkBudgetAlerts();
    QAction *printAction() const { return m_printAction; }
    // Imports a usage CSV or an invoice off the UI thread, then refreshes every tab; a short
    // import (nothing, or most rows refused) ends in a warning dialog with the count and the
    // first reasons.
    void importFile(ImportKind kind, const QString &path);

signals:
    void workspaceOpened(const QString &path);
    void workspaceFailed(const QString &error);
    // The tab on screen has its data for the current workspace and filter.
    void currentTabLoaded();
    // An import ended: its summary line, or why it failed.
    void importFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTabs();
    void buildMenus();
    void buildStatusBar();
    void buildScheduledReports();
    void buildBudgetAlerts();
    void onWorkspaceInfo(const QString &path, const WorkspaceInfo &info);
    void onFilterChanged(const GlobalFilter &filter);
    void onDrillDown(Dimension dim, const QString &value);
    void onMover(Dimension dim, const QString &value);
    void onPageLoaded(TabPage *page);
    void newWorkspace();
    void chooseWorkspace();
    void importCsv();
    // Asks for a file of the kind, then imports it.
    void chooseAndImport(ImportKind kind);
    void rebuildRecentMenu();
    void rememberWorkspace(const QString &path);
    void refreshAll();
    void buildHelpMenu();
    void buildViewMenu();
    void updateTabActions();
    void exportCurrentTab();
    void printCurrentTab();
    void focusFilter();
    void showPreferences();
    void showLicence();
    // Records a licence installed from Help → Licence… in the workspace's audit trail.
    void recordLicenceChange(const LicenceStatus &before, const LicenceStatus &after);
    void setDemoWorkspace(bool demo);
    void applyAvailability();
    TabPage *lockedPage(Tab tab);

    TabAvailability m_availability;
    LicenceStatus m_licence;
    bool m_demoWorkspace = false;
    QMap<Tab, TabPage *> m_realPages; // every tab's own page, shown or not
    QMap<Tab, TabPage *> m_lockPages;
    ReportsTab *m_reports = nullptr;
    ScheduledReportsRunner *m_scheduledReports = nullptr;
    BudgetAlertWatcher *m_budgetAlerts = nullptr;
    BudgetNotifier *m_budgetNotifier = nullptr;
    QTabWidget *m_tabs = nullptr;
    FilterBar *m_filterBar = nullptr;
    EmptyWorkspaceBanner *m_emptyBanner = nullptr;
    QMap<Tab, TabPage *> m_pages;
    OverviewTab *m_overview = nullptr;
    DriversTab *m_drivers = nullptr;
    SignalsTab *m_signals = nullptr;
    EventsTab *m_events = nullptr;
    QList<QueryRunner *> m_runners;
    QString m_path;
    QLabel *m_statusName = nullptr;
    QLabel *m_statusEvents = nullptr;
    QLabel *m_statusAsOf = nullptr;
    QMenu *m_recentMenu = nullptr;
    bool m_persist = true;
    Preferences m_preferences;
    SyncController *m_sync = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
};

} // namespace costline
