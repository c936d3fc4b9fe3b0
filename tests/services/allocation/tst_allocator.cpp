#include "allocation/allocationstore.h"
#include "allocation/allocator.h"
#include "core/utctime.h"
#include "importers/usagecsvimporter.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

constexpr qint64 kUsd = 1'000'000'000;

// Four events in November 2026:
//   e1 team a, feature search, $10, 100 tokens     e2 no team, feature search, $5, 100 tokens
//   e3 team b, feature chat,   $20, 100 tokens     e4 no team, feature chat,   $7, 100 tokens
void importFour(WorkspaceFixture &fixture)
{
    const QByteArray csv = "timestamp,event_id,provider,model,team,feature,input_tokens,cost_usd,label.env\n"
                           "2026-11-02T10:00:00Z,e1,p,m,a,search,100,10,prod\n"
                           "2026-11-03T10:00:00Z,e2,p,m,,search,100,5,dev\n"
                           "2026-11-04T10:00:00Z,e3,p,m,b,chat,100,20,prod\n"
                           "2026-11-05T10:00:00Z,e4,p,m,,chat,100,7,\n";
    const ImportResult r = UsageCsvImporter(fixture.workspace()).importFile(fixture.writeFile(QStringLiteral("u.csv"), csv), {});
    QVERIFY2(r.ok, qPrintable(r.error));
}

EventFilter november()
{
    EventFilter f;
    f.fromDay = *utc::parseDate("2026-11-01");
    f.toDay = *utc::parseDate("2026-11-30");
    return f;
}

void addRule(Workspace &ws, const char *field, AllocationRule::Match match, const char *pattern, const char *owner,
             int position = 0)
{
    AllocationRule r;
    r.field = QString::fromLatin1(field);
    r.match = match;
    r.pattern = QString::fromLatin1(pattern);
    r.owner = QString::fromLatin1(owner);
    r.position = position;
    QString error;
    QVERIFY2(AllocationStore(ws).addRule(r, &error) > 0, qPrintable(error));
}

qint64 ownerCost(const Showback &s, const char *owner)
{
    for (const OwnerCost &o : s.owners) {
        if (o.owner == QLatin1String(owner))
            return o.totalNano();
    }
    return -1;
}

void verifyBalances(const Showback &s)
{
    qint64 owners = 0;
    for (const OwnerCost &o : s.owners)
        owners += o.totalNano();
    QCOMPARE(owners, s.allocatedNano);
    QCOMPARE(s.allocatedNano + s.unallocatedNano, s.totalNano);
}

} // namespace

class TestAllocator final : public QObject
{
    Q_OBJECT

private slots:
    void withoutRulesTheTeamIsDirect()
    {
        WorkspaceFixture fixture;
        importFour(fixture);
        const Showback s = Allocator(fixture.workspace()).showback(november());
        QCOMPARE(s.totalNano, 42 * kUsd);
        QCOMPARE(ownerCost(s, "team:a"), 10 * kUsd);
        QCOMPARE(ownerCost(s, "team:b"), 20 * kUsd);
        QCOMPARE(s.owners.first().directNano, 20 * kUsd);
        QCOMPARE(s.unallocatedNano, 12 * kUsd);
        verifyBalances(s);
    }

    void previewShowsWhatMovesBeforeApply()
    {
        // Given a glob rule on feature, then a regex rule on team, both pending
        WorkspaceFixture fixture;
        importFour(fixture);
        Workspace &ws = fixture.workspace();
        addRule(ws, "feature", AllocationRule::Match::Glob, "sea*", "product:search");
        addRule(ws, "team", AllocationRule::Match::Regex, "a|b", "cost_center:CC1");
        // When previewing
        const AllocationPreview p = Allocator(ws).preview(november());
        // Then e1 ($10, team a) and e2 ($5, unallocated) move to product:search; e3 ($20) to CC1.
        // e1 matches both rules and moves once, by the first.
        QCOMPARE(p.pendingRules, 2);
        QCOMPARE(p.movedNano, 35 * kUsd);
        QCOMPARE(p.moves.size(), 3);
        QCOMPARE(p.moves.at(0).from, QStringLiteral("team:b"));
        QCOMPARE(p.moves.at(0).to, QStringLiteral("cost_center:CC1"));
        // And showback has not changed yet
        QCOMPARE(ownerCost(Allocator(ws).showback(november()), "team:a"), 10 * kUsd);
        // When applying, showback follows the preview
        QCOMPARE(AllocationStore(ws).applyRules(), 2);
        const Showback s = Allocator(ws).showback(november());
        QCOMPARE(ownerCost(s, "product:search"), 15 * kUsd);
        QCOMPARE(ownerCost(s, "cost_center:CC1"), 20 * kUsd);
        QCOMPARE(ownerCost(s, "team:a"), -1);
        QCOMPARE(s.unallocatedNano, 7 * kUsd);
        QCOMPARE(s.owners.first().ruleNano, 20 * kUsd);
        verifyBalances(s);
        QCOMPARE(Allocator(ws).preview(november()).moves.size(), 0);
    }

    void ruleOrderDecidesMultiTaggedSpend()
    {
        // Given the team rule placed first
        WorkspaceFixture fixture;
        importFour(fixture);
        Workspace &ws = fixture.workspace();
        addRule(ws, "feature", AllocationRule::Match::Glob, "search", "product:search");
        addRule(ws, "team", AllocationRule::Match::Glob, "a", "cost_center:CC1", 1);
        AllocationStore(ws).applyRules();
        QCOMPARE(AllocationStore(ws).rules().first().owner, QStringLiteral("cost_center:CC1"));
        // Then e1 (team a and feature search) belongs to CC1 alone, never to both
        const Showback s = Allocator(ws).showback(november());
        QCOMPARE(ownerCost(s, "cost_center:CC1"), 10 * kUsd);
        QCOMPARE(ownerCost(s, "product:search"), 5 * kUsd);
        QCOMPARE(s.totalNano, 42 * kUsd);
        verifyBalances(s);
    }

    void labelsCanBeMatched()
    {
        WorkspaceFixture fixture;
        importFour(fixture);
        Workspace &ws = fixture.workspace();
        addRule(ws, "label.env", AllocationRule::Match::Glob, "dev", "cost_center:sandbox");
        AllocationStore(ws).applyRules();
        const Showback s = Allocator(ws).showback(november());
        QCOMPARE(ownerCost(s, "cost_center:sandbox"), 5 * kUsd);
        QCOMPARE(s.unallocatedNano, 7 * kUsd);
        verifyBalances(s);
    }

    void poolSplitSumsToThePoolToTheNano()
    {
        // Given a $1,000.000000001 monthly pool over November split by tokens: team a, team b
        // and the unallocated events have 100, 100 and 200 tokens
        WorkspaceFixture fixture;
        importFour(fixture);
        CostPool pool;
        pool.name = QStringLiteral("gpu");
        pool.monthlyNano = 1000 * kUsd + 1;
        QString error;
        QVERIFY(AllocationStore(fixture.workspace()).addPool(pool, &error) > 0);
        const Showback s = Allocator(fixture.workspace()).showback(november());
        // Then a and b get a quarter each, the unallocated half stays unallocated, and the
        // spare nano-dollar goes to the largest remainder (ties: the first key, "")
        const PoolSplit &split = s.pools.first();
        QCOMPARE(split.amountNano, 1000 * kUsd + 1);
        QCOMPARE(split.parts.value(QStringLiteral("team:a")), 250 * kUsd);
        QCOMPARE(split.parts.value(QStringLiteral("team:b")), 250 * kUsd);
        QCOMPARE(split.parts.value(QString()), 500 * kUsd + 1);
        QCOMPARE(s.owners.first().driverSplitNano, 250 * kUsd);
        QCOMPARE(s.totalNano, 1042 * kUsd + 1);
        QCOMPARE(s.unallocatedNano, 512 * kUsd + 1);
        verifyBalances(s);
    }

    void fixedWeightsIgnoreUsage()
    {
        WorkspaceFixture fixture;
        importFour(fixture);
        CostPool pool;
        pool.name = QStringLiteral("vector-db");
        pool.monthlyNano = 100;
        pool.driver = CostPool::Driver::FixedWeights;
        pool.weights = {{QStringLiteral("team:x"), 1}, {QStringLiteral("team:y"), 2}};
        QString error;
        QVERIFY(AllocationStore(fixture.workspace()).addPool(pool, &error) > 0);
        const Showback s = Allocator(fixture.workspace()).showback(november());
        QCOMPARE(s.pools.first().parts.value(QStringLiteral("team:x")), 33);
        QCOMPARE(s.pools.first().parts.value(QStringLiteral("team:y")), 67);
        verifyBalances(s);
    }

    void badRulesAreRefused()
    {
        WorkspaceFixture fixture;
        AllocationRule r;
        r.field = QStringLiteral("team");
        r.pattern = QStringLiteral("(");
        r.match = AllocationRule::Match::Regex;
        r.owner = QStringLiteral("team:x");
        QString error;
        QCOMPARE(AllocationStore(fixture.workspace()).addRule(r, &error), -1);
        QVERIFY(error.contains(QStringLiteral("not a valid regex")));
        r.pattern = QStringLiteral("x");
        r.owner = QStringLiteral("nobody");
        QCOMPARE(AllocationStore(fixture.workspace()).addRule(r, &error), -1);
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
