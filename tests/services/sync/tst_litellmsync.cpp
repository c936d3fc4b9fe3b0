#include "syncfixture.h"

#include <QTest>

using namespace costline;

// Fixture sums, 10 days × 3 rows k = 0..2: input Σ(100 + k) × 10 = 3030, cached 10 on
// k = 1 → 100, output 20 × 30 = 600. spend "0.0001234567891" rounds once to 0.000123457;
// × 30 = 0.003703710. Revised days 8 and 9 spend 0.0002234567891 → 0.000223457:
// +0.0001 × 6 = 0.004303710.
class TestLiteLlmSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spendIsTheReportedCost()
    {
        // Given a LiteLLM source on the fake
        test::SyncFixture f;
        f.addSource(QStringLiteral("litellm"), QStringLiteral("litellm"));
        // When it syncs
        const QList<SourceSyncResult> results = f.sync();
        // Then each spend-log row is an event whose cost is its spend, exact to the nano-dollar
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().pages, 91); // one page per day of the 90-day backfill, today included
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.events, 30);
        QCOMPARE(t.inputTokens, 3030);
        QCOMPARE(t.cachedInputTokens, 100);
        QCOMPARE(t.outputTokens, 600);
        QCOMPARE(t.reportedCostNano, 3'703'710);
        QCOMPARE(t.costNano, 3'703'710);
        QCOMPARE(t.unpricedEvents, 0);
    }

    void revisedSpendReplacesOldRows()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("litellm"), QStringLiteral("litellm"));
        f.sync();
        f.server().revise();
        const QList<SourceSyncResult> results = f.sync();
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.events, 30);
        QCOMPARE(t.costNano, 4'303'710);
        QCOMPARE(f.workspace().rollupDayTotals(), t);
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmSync)
#include "tst_litellmsync.moc"
