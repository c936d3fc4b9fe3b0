#include "demofixture.h"
#include "workspace/eventquery.h"
#include "workspace/summaryquery.h"

#include <QTest>

#include <algorithm>

using namespace costline;
using namespace costline::test;

namespace {

// Every event the request covers, walking page by page with the keyset cursor.
QList<EventRow> walk(Workspace &workspace, EventPageRequest request)
{
    QList<EventRow> rows;
    EventQuery query(workspace);
    for (;;) {
        const EventPage page = query.page(request);
        rows += page.rows;
        if (!page.next)
            return rows;
        request.after = page.next;
    }
}

EventFilter lastWeek()
{
    EventFilter filter;
    filter.toDay = DemoFixture::endDay();
    filter.fromDay = *filter.toDay - 6;
    filter.where[Dimension::Tenant] = QStringList{QStringLiteral("acme")};
    return filter;
}

} // namespace

class TestEventQueryOrder final : public QObject
{
    Q_OBJECT

private slots:
    void everyOrderWalksTheSameEvents_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("newest first") << int(EventOrder::NewestFirst);
        QTest::newRow("oldest first") << int(EventOrder::OldestFirst);
        QTest::newRow("dearest first") << int(EventOrder::CostHighFirst);
        QTest::newRow("cheapest first") << int(EventOrder::CostLowFirst);
    }

    void everyOrderWalksTheSameEvents()
    {
        QFETCH(int, order);
        // Given a demo workspace and a filtered week, When walking it in small pages
        DemoFixture demo;
        EventPageRequest request;
        request.filter = lastWeek();
        request.order = EventOrder(order);
        request.limit = 37;
        const QList<EventRow> rows = walk(demo.workspace(), request);
        // Then every event appears once, in order, and the costs sum to the rollups' total
        const UsageTotals totals = SummaryQuery(demo.workspace()).run(lastWeek(), {}).totals;
        QCOMPARE(rows.size(), totals.events);
        QSet<qint64> ids;
        qint64 cost = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ids.insert(rows.at(i).rowId);
            cost += rows.at(i).costNano().value_or(0);
            if (i == 0)
                continue;
            const EventRow &a = rows.at(i - 1);
            const EventRow &b = rows.at(i);
            switch (EventOrder(order)) {
            case EventOrder::NewestFirst:
                QVERIFY(a.rowId > b.rowId);
                break;
            case EventOrder::OldestFirst:
                QVERIFY(a.rowId < b.rowId);
                break;
            case EventOrder::CostHighFirst:
                QVERIFY(EventQuery::costKey(a) >= EventQuery::costKey(b));
                break;
            case EventOrder::CostLowFirst:
                QVERIFY(EventQuery::costKey(a) <= EventQuery::costKey(b));
                break;
            }
        }
        QCOMPARE(ids.size(), rows.size());
        QCOMPARE(cost, totals.costNano);
    }

    void unpricedComeLastWhenDearestFirst()
    {
        DemoFixture demo;
        EventPageRequest request;
        request.filter.fromDay = DemoFixture::endDay() - 29;
        request.filter.toDay = DemoFixture::endDay();
        request.order = EventOrder::CostHighFirst;
        request.limit = 100'000;
        const QList<EventRow> rows = walk(demo.workspace(), request);
        QVERIFY(rows.first().costNano().has_value());
        QVERIFY(!rows.last().costNano().has_value());
    }

    void textMatchesDimensionValuesAndIds()
    {
        DemoFixture demo;
        EventPageRequest request;
        request.filter = lastWeek();
        request.filter.where.clear();
        request.text = QStringLiteral("ACME");
        request.limit = 100'000;
        const QList<EventRow> rows = walk(demo.workspace(), request);
        QVERIFY(!rows.isEmpty());
        for (const EventRow &row : rows) {
            const bool inDimension = std::any_of(row.dims.begin(), row.dims.end(), [](const QString &value) {
                return value.contains(QLatin1String("acme"), Qt::CaseInsensitive);
            });
            QVERIFY(inDimension || row.eventId.contains(QLatin1String("acme"), Qt::CaseInsensitive)
                    || row.traceId.contains(QLatin1String("acme"), Qt::CaseInsensitive));
        }
        // An event id finds exactly its event
        request.text = rows.first().eventId;
        const QList<EventRow> one = walk(demo.workspace(), request);
        QVERIFY(!one.isEmpty());
        QCOMPARE(one.first().eventId, rows.first().eventId);
    }

    void emptyValueSelectsUnattributedEvents()
    {
        DemoFixture demo;
        EventPageRequest request;
        request.filter = lastWeek();
        request.filter.where.clear();
        request.filter.where[Dimension::Team] = QStringList{QString()};
        request.limit = 100'000;
        const QList<EventRow> rows = walk(demo.workspace(), request);
        QVERIFY(!rows.isEmpty());
        for (const EventRow &row : rows)
            QVERIFY(row.dim(Dimension::Team).isEmpty());
        QCOMPARE(rows.size(), SummaryQuery(demo.workspace()).run(request.filter, {}).totals.events);
    }
};

QTEST_GUILESS_MAIN(TestEventQueryOrder)
#include "tst_eventqueryorder.moc"
