#include "core/utctime.h"

#include <QTest>

using namespace costline;

class tst_UtcTime final : public QObject
{
    Q_OBJECT

private slots:
    void parseTimestamp_data();
    void parseTimestamp();
    void rejectsTimestamp_data();
    void rejectsTimestamp();
    void calendar();
};

void tst_UtcTime::parseTimestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("epochMs");
    const qint64 base = 1'757'844'000'000; // 2025-09-14T10:00:00Z
    QTest::newRow("Z") << QByteArray("2025-09-14T10:00:00Z") << base;
    QTest::newRow("lower-case z") << QByteArray("2025-09-14t10:00:00z") << base;
    QTest::newRow("space separator") << QByteArray("2025-09-14 10:00:00Z") << base;
    QTest::newRow("millis") << QByteArray("2025-09-14T10:00:00.250Z") << base + 250;
    QTest::newRow("micros truncated") << QByteArray("2025-09-14T10:00:00.123456Z") << base + 123;
    QTest::newRow("positive offset") << QByteArray("2025-09-14T12:00:00+02:00") << base;
    QTest::newRow("negative offset") << QByteArray("2025-09-14T05:30:00-04:30") << base;
    QTest::newRow("compact offset") << QByteArray("2025-09-14T12:00:00+0200") << base;
    QTest::newRow("no seconds") << QByteArray("2025-09-14T10:00Z") << base;
    QTest::newRow("epoch ms") << QByteArray("1757844000000") << base;
    QTest::newRow("epoch zero") << QByteArray("0") << qint64(0);
    QTest::newRow("offset crosses the day") << QByteArray("2025-09-15T01:00:00+15:00") << base;
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1'709'164'800'000);
}

void tst_UtcTime::parseTimestamp()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, epochMs);
    const auto parsed = utc::parseTimestamp(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, epochMs);
}

void tst_UtcTime::rejectsTimestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("no zone") << QByteArray("2025-09-14T10:00:00");
    QTest::newRow("date only") << QByteArray("2025-09-14");
    QTest::newRow("bad month") << QByteArray("2025-13-14T10:00:00Z");
    QTest::newRow("not a leap year") << QByteArray("2025-02-29T10:00:00Z");
    QTest::newRow("bad hour") << QByteArray("2025-09-14T24:00:00Z");
    QTest::newRow("words") << QByteArray("yesterday");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("trailing junk") << QByteArray("2025-09-14T10:00:00Zx");
    QTest::newRow("US date") << QByteArray("9/14/2025");
}

void tst_UtcTime::rejectsTimestamp()
{
    QFETCH(QByteArray, text);
    QVERIFY(!utc::parseTimestamp(text).has_value());
}

void tst_UtcTime::calendar()
{
    const qint64 day = *utc::parseDate("2026-02-15");
    QCOMPARE(utc::formatDate(day), QStringLiteral("2026-02-15"));
    QCOMPARE(utc::formatMonth(day), QStringLiteral("2026-02"));
    QCOMPARE(utc::formatDate(utc::firstDayOfMonth(day)), QStringLiteral("2026-02-01"));
    QCOMPARE(utc::formatDate(utc::lastDayOfMonth(day)), QStringLiteral("2026-02-28"));
    QCOMPARE(utc::formatDate(utc::lastDayOfMonth(*utc::parseDate("2024-02-03"))), QStringLiteral("2024-02-29"));
    QCOMPARE(utc::dayOf(-1), qint64(-1));
    QCOMPARE(utc::formatTimestamp(1'757'844'000'250), QStringLiteral("2025-09-14T10:00:00.250Z"));
    QVERIFY(!utc::parseDate("2026-02-30").has_value());
    for (qint64 d = -800; d < 800'000; d += 97) {
        int y = 0, m = 0, dd = 0;
        utc::civilFromDays(d, &y, &m, &dd);
        QCOMPARE(utc::daysFromCivil(y, m, dd), d);
    }
}

QTEST_GUILESS_MAIN(tst_UtcTime)
#include "tst_utctime.moc"
