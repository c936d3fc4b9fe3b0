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

    void backtestErrorOnAStepChange()
    {
        // Given October 2026 at $100 a day for 21 days, then $200 a day, and one day of November
        const qint64 oct1 = *utc::parseDate("2026-10-01");
        DailySeries series;
        series.fromDay = oct1;
        for (int d = 0; d < 32; ++d)
            series.costNano << usd(d < 21 ? 100 : 200);
        // When backtesting the complete months up to November 1st
        const QList<BacktestPoint> points = backtestMonths(series, oct1 + 31);
        // Then October is tested as of the 14th and the 21st (the 7th has too little history)
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).asOfDay, oct1 + 13);
        QCOMPARE(points.at(1).asOfDay, oct1 + 20);
        // Both see a flat $100 line and say 31 × 100 = 3100 against the real 21×100 + 10×200 = 4100
        for (const BacktestPoint &p : points) {
            QCOMPARE(p.projectedNano, usd(3100));
            QCOMPARE(p.actualNano, usd(4100));
        }
        // So each errs by 1000 / 4100 and so does their mean
        QCOMPARE(*meanAbsolutePctError(points), 100.0 * 1000.0 / 4100.0);
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
