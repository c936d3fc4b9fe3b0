#include "core/utctime.h"
#include "importers/outcomesimporter.h"
#include "importers/usagecsvimporter.h"
#include "signals/outcomedetectors.h"
#include "signals/signaldetector.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

constexpr qint64 kUsd = 1'000'000'000;

qint64 day(const char *date)
{
    return *utc::parseDate(date);
}

QByteArray at(qint64 d, int hour = 10)
{
    return utc::formatDate(d).toLatin1() + QByteArray("T") + QByteArray::number(hour).rightJustified(2, '0') + ":00:00Z";
}

void importBoth(WorkspaceFixture &fixture, const QByteArray &usage, const QByteArray &outcomes)
{
    const ImportResult u = UsageCsvImporter(fixture.workspace())
                               .importFile(fixture.writeFile(QStringLiteral("u.csv"),
                                                             "timestamp,event_id,provider,model,feature,workflow,trace_id,cost_usd\n"
                                                                 + usage),
                                           {});
    QVERIFY2(u.ok, qPrintable(u.error));
    const ImportResult o = OutcomesImporter(fixture.workspace())
                               .importFile(fixture.writeFile(QStringLiteral("o.csv"),
                                                             "timestamp,outcome_id,kind,trace_id,feature,customer,value_usd\n"
                                                                 + outcomes),
                                           {});
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.quarantined, 0);
}

QByteArray outcomesOf(const char *prefix, const char *feature, qint64 d, int count)
{
    QByteArray rows;
    for (int i = 0; i < count; ++i)
        rows += at(d, 12) + ',' + prefix + QByteArray::number(i) + ",ticket,," + feature + ",,\n";
    return rows;
}

// The nightly-digest workflow spends $5 every day of November 1-28 (no feature); three of its
// runs in the first fortnight fed an outcome (by trace), none after November 14. support-bot
// cost $100 for 10 outcomes in October and $300 for 12 in November; search doubled both its
// cost ($50 to $100) and its outcomes (5 to 10).
void importCase(WorkspaceFixture &fixture, bool outcomesAfterNov14 = true)
{
    QByteArray usage;
    for (qint64 d = day("2026-11-01"); d <= day("2026-11-28"); ++d)
        usage += at(d) + ",n" + QByteArray::number(d) + ",p,m,,nightly-digest,d" + QByteArray::number(d) + ",5\n";
    usage += at(day("2026-10-10")) + ",s1,p,m,support-bot,,,100\n" + at(day("2026-11-20")) + ",s2,p,m,support-bot,,,300\n";
    usage += at(day("2026-10-10")) + ",q1,p,m,search,,,50\n" + at(day("2026-11-03")) + ",q2,p,m,search,,,50\n"
             + at(day("2026-11-20")) + ",q3,p,m,search,,,50\n";
    QByteArray outcomes;
    for (const char *d : {"2026-11-02", "2026-11-05", "2026-11-09"})
        outcomes += at(day(d), 11) + ",digest-" + d + ",report,d" + QByteArray::number(day(d)) + ",,,\n";
    outcomes += outcomesOf("sa", "support-bot", day("2026-10-12"), 10) + outcomesOf("sb", "support-bot", day("2026-11-03"), 6);
    outcomes += outcomesOf("qa", "search", day("2026-10-12"), 5) + outcomesOf("qb", "search", day("2026-11-03"), 5);
    if (outcomesAfterNov14) {
        outcomes += outcomesOf("sc", "support-bot", day("2026-11-20"), 6);
        outcomes += outcomesOf("qc", "search", day("2026-11-20"), 5);
    }
    importBoth(fixture, usage, outcomes);
}

} // namespace

class TestOutcomeSignals final : public QObject
{
    Q_OBJECT

private slots:
    void aJobThatNoLongerFeedsOutcomesIsStale()
    {
        WorkspaceFixture fixture;
        importCase(fixture);
        const QList<Signal> found = staleWorkSignals(fixture.workspace(), day("2026-11-28"), 2 * kUsd);
        QCOMPARE(found.size(), 1);
        const Signal &s = found.first();
        QCOMPARE(s.kind, Signal::Kind::StaleWork);
        QCOMPARE(s.scope, (QMap<QString, QString>{{QStringLiteral("workflow"), QStringLiteral("nightly-digest")}}));
        QCOMPARE(s.day, day("2026-11-15"));
        QCOMPARE(s.lastDay, day("2026-11-28"));
        QCOMPARE(s.moneyAtStakeNano, 70 * kUsd);
        QCOMPARE(s.baselineNano, 70 * kUsd);
        QCOMPARE(s.explanation, QStringLiteral("workflow nightly-digest cost $70.00 in the last 14 days but fed no outcome, "
                                               "after feeding 3 outcomes for $70.00 in the 14 days before"));
    }

    void noOutcomeAtAllIsALateImportNotStaleWork()
    {
        WorkspaceFixture fixture;
        importCase(fixture, false);
        QVERIFY(staleWorkSignals(fixture.workspace(), day("2026-11-28"), 2 * kUsd).isEmpty());
    }

    void aFeatureWhoseCostOutgrowsItsOutcomesRunsAway()
    {
        WorkspaceFixture fixture;
        importCase(fixture);
        const QList<Signal> found = runawayCostSignals(fixture.workspace(), day("2026-11-28"), 2 * kUsd);
        QCOMPARE(found.size(), 1);
        const Signal &s = found.first();
        QCOMPARE(s.kind, Signal::Kind::RunawayCost);
        QCOMPARE(s.scope, (QMap<QString, QString>{{QStringLiteral("feature"), QStringLiteral("support-bot")}}));
        QCOMPARE(s.day, day("2026-11-01"));
        QCOMPARE(s.currentNano, 300 * kUsd);
        QCOMPARE(s.baselineNano, 100 * kUsd);
        // 12 outcomes at October's $10 an outcome would have cost $120 of the $300.
        QCOMPARE(s.moneyAtStakeNano, 180 * kUsd);
        QCOMPARE(s.explanation, QStringLiteral("Feature support-bot's cost grew 200.0% ($100.00 to $300.00 over 28 days) "
                                               "while its outcomes grew 20.0% (10 to 12); at the earlier cost per outcome "
                                               "they would have cost $180.00 less"));
    }

    void moneyAtStakeBelowTheFloorIsNoSignal()
    {
        WorkspaceFixture fixture;
        importCase(fixture);
        QVERIFY(runawayCostSignals(fixture.workspace(), day("2026-11-28"), 181 * kUsd).isEmpty());
        QVERIFY(staleWorkSignals(fixture.workspace(), day("2026-11-28"), 71 * kUsd).isEmpty());
    }

    void theSignalListCarriesBoth()
    {
        WorkspaceFixture fixture;
        importCase(fixture);
        QStringList kinds;
        for (const Signal &s : SignalDetector(fixture.workspace()).detect(day("2026-11-28"), 0)) {
            if (s.kind == Signal::Kind::StaleWork || s.kind == Signal::Kind::RunawayCost)
                kinds << kindName(s.kind) + QLatin1Char(' ') + scopeText(s.scope);
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("stale_work workflow nightly-digest"),
                                     QStringLiteral("runaway_cost feature support-bot")}));
    }
};

QTEST_GUILESS_MAIN(TestOutcomeSignals)
#include "tst_outcomesignals.moc"
