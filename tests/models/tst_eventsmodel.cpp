#include "demofixture.h"
#include "models/eventsmodel.h"
#include "models/queryrunner.h"
#include "workspace/summaryquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

EventPageRequest lastDays(int days)
{
    EventPageRequest request;
    request.filter.toDay = DemoFixture::endDay();
    request.filter.fromDay = *request.filter.toDay - (days - 1);
    return request;
}

// Fetches pages until the model has every matching row.
bool loadAll(EventsModel &model)
{
    while (!model.isComplete()) {
        QSignalSpy arrived(&model, &EventsModel::pageLoaded);
        model.fetchMore({});
        if (!arrived.wait(20'000))
            return false;
    }
    return true;
}

} // namespace

class TestEventsModel final : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryEventOnceInPages()
    {
        // Given the events of a week behind the model tester
        DemoFixture demo;
        // The runner goes first: it waits for its last job, whose continuation needs the model alive.
        EventsModel model;
        QueryRunner runner(demo.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunner(&runner);
        EventPageRequest request = lastDays(7);
        request.filter.where[Dimension::Provider] = QStringList{QStringLiteral("openai")};
        // When every page has been fetched
        model.setRequest(request);
        QVERIFY(loadAll(model));
        // Then rows and cost match the rollups exactly, newest first
        const UsageTotals totals = SummaryQuery(demo.workspace()).run(request.filter, {}).totals;
        QCOMPARE(model.rowCount(), int(totals.events));
        QCOMPARE(model.loadedCostNano(), totals.costNano);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.eventAt(0)->rowId > model.eventAt(1)->rowId);
        QCOMPARE(model.index(0, ProviderColumn).data().toString(), QStringLiteral("openai"));
    }

    void memoryStaysBoundedAndPagesComeBack()
    {
        // Given all 20 000 events, more pages than the model keeps
        DemoFixture demo;
        EventsModel model;
        QueryRunner runner(demo.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunner(&runner);
        model.setRequest(lastDays(90));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 20'000);
        // Then only the most recently used pages stay in memory
        QVERIFY(model.cachedPageCount() <= EventsModel::kMaxCachedPages);
        const int row = 10 * EventsModel::kPageSize + 3;
        QVERIFY(model.eventAt(row) == nullptr);
        // When a row scrolled past long ago is looked at again, Then its page is read again
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(row, TimestampColumn).data().toString(), QStringLiteral("loading…"));
        QTRY_VERIFY_WITH_TIMEOUT(model.eventAt(row) != nullptr, 20'000);
        QVERIFY(!changed.isEmpty());
        // And it is the same event the keyset gives at that position
        EventPageRequest request = lastDays(90);
        request.limit = 10 * EventsModel::kPageSize + 4;
        QCOMPARE(model.eventAt(row)->rowId, EventQuery(demo.workspace()).page(request).rows.at(row).rowId);
    }

    void tableKeepsAWindowOfRows()
    {
        // Given a table that holds at most 2 000 rows
        DemoFixture demo;
        EventsModel model;
        QueryRunner runner(demo.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunner(&runner);
        model.setMaxRows(2'000);
        // When scrolling through all 20 000 events
        model.setRequest(lastDays(90));
        QVERIFY(loadAll(model));
        // Then the oldest 2 000 remain as rows, the rest left the top, and nothing was lost
        QCOMPARE(model.rowCount(), 2'000);
        QCOMPARE(model.droppedRows(), 18'000);
        QCOMPARE(model.walkedRows(), 20'000);
        QCOMPARE(model.loadedCostNano(), SummaryQuery(demo.workspace()).run(lastDays(90).filter, {}).totals.costNano);
        EventPageRequest request = lastDays(90);
        request.order = EventOrder::OldestFirst;
        request.limit = 1;
        QTRY_VERIFY_WITH_TIMEOUT(model.eventAt(model.rowCount() - 1) != nullptr, 20'000);
        QCOMPARE(model.eventAt(model.rowCount() - 1)->rowId, EventQuery(demo.workspace()).page(request).rows.first().rowId);
    }

    void sortsByCostInTheDatabase()
    {
        DemoFixture demo;
        EventsModel model;
        QueryRunner runner(demo.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunner(&runner);
        model.setRequest(lastDays(7));
        QSignalSpy first(&model, &EventsModel::pageLoaded);
        QVERIFY(first.wait(20'000));
        // When sorting by cost, dearest first
        QSignalSpy sorted(&model, &EventsModel::pageLoaded);
        model.sort(CostColumn, Qt::DescendingOrder);
        QVERIFY(sorted.wait(20'000));
        QCOMPARE(model.request().order, EventOrder::CostHighFirst);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, CostColumn).data(EventsModel::RawValueRole).toLongLong()
                    >= model.index(row, CostColumn).data(EventsModel::RawValueRole).toLongLong());
        }
        // And a column the database cannot sort leaves the order alone
        model.sort(ModelColumn, Qt::AscendingOrder);
        QCOMPARE(model.request().order, EventOrder::CostHighFirst);
    }

    void estimatedAndUnpricedSayWhy()
    {
        DemoFixture demo;
        EventsModel model;
        QueryRunner runner(demo.path());
        model.setRunner(&runner);
        EventPageRequest request = lastDays(30);
        request.order = EventOrder::CostLowFirst; // unpriced sort first
        model.setRequest(request);
        QSignalSpy arrived(&model, &EventsModel::pageLoaded);
        QVERIFY(arrived.wait(20'000));
        QCOMPARE(model.index(0, CostColumn).data().toString(), QStringLiteral("unpriced"));
        QVERIFY(!model.index(0, CostColumn).data(EventsModel::RawValueRole).isValid());
        QVERIFY(model.headerData(EstimatedColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("no exact count")));
    }
};

QTEST_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"
