#include "forecast/backtest.h"
#include "forecast/projection.h"
#include "core/utctime.h"

#include <QTest>

using namespace costline;

namespace {

qint64 usd(qint64 dollars)
{
    return dollars * 1'000'000'000;
}

// A flat level with a strong weekly rhythm, in cents: Monday first.
DailySeries weeklyRhythm(qint64 fromDay, qint64 toDay)
{
    constexpr qint64 kCents[7] = {12'037, 13'011, 12'544, 11'873, 9'512, 2'405, 1'988};
    DailySeries series;
    series.fromDay = fromDay;
    for (qint64 day = fromDay; day <= toDay; ++day)
        series.costNano << kCents[(day + 3) % 7] * 10'000'000; // 1970-01-01 was a Thursday
    return series;
}

} // namespace

class TestProjection final : public QObject
{
    Q_OBJECT

private slots:
    void linearHistoryProjectsTheLineExactly()
    {
        // Given 28 days that cost 100 + 2d dollars on day d
        QList<qint64> days;
        for (int d = 0; d < 28; ++d)
            days << usd(100 + 2 * d);
        // When projecting three more days
        const Projection p = projectDays(days, 3);
        // Then the line continues: (100+56) + (100+58) + (100+60) = 474, with no band
        QCOMPARE(p.expectedNano, usd(474));
        QCOMPARE(p.lowNano, usd(474));
        QCOMPARE(p.highNano, usd(474));
    }

    void onlyTheTrailingWindowCounts()
    {
        // Given a spike long before the last 28 flat days
        QList<qint64> days{usd(5000), usd(5000)};
        for (int d = 0; d < 28; ++d)
            days << usd(10);
        // Then the spike is outside the window and the projection is flat
        QCOMPARE(projectDays(days, 5).expectedNano, usd(50));
    }

    void aSingleDayProjectsItsMean()
    {
        QCOMPARE(projectDays({usd(5)}, 4).expectedNano, usd(20));
        QCOMPARE(projectDays({}, 4).expectedNano, 0);
        QCOMPARE(projectDays({usd(5)}, 0).expectedNano, 0);
    }

    void aFallingLineNeverProjectsNegativeDays()
    {
        // Given spend falling 28, 27, ..., 1: the line reaches 0 on the next day
        QList<qint64> days;
        for (int d = 0; d < 28; ++d)
            days << usd(28 - d);
        // Then 40 more days cost nothing rather than a negative amount
        QCOMPARE(projectDays(days, 40).expectedNano, 0);
        QCOMPARE(projectDays(days, 40).lowNano, 0);
    }

    void noisyHistoryHasASymmetricBand()
    {
        QList<qint64> days;
        for (int d = 0; d < 28; ++d)
            days << usd(d % 2 == 0 ? 100 : 140);
        const Projection p = projectDays(days, 10);
        QVERIFY(p.lowNano < p.expectedNano);
        QVERIFY(p.highNano > p.expectedNano);
        QVERIFY(qAbs((p.highNano - p.expectedNano) - (p.expectedNano - p.lowNano)) <= 1);
    }

    void weekdayRhythmProjectsTheSameOnEveryWeekday_data()
    {
        QTest::addColumn<qint64>("asOfDay");
        const qint64 nov9 = *utc::parseDate("2026-11-09"); // a Monday
        const char *names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        for (int d = 0; d < 7; ++d)
            QTest::newRow(names[d]) << nov9 + d;
    }

    void weekdayRhythmProjectsTheSameOnEveryWeekday()
    {
        // Given three months at one flat level with a strong weekly rhythm (weekends a fifth
        // of a weekday, Fridays lighter)
        const DailySeries series = weeklyRhythm(*utc::parseDate("2026-09-01"), *utc::parseDate("2026-11-30"));
        const qint64 nov1 = *utc::parseDate("2026-11-01");
        const qint64 november = series.sum(nov1, utc::lastDayOfMonth(nov1));
        // When November is projected as of any weekday
        QFETCH(qint64, asOfDay);
        const qint64 projected = projectMonthEnd(series, asOfDay);
        // Then the projection is the month's real total. The fit is exact for a noiseless
        // weekly rhythm, so the only error left is rounding the projected sum to whole
        // nano-USD: one nano-USD of tolerance, a millionth of a cent.
        QVERIFY2(qAbs(projected - november) <= 1,
                 qPrintable(QStringLiteral("projected %1, real %2").arg(projected).arg(november)));
        // And with no noise there is no band to speak of
        const Projection rest = projectDays(series.upTo(asOfDay), int(utc::lastDayOfMonth(nov1) - asOfDay));
        QVERIFY(rest.highNano - rest.lowNano <= 2);
    }

    void backtestRunsOnEveryCutOffDay()
    {
        // Given October 2026 at $100 a day for 21 days, then $200 a day, and one day of November
        const qint64 oct1 = *utc::parseDate("2026-10-01");
        DailySeries series;
        series.fromDay = oct1;
        for (int d = 0; d < 32; ++d)
            series.costNano << usd(d < 21 ? 100 : 200);
        // When backtesting the complete months up to November 1st
        const QList<BacktestPoint> points = backtestMonths(series, oct1 + 31);
        // Then October is tested as of every day that has two weeks behind it, the 14th to
        // the 30th (the 31st has nothing left to project)
        QCOMPARE(points.size(), 17);
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(points.at(i).asOfDay, oct1 + 13 + i);
            QCOMPARE(points.at(i).actualNano, usd(4100));
        }
        // Up to the 21st the days were a flat $100: 31 × 100 = 3100 against the real
        // 21 × 100 + 10 × 200 = 4100, and a flat history has no band to hold the step
        for (int i = 0; i <= 7; ++i) {
            QCOMPARE(points.at(i).projectedNano, usd(3100));
            QVERIFY(!points.at(i).inBand());
        }
        // On the 30th only the 31st is left: a line through the step overshoots it a little
        QVERIFY(points.last().errorPct < 1.0);
        double sum = 0;
        int inBand = 0;
        for (const BacktestPoint &p : points) {
            sum += p.errorPct;
            inBand += p.inBand() ? 1 : 0;
        }
        QCOMPARE(*meanAbsolutePctError(points), sum / 17);
        QCOMPARE(*bandCoveragePct(points), 100.0 * inBand / 17);
        QVERIFY(inBand < 17);
    }

    void bandCoverageCountsTheMonthsInsideTheBand()
    {
        BacktestPoint inside;
        inside.lowNano = 90;
        inside.projectedNano = 100;
        inside.highNano = 110;
        inside.actualNano = 110;
        BacktestPoint below = inside;
        below.actualNano = 89;
        BacktestPoint above = inside;
        above.actualNano = 111;
        QVERIFY(inside.inBand());
        QVERIFY(!below.inBand());
        QVERIFY(!above.inBand());
        QCOMPARE(*bandCoveragePct({inside, below, above, inside}), 50.0);
        QVERIFY(!bandCoveragePct({}));
    }

    void backtestSkipsPartialMonths()
    {
        // Given data from 2026-10-05 to 2026-11-20: October started before the data did
        DailySeries series;
        series.fromDay = *utc::parseDate("2026-10-05");
        series.costNano.fill(usd(1), 47);
        QVERIFY(backtestMonths(series, series.toDay()).isEmpty());
        QVERIFY(!meanAbsolutePctError({}));
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
