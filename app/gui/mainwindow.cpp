#include "mainwindow.h"
#include "analysistabs.h"
#include "scheduledreports.h"
#include "emptyworkspacebanner.h"
#include "settingsmenu.h"
#include "synccontroller.h"

#include "models/budgetalertwatcher.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"
#include "widgets/driverstab.h"
#include "widgets/eventstab.h"
#include "widgets/signalstab.h"
#include "widgets/filterbar.h"
#include "widgets/overviewtab.h"
#include "widgets/placeholdertab.h"
#include "widgets/reportstab.h"
#include "licensing/licencestore.h"

#include <QCloseEvent>
#include <QDate>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace costline {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Costline"));
    m_sync = new SyncController(this);
    connect(m_sync, &SyncController::messageChanged, this, [this](const QString &text) { statusBar()->showMessage(text, 15'000); });
    connect(m_sync, &SyncController::syncFinished, this, [this](bool, bool wroteRows) {
        if (wroteRows)
            refreshAll();
    });
    buildTabs();
    buildMenus();
    buildStatusBar();
    buildScheduledReports();
    buildBudgetAlerts();
    setLicence(licencestore::current());
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    updateTabActions();
}

MainWindow::~MainWindow()
{
    // Workers finish before the tabs their results would reach are gone.
    qDeleteAll(m_runners);
}

void MainWindow::buildTabs()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(central);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewTab(m_tabs);
    m_drivers = new DriversTab(m_tabs);
    m_events = new EventsTab(m_tabs);
    m_signals = new SignalsTab(m_tabs);
    m_reports = new ReportsTab(m_tabs);
    for (int i = 0; i < int(Tab::Count); ++i) {
        const Tab tab = Tab(i);
        TabPage *tabPage = tab == Tab::Overview ? static_cast<TabPage *>(m_overview)
                           : tab == Tab::CostDrivers ? static_cast<TabPage *>(m_drivers)
                           : tab == Tab::UsageEvents ? static_cast<TabPage *>(m_events)
                           : tab == Tab::CostSignals ? static_cast<TabPage *>(m_signals)
                           : tab == Tab::Reports ? static_cast<TabPage *>(m_reports)
                                                     : createAnalysisTab(tab, m_tabs);
        // Every tab gets its own page; applyAvailability() puts lock pages in place of the locked.
        if (!tabPage) {
            const QString note = tr("This tab arrives in a coming version; the data it needs is already collected.");
            tabPage = new PlaceholderTab(tabTitle(tab), tabDescription(tab), note, m_tabs);
        }
        m_pages.insert(tab, tabPage);
        m_realPages.insert(tab, tabPage);
        m_tabs->addTab(tabPage, tabTitle(tab));
        connect(tabPage, &TabPage::dataLoaded, this, [this, tabPage] { onPageLoaded(tabPage); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateTabActions();
        onPageLoaded(page(currentTab()));
    });
    connect(m_drivers, &DriversTab::drillDownRequested, this, &MainWindow::onDrillDown);
    if (m_pages.value(Tab::CostSignals) == m_signals)
        connect(m_signals, &SignalsTab::drillDownRequested, this, [this](const QMap<Dimension, QString> &scope) {
            m_events->showSlice(scope);
            setCurrentTab(Tab::UsageEvents);
        });
    connect(m_overview, &OverviewTab::moverActivated, this, &MainWindow::onMover);
    connect(m_overview, &OverviewTab::healthRequested, this, [this] { setCurrentTab(Tab::DataHealth); });
    connect(m_events, &EventsTab::backRequested, this, [this] { setCurrentTab(Tab::CostDrivers); });
    connect(m_events, &EventsTab::exportFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(m_drivers, &DriversTab::exportFinished, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(message, 10'000);
        if (!ok)
            QMessageBox::warning(this, tr("Export cost drivers"), message);
    });
    connect(m_reports, &ReportsTab::reportWritten, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10'000); });
    m_emptyBanner = new EmptyWorkspaceBanner(central);
    m_emptyBanner->setVisible(false);
    connect(m_emptyBanner, &EmptyWorkspaceBanner::importRequested, this, &MainWindow::importCsv);
    connect(m_emptyBanner, &EmptyWorkspaceBanner::addSourceRequested, this, [this] { openSourcesDialog(this); });
    layout->addWidget(m_filterBar);
    layout->addWidget(m_emptyBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    m_statusName = new QLabel(this);
    m_statusEvents = new QLabel(this);
    m_statusAsOf = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusName);
    statusBar()->addPermanentWidget(m_statusEvents);
    statusBar()->addPermanentWidget(m_statusAsOf);
}

void MainWindow::openWorkspace(const QString &path)
{
    // Each built tab reads through its own worker connection, so a slow events page
    // never queues behind the Overview.
    QList<QueryRunner *> old = m_runners;
    m_runners = {new QueryRunner(path, this), new QueryRunner(path, this), new QueryRunner(path, this)};
    m_path = path;
    m_scheduledReports->setWorkspace(path);
    m_budgetAlerts->setWorkspace(path);
    m_sync->setWorkspace(path);
    m_statusName->setText(QFileInfo(path).completeBaseName());
    m_statusName->setToolTip(path);
    m_statusEvents->setText(tr("loading…"));
    m_statusAsOf->clear();
    m_overview->setRunner(nullptr);
    m_drivers->setRunner(nullptr);
    m_events->setRunner(nullptr);
    qDeleteAll(old);
    QPointer<MainWindow> self(this);
    const QList<Dimension> pickers = globalFilterDimensions();
    m_runners.first()
        ->run<WorkspaceInfo>([pickers](Workspace &ws) { return loadWorkspaceInfo(ws, pickers); })
        .then(this, [self, path](const WorkspaceInfo &info) {
            if (MainWindow *window = self.data(); window && window->m_path == path)
                window->onWorkspaceInfo(path, info);
        });
    m_runners.first()
        ->run<bool>([](Workspace &ws) { return ws.setting(QStringLiteral("demo")) == QLatin1String("1"); })
        .then(this, [self, path](bool demo) {
            if (MainWindow *window = self.data(); window && window->m_path == path)
                window->setDemoWorkspace(demo);
        });
}

void MainWindow::onWorkspaceInfo(const QString &path, const WorkspaceInfo &info)
{
    if (!info.ok) {
        const QString error = m_runners.first()->lastError();
        m_statusEvents->setText(tr("cannot open"));
        emit workspaceFailed(error);
        if (m_persist)
            QMessageBox::warning(this, tr("Open workspace"), error);
        return;
    }
    m_statusEvents->setText(tr("%1 events").arg(formatCount(info.events)));
    m_emptyBanner->setVisible(info.events == 0);
    m_statusAsOf->setText(info.lastDay ? tr("data as of %1").arg(formatDayRange(DayRange{*info.lastDay, *info.lastDay}))
                                       : tr("no data yet: import a usage CSV"));
    m_filterBar->setAnchorDay(info.lastDay.value_or(QDate(1970, 1, 1).daysTo(QDate::currentDate())));
    for (auto it = info.values.cbegin(); it != info.values.cend(); ++it)
        m_filterBar->setDimensionValues(it.key(), it.value());
    for (TabPage *tabPage : std::as_const(m_pages))
        tabPage->setFilter(m_filterBar->filter());
    m_overview->setRunner(m_runners.at(0));
    m_drivers->setRunner(m_runners.at(1));
    m_events->setRunner(m_runners.at(2));
    for (TabPage *tabPage : std::as_const(m_pages)) {
        if (tabPage != m_overview && tabPage != m_drivers && tabPage != m_events)
            tabPage->setRunner(m_runners.at(0));
    }
    setWindowTitle(tr("%1 — Costline").arg(QFileInfo(path).completeBaseName()));
    rememberWorkspace(path);
    emit workspaceOpened(path);
}

void MainWindow::onFilterChanged(const GlobalFilter &filter)
{
    m_events->clearSlice();
    for (TabPage *tabPage : std::as_const(m_pages))
        tabPage->setFilter(filter);
}

void MainWindow::refreshAll()
{
    openWorkspace(m_path);
    for (TabPage *tabPage : std::as_const(m_pages))
        tabPage->refresh();
    m_budgetAlerts->check(); // a sync or import may have pushed a cap over a limit
}

void MainWindow::onDrillDown(Dimension dim, const QString &value)
{
    m_events->showSlice(dim, value);
    setCurrentTab(Tab::UsageEvents);
}

void MainWindow::onMover(Dimension dim, const QString &value)
{
    m_drivers->setDimension(dim);
    m_drivers->selectValue(value);
    setCurrentTab(Tab::CostDrivers);
}

void MainWindow::onPageLoaded(TabPage *tabPage)
{
    if (tabPage && tabPage == m_tabs->currentWidget() && tabPage->isLoaded())
        emit currentTabLoaded();
}

void MainWindow::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentWidget(page(tab));
}

Tab MainWindow::currentTab() const
{
    return Tab(qMax(0, m_tabs->currentIndex()));
}

bool MainWindow::isCurrentTabLoaded() const
{
    const TabPage *tabPage = page(currentTab());
    return tabPage && tabPage->isLoaded();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (const auto tab = tabFromName(settings.value(QStringLiteral("window/lastTab")).toString()))
        setCurrentTab(*tab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persist) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/lastTab"), tabName(currentTab()));
    }
    QMainWindow::closeEvent(event);
}

} // namespace costline
