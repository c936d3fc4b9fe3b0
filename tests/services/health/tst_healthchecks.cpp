#include "health/healthquery.h"

#include <QTest>

using namespace costline;

namespace {

HealthCheck check(const char *capabilityName, CheckStatus status, qint64 money = 0)
{
    HealthCheck c = makeCheck(QStringLiteral("c"), QString::fromLatin1(capabilityName));
    c.status = status;
    c.moneyAtStakeNano = money;
    return c;
}

} // namespace

class TestHealthChecks final : public QObject
{
    Q_OBJECT

private slots:
    void boundaries_data()
    {
        QTest::addColumn<bool>("higherIsBetter");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("passAt");
        QTest::addColumn<double>("warnAt");
        QTest::addColumn<int>("expected");
        using namespace threshold;
        QTest::newRow("priced exactly 99 % passes") << true << 99.0 << kPricedPass << kPricedWarn << int(CheckStatus::Pass);
        QTest::newRow("priced 98.99 % warns") << true << 98.99 << kPricedPass << kPricedWarn << int(CheckStatus::Warn);
        QTest::newRow("priced exactly 95 % warns") << true << 95.0 << kPricedPass << kPricedWarn << int(CheckStatus::Warn);
        QTest::newRow("priced 94.99 % fails") << true << 94.99 << kPricedPass << kPricedWarn << int(CheckStatus::Fail);
        QTest::newRow("team on 95 % passes") << true << 95.0 << kMetadataPass << kMetadataWarn << int(CheckStatus::Pass);
        QTest::newRow("team on 79.9 % fails") << true << 79.9 << kMetadataPass << kMetadataWarn << int(CheckStatus::Fail);
        QTest::newRow("no quarantine passes") << false << 0.0 << kQuarantinedPass << kQuarantinedWarn << int(CheckStatus::Pass);
        QTest::newRow("any quarantine warns") << false << 0.01 << kQuarantinedPass << kQuarantinedWarn << int(CheckStatus::Warn);
        QTest::newRow("quarantine over 1 % fails") << false << 1.01 << kQuarantinedPass << kQuarantinedWarn << int(CheckStatus::Fail);
        QTest::newRow("estimated 1 % passes") << false << 1.0 << kEstimatedPass << kEstimatedWarn << int(CheckStatus::Pass);
        QTest::newRow("estimated 10 % warns") << false << 10.0 << kEstimatedPass << kEstimatedWarn << int(CheckStatus::Warn);
        QTest::newRow("estimated 10.1 % fails") << false << 10.1 << kEstimatedPass << kEstimatedWarn << int(CheckStatus::Fail);
        QTest::newRow("mismatch 5 % warns") << false << 5.0 << kMismatchPass << kMismatchWarn << int(CheckStatus::Warn);
        QTest::newRow("one interval old passes") << false << 1.0 << 1.0 << kFreshWarnIntervals << int(CheckStatus::Pass);
        QTest::newRow("three intervals old warns") << false << 3.0 << 1.0 << kFreshWarnIntervals << int(CheckStatus::Warn);
        QTest::newRow("3.01 intervals old fails") << false << 3.01 << 1.0 << kFreshWarnIntervals << int(CheckStatus::Fail);
    }

    void boundaries()
    {
        QFETCH(bool, higherIsBetter);
        QFETCH(double, value);
        QFETCH(double, passAt);
        QFETCH(double, warnAt);
        QFETCH(int, expected);
        const CheckStatus s = higherIsBetter ? statusAtLeast(value, passAt, warnAt) : statusAtMost(value, passAt, warnAt);
        QCOMPARE(int(s), expected);
    }

    void readinessCountsHalfForAWarn()
    {
        // pass + warn + fail + pass = (2 + 1 + 0 + 2) / 8 = 62.5 % → 63
        const QList<HealthCheck> checks{check("overview", CheckStatus::Pass), check("overview", CheckStatus::Warn),
                                        check("overview", CheckStatus::Fail), check("overview", CheckStatus::Pass)};
        QCOMPARE(readinessScore(checks), 63);
        QCOMPARE(readinessScore({}), 100);
    }

    void aLockedCapabilityNeverLowersTheScore()
    {
        // Given a passing core check and a failing forecast check
        QList<HealthCheck> checks{check("overview", CheckStatus::Pass), check("forecast", CheckStatus::Fail, 500)};
        QCOMPARE(readinessScore(checks), 50);
        // When the plan lacks Forecast
        checks[1].locked = true;
        // Then the score is that of the plan's checks alone, and the locked fix is not proposed
        QCOMPARE(readinessScore(checks), 100);
        QVERIFY(!nextAction(checks));
    }

    void nextActionIsTheLargestMoneyAtStake()
    {
        const QList<HealthCheck> checks{check("overview", CheckStatus::Fail, 100), check("overview", CheckStatus::Warn, 900),
                                        check("overview", CheckStatus::Pass, 5000), check("overview", CheckStatus::Warn, 100)};
        QCOMPARE(nextAction(checks)->moneyAtStakeNano, 900);
        // At equal money a fail comes before a warn
        const QList<HealthCheck> tie{check("overview", CheckStatus::Warn, 100), check("overview", CheckStatus::Fail, 100)};
        QCOMPARE(nextAction(tie)->status, CheckStatus::Fail);
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "tst_healthchecks.moc"
