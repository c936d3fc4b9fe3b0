#include "core/utctime.h"
#include "workspace/ingestsession.h"
#include "workspace/pricingstore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/summaryquery.h"
#include "workspacefixture.h"

#include <QHash>
#include <QMap>
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

// Prices one model, then adds random batches with replacements starting at `firstDay`.
void ingestRandomBatches(test::WorkspaceFixture &f, quint32 seed, int keySpace, qint64 firstDay)
{
    PriceEntry price;
    price.modelPattern = QStringLiteral("priced");
    price.inputPerMTok = 3'000'000'000;
    price.outputPerMTok = 15'000'000'000;
    QString error;
    QVERIFY2(PricingStore(f.workspace()).upsert(price, &error), qPrintable(error));
    QRandomGenerator rng(seed);
    for (int batch = 0; batch < 4; ++batch) {
        IngestSession session(f.workspace(), QStringLiteral("random"), QStringLiteral("test"));
        QVERIFY(session.begin(&error));
        for (int i = 0; i < 1500; ++i) {
            QString reason;
            QVERIFY(session.add(randomEvent(rng, keySpace, firstDay), &reason) != IngestSession::Outcome::Rejected);
        }
        QVERIFY2(session.commit(&error), qPrintable(error));
    }
}

// Straight from the raw events, per group: openai events of team "a" or of no team in
// [from, to], keyed like SummaryQuery keys its groups.
QMap<QStringList, UsageTotals> rawOpenAiTeamA(Workspace &ws, qint64 from, qint64 to, const QString &grouping)
{
    SqliteStatement st(ws.db(),
                       "SELECT coalesce(m.value, ''), (e.id >> 20) / 86400000 AS day, 1, e.requests, e.input_tokens,"
                       " e.cached_input_tokens, e.cache_write_tokens, e.output_tokens, e.reasoning_tokens,"
                       " coalesce(e.reported_cost, e.computed_cost, 0),"
                       " e.reported_cost IS NULL AND e.computed_cost IS NULL,"
                       " CASE WHEN e.reported_cost IS NULL AND e.computed_cost IS NULL THEN e.input_tokens + e.output_tokens ELSE 0 END,"
                       " e.estimated, coalesce(e.reported_cost, 0), coalesce(e.computed_cost, 0)"
                       " FROM events e JOIN dim_tuples t ON t.id = e.tuple_id LEFT JOIN dim_values m ON m.id = t.model_id"
                       " WHERE t.provider_id = (SELECT id FROM dim_values WHERE dim = 1 AND value = 'openai')"
                       " AND (t.team_id = 0 OR t.team_id = (SELECT id FROM dim_values WHERE dim = 8 AND value = 'a'))"
                       " AND day BETWEEN ? AND ?");
    st.bind(0, from);
    st.bind(1, to);
    QMap<QStringList, UsageTotals> groups;
    while (st.step()) {
        QStringList key;
        for (const QString &name : grouping.split(QLatin1Char(','))) {
            if (name == QLatin1String("model"))
                key << st.text(0);
            else if (name == QLatin1String("day"))
                key << utc::formatDate(st.int64(1));
            else
                key << utc::formatMonth(st.int64(1));
        }
        UsageTotals event;
        for (int f = 0; f < UsageTotals::kFieldCount; ++f)
            event.field(f) = st.int64(2 + f);
        groups[key] += event;
    }
    return groups;
}

} // namespace

class tst_RollupConsistency final : public QObject
{
    Q_OBJECT

private slots:
    void rollupsEqualRawEvents_data();
    void rollupsEqualRawEvents();
    void narrowedSummariesEqualRawEvents_data();
    void narrowedSummariesEqualRawEvents();
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
    const qint64 firstDay = *utc::parseDate("2026-03-27");
    ingestRandomBatches(f, seed, keySpace, firstDay);
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

void tst_RollupConsistency::narrowedSummariesEqualRawEvents_data()
{
    // Events run from 2026-03-27 to 2026-07-04. A partial month is read by its days, or by
    // its month less the days outside the range, whichever is fewer days.
    QTest::addColumn<QString>("grouping");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("by model, a month less days at both ends")
        << QStringLiteral("model") << QStringLiteral("2026-04-06") << QStringLiteral("2026-06-25");
    QTest::newRow("by model, days at both ends") << QStringLiteral("model") << QStringLiteral("2026-04-20")
                                                << QStringLiteral("2026-06-10");
    QTest::newRow("by model, within one month") << QStringLiteral("model") << QStringLiteral("2026-05-03")
                                               << QStringLiteral("2026-05-29");
    QTest::newRow("by model, past the newest data") << QStringLiteral("model") << QStringLiteral("2026-06-01")
                                                   << QStringLiteral("2026-07-20");
    QTest::newRow("by model and day") << QStringLiteral("model,day") << QStringLiteral("2026-04-06")
                                     << QStringLiteral("2026-06-25");
    QTest::newRow("by month") << QStringLiteral("month") << QStringLiteral("2026-04-06") << QStringLiteral("2026-06-25");
}

void tst_RollupConsistency::narrowedSummariesEqualRawEvents()
{
    QFETCH(QString, grouping);
    QFETCH(QString, from);
    QFETCH(QString, to);
    // Given random events from 2026-03-27 over 100 days, with replacements
    test::WorkspaceFixture f;
    ingestRandomBatches(f, 4, 2000, *utc::parseDate("2026-03-27"));
    // When summing openai events of team "a" or of no team over the range
    EventFilter filter{*utc::parseDate(from.toLatin1()), *utc::parseDate(to.toLatin1()), {}};
    filter.where[Dimension::Provider] = QStringList{QStringLiteral("openai")};
    filter.where[Dimension::Team] = QStringList{QStringLiteral("a"), QString()};
    QList<Grouping> groupBy;
    for (const QString &name : grouping.split(QLatin1Char(',')))
        groupBy << *groupingFromName(name);
    const SummaryResult result = SummaryQuery(f.workspace()).run(filter, groupBy);
    // Then every group equals the sum over the raw events it stands for, and none is missing
    const QMap<QStringList, UsageTotals> expected = rawOpenAiTeamA(f.workspace(), *filter.fromDay, *filter.toDay, grouping);
    QVERIFY(expected.size() >= 2);
    QCOMPARE(result.groups.size(), expected.size());
    UsageTotals all;
    for (const SummaryGroup &group : result.groups) {
        QVERIFY2(expected.contains(group.key), qPrintable(group.key.join(QLatin1Char('/'))));
        QCOMPARE(group.totals, expected.value(group.key));
        all += group.totals;
    }
    QCOMPARE(result.totals, all);
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
