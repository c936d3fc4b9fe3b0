#include "syncfixture.h"

#include "workspace/eventquery.h"

#include <QTest>

using namespace costline;

// Fixture sums, 10 days × 5 requests k = 0..4: input Σ(1000 + k) × 10 = 50100, cached
// Σ 10k × 10 = 1000, output Σ 100k × 10 = 10000 (revised: +7 on the 10 requests of days 8
// and 9), 50 requests, 10 estimated (k = 4).
class TestGatewaySync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perRequestRecordsBecomeEvents()
    {
        // Given a gateway source on a fake serving three records a page, newest first
        test::SyncFixture f;
        f.addSource(QStringLiteral("gateway"), QStringLiteral("gateway"));
        // When it syncs
        const QList<SourceSyncResult> results = f.sync();
        // Then every record is an event exactly once
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().pages, 17); // 50 records, 3 a page
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.events, 50);
        QCOMPARE(t.requests, 50);
        QCOMPARE(t.inputTokens, 50100);
        QCOMPARE(t.cachedInputTokens, 1000);
        QCOMPARE(t.outputTokens, 10000);
        QCOMPARE(t.estimatedEvents, 10);
    }

    void traceIdsAndMaskedKeysAreKept()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("gateway"), QStringLiteral("gateway"));
        f.sync();
        EventFilter filter;
        const EventPage page = EventQuery(f.workspace().workspace()).page(filter, std::nullopt, 1);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().eventId, QStringLiteral("tu_9_4")); // the newest
        QCOMPARE(page.rows.first().traceId, QStringLiteral("00090000000000000000000000000004"));
        QCOMPARE(page.rows.first().dim(Dimension::ApiKey), QStringLiteral("sk-...a1b2"));
        QCOMPARE(page.rows.first().dim(Dimension::Tenant), QStringLiteral("acme"));
    }

    void revisedRecordsReplaceOldOnes()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("gateway"), QStringLiteral("gateway"));
        f.sync();
        f.server().revise();
        const QList<SourceSyncResult> results = f.sync();
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().inserted, 0);
        QCOMPARE(results.first().updated, 15); // three days in the look-back window
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.events, 50);
        QCOMPARE(t.outputTokens, 10070);
        QCOMPARE(f.workspace().rollupDayTotals(), t);
    }
};

QTEST_GUILESS_MAIN(TestGatewaySync)
#include "tst_gatewaysync.moc"
