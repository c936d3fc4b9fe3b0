#include "signals/anomalydetector.h"
#include "signals/robuststats.h"

#include <QRandomGenerator>
#include <QTest>

using namespace costline;

namespace {

constexpr qint64 kUsd = 1'000'000'000;
constexpr qint64 kAsOf = 20'000; // a day number; 20 000 is a Saturday

// 90 days around $100 a day with ±15 % noise and quieter weekends.
QMap<qint64, qint64> noisySeries(quint32 seed)
{
    QRandomGenerator rng(seed);
    QMap<qint64, qint64> series;
    for (qint64 d = kAsOf - 89; d <= kAsOf; ++d) {
        const bool weekend = (d + 3) % 7 >= 5;
        const qint64 base = weekend ? 45 * kUsd : 100 * kUsd;
        series.insert(d, base + (qint64(rng.bounded(30'001)) - 15'000) * base / 100'000);
    }
    return series;
}

AnomalyScope tenantScope(const char *tenant)
{
    return {{QStringLiteral("tenant"), QString::fromLatin1(tenant)}};
}

} // namespace

class tst_AnomalyDetector final : public QObject
{
    Q_OBJECT

private slots:
    void medians();
    void flatNoisySeriesRaisesNothing_data();
    void flatNoisySeriesRaisesNothing();
    void findsASpikeAsOneSignal();
    void tinySpendStaysQuiet();
    void perTenantThreshold();
};

void tst_AnomalyDetector::medians()
{
    QCOMPARE(medianOf({5, 1, 3}), qint64(3));
    QCOMPARE(medianOf({4, 1, 3, 2}), qint64(2)); // (2 + 3) / 2 rounded toward zero
    QCOMPARE(medianOf({}), qint64(0));
    QCOMPARE(madOf({1, 2, 3, 4, 100}, 3), qint64(1));
}

void tst_AnomalyDetector::flatNoisySeriesRaisesNothing_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 20; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void tst_AnomalyDetector::flatNoisySeriesRaisesNothing()
{
    QFETCH(quint32, seed);
    const QList<Signal> found = AnomalyDetector::detectSeries(tenantScope("acme"), noisySeries(seed), kAsOf, {});
    QVERIFY2(found.isEmpty(), qPrintable(found.value(0).explanation));
}

void tst_AnomalyDetector::findsASpikeAsOneSignal()
{
    // Given two weekdays at five times the usual spend
    QMap<qint64, qint64> series = noisySeries(7);
    const qint64 first = kAsOf - 10; // a Wednesday
    series[first] *= 5;
    series[first + 1] *= 5;
    const QList<Signal> found = AnomalyDetector::detectSeries(tenantScope("globex"), series, kAsOf, {});
    // Then one signal covers both days, with the excess as money at stake
    QCOMPARE(found.size(), 1);
    const Signal &s = found.first();
    QCOMPARE(s.day, first);
    QCOMPARE(s.lastDay, first + 1);
    QCOMPARE(s.scope.value(QStringLiteral("tenant")), QStringLiteral("globex"));
    QCOMPARE(s.currentNano, series[first] + series[first + 1]);
    QCOMPARE(s.moneyAtStakeNano, s.currentNano - s.baselineNano);
    QVERIFY2(s.deviationPct > 300 && s.deviationPct < 500, qPrintable(QString::number(s.deviationPct)));
    QVERIFY(s.baselineNano > 170 * kUsd && s.baselineNano < 230 * kUsd);
    QVERIFY(!s.id.isEmpty());
}

void tst_AnomalyDetector::tinySpendStaysQuiet()
{
    // A tenant spending cents a day that jumps tenfold is below the money-at-stake floor.
    QMap<qint64, qint64> series;
    for (qint64 d = kAsOf - 60; d <= kAsOf; ++d)
        series.insert(d, 10'000'000); // one cent
    series[kAsOf - 3] = 100'000'000;
    QVERIFY(AnomalyDetector::detectSeries(tenantScope("tiny"), series, kAsOf, {}).isEmpty());
    AnomalySettings loose;
    loose.minMoneyAtStakeNano = 10'000'000;
    QCOMPARE(AnomalyDetector::detectSeries(tenantScope("tiny"), series, kAsOf, loose).size(), 1);
}

void tst_AnomalyDetector::perTenantThreshold()
{
    QMap<qint64, qint64> series = noisySeries(3);
    series[kAsOf - 10] *= 3; // +200 %
    AnomalySettings settings;
    QCOMPARE(AnomalyDetector::detectSeries(tenantScope("acme"), series, kAsOf, settings).size(), 1);
    settings.tenantThresholdPct.insert(QStringLiteral("acme"), 400);
    QVERIFY(AnomalyDetector::detectSeries(tenantScope("acme"), series, kAsOf, settings).isEmpty());
    // The override is for that tenant only.
    QCOMPARE(AnomalyDetector::detectSeries(tenantScope("other"), series, kAsOf, settings).size(), 1);
}

QTEST_GUILESS_MAIN(tst_AnomalyDetector)
#include "tst_anomalydetector.moc"
