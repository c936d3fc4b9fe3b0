#include "core/utctime.h"
#include "health/healthquery.h"
#include "importers/usagecsvimporter.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

// 20 events of $1 on 2026-11-01..2026-11-20, one a day; `withoutTeam` of them lack a team,
// `unpriced` have no cost and no price, `estimated` carry estimated counts.
void importDays(WorkspaceFixture &fixture, int withoutTeam, int unpriced, int estimated, int skipDay = -1)
{
    QByteArray csv = "timestamp,event_id,provider,model,team,project,tenant,input_tokens,cost_usd,estimated\n";
    const qint64 nov1 = *utc::parseDate("2026-11-01");
    for (int i = 0; i < 20; ++i) {
        if (i == skipDay)
            continue;
        csv += utc::formatDate(nov1 + i).toLatin1() + "T10:00:00Z,e" + QByteArray::number(i) + ",p,"
               + (i < unpriced ? "mystery" : "m") + ',' + (i < withoutTeam ? "" : "t") + ",pr,tn,100,"
               + (i < unpriced ? "" : "1") + ',' + (i < estimated ? "1" : "0") + '\n';
    }
    const ImportResult r = UsageCsvImporter(fixture.workspace()).importFile(fixture.writeFile(QStringLiteral("u.csv"), csv), {});
    QVERIFY2(r.ok, qPrintable(r.error));
}

HealthReport runNovember(WorkspaceFixture &fixture, QSet<QString> enabled = {})
{
    HealthRequest request;
    request.fromDay = *utc::parseDate("2026-11-01");
    request.toDay = *utc::parseDate("2026-11-20");
    request.nowMs = (request.toDay + 1) * kMsPerDay + 3'600'000; // an hour after the last day
    request.enabled = enabled;
    return HealthQuery(fixture.workspace()).run(request);
}

HealthCheck find(const HealthReport &r, const QString &name, const QString &subject = {})
{
    for (const HealthCheck &c : r.checks) {
        if (c.name == name && (subject.isEmpty() || c.subject == subject))
            return c;
    }
    return {};
}

} // namespace

class TestHealthQuery final : public QObject
{
    Q_OBJECT

private slots:
    void metadataCoverageBoundary_data()
    {
        QTest::addColumn<int>("withoutTeam");
        QTest::addColumn<CheckStatus>("expected");
        QTest::newRow("1 of 20 without team: 95 % passes") << 1 << CheckStatus::Pass;
        QTest::newRow("2 of 20: 90 % warns") << 2 << CheckStatus::Warn;
        QTest::newRow("4 of 20: 80 % warns") << 4 << CheckStatus::Warn;
        QTest::newRow("5 of 20: 75 % fails") << 5 << CheckStatus::Fail;
    }

    void metadataCoverageBoundary()
    {
        QFETCH(int, withoutTeam);
        QFETCH(CheckStatus, expected);
        WorkspaceFixture fixture;
        importDays(fixture, withoutTeam, 0, 0);
        const HealthCheck c = find(runNovember(fixture), QStringLiteral("metadata_coverage"), QStringLiteral("team"));
        QCOMPARE(c.status, expected);
        QCOMPARE(c.moneyAtStakeNano, withoutTeam * 1'000'000'000LL);
    }

    void pricingCoverageCountsUnpricedEvents()
    {
        // 1 unpriced event of 20 is 95 % priced: a warn
        WorkspaceFixture fixture;
        importDays(fixture, 0, 1, 0);
        const HealthCheck c = find(runNovember(fixture), QStringLiteral("pricing_coverage"));
        QCOMPARE(c.status, CheckStatus::Warn);
        QVERIFY(c.reason.contains(QStringLiteral("95.0 % of events")));
        QVERIFY(!c.action.isEmpty());
    }

    void nothingPricedLeavesTheSpendShareUnknown()
    {
        // Given 20 events, none priced and no price for their model
        WorkspaceFixture fixture;
        importDays(fixture, 0, 20, 0);
        // Then the check does not claim that all of the spend is priced
        const HealthCheck c = find(runNovember(fixture), QStringLiteral("pricing_coverage"));
        QCOMPARE(c.status, CheckStatus::Fail);
        QCOMPARE(c.reason, QStringLiteral("0.0 % of events priced; the spend of the 20 unpriced events is unknown, "
                                          "as nothing is priced to estimate it from"));
    }

    void aShareIsNeverRoundedToAllOrNothing()
    {
        // 1 unpriced event of 5,000 is 99.98 %: shown as 99.9 %, not 100.0 %
        WorkspaceFixture fixture;
        QByteArray csv = "timestamp,event_id,provider,model,input_tokens,cost_usd\n";
        for (int i = 0; i < 5000; ++i)
            csv += "2026-11-0" + QByteArray::number(1 + i % 9) + "T10:00:00Z,e" + QByteArray::number(i) + ",p,"
                   + (i == 0 ? "mystery,100," : "m,100,1") + '\n';
        QVERIFY(UsageCsvImporter(fixture.workspace()).importFile(fixture.writeFile(QStringLiteral("u.csv"), csv), {}).ok);
        const HealthCheck c = find(runNovember(fixture), QStringLiteral("pricing_coverage"));
        QCOMPARE(c.reason, QStringLiteral("99.9 % of events and about 99.9 % of spend priced; 1 events unpriced"));
        WorkspaceFixture clean;
        importDays(clean, 0, 0, 0);
        QCOMPARE(find(runNovember(clean), QStringLiteral("pricing_coverage")).reason, QStringLiteral("all 20 events priced"));
    }

    void estimatedShare()
    {
        // 2 of 20 estimated is 10 %: still a warn; 3 would fail
        WorkspaceFixture fixture;
        importDays(fixture, 0, 0, 2);
        QCOMPARE(find(runNovember(fixture), QStringLiteral("estimated_tokens")).status, CheckStatus::Warn);
        WorkspaceFixture more;
        importDays(more, 0, 0, 3);
        QCOMPARE(find(runNovember(more), QStringLiteral("estimated_tokens")).status, CheckStatus::Fail);
    }

    void completenessCountsMissingDays()
    {
        // Given no data on 2026-11-10
        WorkspaceFixture fixture;
        importDays(fixture, 0, 0, 0, 9);
        const HealthCheck c = find(runNovember(fixture), QStringLiteral("completeness"));
        QCOMPARE(c.status, CheckStatus::Warn);
        QCOMPARE(c.reason, QStringLiteral("1 of 20 days have no data"));
        // One average day ($19 over 19 days) is at stake
        QCOMPARE(c.moneyAtStakeNano, 1'000'000'000LL);
    }

    void freshnessAgainstTheExpectedInterval()
    {
        WorkspaceFixture fixture;
        importDays(fixture, 0, 0, 0);
        // A file source is expected weekly: an hour after its last day it is fresh
        QCOMPARE(find(runNovember(fixture), QStringLiteral("freshness")).status, CheckStatus::Pass);
    }

    void dataOfTodayIsFreshNotFromTheFuture()
    {
        // Given data up to 2026-11-20 and a clock at 09:00 that day
        WorkspaceFixture fixture;
        importDays(fixture, 0, 0, 0);
        HealthRequest request;
        request.fromDay = *utc::parseDate("2026-11-01");
        request.toDay = *utc::parseDate("2026-11-20");
        request.nowMs = *utc::parseTimestamp("2026-11-20T09:00:00Z");
        // Then the newest data is 0 h old, never a negative age
        const HealthCheck c = find(HealthQuery(fixture.workspace()).run(request), QStringLiteral("freshness"));
        QCOMPARE(c.reason, QStringLiteral("last data or sync 0 h ago; expected every 168 h"));
        QCOMPARE(c.status, CheckStatus::Pass);
        // A clock before the newest day: the data is dated after today, which is a warning
        request.nowMs = *utc::parseTimestamp("2026-11-19T09:00:00Z");
        const HealthCheck early = find(HealthQuery(fixture.workspace()).run(request), QStringLiteral("freshness"));
        QCOMPARE(early.status, CheckStatus::Warn);
        QVERIFY2(early.reason.endsWith(QStringLiteral("has data dated 2026-11-20, after today")), qPrintable(early.reason));
    }

    void aCleanWorkspaceScoresItsPlan()
    {
        WorkspaceFixture fixture;
        importDays(fixture, 0, 0, 0);
        // Everything but outcomes (none imported) and history (20 days: a warn) passes
        const HealthReport all = runNovember(fixture);
        QCOMPARE(find(all, QStringLiteral("outcomes")).status, CheckStatus::Fail);
        QCOMPARE(find(all, QStringLiteral("forecast_history")).status, CheckStatus::Warn);
        // The Free plan has neither Forecast nor Unit economics, so it scores 100
        const HealthReport free = runNovember(fixture, {capability::overview(), capability::dataHealth()});
        QCOMPARE(free.readiness, 100);
        QVERIFY(all.readiness < 100);
        QVERIFY(find(free, QStringLiteral("outcomes")).locked);
    }

    void anEmptyWorkspaceCoversNothing()
    {
        // Given a workspace with no usage at all
        WorkspaceFixture fixture;
        // When Data health runs
        const HealthReport r = runNovember(fixture);
        // Then no coverage check passes on nothing, each says how to get data, and the score shows it
        for (const HealthCheck &c : r.checks) {
            if (c.name != QLatin1String("pricing_coverage") && c.name != QLatin1String("metadata_coverage"))
                continue;
            QCOMPARE(c.status, CheckStatus::Fail);
            QVERIFY2(c.reason.contains(QStringLiteral("no usage in the range")), qPrintable(c.reason));
            QVERIFY2(c.action.contains(QStringLiteral("import")), qPrintable(c.action));
        }
        QCOMPARE(find(r, QStringLiteral("metadata_coverage"), QStringLiteral("tenant")).status, CheckStatus::Fail);
        QVERIFY2(r.readiness < 50, qPrintable(QString::number(r.readiness)));
    }
};

QTEST_GUILESS_MAIN(TestHealthQuery)
#include "tst_healthquery.moc"
