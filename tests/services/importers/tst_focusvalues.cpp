// Every date-time form and null spelling FOCUS producers write, and the money forms.
#include "importers/focusvalues.h"

#include <QTest>

using namespace costline;

namespace {

constexpr qint64 k20240918T2200 = 1'726'696'800'000; // 2024-09-18T22:00:00Z

} // namespace

class tst_FocusValues final : public QObject
{
    Q_OBJECT

private slots:
    void dateTimes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("epochMs");
        const qint64 t = k20240918T2200;
        const qint64 midnight = t - 22 * 3'600'000LL;
        QTest::newRow("ISO 8601 with Z (FOCUS spec)") << QByteArray("2024-09-18T22:00:00Z") << t;
        QTest::newRow("lower-case t and z") << QByteArray("2024-09-18t22:00:00z") << t;
        QTest::newRow("space, no zone (AWS, FOCUS sample data)") << QByteArray("2024-09-18 22:00:00") << t;
        QTest::newRow("T, no zone") << QByteArray("2024-09-18T22:00:00") << t;
        QTest::newRow("minutes only with Z") << QByteArray("2024-09-18T22:00Z") << t;
        QTest::newRow("minutes only, no zone") << QByteArray("2024-09-18 22:00") << t;
        QTest::newRow("milliseconds with Z") << QByteArray("2024-09-18T22:00:00.000Z") << t;
        QTest::newRow("seven-digit fraction (Azure)") << QByteArray("2024-09-18T22:00:00.0000000Z") << t;
        QTest::newRow("fraction, no zone") << QByteArray("2024-09-18 22:00:00.250") << t + 250;
        QTest::newRow("offset +00:00") << QByteArray("2024-09-18T22:00:00+00:00") << t;
        QTest::newRow("offset +02:00") << QByteArray("2024-09-19T00:00:00+02:00") << t;
        QTest::newRow("offset -0500") << QByteArray("2024-09-18T17:00:00-0500") << t;
        QTest::newRow("offset +02") << QByteArray("2024-09-19T00:00:00+02") << t;
        QTest::newRow("space before the offset") << QByteArray("2024-09-18 22:00:00 +00:00") << t;
        QTest::newRow("trailing UTC (BigQuery)") << QByteArray("2024-09-18 22:00:00 UTC") << t;
        QTest::newRow("fraction and UTC") << QByteArray("2024-09-18 22:00:00.000000 UTC") << t;
        QTest::newRow("date only") << QByteArray("2024-09-18") << midnight;
        QTest::newRow("surrounding spaces") << QByteArray("  2024-09-18T22:00:00Z ") << t;
        QTest::newRow("US date, 2-digit year (FOCUS 1.2 examples)") << QByteArray("9/18/24") << midnight;
        QTest::newRow("US date, 4-digit year") << QByteArray("09/18/2024") << midnight;
        QTest::newRow("US date and 24-hour time") << QByteArray("9/18/2024 22:00") << t;
        QTest::newRow("US date, time and PM (spreadsheet)") << QByteArray("9/18/2024 10:00:00 PM") << t;
        QTest::newRow("US date, 12 AM is midnight") << QByteArray("9/18/2024 12:00:00 AM") << midnight;
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1'709'164'800'000);
    }

    void dateTimes()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, epochMs);
        const auto parsed = parseFocusTime(text);
        QVERIFY2(parsed, text.constData());
        QCOMPARE(*parsed, epochMs);
    }

    void notDateTimes_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : {"", "NULL", "null", "\\N", "2024-13-01", "2024-02-30", "2023-02-29T00:00:00Z",
                                 "2024-09-18T25:00:00Z", "2024-09-18T22:61:00Z", "20240918", "1726696800000",
                                 "18/9/2024", "9/18/2024 13:00 PM", "2024-09-18T22:00:00+25:00", "yesterday",
                                 "2024-09-18T22:00:00ZZ", "2024-09-18 22:00:00 CET"})
            QTest::newRow(*text ? text : "(empty)") << QByteArray(text);
    }

    void notDateTimes()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(!parseFocusTime(text), text.constData());
    }

    void nullSpellings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isNull");
        QTest::newRow("empty") << QByteArray("") << true;
        QTest::newRow("spaces") << QByteArray("   ") << true;
        QTest::newRow("NULL") << QByteArray("NULL") << true;
        QTest::newRow("null") << QByteArray("null") << true;
        QTest::newRow("Null") << QByteArray("Null") << true;
        QTest::newRow("\\N (database dumps)") << QByteArray("\\N") << true;
        QTest::newRow("None (Python)") << QByteArray("None") << true;
        QTest::newRow("NaN (pandas)") << QByteArray("NaN") << true;
        QTest::newRow("padded NULL") << QByteArray(" NULL ") << true;
        QTest::newRow("a value") << QByteArray("Nullable") << false;
        QTest::newRow("zero") << QByteArray("0") << false;
        QTest::newRow("a dash") << QByteArray("-") << false;
    }

    void nullSpellings()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, isNull);
        QCOMPARE(isFocusNull(text), isNull);
        if (isNull) {
            QVERIFY(!parseFocusMoney(text));
            QVERIFY(!parseFocusTime(text));
        }
    }

    void money_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("nano");
        QTest::addColumn<qint64>("subNano");
        QTest::newRow("plain") << QByteArray("12.5") << 12'500'000'000LL << 0LL;
        QTest::newRow("11 digits (AWS)") << QByteArray("0.00000000603") << 6LL << 30'000'000LL;
        QTest::newRow("negative below a nano") << QByteArray("-0.00000000729") << -7LL << -290'000'000LL;
        QTest::newRow("credit") << QByteArray("-2.61370000000") << -2'613'700'000LL << 0LL;
        QTest::newRow("dollar sign and thousands") << QByteArray("$10,100.00 ") << 10'100'000'000'000LL << 0LL;
        QTest::newRow("accounting negative") << QByteArray("($3.20)") << -3'200'000'000LL << 0LL;
        QTest::newRow("minus before the dollar") << QByteArray("-$3.20") << -3'200'000'000LL << 0LL;
        QTest::newRow("exponent") << QByteArray("1.5E-7") << 150LL << 0LL;
        QTest::newRow("exponent below a nano") << QByteArray("6.03e-9") << 6LL << 30'000'000LL;
        QTest::newRow("18 digits") << QByteArray("0.000000000000000001") << 0LL << 1LL;
        QTest::newRow("19 digits round the 18th") << QByteArray("0.0000000000000000015") << 0LL << 2LL;
        QTest::newRow("no integer part") << QByteArray(".5") << 500'000'000LL << 0LL;
    }

    void money()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, nano);
        QFETCH(qint64, subNano);
        const auto amount = parseFocusMoney(text);
        QVERIFY2(amount, text.constData());
        QCOMPARE(amount->nano, nano);
        QCOMPARE(amount->subNano, subNano);
    }

    void notMoney_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : {"", "NULL", "twelve", "1.2.3", "1e", "--1", "1e999", "99999999999999999999999"})
            QTest::newRow(*text ? text : "(empty)") << QByteArray(text);
    }

    void notMoney()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(!parseFocusMoney(text), text.constData());
    }
};

QTEST_GUILESS_MAIN(tst_FocusValues)
#include "tst_focusvalues.moc"
