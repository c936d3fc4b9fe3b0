#include "analysis/driversquery.h"
#include "demofixture.h"
#include "workspace/summaryquery.h"

#include <QTest>

using namespace costline;
using namespace costline::test;

class TestDriversQuery final : public QObject
{
    Q_OBJECT

private:
    static EventFilter lastThirtyDays()
    {
        EventFilter filter;
        filter.toDay = DemoFixture::endDay();
        filter.fromDay = *filter.toDay - 29;
        return filter;
    }

private slots:
    void rowsAddUpToThePeriodTotals_data()
    {
        QTest::addColumn<int>("dim");
        QTest::newRow("model") << int(Dimension::Model);
        QTest::newRow("team (some events have none)") << int(Dimension::Team);
        QTest::newRow("tenant") << int(Dimension::Tenant);
    }

    void rowsAddUpToThePeriodTotals()
    {
        QFETCH(int, dim);
        // Given a demo workspace
        DemoFixture demo;
        // When asking what drove the last 30 days
        const DriversResult result = DriversQuery(demo.workspace()).run(lastThirtyDays(), Dimension(dim));
        // Then current and previous sums match the summary of each period exactly
        qint64 current = 0;
        qint64 previous = 0;
        for (const DriverRow &row : result.rows) {
            current += row.current.costNano;
            previous += row.previous.costNano;
        }
        EventFilter before = lastThirtyDays();
        before.fromDay = result.previous.fromDay;
        before.toDay = result.previous.toDay;
        QCOMPARE(current, SummaryQuery(demo.workspace()).run(lastThirtyDays(), {}).totals.costNano);
        QCOMPARE(previous, SummaryQuery(demo.workspace()).run(before, {}).totals.costNano);
        QCOMPARE(result.currentTotals.costNano, current);
        QCOMPARE(result.previous.length(), 30);
    }

    void sortedByAbsoluteDelta()
    {
        DemoFixture demo;
        const DriversResult result = DriversQuery(demo.workspace()).run(lastThirtyDays(), Dimension::Model);
        QVERIFY(result.rows.size() > 3);
        for (qsizetype i = 1; i < result.rows.size(); ++i)
            QVERIFY(qAbs(result.rows.at(i - 1).deltaNano()) >= qAbs(result.rows.at(i).deltaNano()));
    }

    void valuesOnlyInThePreviousPeriodAppear()
    {
        // Given rows built by hand, a value gone this period still shows as a negative delta
        QList<DriverRow> rows{DriverRow{QStringLiteral("a"), {}, {}}, DriverRow{QStringLiteral("b"), {}, {}}};
        rows[0].current.costNano = 5;
        rows[1].previous.costNano = 9;
        sortByAbsoluteDelta(rows);
        QCOMPARE(rows.first().value, QStringLiteral("b"));
        QCOMPARE(rows.first().deltaNano(), -9);
        QVERIFY(!rows.last().deltaPercent());
        QCOMPARE(*rows.first().deltaPercent(), -100.0);
    }

    void filterNarrowsBothPeriods()
    {
        DemoFixture demo;
        EventFilter filter = lastThirtyDays();
        filter.where[Dimension::Provider] = QStringList{QStringLiteral("openai")};
        const DriversResult result = DriversQuery(demo.workspace()).run(filter, Dimension::Provider);
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().value, QStringLiteral("openai"));
    }
};

QTEST_GUILESS_MAIN(TestDriversQuery)
#include "tst_driversquery.moc"
