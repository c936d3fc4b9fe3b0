#include "analysis/dayrange.h"
#include "core/utctime.h"

#include <QTest>

using namespace costline;

namespace {

qint64 day(const char *text)
{
    return *utc::parseDate(text);
}

} // namespace

class TestDayRange final : public QObject
{
    Q_OBJECT

private slots:
    void previousPeriodHasEqualLength()
    {
        // Given November 1-24, When asking for the previous period, Then it is the 24 days before.
        const DayRange range{day("2026-11-01"), day("2026-11-24")};
        const DayRange previous = previousPeriod(range);
        QCOMPARE(previous.length(), range.length());
        QCOMPARE(previous.toDay, day("2026-10-31"));
        QCOMPARE(previous.fromDay, day("2026-10-08"));
    }

    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("this month") << int(DatePreset::ThisMonth) << "2026-11-01" << "2026-11-24";
        QTest::newRow("last month") << int(DatePreset::LastMonth) << "2026-10-01" << "2026-10-31";
        QTest::newRow("last 7 days") << int(DatePreset::Last7Days) << "2026-11-18" << "2026-11-24";
        QTest::newRow("last 30 days") << int(DatePreset::Last30Days) << "2026-10-26" << "2026-11-24";
        QTest::newRow("last 90 days") << int(DatePreset::Last90Days) << "2026-08-27" << "2026-11-24";
        QTest::newRow("quarter to date") << int(DatePreset::QuarterToDate) << "2026-10-01" << "2026-11-24";
    }

    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const auto range = presetRange(DatePreset(preset), day("2026-11-24"));
        QVERIFY(range);
        QCOMPARE(utc::formatDate(range->fromDay), from);
        QCOMPARE(utc::formatDate(range->toDay), to);
    }

    void customHasNoRange()
    {
        QVERIFY(!presetRange(DatePreset::Custom, day("2026-11-24")));
    }
};

QTEST_GUILESS_MAIN(TestDayRange)
#include "tst_dayrange.moc"
