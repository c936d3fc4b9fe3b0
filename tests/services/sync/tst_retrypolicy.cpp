#include "sync/jsonfields.h"
#include "sync/retrypolicy.h"

#include <QTest>

using namespace costline;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesWithinJitterAndCap()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 5000;
        for (int i = 0; i < 200; ++i) {
            const qint64 second = p.backoffMs(2), third = p.backoffMs(3), tenth = p.backoffMs(10);
            QVERIFY(second >= 500 && second <= 1000);
            QVERIFY(third >= 1000 && third <= 2000);
            QVERIFY(tenth >= 2500 && tenth <= 5000);
        }
    }

    void retryAfterSecondsAndDates()
    {
        QCOMPARE(parseRetryAfter("7", 0), std::optional<qint64>(7000));
        QCOMPARE(parseRetryAfter(" 0 ", 0), std::optional<qint64>(0));
        const qint64 now = QDateTime(QDate(2026, 9, 14), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfter("Mon, 14 Sep 2026 10:00:30 GMT", now), std::optional<qint64>(30'000));
        QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(parseRetryAfter("-3", now), std::nullopt);
    }

    void floatTextRoundsOnceToTheNano_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << QByteArray("0.06") << 9 << qint64(60'000'000);
        QTest::newRow("double expansion") << QByteArray("0.1000000000000000055511151231257827") << 9 << qint64(100'000'000);
        QTest::newRow("half rounds away from zero") << QByteArray("0.0000000015") << 9 << qint64(2);
        QTest::newRow("just under half") << QByteArray("0.00000000149999") << 9 << qint64(1);
        QTest::newRow("negative") << QByteArray("-0.0000000015") << 9 << qint64(-2);
        QTest::newRow("exponent") << QByteArray("1.2345678915e-05") << 9 << qint64(12'346);
        QTest::newRow("cents to nano") << QByteArray("123.78912") << 7 << qint64(1'237'891'200);
        QTest::newRow("big") << QByteArray("12345678.1234567891") << 9 << qint64(12'345'678'123'456'789);
    }

    void floatTextRoundsOnceToTheNano()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, scale);
        QFETCH(qint64, expected);
        QCOMPARE(json::roundedDecimal(text, scale), std::optional<qint64>(expected));
    }

    void notANumberIsRefused()
    {
        QCOMPARE(json::roundedDecimal("abc", 9), std::nullopt);
        QCOMPARE(json::roundedDecimal("", 9), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
