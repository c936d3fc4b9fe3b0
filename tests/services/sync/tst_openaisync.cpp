#include "syncfixture.h"

#include "workspace/sqlitestatement.h"

#include <QDateTime>
#include <QTest>

using namespace costline;

// Fixture sums (tests/fakes/fakedata.cpp), 10 days i = 0..9:
//  completions, two results a day: input Σ(1000(i+1) + 1000(i+1) + 10) = 110100, cached
//  Σ 2·100(i+1) = 11000, cache writes Σ 10(i+1) = 550, output Σ 2(500 + i) = 10090,
//  requests Σ(5 + 6) = 110; embeddings: input Σ 200(i+1) = 11000, requests 20.
//  costs: Σ(i + 1.123456789) + 10 × 0.1000000000000000055… (rounded to 0.100000000)
//  = 56.234567890 + 1.000000000 = 57.234567890.
// Revised: output +100 on the results of days 8 and 9, costs +1 on their first lines, and
// gpt-4o-mini dropped from day 9 (input 10010, cached 1000, output 509, 6 requests, and
// its 0.100000000 cost line).
class TestOpenAiSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncFillsExactTotals()
    {
        // Given an OpenAI source on a fake serving three buckets a page
        test::SyncFixture f;
        f.addSource(QStringLiteral("openai-org"), QStringLiteral("openai"));
        // When it syncs
        const QList<SourceSyncResult> results = f.sync();
        // Then every endpoint was read page by page and the totals are the fixtures'
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().pages, 9 * 4); // nine endpoints, ten days in pages of three
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.events, 30);
        QCOMPARE(t.inputTokens, 121100);
        QCOMPARE(t.cachedInputTokens, 11000);
        QCOMPARE(t.cacheWriteTokens, 550);
        QCOMPARE(t.outputTokens, 10090);
        QCOMPARE(t.requests, 130);
        QCOMPARE(t.unpricedEvents, 30); // no pricing in this workspace: unpriced, never $0
        QCOMPARE(f.billedNano(), 57'234'567'890);
        QCOMPARE(f.billingLines(), 20);
        // and the rollups agree with the raw events
        QCOMPARE(f.workspace().rollupDayTotals(), t);
    }

    void billingNeverAddsToEventTotals()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("openai-org"), QStringLiteral("openai"));
        f.sync();
        QCOMPARE(f.workspace().rawEventTotals().costNano, 0);
        QCOMPARE(f.workspace().rawEventTotals().reportedCostNano, 0);
    }

    void secondSyncReplacesRevisedBuckets()
    {
        // Given a synced source
        test::SyncFixture f;
        f.addSource(QStringLiteral("openai-org"), QStringLiteral("openai"));
        f.sync();
        // When the provider revises the last two days and the source syncs again
        f.server().revise();
        const QList<SourceSyncResult> results = f.sync();
        // Then only the look-back window was re-read and the totals moved by the revision
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().inserted, 0);
        QCOMPARE(results.first().updated, 3 * 3); // three days of three results, one now zero
        QCOMPARE(results.first().retired, 2);     // the dropped result and its cost line
        const UsageTotals t = f.workspace().rawEventTotals();
        QCOMPARE(t.inputTokens, 121100 - 10010);
        QCOMPARE(t.cachedInputTokens, 11000 - 1000);
        QCOMPARE(t.cacheWriteTokens, 550);
        QCOMPARE(t.outputTokens, 10090 + 3 * 100 - 509);
        QCOMPARE(t.requests, 130 - 6);
        QCOMPARE(f.billedNano(), 57'234'567'890 + 2'000'000'000 - 100'000'000);
        QCOMPARE(f.billingLines(), 19);
        QCOMPARE(f.workspace().rollupDayTotals(), t);
    }

    void staleResumeTokenRestartsTheRun()
    {
        // Given a run left mid-way with a page token the provider no longer accepts
        test::SyncFixture f;
        f.addSource(QStringLiteral("openai-org"), QStringLiteral("openai"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray cursor = "{\"usage/completions\":{\"done_until_ms\":0,\"run_start_ms\":"
                                  + QByteArray::number((now / 86'400'000 - 90) * 86'400'000) + ",\"run_end_ms\":"
                                  + QByteArray::number(now) + ",\"page\":\"expired-token\"}}";
        execSql(f.workspace().workspace().db(), "UPDATE sources SET cursor = '" + cursor + "'");
        // When it syncs
        const QList<SourceSyncResult> results = f.sync();
        // Then the run reads its window again from the start and nothing is missing
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(f.workspace().rawEventTotals().events, 30);
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, 121100);
    }

    void cursorIsSavedAfterACompleteRun()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("openai-org"), QStringLiteral("openai"));
        f.sync();
        SqliteStatement st(f.workspace().workspace().db(), "SELECT cursor, last_status FROM sources WHERE name = 'openai-org'");
        QVERIFY(st.step());
        const QByteArray cursor = st.bytes(0);
        QVERIFY(cursor.contains("\"usage/completions\":{\"done_until_ms\":"));
        QVERIFY(!cursor.contains("run_end_ms")); // no run left open
        QCOMPARE(st.text(1), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiSync)
#include "tst_openaisync.moc"
