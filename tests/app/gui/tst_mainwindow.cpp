#include "demofixture.h"
#include "mainwindow.h"
#include "models/driversmodel.h"
#include "models/eventsmodel.h"
#include "models/moneyformat.h"
#include "widgets/driverstab.h"
#include "widgets/eventstab.h"
#include "widgets/filterbar.h"
#include "widgets/overviewtab.h"
#include "workspace/summaryquery.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

constexpr int kWaitMs = 60'000;

// Fetches every page of the Usage events table.
bool loadAllEvents(EventsModel *model)
{
    while (!model->isComplete()) {
        QSignalSpy arrived(model, &EventsModel::pageLoaded);
        model->fetchMore({});
        if (!arrived.wait(kWaitMs))
            return false;
    }
    return true;
}

qint64 shownCost(EventsModel *model)
{
    qint64 sum = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        sum += model->index(row, CostColumn).data(EventsModel::RawValueRole).toLongLong();
    return sum;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistSettings(false);
        m_window->resize(1440, 900);
        m_window->show();
        QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
        m_window->openWorkspace(m_demo->path());
        QVERIFY(opened.wait(kWaitMs));
    }

    void showTab(Tab tab)
    {
        m_window->setCurrentTab(tab);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_demo = std::make_unique<DemoFixture>();
    }

    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    void everyTabOpens()
    {
        for (int i = 0; i < int(Tab::Count); ++i) {
            showTab(Tab(i));
            QCOMPARE(m_window->currentTab(), Tab(i));
        }
    }

    void overviewEqualsTheSummaryOfTheSameRange()
    {
        // Given the Overview on the default range (the last 30 days of data)
        showTab(Tab::Overview);
        const GlobalFilter filter = m_window->filterBar()->filter();
        QCOMPARE(filter.range.toDay, DemoFixture::endDay());
        // Then its totals are `costline-cli summary`'s for the same range, to the nano-dollar
        const UsageTotals expected = SummaryQuery(m_demo->workspace()).run(filter.toEventFilter(), {}).totals;
        QCOMPARE(m_window->overview()->data().currentTotals, expected);
        QVERIFY(expected.costNano > 0);
    }

    void filterAppliesToEveryTab()
    {
        // When the filter keeps one provider
        GlobalFilter filter = m_window->filterBar()->filter();
        filter.where[Dimension::Provider] = QStringList{QStringLiteral("anthropic")};
        m_window->filterBar()->applyFilter(filter);
        // Then the Overview, Cost drivers and Usage events all show that provider only
        showTab(Tab::Overview);
        const UsageTotals expected = SummaryQuery(m_demo->workspace()).run(filter.toEventFilter(), {}).totals;
        QCOMPARE(m_window->overview()->data().currentTotals, expected);
        m_window->drivers()->setDimension(Dimension::Provider);
        showTab(Tab::CostDrivers);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->drivers()->model()->result().dim, Dimension::Provider, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
        QCOMPARE(m_window->drivers()->model()->rowCount(), 1);
        showTab(Tab::UsageEvents);
        EventsModel *events = m_window->events()->model();
        for (int row = 0; row < events->rowCount(); ++row)
            QCOMPARE(events->index(row, ProviderColumn).data().toString(), QStringLiteral("anthropic"));
    }

    void drillDownShowsTheEventsThatMakeTheDriversCost()
    {
        // Given Cost drivers by team
        m_window->drivers()->setDimension(Dimension::Team);
        showTab(Tab::CostDrivers);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->drivers()->model()->result().dim, Dimension::Team, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
        QTableView *table = m_window->drivers()->table();
        // When the analyst double-clicks the biggest mover
        const QModelIndex cell = table->model()->index(0, DriversModel::Current);
        const qint64 driverCost = cell.data(DriversModel::RawValueRole).toLongLong();
        const QRect rect = table->visualRect(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        // Then Usage events shows that slice, and its rows add up to the driver's cost exactly
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTab(), Tab::UsageEvents, kWaitMs);
        QVERIFY(m_window->events()->hasSlice());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
        EventsModel *events = m_window->events()->model();
        QVERIFY(loadAllEvents(events));
        QVERIFY(events->rowCount() > 0);
        QCOMPARE(shownCost(events), driverCost);
        // And Back returns to Cost drivers with the full set again
        m_window->events()->backButton()->click();
        QCOMPARE(m_window->currentTab(), Tab::CostDrivers);
        QVERIFY(!m_window->events()->hasSlice());
    }

    void drillDownIntoUnattributedSpend()
    {
        // Given the "(not set)" team row, When drilling into it
        m_window->drivers()->setDimension(Dimension::Team);
        showTab(Tab::CostDrivers);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->drivers()->model()->result().dim, Dimension::Team, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
        DriversModel *model = m_window->drivers()->model();
        int unset = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).value.isEmpty())
                unset = row;
        }
        QVERIFY(unset >= 0);
        emit m_window->drivers()->drillDownRequested(Dimension::Team, QString());
        // Then the events without a team add up to that row's cost
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCurrentTabLoaded(), kWaitMs);
        QVERIFY(loadAllEvents(m_window->events()->model()));
        QCOMPARE(shownCost(m_window->events()->model()), model->rowAt(unset).current.costNano);
    }

    void copiedRowsAreTabSeparated()
    {
        showTab(Tab::UsageEvents);
        QTableView *table = m_window->events()->table();
        table->selectRow(0);
        const QStringList lines = m_window->events()->selectedRowsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).split(QLatin1Char('\t')).size(), int(EventColumnCount));
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(ProviderColumn),
                 table->model()->index(0, ProviderColumn).data().toString());
    }

    void exportWritesTheWholeFilteredSet()
    {
        // Given one tenant's events, When exporting them to CSV
        GlobalFilter filter = m_window->filterBar()->filter();
        filter.where[Dimension::Tenant] = QStringList{QStringLiteral("acme")};
        m_window->filterBar()->applyFilter(filter);
        showTab(Tab::UsageEvents);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QSignalSpy finished(m_window->events(), &EventsTab::exportFinished);
        m_window->events()->exportCsv(path, false);
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(finished.first().first().toBool());
        // Then the file holds a header and every event of the filter
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 lines = file.readAll().count('\n');
        QCOMPARE(lines, SummaryQuery(m_demo->workspace()).run(filter.toEventFilter(), {}).totals.events + 1);
    }

    void moverLinkOpensCostDrivers()
    {
        showTab(Tab::Overview);
        QVERIFY(!m_window->overview()->data().movers.isEmpty());
        const Mover mover = m_window->overview()->data().movers.first();
        emit m_window->overview()->moverActivated(mover.dim, mover.row.value);
        QCOMPARE(m_window->currentTab(), Tab::CostDrivers);
        QCOMPARE(m_window->drivers()->dimension(), mover.dim);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
