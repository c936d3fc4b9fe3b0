#include "demo/demogenerator.h"
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

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
