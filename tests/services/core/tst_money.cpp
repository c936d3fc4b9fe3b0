#include "core/decimal.h"
#include "core/money.h"

#include <QTest>

using namespace costline;

class tst_Money final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
    void scaledWithExponent_data();
    void scaledWithExponent();
    void sumsStayExact();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("nano");
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("zero with fraction") << QByteArray("0.000000000") << qint64(0);
    QTest::newRow("negative zero") << QByteArray("-0") << qint64(0);
    QTest::newRow("one nano") << QByteArray("0.000000001") << qint64(1);
    QTest::newRow("nine digits") << QByteArray("12.345678901") << qint64(12'345'678'901);
    QTest::newRow("whole dollars") << QByteArray("42") << qint64(42'000'000'000);
    QTest::newRow("negative") << QByteArray("-3.5") << qint64(-3'500'000'000);
    QTest::newRow("plus sign") << QByteArray("+1.25") << qint64(1'250'000'000);
    QTest::newRow("leading point") << QByteArray(".5") << qint64(500'000'000);
    QTest::newRow("trailing point") << QByteArray("7.") << qint64(7'000'000'000);
    QTest::newRow("surrounding spaces") << QByteArray("  1.5 ") << qint64(1'500'000'000);
    QTest::newRow("trailing zeros past nine digits") << QByteArray("1.0000000000000") << qint64(1'000'000'000);
    QTest::newRow("largest") << QByteArray("9223372036.854775807") << qint64(9'223'372'036'854'775'807);
    QTest::newRow("most negative but one") << QByteArray("-9223372036.854775807") << qint64(-9'223'372'036'854'775'807);
}

void tst_Money::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, nano);
    QString error;
    const auto money = Money::parse(text, &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QCOMPARE(money->nano(), nano);
}

void tst_Money::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ten fraction digits") << QByteArray("0.0000000001") << QStringLiteral("more than 9 fractional digits");
    QTest::newRow("ten digits nonzero tail") << QByteArray("1.1234567891") << QStringLiteral("more than 9 fractional digits");
    QTest::newRow("overflow") << QByteArray("9223372036.854775808") << QStringLiteral("too large");
    QTest::newRow("huge") << QByteArray("99999999999999999999") << QStringLiteral("too large");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty number");
    QTest::newRow("letters") << QByteArray("abc") << QStringLiteral("is not a number");
    QTest::newRow("exponent") << QByteArray("1e-3") << QStringLiteral("is not a plain decimal number");
    QTest::newRow("thousands separator") << QByteArray("1,000.00") << QStringLiteral("is not a plain decimal number");
    QTest::newRow("two points") << QByteArray("1.2.3") << QStringLiteral("is not a plain decimal number");
    QTest::newRow("currency sign") << QByteArray("$5") << QStringLiteral("is not a number");
    QTest::newRow("sign only") << QByteArray("-") << QStringLiteral("is not a number");
}

void tst_Money::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Money::parse(text, &error).has_value());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("nano");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.000000000");
    QTest::newRow("one nano") << qint64(1) << QStringLiteral("0.000000001");
    QTest::newRow("minus one nano") << qint64(-1) << QStringLiteral("-0.000000001");
    QTest::newRow("dollars") << qint64(12'345'000'000) << QStringLiteral("12.345000000");
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << QStringLiteral("9223372036.854775807");
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << QStringLiteral("-9223372036.854775808");
}

void tst_Money::format()
{
    QFETCH(qint64, nano);
    QFETCH(QString, text);
    QCOMPARE(Money::fromNano(nano).toDecimalString(), text);
    if (nano != std::numeric_limits<qint64>::min())
        QCOMPARE(Money::parse(text.toUtf8())->nano(), nano);
}

void tst_Money::scaledWithExponent_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("perMillionNano");
    // LiteLLM per-token USD prices → nano-USD per million tokens (scale 15).
    QTest::newRow("gpt-4o input") << QByteArray("2.5e-06") << qint64(2'500'000'000);
    QTest::newRow("gpt-4o-mini cached") << QByteArray("7.5e-08") << qint64(75'000'000);
    QTest::newRow("opus cache write") << QByteArray("1.875e-05") << qint64(18'750'000'000);
    QTest::newRow("upper-case E") << QByteArray("3E-6") << qint64(3'000'000'000);
    QTest::newRow("plain decimal") << QByteArray("0.000015") << qint64(15'000'000'000);
    QTest::newRow("zero") << QByteArray("0.0") << qint64(0);
    QTest::newRow("tiny") << QByteArray("1e-15") << qint64(1);
}

void tst_Money::scaledWithExponent()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, perMillionNano);
    const ScaledDecimal value = parseScaledDecimal(text, 15, true);
    QVERIFY2(value.ok, qPrintable(value.error));
    QCOMPARE(value.value, perMillionNano);
    QVERIFY(!parseScaledDecimal("1e-16", 15, true).ok);
}

void tst_Money::sumsStayExact()
{
    // Given 150 000 small amounts (a double sum of these drifts by nano-dollars)
    Money sum;
    for (int i = 0; i < 150'000; ++i)
        sum += *Money::parse("0.000000123");
    // Then the integer sum is exact
    QCOMPARE(sum.toDecimalString(), QStringLiteral("0.018450000"));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
