#include "allocation/costpool.h"
#include "core/utctime.h"

#include <QTest>

using namespace costline;

using Weights = QMap<QString, qint64>;

class TestCostPool final : public QObject
{
    Q_OBJECT

private slots:
    void largestRemainder_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<Weights>("weights");
        QTest::addColumn<Weights>("expected");
        QTest::newRow("100 over three equal: the first key takes the spare")
            << qint64(100) << Weights{{"a", 1}, {"b", 1}, {"c", 1}} << Weights{{"a", 34}, {"b", 33}, {"c", 33}};
        QTest::newRow("10 over 1:2: remainders 1/3 and 2/3, b takes the spare")
            << qint64(10) << Weights{{"a", 1}, {"b", 2}} << Weights{{"a", 3}, {"b", 7}};
        QTest::newRow("a zero weight gets nothing")
            << qint64(7) << Weights{{"a", 0}, {"b", 5}} << Weights{{"b", 7}};
        QTest::newRow("1 nano-dollar over 3")
            << qint64(1) << Weights{{"a", 1}, {"b", 1}, {"c", 1}} << Weights{{"a", 1}, {"b", 0}, {"c", 0}};
        QTest::newRow("$1 over 1M, 2M, 3M tokens")
            << qint64(1'000'000'000) << Weights{{"x", 1'000'000}, {"y", 2'000'000}, {"z", 3'000'000}}
            << Weights{{"x", 166'666'667}, {"y", 333'333'333}, {"z", 500'000'000}};
        QTest::newRow("no weight: nothing") << qint64(5) << Weights{{"a", 0}} << Weights{};
    }

    void largestRemainder()
    {
        QFETCH(qint64, amount);
        QFETCH(Weights, weights);
        QFETCH(Weights, expected);
        QCOMPARE(splitLargestRemainder(amount, weights), expected);
    }

    void hugeAmountsStillSumExactly()
    {
        // $1 billion over weights whose products overflow 64 bits
        const qint64 amount = 1'000'000'000LL * 1'000'000'000LL;
        const Weights weights{{"a", 7'000'000'000'001}, {"b", 3}, {"c", 9'999'999'999'999}};
        qint64 sum = 0;
        for (qint64 part : splitLargestRemainder(amount, weights))
            sum += part;
        QCOMPARE(sum, amount);
    }

    void poolAmountIsProratedByDays_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("expected");
        const qint64 usd = 1'000'000'000;
        QTest::newRow("whole November") << "2026-11-01" << "2026-11-30" << 3000 * usd;
        QTest::newRow("24 of 30 days") << "2026-11-01" << "2026-11-24" << 2400 * usd;
        // 3000 × 17/31 = 1645.161290322.58… rounds up, plus 3000 × 15/30 = 1500
        QTest::newRow("Oct 15 to Nov 15") << "2026-10-15" << "2026-11-15" << qint64(3'145'161'290'323);
    }

    void poolAmountIsProratedByDays()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, expected);
        CostPool pool;
        pool.monthlyNano = 3000'000'000'000;
        QCOMPARE(poolAmountFor(pool, *utc::parseDate(from.toUtf8()), *utc::parseDate(to.toUtf8())), expected);
    }
};

QTEST_GUILESS_MAIN(TestCostPool)
#include "tst_costpool.moc"
