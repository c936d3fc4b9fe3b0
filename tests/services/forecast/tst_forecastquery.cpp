#include "forecast/forecast.h"
#include "forecast/scenario.h"
#include "budgets/budgetstore.h"
#include "usagerows.h"
#include "workspace/pricingstore.h"

#include <QTest>

using namespace costline;
using namespace costline::test;

namespace {

void addPrice(Workspace &workspace, const QString &model, qint64 inputUsdPerM, qint64 outputUsdPerM)
{
    PriceEntry e;
    e.provider = QStringLiteral("p");
    e.modelPattern = model;
    e.inputPerMTok = usd(inputUsdPerM);
    e.outputPerMTok = usd(outputUsdPerM);
    QString error;
    QVERIFY2(PricingStore(workspace).upsert(e, &error), qPrintable(error));
}

// "big" costs $40 a day (1M input at $10 + 1M output at $30), "small" $1 (1M input at $1),
// every day from 2026-11-01 to 2026-11-10.
void twoModelsFlat(WorkspaceFixture &fixture)
{
    addPrice(fixture.workspace(), QStringLiteral("big"), 10, 30);
    addPrice(fixture.workspace(), QStringLiteral("small"), 1, 3);
    UsageRows rows;
    const qint64 nov1 = *utc::parseDate("2026-11-01");
    for (qint64 d = nov1; d < nov1 + 10; ++d) {
        rows.add(isoDate(d).constData(), "big", 1'000'000, 1'000'000, {});
        rows.add(isoDate(d).constData(), "small", 1'000'000, 0, {});
    }
    rows.importInto(fixture);
}

// A flat level with a strong weekly rhythm, in cents: `weekend` is the model busy on
// Saturdays and Sundays, the other one on working days.
qint64 rhythmCents(qint64 day, bool weekend)
{
    constexpr qint64 kWeekday[7] = {12'037, 13'011, 12'544, 11'873, 9'512, 2'405, 1'988};
    constexpr qint64 kWeekend[7] = {311, 287, 305, 298, 402, 1'544, 1'321};
    return (weekend ? kWeekend : kWeekday)[(day + 3) % 7]; // 1970-01-01 was a Thursday
}

QByteArray centsText(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

} // namespace

class TestForecastQuery final : public QObject
{
    Q_OBJECT

private slots:
    void linearMonthProjectsTheLine()
    {
        // Given one event a day from 2026-10-01 (d = 0) to 2026-11-10 (d = 40) costing 100 + d dollars
        WorkspaceFixture fixture;
        UsageRows rows;
        const qint64 oct1 = *utc::parseDate("2026-10-01");
        for (int d = 0; d <= 40; ++d)
            rows.add(isoDate(oct1 + d).constData(), "m", 10, 10, QByteArray::number(100 + d));
        rows.importInto(fixture);
        // When forecasting November
        const ForecastResult r = ForecastQuery(fixture.workspace()).run({});
        // Then the actual is Nov 1-10 = sum(100 + d, d = 31..40) = 1355
        QCOMPARE(r.monthStart, oct1 + 31);
        QCOMPARE(r.asOfDay, oct1 + 40);
        QCOMPARE(r.remainingDays, 20);
        QCOMPARE(r.actualToDateNano, usd(1355));
        // and Nov 11-30 continue the line: sum(100 + d, d = 41..60) = 3010, with no band
        QCOMPARE(r.projectedNano, usd(1355 + 3010));
        QCOMPARE(r.lowNano, r.projectedNano);
        QCOMPARE(r.highNano, r.projectedNano);
        // Run rates: (sum d = 34..40) / 7 = 959 / 7 = 137, (sum d = 11..40) / 30 = 3765 / 30 = 125.5
        QCOMPARE(r.runRate7dNano, usd(137));
        QCOMPARE(r.runRate30dNano, usd(125) + 500'000'000);
        // October is complete and backtested as of the 14th (two weeks of history) to the
        // 30th; a line predicts a line: the error is 0 and the real month is always in the band
        QCOMPARE(r.backtest.size(), 17);
        QCOMPARE(*r.backtestMapePct, 0.0);
        QCOMPARE(*r.backtestBandCoveragePct, 100.0);
        QCOMPARE(r.byModel.size(), 1);
        QCOMPARE(r.byModel.first().trend, Trend::Increasing);
    }

    void aPastMonthIsAllActual()
    {
        WorkspaceFixture fixture;
        UsageRows rows;
        rows.add("2026-10-30", "m", 1, 1, "7");
        rows.add("2026-11-02", "m", 1, 1, "5");
        rows.importInto(fixture);
        ForecastRequest request;
        request.monthDay = *utc::parseDate("2026-10-15");
        const ForecastResult r = ForecastQuery(fixture.workspace()).run(request);
        QCOMPARE(r.asOfDay, *utc::parseDate("2026-10-31"));
        QCOMPARE(r.remainingDays, 0);
        QCOMPARE(r.actualToDateNano, usd(7));
        QCOMPARE(r.projectedNano, usd(7));
    }

    void scenarioArithmetic_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<qint64>("expectedDelta");
        // Base: 10 days at $41 actual, 20 days at $41 projected = 820, month end 1230
        Scenario growth;
        growth.growthPct = 10;
        QTest::newRow("traffic +10 % of the remaining 820") << growth << usd(82);
        Scenario shrink;
        shrink.growthPct = -25;
        QTest::newRow("traffic -25 % of the remaining 820") << shrink << -usd(205);
        // big's last 7 days: 7M input + 7M output = $280; at small's prices 7 × 1 + 7 × 3 = $28.
        // Half of it moved saves (280 − 28) / 2 / 7 = $18 a day over 20 days = $360.
        QTest::newRow("move 50 % of big to small") << *parseMoveScenarioText("big:small:50") << -usd(360);
        QTest::newRow("move 0 % changes nothing") << *parseMoveScenarioText("big:small:0") << qint64(0);
        // small's 7M input tokens at big's $10 instead of $1: $9 a day more over 20 days
        QTest::newRow("move 100 % of small to big") << *parseMoveScenarioText("small:big:100") << usd(20 * 9);
    }

    void scenarioArithmetic()
    {
        QFETCH(Scenario, scenario);
        QFETCH(qint64, expectedDelta);
        // Given two models at flat daily usage
        WorkspaceFixture fixture;
        twoModelsFlat(fixture);
        ForecastRequest request;
        request.scenarios << scenario;
        // When the scenario runs beside the base case
        const ForecastResult r = ForecastQuery(fixture.workspace()).run(request);
        QCOMPARE(r.actualToDateNano, usd(410));
        QCOMPARE(r.projectedNano, usd(1230));
        QCOMPARE(r.scenarios.size(), 1);
        const ScenarioResult &s = r.scenarios.first();
        // Then it moves the month end by the hand-computed amount
        QVERIFY2(s.ok, qPrintable(s.note));
        QCOMPARE(s.deltaNano, expectedDelta);
        QCOMPARE(s.projectedNano, usd(1230) + expectedDelta);
    }

    void movingToAnUnpricedModelSaysSo()
    {
        WorkspaceFixture fixture;
        twoModelsFlat(fixture);
        ForecastRequest request;
        request.scenarios << *parseMoveScenarioText("big:mystery:50");
        const ForecastResult r = ForecastQuery(fixture.workspace()).run(request);
        QVERIFY(!r.scenarios.first().ok);
        QVERIFY(r.scenarios.first().note.contains(QStringLiteral("no price")));
    }

    void flatModelsAreStable()
    {
        WorkspaceFixture fixture;
        twoModelsFlat(fixture);
        const ForecastResult r = ForecastQuery(fixture.workspace()).run({});
        QCOMPARE(r.byModel.size(), 2);
        QCOMPARE(r.byModel.at(0).key.model, QStringLiteral("big"));
        QCOMPARE(r.byModel.at(0).last7Nano, usd(280));
        QCOMPARE(r.byModel.at(0).next7Nano, usd(280));
        QCOMPARE(r.byModel.at(0).trend, Trend::Stable);
    }

    void weekdayRhythmIsNeitherGrowthNorDecline()
    {
        // Given two models at a flat level with a strong weekly rhythm from 2026-09-01, one
        // busy on weekdays, the other on weekends, imported a day at a time through one week
        WorkspaceFixture fixture;
        UsageRows rows;
        const qint64 sep1 = *utc::parseDate("2026-09-01");
        const qint64 nov9 = *utc::parseDate("2026-11-09"); // a Monday
        const qint64 nov1 = *utc::parseDate("2026-11-01");
        qint64 november = 0;
        for (qint64 d = nov1; d <= utc::lastDayOfMonth(nov1); ++d)
            november += rhythmCents(d, false) + rhythmCents(d, true);
        for (qint64 d = sep1; d < nov9 + 7; ++d) {
            rows.add(isoDate(d).constData(), "weekday", 1, 1, centsText(rhythmCents(d, false)));
            rows.add(isoDate(d).constData(), "weekend", 1, 1, centsText(rhythmCents(d, true)));
            if (d < nov9)
                continue;
            rows.importInto(fixture);
            // When the month is forecast as of each day of the week
            const ForecastResult r = ForecastQuery(fixture.workspace()).run({});
            QCOMPARE(r.asOfDay, d);
            // Then the month end is the month's real total, whichever weekday it runs on
            // (one nano-USD of tolerance: the fit is exact, only the rounding is left)
            const qint64 realNano = november * 10'000'000;
            QVERIFY2(qAbs(r.projectedNano - realNano) <= 1,
                     qPrintable(QStringLiteral("%1: projected %2, real %3").arg(isoDate(d), QString::number(r.projectedNano),
                                                                                QString::number(realNano))));
            // And neither model is rising or falling: next week is last week again
            QCOMPARE(r.byModel.size(), 2);
            for (const ModelForecast &m : r.byModel) {
                QVERIFY2(m.trend == Trend::Stable, qPrintable(QStringLiteral("%1 on %2: %3 %").arg(m.key.model, isoDate(d)).arg(m.changePct)));
                QVERIFY(qAbs(m.next7Nano - m.last7Nano) <= 1);
            }
        }
    }

private:
    static std::optional<Scenario> parseMoveScenarioText(const char *text)
    {
        return parseMoveScenario(QString::fromLatin1(text));
    }

    void budgetDriftUsesTheForecastOrTheRunRate()
    {
        // Given $41 a day from 2026-11-01 to 11-10 ($1 of it on "small"), a monthly budget of
        // $1000 over everything and a weekly budget of $5 on model "small"
        WorkspaceFixture fixture;
        twoModelsFlat(fixture);
        QString error;
        Budget all;
        all.name = QStringLiteral("all");
        all.limitNano = usd(1000);
        Budget small;
        small.name = QStringLiteral("small");
        small.period = Budget::Period::Weekly;
        small.limitNano = usd(5);
        small.scope.insert(Dimension::Model, QStringLiteral("small"));
        Budget off = all;
        off.name = QStringLiteral("off");
        off.enabled = false;
        for (const Budget &b : {all, small, off})
            QVERIFY(BudgetStore(fixture.workspace()).save(b, &error));
        // When the month is forecast
        const ForecastResult r = ForecastQuery(fixture.workspace()).run({});
        // Then the monthly budget over everything drifts by the forecast's own projection,
        // and the weekly one by its week's run rate: Mon 11-09 and Tue 11-10 at $1 → $7
        QCOMPARE(r.budgets.size(), 2);
        const BudgetDrift &a = r.budgets.at(0);
        QCOMPARE(a.name, QStringLiteral("all"));
        QVERIFY(a.fromForecast);
        QCOMPARE(a.projectedNano, r.projectedNano);
        QCOMPARE(a.driftNano, r.projectedNano - usd(1000));
        QCOMPARE(a.spendNano, usd(410));
        const BudgetDrift &s = r.budgets.at(1);
        QVERIFY(!s.fromForecast);
        QCOMPARE(s.spendNano, usd(2));
        QCOMPARE(s.projectedNano, usd(7));
        QCOMPARE(s.driftNano, usd(2));
        QCOMPARE(utc::formatDate(s.periodEnd), QStringLiteral("2026-11-15"));
    }
};

QTEST_GUILESS_MAIN(TestForecastQuery)
#include "tst_forecastquery.moc"
