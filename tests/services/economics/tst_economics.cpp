#include "core/utctime.h"
#include "economics/economics.h"
#include "importers/outcomesimporter.h"
#include "importers/usagecsvimporter.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

constexpr qint64 kUsd = 1'000'000'000;

void importBoth(WorkspaceFixture &fixture, const QByteArray &usage, const QByteArray &outcomes)
{
    const ImportResult u = UsageCsvImporter(fixture.workspace())
                               .importFile(fixture.writeFile(QStringLiteral("u.csv"),
                                                             "timestamp,event_id,provider,model,feature,customer,trace_id,cost_usd\n" + usage),
                                           {});
    QVERIFY2(u.ok, qPrintable(u.error));
    const ImportResult o = OutcomesImporter(fixture.workspace())
                               .importFile(fixture.writeFile(QStringLiteral("o.csv"),
                                                             "timestamp,outcome_id,kind,trace_id,feature,customer,value_usd\n" + outcomes),
                                           {});
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.quarantined, 0);
}

// Trace t1 is two events of feature f1 for customer c1 ($3 + $1); t2 one event of f2 ($10);
// one untraced f1 event for c2 ($6). Outcomes: o1 names t1 (and a wrong feature: the trace
// wins), o2 names t2, o3 has no trace (f1, c2), o4 names a trace no event has (falls back to f2).
void importJoinCase(WorkspaceFixture &fixture)
{
    importBoth(fixture,
               "2026-11-02T10:00:00Z,e1,p,m,f1,c1,t1,3\n"
               "2026-11-02T10:00:01Z,e2,p,m,f1,c1,t1,1\n"
               "2026-11-03T10:00:00Z,e3,p,m,f2,,t2,10\n"
               "2026-11-04T10:00:00Z,e4,p,m,f1,c2,,6\n",
               "2026-11-02T10:05:00Z,o1,sale,t1,wrong,c9,50\n"
               "2026-11-03T10:05:00Z,o2,ticket,t2,,,\n"
               "2026-11-04T10:05:00Z,o3,ticket,,f1,c2,\n"
               "2026-11-05T10:05:00Z,o4,ticket,nope,f2,,\n");
}

EventFilter november()
{
    EventFilter f;
    f.fromDay = *utc::parseDate("2026-11-01");
    f.toDay = *utc::parseDate("2026-11-20");
    return f;
}

const EconomicsRow *row(const EconomicsResult &r, const char *key)
{
    for (const EconomicsRow &row : r.rows) {
        if (row.key == QLatin1String(key))
            return &row;
    }
    return nullptr;
}

} // namespace

class TestEconomics final : public QObject
{
    Q_OBJECT

private slots:
    void costPerOutcomeByTraceJoin()
    {
        WorkspaceFixture fixture;
        importJoinCase(fixture);
        const EconomicsResult r = EconomicsQuery(fixture.workspace()).run(november(), Dimension::Feature);
        // f1: $10 of spend, o1 (by trace) and o3 (by feature): $5 an outcome; the trace alone is $4
        const EconomicsRow *f1 = row(r, "f1");
        QVERIFY(f1);
        QCOMPARE(f1->costNano, 10 * kUsd);
        QCOMPARE(f1->outcomes, 2);
        QCOMPARE(*f1->costPerOutcomeNano(), 5 * kUsd);
        QCOMPARE(f1->tracedOutcomes, 1);
        QCOMPARE(f1->tracedCostNano, 4 * kUsd);
        QCOMPARE(*f1->tracedCostPerOutcomeNano(), 4 * kUsd);
        QCOMPARE(f1->valueNano, 50 * kUsd);
        QCOMPARE(*f1->marginNano(), 40 * kUsd);
        // f2: $10, o2 by trace and o4 by its own feature
        const EconomicsRow *f2 = row(r, "f2");
        QCOMPARE(f2->outcomes, 2);
        QCOMPARE(*f2->costPerOutcomeNano(), 5 * kUsd);
        QVERIFY(!f2->marginNano());
        QVERIFY(!row(r, "wrong"));
        QCOMPARE(r.outcomes, 4);
        QCOMPARE(r.tracedOutcomes, 2);
        QCOMPARE(r.costNano, 20 * kUsd);
    }

    void costPerCustomer()
    {
        WorkspaceFixture fixture;
        importJoinCase(fixture);
        const EconomicsResult r = EconomicsQuery(fixture.workspace()).run(november(), Dimension::Customer);
        // c1 owns trace t1 ($4) and its $50 sale; c2 the untraced $6 and o3
        QCOMPARE(row(r, "c1")->costNano, 4 * kUsd);
        QCOMPARE(row(r, "c1")->outcomes, 1);
        QCOMPARE(*row(r, "c1")->marginNano(), 46 * kUsd);
        QCOMPARE(*row(r, "c2")->costPerOutcomeNano(), 6 * kUsd);
        // o2 (trace to an event without customer) and o4 (no customer) count as unattributed
        QCOMPARE(row(r, "")->outcomes, 2);
        QVERIFY(!row(r, "c9"));
    }

    void flagsCostGrowingFasterThanOutcomes()
    {
        // Halves: Nov 1-10 and Nov 11-20. f3's cost triples with outcomes flat; f4's cost grows
        // exactly 10 points faster than its outcomes, which is not yet a flag.
        WorkspaceFixture fixture;
        importBoth(fixture,
                   "2026-11-02T10:00:00Z,a1,p,m,f3,,,10\n"
                   "2026-11-12T10:00:00Z,a2,p,m,f3,,,30\n"
                   "2026-11-02T10:00:00Z,b1,p,m,f4,,,10\n"
                   "2026-11-12T10:00:00Z,b2,p,m,f4,,,11\n",
                   "2026-11-03T10:00:00Z,x1,k,,f3,,\n"
                   "2026-11-13T10:00:00Z,x2,k,,f3,,\n"
                   "2026-11-03T10:00:00Z,y1,k,,f4,,\n"
                   "2026-11-13T10:00:00Z,y2,k,,f4,,\n");
        const EconomicsResult r = EconomicsQuery(fixture.workspace()).run(november(), Dimension::Feature);
        QCOMPARE(row(r, "f3")->expenseGrowthPct, 200.0);
        QCOMPARE(row(r, "f3")->outcomeGrowthPct, 0.0);
        QVERIFY(row(r, "f3")->costOutgrowsOutcomes);
        QVERIFY(qAbs(row(r, "f4")->expenseGrowthPct - 10.0) < 1e-9);
        QVERIFY(!row(r, "f4")->costOutgrowsOutcomes);
    }

    void workflowHasNoFallback()
    {
        WorkspaceFixture fixture;
        importJoinCase(fixture);
        const EconomicsResult r = EconomicsQuery(fixture.workspace()).run(november(), Dimension::Workflow);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows.first().outcomes, 4);
        QCOMPARE(r.rows.first().costNano, 20 * kUsd);
    }
};

QTEST_GUILESS_MAIN(TestEconomics)
#include "tst_economics.moc"
