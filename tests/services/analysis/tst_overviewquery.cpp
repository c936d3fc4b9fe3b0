#include "analysis/overviewquery.h"
#include "demofixture.h"

#include <QTest>

using namespace costline;
using namespace costline::test;

class TestOverviewQuery final : public QObject
{
    Q_OBJECT

private:
    static EventFilter november()
    {
        EventFilter filter;
        filter.fromDay = *utc::parseDate("2026-11-01");
        filter.toDay = DemoFixture::endDay();
        return filter;
    }

private slots:
    void totalsMatchTheSummaryOfEachPeriod()
    {
        // Given a demo workspace, When the Overview reads November to date
        DemoFixture demo;
        const OverviewData data = OverviewQuery(demo.workspace()).run(november());
        // Then its totals are the summary's, for this period and the previous one
        SummaryQuery summary(demo.workspace());
        QCOMPARE(data.currentTotals, summary.run(november(), {}).totals);
        EventFilter before;
        before.fromDay = data.previous.fromDay;
        before.toDay = data.previous.toDay;
        QCOMPARE(data.previousTotals, summary.run(before, {}).totals);
        QCOMPARE(utc::formatDate(data.previous.fromDay), QStringLiteral("2026-10-08"));
    }

    void breakdownsAddUp()
    {
        DemoFixture demo;
        const OverviewData data = OverviewQuery(demo.workspace()).run(november());
        qint64 daily = 0;
        for (const SummaryGroup &g : data.dailyByProvider)
            daily += g.totals.costNano;
        qint64 providers = 0;
        for (const SummaryGroup &g : data.byProvider)
            providers += g.totals.costNano;
        qint64 models = 0;
        for (const SummaryGroup &g : data.byModel)
            models += g.totals.costNano;
        QCOMPARE(daily, data.currentTotals.costNano);
        QCOMPARE(providers, data.currentTotals.costNano);
        QCOMPARE(models, data.currentTotals.costNano);
        QCOMPARE(data.byModel.size(), OverviewQuery::kTopModels + 1);
        QCOMPARE(data.byModel.last().key.first(), QString::fromLatin1(OverviewQuery::kOtherKey));
    }

    void moversAreTheBiggestChanges()
    {
        DemoFixture demo;
        const OverviewData data = OverviewQuery(demo.workspace()).run(november());
        QCOMPARE(data.movers.size(), OverviewQuery::kMovers);
        for (qsizetype i = 1; i < data.movers.size(); ++i)
            QVERIFY(qAbs(data.movers.at(i - 1).row.deltaNano()) >= qAbs(data.movers.at(i).row.deltaNano()));
    }

    void topWithOtherKeepsShortLists()
    {
        const QList<SummaryGroup> groups{SummaryGroup{{QStringLiteral("a")}, {}}, SummaryGroup{{QStringLiteral("b")}, {}}};
        QCOMPARE(topWithOther(groups, 1, QStringLiteral("Other")).size(), 2);
        QCOMPARE(topWithOther(groups, 1, QStringLiteral("Other")).last().key.first(), QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestOverviewQuery)
#include "tst_overviewquery.moc"
