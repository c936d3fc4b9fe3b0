#include "syncfixture.h"

#include <QTest>

using namespace costline;

// Fixture sums, 10 days i = 0..9, one usage result a day:
//  input = uncached (1500 + i) + cache read 200 + cache creation 1000 (1h) + 500 (5m):
//  Σ(3200 + i) = 32045; cached 2000; cache writes 15000; output 5000 (revised +50 × 2).
//  cost report, cents: 123.78912 + 0.5 a day = $1.2428912 a day = 12.428912000;
//  revised days 8 and 9 read 223.78912: +$1 each.
class TestAnthropicSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputPartsAreAddedUp()
    {
        // Given an Anthropic source on the fake
        test::SyncFixture f;
        f.addSource(QStringLiteral("anthropic-org"), QStringLiteral("anthropic"));
        // When it syncs
        const QList<SourceSyncResult> results = f.sync();
        // Then input counts uncached + cache read + cache creation, with the parts as subsets
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().pages, 2 * 4);
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.events, 10);
        QCOMPARE(t.inputTokens, 32045);
        QCOMPARE(t.cachedInputTokens, 2000);
        QCOMPARE(t.cacheWriteTokens, 15000);
        QCOMPARE(t.outputTokens, 5000);
        QCOMPARE(t.requests, 0); // the usage report has no request count
    }

    void costReportCentsBecomeDollars()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("anthropic-org"), QStringLiteral("anthropic"));
        f.sync();
        QCOMPARE(f.billedNano(), 12'428'912'000);
        QCOMPARE(f.billingLines(), 20);
        QCOMPARE(f.workspace().rawEventTotals().costNano, 0);
    }

    void revisedBucketsReplaceOldRows()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("anthropic-org"), QStringLiteral("anthropic"));
        f.sync();
        f.server().revise();
        const QList<SourceSyncResult> results = f.sync();
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.events, 10);
        QCOMPARE(t.outputTokens, 5100);
        QCOMPARE(f.billedNano(), 14'428'912'000);
        QCOMPARE(f.billingLines(), 20);
        QCOMPARE(f.workspace().rollupDayTotals(), t);
    }
};

QTEST_GUILESS_MAIN(TestAnthropicSync)
#include "tst_anthropicsync.moc"
