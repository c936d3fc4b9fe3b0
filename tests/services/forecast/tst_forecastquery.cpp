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
        // October is complete, and a line predicts a line: the backtest error is 0
        QCOMPARE(r.backtest.size(), 2);
        QCOMPARE(*r.backtestMapePct, 0.0);
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
