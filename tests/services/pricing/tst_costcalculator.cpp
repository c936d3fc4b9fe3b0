#include "pricing/costcalculator.h"

#include <QTest>

#include <limits>

using namespace costline;

namespace {

PriceEntry gpt4o()
{
    PriceEntry e;
    e.modelPattern = QStringLiteral("gpt-4o");
    e.inputPerMTok = 2'500'000'000;      // $2.50 / 1M
    e.cachedInputPerMTok = 1'250'000'000; // $1.25 / 1M
    e.outputPerMTok = 10'000'000'000;    // $10 / 1M
    return e;
}

} // namespace

class tst_CostCalculator final : public QObject
{
    Q_OBJECT

private slots:
    void cost_data();
    void cost();
    void missingPriceForUsedMeterIsUnpriced();
    void roundsOnceAfterSumming();
    void beyondOneEventsLimitIsUnpriced_data();
    void beyondOneEventsLimitIsUnpriced();
};

void tst_CostCalculator::cost_data()
{
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("cached");
    QTest::addColumn<qint64>("cacheWrite");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("reasoning");
    QTest::addColumn<qint64>("expectedNano");
    // 1M input at $2.50 = 2.5e9 nano
    QTest::newRow("one million input") << qint64(1'000'000) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                       << qint64(2'500'000'000);
    // 1000 input of which 400 cached: 600×2500 + 400×1250 nano = 2 000 000 nano
    QTest::newRow("cached is a subset of input") << qint64(1000) << qint64(400) << qint64(0) << qint64(0) << qint64(0)
                                                 << qint64(2'000'000);
    // cache writes fall back to the input price: 1000 × 2500
    QTest::newRow("cache write at input price") << qint64(1000) << qint64(0) << qint64(1000) << qint64(0) << qint64(0)
                                                << qint64(2'500'000);
    // reasoning falls back to the output price: 300 × 10000
    QTest::newRow("reasoning at output price") << qint64(0) << qint64(0) << qint64(0) << qint64(300) << qint64(200)
                                               << qint64(3'000'000);
    // one input token is 2 500 nano exactly
    QTest::newRow("one token") << qint64(1) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(2500);
    QTest::newRow("nothing") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
}

void tst_CostCalculator::cost()
{
    QFETCH(qint64, input);
    QFETCH(qint64, cached);
    QFETCH(qint64, cacheWrite);
    QFETCH(qint64, output);
    QFETCH(qint64, reasoning);
    QFETCH(qint64, expectedNano);
    UsageEvent e;
    e.inputTokens = input;
    e.cachedInputTokens = cached;
    e.cacheWriteTokens = cacheWrite;
    e.outputTokens = output;
    e.reasoningTokens = reasoning;
    const auto cost = computeCostNano(gpt4o(), e);
    QVERIFY(cost.has_value());
    QCOMPARE(*cost, expectedNano);
}

void tst_CostCalculator::missingPriceForUsedMeterIsUnpriced()
{
    PriceEntry inputOnly;
    inputOnly.inputPerMTok = 1'000'000'000;
    UsageEvent e;
    e.inputTokens = 10;
    e.outputTokens = 5;
    QVERIFY(!computeCostNano(inputOnly, e).has_value());
    e.outputTokens = 0;
    QCOMPARE(computeCostNano(inputOnly, e).value(), qint64(10'000));
}

void tst_CostCalculator::roundsOnceAfterSumming()
{
    // Given half a nano-dollar per token for input and for output
    PriceEntry tiny;
    tiny.inputPerMTok = 500'000;
    tiny.outputPerMTok = 500'000;
    UsageEvent e;
    e.inputTokens = 1;
    e.outputTokens = 1;
    // Then 0.5 + 0.5 is 1, not 1 + 1 from rounding each part
    QCOMPARE(computeCostNano(tiny, e).value(), qint64(1));
    // And a lone half rounds away from zero
    e.outputTokens = 0;
    QCOMPARE(computeCostNano(tiny, e).value(), qint64(1));
    e.inputTokens = 3;
    QCOMPARE(computeCostNano(tiny, e).value(), qint64(2));
}

// Absurd prices (a typo in a price entered by hand) must not overflow, even in 128 bits.
void tst_CostCalculator::beyondOneEventsLimitIsUnpriced_data()
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("perRequestNano");
    QTest::addColumn<qint64>("quantityNano");
    QTest::addColumn<qint64>("perUnitNano");
    QTest::addColumn<int>("batchDiscountBasisPoints");
    QTest::addColumn<std::optional<qint64>>("expected");
    QTest::newRow("exactly $100,000,000") << qint64(1) << kMaxEventCostNano << qint64(0) << qint64(0) << 0
                                          << std::optional<qint64>(kMaxEventCostNano);
    QTest::newRow("one nano-dollar more") << qint64(1) << kMaxEventCostNano + 1 << qint64(0) << qint64(0) << 0
                                          << std::optional<qint64>();
    QTest::newRow("requests x price x 1e9 beyond 128 bits") << kMaxEventCount << kMax << qint64(0) << qint64(0) << 0
                                                             << std::optional<qint64>();
    QTest::newRow("quantity x unit price beyond int64") << qint64(0) << qint64(0) << kMax << kMax << 0
                                                        << std::optional<qint64>();
    QTest::newRow("batch discount of minus int max") << qint64(1) << kMaxEventCostNano << qint64(0) << qint64(0)
                                                     << std::numeric_limits<int>::min() << std::optional<qint64>();
}

void tst_CostCalculator::beyondOneEventsLimitIsUnpriced()
{
    QFETCH(qint64, requests);
    QFETCH(qint64, perRequestNano);
    QFETCH(qint64, quantityNano);
    QFETCH(qint64, perUnitNano);
    QFETCH(int, batchDiscountBasisPoints);
    QFETCH(std::optional<qint64>, expected);
    PriceEntry entry;
    entry.perRequestNano = perRequestNano;
    entry.perUnitNano = perUnitNano;
    entry.batchDiscountBasisPoints = batchDiscountBasisPoints;
    UsageEvent e;
    e.requests = requests;
    e.quantityNano = quantityNano;
    e.dim(Dimension::Operation) = "batch";
    QCOMPARE(computeCostNano(entry, e), expected);
}

QTEST_GUILESS_MAIN(tst_CostCalculator)
#include "tst_costcalculator.moc"
