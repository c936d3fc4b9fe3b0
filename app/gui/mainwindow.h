#pragma once

#include "models/globalfilter.h"
#include "models/workspaceinfo.h"
#include "tabavailability.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
class QTabWidget;
QT_END_NAMESPACE

namespace costline {

class DriversTab;
class EventsTab;
class SignalsTab;
class FilterBar;
class OverviewTab;
class QueryRunner;
class ReportsTab;
class TabPage;

// The workbench: the global filter bar over the nine tabs, the File menu and the status
// bar. It wires drill-downs between tabs and hands every tab its own worker connection.
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
    bool isCurrentTabLoaded() const;
    // Screenshots and tests leave the user's settings alone.
    void setPersistSettings(bool persist) { m_persist = persist; }
    void restoreSettings();
    // The licence in force (Free when missing, expired or tampered); the demo workspace opens everything.
    void setLicence(const LicenceStatus &status);
    const TabAvailability &availability() const { return m_availability; }

signals:
    void workspaceOpened(const QString &path);
    void workspaceFailed(const QString &error);
    // The tab on screen has its data for the current workspace and filter.
    void currentTabLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTabs();
    void buildMenus();
    void buildStatusBar();
    void onWorkspaceInfo(const QString &path, const WorkspaceInfo &info);
    void onFilterChanged(const GlobalFilter &filter);
    void onDrillDown(Dimension dim, const QString &value);
    void onMover(Dimension dim, const QString &value);
    void onPageLoaded(TabPage *page);
    void newWorkspace();
    void chooseWorkspace();
    void importCsv();
    void rebuildRecentMenu();
    void rememberWorkspace(const QString &path);
    void refreshAll();
    void buildHelpMenu();
    void showLicence();
    void setDemoWorkspace(bool demo);
    void applyAvailability();
    TabPage *lockedPage(Tab tab);

    TabAvailability m_availability;
    LicenceStatus m_licence;
    bool m_demoWorkspace = false;
    QMap<Tab, TabPage *> m_realPages; // every tab's own page, shown or not
    QMap<Tab, TabPage *> m_lockPages;
    ReportsTab *m_reports = nullptr;
    QTabWidget *m_tabs = nullptr;
    FilterBar *m_filterBar = nullptr;
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
};

} // namespace costline
