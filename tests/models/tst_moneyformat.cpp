#include "models/moneyformat.h"

#include <QTest>

using namespace costline;

class TestMoneyFormat final : public QObject
{
    Q_OBJECT

private:
    const QLocale m_us{QLocale::English, QLocale::UnitedStates};

private slots:
    void amounts_data()
    {
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "$0.00";
        QTest::newRow("whole dollars with grouping") << qint64(1'234'567'000'000'000) << "$1,234,567.00";
        QTest::newRow("rounds half up to the cent") << qint64(12'345'000'000) << "$12.35";
        QTest::newRow("one cent") << qint64(10'000'000) << "$0.01";
        QTest::newRow("sub-cent keeps two significant digits") << qint64(423'000) << "$0.00042";
        QTest::newRow("a nano-dollar") << qint64(1) << "$0.000000001";
        QTest::newRow("negative, accounting style") << qint64(-4'500'000'000) << "($4.50)";
    }

    void amounts()
    {
        QFETCH(qint64, nano);
        QFETCH(QString, text);
        QCOMPARE(formatMoney(nano, m_us), text);
    }

    void fourDecimalPrecision_data()
    {
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole dollars") << qint64(1'234'567'000'000'000) << "$1,234,567.0000";
        QTest::newRow("rounds half up at the 4th decimal") << qint64(12'345'650'000) << "$12.3457";
        QTest::newRow("a cent and a fraction") << qint64(12'340'000) << "$0.0123";
        QTest::newRow("under a ten-thousandth keeps two significant digits") << qint64(42'300) << "$0.000042";
        QTest::newRow("negative") << qint64(-4'500'000'000) << "($4.5000)";
    }

    void fourDecimalPrecision()
    {
        QFETCH(qint64, nano);
        QFETCH(QString, text);
        // Given Preferences → Display precision set to 4 decimals
        setMoneyDisplayDecimals(4);
        const QString shown = formatMoney(nano, m_us);
        setMoneyDisplayDecimals(2);
        // Then amounts read to a hundredth of a cent, and back to cents afterwards
        QCOMPARE(shown, text);
        QCOMPARE(formatMoney(qint64(12'345'000'000), m_us), QStringLiteral("$12.35"));
    }

    void unpricedIsNeverZero()
    {
        QCOMPARE(formatMoney(std::optional<qint64>(), m_us), QStringLiteral("unpriced"));
        QCOMPARE(formatMoney(std::optional<qint64>(0), m_us), QStringLiteral("$0.00"));
    }

    void unitPricesShowFourDecimals()
    {
        QCOMPARE(formatUnitMoney(12'400'000, m_us), QStringLiteral("$0.0124"));
        QCOMPARE(formatUnitMoney(2'500'000'000, m_us), QStringLiteral("$2.50"));
    }

    void deltasCarryTheirSign()
    {
        QCOMPARE(formatMoneyDelta(1'500'000'000, m_us), QStringLiteral("+$1.50"));
        QCOMPARE(formatMoneyDelta(-1'500'000'000, m_us), QStringLiteral("\u2212$1.50"));
        QCOMPARE(formatPercentDelta(std::nullopt, m_us), QStringLiteral("new"));
        QCOMPARE(formatPercentDelta(12.34, m_us), QStringLiteral("+12.3 %"));
    }

    void exactTextKeepsEveryDigit()
    {
        QCOMPARE(formatMoneyExact(123'400), QStringLiteral("$0.000123400 USD"));
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
