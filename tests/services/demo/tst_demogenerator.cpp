#include "demo/demogenerator.h"
#include "workspace/sqlitestatement.h"
#include "workspace/summaryquery.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

DemoOptions smallDemo()
{
    DemoOptions o;
    o.events = 30'000;
    o.days = 60;
    o.seed = 7;
    o.endDay = *utc::parseDate("2026-10-31");
    return o;
}

qint64 costOf(const SummaryResult &r, const QStringList &key)
{
    for (const SummaryGroup &g : r.groups) {
        if (g.key == key)
            return g.totals.costNano;
    }
    return 0;
}

} // namespace

class tst_DemoGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameTotals();
    void hasTheShapeOfARealOrganisation();
    void injectsTheTwoAnomalies();
    void nothingIsDatedAfterTheClock();
    void anEndAfterTodayIsRefused();
};

void tst_DemoGenerator::sameSeedSameTotals()
{
    test::WorkspaceFixture a, b;
    QVERIFY(DemoGenerator(a.workspace()).generate(smallDemo()).ok);
    QVERIFY(DemoGenerator(b.workspace()).generate(smallDemo()).ok);
    QCOMPARE(a.rawEventTotals(), b.rawEventTotals());
    QCOMPARE(a.rawEventTotals().events, qint64(30'000));
    QCOMPARE(a.rollupDayTotals(), a.rawEventTotals());
    DemoOptions other = smallDemo();
    other.seed = 8;
    test::WorkspaceFixture c;
    QVERIFY(DemoGenerator(c.workspace()).generate(other).ok);
    QVERIFY(c.rawEventTotals().costNano != a.rawEventTotals().costNano);
}

void tst_DemoGenerator::hasTheShapeOfARealOrganisation()
{
    test::WorkspaceFixture f;
    const DemoOptions o = smallDemo();
    QVERIFY(DemoGenerator(f.workspace()).generate(o).ok);
    SummaryQuery q(f.workspace());
    const EventFilter all{o.endDay - o.days + 1, o.endDay, {}};
    auto groupsBy = [&](const char *name) { return q.run(all, {*groupingFromName(QString::fromLatin1(name))}); };
    QVERIFY(groupsBy("provider").groups.size() >= 4);
    QVERIFY(groupsBy("model").groups.size() >= 15);
    QVERIFY(groupsBy("team").groups.size() >= 7); // six teams and the unattributed ""
    QVERIFY(groupsBy("tenant").groups.size() >= 20);
    const SummaryResult byTeam = groupsBy("team");
    const double noTeamShare = double(costOf(byTeam, {QString()})) / double(byTeam.totals.costNano);
    QVERIFY2(noTeamShare > 0.05 && noTeamShare < 0.11, qPrintable(QString::number(noTeamShare)));
    // Two models have no price: unpriced, never $0
    int unpricedModels = 0;
    for (const SummaryGroup &g : groupsBy("model").groups) {
        if (g.totals.unpricedEvents == g.totals.events) {
            ++unpricedModels;
            QCOMPARE(g.totals.costNano, qint64(0));
            QVERIFY(g.totals.unpricedTokens > 0);
        } else {
            QCOMPARE(g.totals.unpricedEvents, qint64(0));
        }
    }
    QCOMPARE(unpricedModels, 2);
    QVERIFY(byTeam.totals.estimatedEvents > 0);
    // Weekdays are busier than weekends
    const SummaryResult byDay = groupsBy("day");
    QVERIFY(byDay.groups.size() == o.days);
}

void tst_DemoGenerator::injectsTheTwoAnomalies()
{
    test::WorkspaceFixture f;
    const DemoOptions o = smallDemo();
    QVERIFY(DemoGenerator(f.workspace()).generate(o).ok);
    const qint64 first = o.endDay - o.days + 1;
    SummaryQuery q(f.workspace());
    // globex spends about 5x on the two spike days compared with the week before
    const qint64 spike = first + DemoGenerator::spikeStartIndex(o.days);
    EventFilter globex{spike - 7, spike + 1, {}};
    globex.where[Dimension::Tenant] = {QString::fromLatin1(DemoGenerator::kSpikeTenant)};
    const SummaryResult days = q.run(globex, {*groupingFromName(QStringLiteral("day"))});
    QCOMPARE(days.groups.size(), 9);
    qint64 before = 0;
    for (int i = 0; i < 7; ++i)
        before += days.groups.at(i).totals.costNano;
    const double ratio = double(days.groups.at(7).totals.costNano + days.groups.at(8).totals.costNano) / 2.0
                         / (double(before) / 7.0);
    QVERIFY2(ratio > 3.0 && ratio < 8.0, qPrintable(QString::number(ratio)));
    // ticket-summary runs on gpt-4o-mini before the switch and on gpt-4o after it
    const qint64 switchDay = first + DemoGenerator::switchIndex(o.days);
    EventFilter feature{first, switchDay - 1, {}};
    feature.where[Dimension::Feature] = {QString::fromLatin1(DemoGenerator::kSwitchFeature)};
    const auto modelsBefore = q.run(feature, {*groupingFromName(QStringLiteral("model"))});
    feature.fromDay = switchDay;
    feature.toDay = o.endDay;
    const auto modelsAfter = q.run(feature, {*groupingFromName(QStringLiteral("model"))});
    QCOMPARE(modelsAfter.groups.size(), 1);
    QCOMPARE(modelsAfter.groups.first().key, QStringList{QStringLiteral("gpt-4o")});
    QVERIFY(costOf(modelsBefore, {QStringLiteral("gpt-4o-mini")}) > 0);
    QCOMPARE(costOf(modelsBefore, {QStringLiteral("gpt-4o")}), qint64(0));
}

void tst_DemoGenerator::nothingIsDatedAfterTheClock()
{
    // Given a clock at 09:30 UTC on the demo's last day
    DemoOptions o = smallDemo();
    o.nowMs = *utc::parseTimestamp("2026-10-31T09:30:00Z");
    test::WorkspaceFixture f;
    // When the demo is made
    const DemoResult made = DemoGenerator(f.workspace()).generate(o);
    QVERIFY2(made.ok, qPrintable(made.error));
    // Then the newest event and outcome are at or before the clock, and the morning is there
    SqliteStatement newest(f.workspace().db(), "SELECT max(id >> 20), count(*) FROM events");
    QVERIFY(newest.step());
    QVERIFY2(newest.int64(0) <= o.nowMs, qPrintable(utc::formatTimestamp(newest.int64(0))));
    QVERIFY(newest.int64(0) >= *utc::parseTimestamp("2026-10-31T08:00:00Z"));
    QCOMPARE(made.events, newest.int64(1));
    QVERIFY(made.events < o.events);
    SqliteStatement outcomes(f.workspace().db(), "SELECT max(timestamp_ms) FROM outcomes");
    QVERIFY(outcomes.step());
    QVERIFY(outcomes.int64(0) <= o.nowMs);
    // The days before are whole: the same events as a run with a later clock
    test::WorkspaceFixture whole;
    QVERIFY(DemoGenerator(whole.workspace()).generate(smallDemo()).ok);
    const EventFilter before{o.endDay - o.days + 1, o.endDay - 1, {}};
    QCOMPARE(SummaryQuery(f.workspace()).run(before, {}).totals, SummaryQuery(whole.workspace()).run(before, {}).totals);
}

void tst_DemoGenerator::anEndAfterTodayIsRefused()
{
    DemoOptions o = smallDemo();
    o.nowMs = *utc::parseTimestamp("2026-10-30T23:00:00Z");
    test::WorkspaceFixture f;
    const DemoResult r = DemoGenerator(f.workspace()).generate(o);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("the last day 2026-10-31 is after today (2026-10-30): the demo makes no events later than now"));
    QCOMPARE(f.eventCount(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
