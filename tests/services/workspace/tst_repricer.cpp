#include "core/utctime.h"
#include "workspace/ingestsession.h"
#include "workspace/pricinggaps.h"
#include "workspace/pricingstore.h"
#include "workspace/repricer.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QRandomGenerator>
#include <QTest>

using namespace costline;

namespace {

const qint64 kDay = *utc::parseDate("2026-06-01");

void fill(test::WorkspaceFixture &f, int count)
{
    QRandomGenerator rng(11);
    IngestSession session(f.workspace(), QStringLiteral("s"), QStringLiteral("test"));
    QString error;
    QVERIFY(session.begin(&error));
    for (int i = 0; i < count; ++i) {
        UsageEvent e;
        e.eventId = "e" + QByteArray::number(i);
        e.timestampMs = (kDay + rng.bounded(20)) * kMsPerDay + rng.bounded(kMsPerDay);
        e.dim(Dimension::Provider) = "openai";
        e.dim(Dimension::Model) = i % 3 == 0 ? "gpt-x-mini" : "gpt-x";
        e.inputTokens = rng.bounded(1, 10'000);
        e.cachedInputTokens = rng.bounded(e.inputTokens);
        e.outputTokens = rng.bounded(1, 3000);
        if (i % 10 == 0)
            e.reportedCostNano = 123'456'789;
        QString reason;
        QVERIFY(session.add(e, &reason) == IngestSession::Outcome::Inserted);
    }
    QVERIFY(session.commit(&error));
}

PriceEntry price(const char *pattern, qint64 inputNanoPerM, qint64 outputNanoPerM, qint64 fromDay = 0)
{
    PriceEntry e;
    e.provider = QStringLiteral("openai");
    e.modelPattern = QString::fromLatin1(pattern);
    e.inputPerMTok = inputNanoPerM;
    e.outputPerMTok = outputNanoPerM;
    e.effectiveFromMs = fromDay * kMsPerDay;
    return e;
}

qint64 pricedBy(test::WorkspaceFixture &f, qint64 priceId)
{
    SqliteStatement st(f.workspace().db(), "SELECT count(*) FROM events WHERE price_id = ?");
    st.bind(0, priceId);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class tst_Repricer final : public QObject
{
    Q_OBJECT

private slots:
    void aggregatesFollowEveryPriceChange();
    void gapsListUnpricedModels();
};

void tst_Repricer::aggregatesFollowEveryPriceChange()
{
    // Given 50 000 events imported before any price existed
    test::WorkspaceFixture f;
    fill(f, 50'000);
    UsageTotals t = f.rawEventTotals();
    QCOMPARE(t.unpricedEvents, qint64(45'000)); // the 10 % with a reported cost are priced by their source
    QString error;
    // When a glob price arrives, then a literal one, then a dated change
    PricingStore store(f.workspace());
    QVERIFY(store.upsert(price("gpt-x*", 1'000'000'000, 4'000'000'000), &error));
    RepriceResult r = Repricer(f.workspace()).run();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.examined, qint64(50'000));
    QCOMPARE(r.changed, qint64(50'000));
    t = f.rawEventTotals();
    QCOMPARE(t.unpricedEvents, qint64(0));
    QCOMPARE(f.rollupDayTotals(), t);
    QCOMPARE(f.rollupAllTotals(), t);
    QVERIFY(store.upsert(price("gpt-x-mini", 150'000'000, 600'000'000), &error));
    QVERIFY(store.upsert(price("gpt-x", 2'000'000'000, 8'000'000'000, kDay + 10), &error));
    r = Repricer(f.workspace()).run();
    QVERIFY(r.ok);
    // Then the rollups equal the sum of the re-priced events, to the nano-dollar
    QCOMPARE(f.rollupDayTotals(), f.rawEventTotals());
    QCOMPARE(f.rollupAllTotals(), f.rawEventTotals());
    const QList<PriceEntry> entries = store.entries();
    qint64 total = 0;
    for (const PriceEntry &e : entries)
        total += pricedBy(f, e.id);
    QCOMPARE(total, qint64(50'000));
    QVERIFY(pricedBy(f, entries.at(0).id) > 0); // gpt-x before the dated change
    QVERIFY(pricedBy(f, entries.at(2).id) > 0); // gpt-x after it
    // And running again changes nothing
    r = Repricer(f.workspace()).run();
    QCOMPARE(r.changed, qint64(0));
}

void tst_Repricer::gapsListUnpricedModels()
{
    test::WorkspaceFixture f;
    fill(f, 3000);
    QString error;
    QVERIFY(PricingStore(f.workspace()).upsert(price("gpt-x", 1'000'000'000, 1'000'000'000), &error));
    QVERIFY(Repricer(f.workspace()).run().ok);
    const QList<PricingGap> gaps = findPricingGaps(f.workspace());
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().model, QStringLiteral("gpt-x-mini"));
    QCOMPARE(gaps.first().events, f.rawEventTotals().unpricedEvents);
    QCOMPARE(gaps.first().tokens, f.rawEventTotals().unpricedTokens);
    QVERIFY(gaps.first().estimatedCostNano.value_or(0) > 0);
}

QTEST_GUILESS_MAIN(tst_Repricer)
#include "tst_repricer.moc"
