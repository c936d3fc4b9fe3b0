#include "core/utctime.h"
#include "workspace/ingestsession.h"
#include "workspace/pricingstore.h"
#include "workspace/summaryquery.h"
#include "workspacefixture.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace costline;

namespace {

const QList<QByteArray> kValues = {"", "a", "b", "c", "d"};

UsageEvent randomEvent(QRandomGenerator &rng, int keySpace, qint64 firstDay)
{
    UsageEvent e;
    e.eventId = "k" + QByteArray::number(rng.bounded(keySpace));
    e.timestampMs = (firstDay + rng.bounded(100)) * kMsPerDay + rng.bounded(kMsPerDay);
    for (int d = 1; d < kDimensionCount; ++d)
        e.dims[size_t(d)] = kValues.at(rng.bounded(int(kValues.size())));
    e.dim(Dimension::Provider) = rng.bounded(2) ? "openai" : "anthropic";
    e.dim(Dimension::Model) = rng.bounded(3) ? "priced" : "unknown-model";
    e.dim(Dimension::Source) = rng.bounded(4) == 0 ? "second-source" : "";
    e.inputTokens = rng.bounded(5000);
    e.cachedInputTokens = rng.bounded(qint64(e.inputTokens) + 1);
    e.cacheWriteTokens = rng.bounded(e.inputTokens - e.cachedInputTokens + 1);
    e.outputTokens = rng.bounded(2000);
    e.reasoningTokens = rng.bounded(e.outputTokens + 1);
    e.requests = rng.bounded(1, 4);
    if (rng.bounded(5) == 0)
        e.reportedCostNano = rng.bounded(qint64(10'000'000'000));
    e.estimated = rng.bounded(10) == 0;
    return e;
}

} // namespace

class tst_RollupConsistency final : public QObject
{
    Q_OBJECT

private slots:
    void rollupsEqualRawEvents_data();
    void rollupsEqualRawEvents();
    void rollbackLeavesNothing();
};

void tst_RollupConsistency::rollupsEqualRawEvents_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("keySpace"); // small key spaces force many replacements
    QTest::newRow("seed 1, mostly new") << quint32(1) << 100'000;
    QTest::newRow("seed 2, many replacements") << quint32(2) << 300;
    QTest::newRow("seed 3, heavy churn") << quint32(3) << 40;
}

void tst_RollupConsistency::rollupsEqualRawEvents()
{
    QFETCH(quint32, seed);
    QFETCH(int, keySpace);
    // Given a workspace that prices one model, and random batches with replacements
    test::WorkspaceFixture f;
    PriceEntry price;
    price.modelPattern = QStringLiteral("priced");
    price.inputPerMTok = 3'000'000'000;
    price.outputPerMTok = 15'000'000'000;
    QString error;
    QVERIFY2(PricingStore(f.workspace()).upsert(price, &error), qPrintable(error));
    QRandomGenerator rng(seed);
    const qint64 firstDay = *utc::parseDate("2026-03-27");
    for (int batch = 0; batch < 4; ++batch) {
        IngestSession session(f.workspace(), QStringLiteral("random"), QStringLiteral("test"));
        QVERIFY(session.begin(&error));
        for (int i = 0; i < 1500; ++i) {
            QString reason;
            QVERIFY(session.add(randomEvent(rng, keySpace, firstDay), &reason) != IngestSession::Outcome::Rejected);
        }
        QVERIFY2(session.commit(&error), qPrintable(error));
    }
    // Then every rollup equals the sum over the raw events
    const UsageTotals raw = f.rawEventTotals();
    QVERIFY(raw.unpricedEvents > 0 && raw.reportedCostNano > 0 && raw.computedCostNano > 0);
    QCOMPARE(f.rollupDayTotals(), raw);
    QCOMPARE(f.rollupAllTotals(), raw);
    QCOMPARE(f.rollupMonthTotals(), raw);
    QCOMPARE(raw.events, f.eventCount());
    // And every grouping, through the day, month and dimension rollups, partitions the same
    // total over a range of partial and whole months (2026-03-27 to 2026-07-04)
    const EventFilter range{firstDay, firstDay + 99, {}};
    for (const QString &name : groupingNames()) {
        const Grouping g = *groupingFromName(name);
        const SummaryResult viaDimRollup = SummaryQuery(f.workspace()).run(range, {g});
        UsageTotals sum;
        for (const SummaryGroup &group : viaDimRollup.groups)
            sum += group.totals;
        QCOMPARE(sum, raw);
        QCOMPARE(viaDimRollup.totals, raw);
        EventFilter filtered = range;
        filtered.where[Dimension::Provider] = QStringList{QStringLiteral("openai"), QStringLiteral("anthropic")};
        const SummaryResult viaTupleRollup = SummaryQuery(f.workspace()).run(filtered, {g});
        QCOMPARE(viaTupleRollup.groups.size(), viaDimRollup.groups.size());
        for (qsizetype i = 0; i < viaDimRollup.groups.size(); ++i) {
            QCOMPARE(viaTupleRollup.groups.at(i).key, viaDimRollup.groups.at(i).key);
            QCOMPARE(viaTupleRollup.groups.at(i).totals, viaDimRollup.groups.at(i).totals);
        }
    }
}

void tst_RollupConsistency::rollbackLeavesNothing()
{
    test::WorkspaceFixture f;
    QRandomGenerator rng(9);
    QString error;
    {
        IngestSession session(f.workspace(), QStringLiteral("random"), QStringLiteral("test"));
        QVERIFY(session.begin(&error));
        QString reason;
        for (int i = 0; i < 100; ++i)
            session.add(randomEvent(rng, 1000, 20'000), &reason);
        session.rollback();
    }
    QCOMPARE(f.eventCount(), qint64(0));
    QCOMPARE(f.rollupDayTotals(), UsageTotals{});
    // The interning caches forgot the rolled-back ids: a new import still works.
    IngestSession session(f.workspace(), QStringLiteral("random"), QStringLiteral("test"));
    QVERIFY(session.begin(&error));
    QString reason;
    QCOMPARE(session.add(randomEvent(rng, 1000, 20'000), &reason), IngestSession::Outcome::Inserted);
    QVERIFY(session.commit(&error));
    QCOMPARE(f.rollupDayTotals(), f.rawEventTotals());
}

QTEST_GUILESS_MAIN(tst_RollupConsistency)
#include "tst_rollupconsistency.moc"
