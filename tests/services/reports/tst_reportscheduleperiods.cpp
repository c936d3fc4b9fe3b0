// When a schedule is due and which UTC days its run covers: month ends, leap years, weekday
// boundaries, catching up missed periods in one run, and never a period twice.
#include "core/utctime.h"
#include "reports/reportscheduler.h"

#include <QTest>

using namespace costline;
using Cadence = ReportSchedule::Cadence;

namespace {

qint64 day(const char *date)
{
    return *utc::parseDate(date);
}

ReportSchedule scheduleOf(Cadence cadence, int runDay, const QString &covered = {})
{
    ReportSchedule s;
    s.kind = QStringLiteral("chargeback");
    s.cadence = cadence;
    s.runDay = runDay;
    if (!covered.isEmpty())
        s.coveredToDay = day(covered.toLatin1().constData());
    return s;
}

} // namespace

class TestReportSchedulePeriods final : public QObject
{
    Q_OBJECT

private slots:
    void duePeriod_data()
    {
        QTest::addColumn<int>("cadence");
        QTest::addColumn<int>("runDay");
        QTest::addColumn<QString>("covered"); // last day written; empty: never ran
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("expected"); // "from to", or empty: nothing due

        const int daily = int(Cadence::Daily), weekly = int(Cadence::Weekly), monthly = int(Cadence::Monthly);
        // 2026-11-23 is a Monday.
        QTest::newRow("daily first check: yesterday") << daily << 0 << "" << "2026-11-25" << "2026-11-24 2026-11-24";
        QTest::newRow("daily yesterday written: nothing twice") << daily << 0 << "2026-11-24" << "2026-11-25" << "";
        QTest::newRow("daily over a month end") << daily << 0 << "2026-11-29" << "2026-12-01" << "2026-11-30 2026-11-30";
        QTest::newRow("daily over a year end") << daily << 0 << "2026-12-30" << "2027-01-01" << "2026-12-31 2026-12-31";
        QTest::newRow("daily leap day") << daily << 0 << "2028-02-28" << "2028-03-01" << "2028-02-29 2028-02-29";
        QTest::newRow("daily no leap day") << daily << 0 << "2027-02-27" << "2027-03-01" << "2027-02-28 2027-02-28";
        QTest::newRow("daily missed weekend caught up once") << daily << 0 << "2026-11-20" << "2026-11-24"
                                                             << "2026-11-21 2026-11-23";
        QTest::newRow("weekly monday on a monday") << weekly << 1 << "" << "2026-11-23" << "2026-11-16 2026-11-22";
        QTest::newRow("weekly monday on the sunday before") << weekly << 1 << "" << "2026-11-22" << "2026-11-09 2026-11-15";
        QTest::newRow("weekly sunday: the week ending today is not whole")
            << weekly << 7 << "" << "2026-11-22" << "2026-11-09 2026-11-15";
        QTest::newRow("weekly wednesday on its day") << weekly << 3 << "2026-11-15" << "2026-11-25" << "2026-11-16 2026-11-22";
        QTest::newRow("weekly written: nothing until next wednesday") << weekly << 3 << "2026-11-22" << "2026-12-01" << "";
        QTest::newRow("weekly over a year end") << weekly << 1 << "2026-12-27" << "2027-01-04" << "2026-12-28 2027-01-03";
        QTest::newRow("weekly three missed weeks caught up once") << weekly << 1 << "2026-11-01" << "2026-11-25"
                                                                  << "2026-11-02 2026-11-22";
        QTest::newRow("monthly day 1 on the 1st") << monthly << 1 << "" << "2026-12-01" << "2026-11-01 2026-11-30";
        QTest::newRow("monthly day 1 at month end: previous run's month") << monthly << 1 << "" << "2026-11-30"
                                                                           << "2026-10-01 2026-10-31";
        QTest::newRow("monthly day 5 before its day: nothing") << monthly << 5 << "2026-10-31" << "2026-12-04" << "";
        QTest::newRow("monthly day 5 on its day") << monthly << 5 << "2026-10-31" << "2026-12-05" << "2026-11-01 2026-11-30";
        QTest::newRow("monthly day 31 in a short february") << monthly << 31 << "2026-12-31" << "2027-02-28"
                                                            << "2027-01-01 2027-01-31";
        QTest::newRow("monthly day 31 the day before a leap day") << monthly << 31 << "2027-11-30" << "2028-02-28"
                                                                  << "2027-12-01 2027-12-31";
        QTest::newRow("monthly day 31 on a leap day") << monthly << 31 << "2027-12-31" << "2028-02-29"
                                                      << "2028-01-01 2028-01-31";
        QTest::newRow("monthly leap february whole") << monthly << 1 << "2028-01-31" << "2028-03-01" << "2028-02-01 2028-02-29";
        QTest::newRow("monthly over a year end") << monthly << 1 << "2026-11-30" << "2027-01-01" << "2026-12-01 2026-12-31";
        QTest::newRow("monthly two missed months caught up once") << monthly << 1 << "2026-08-31" << "2026-11-02"
                                                                  << "2026-09-01 2026-10-31";
    }

    void duePeriod()
    {
        QFETCH(int, cadence);
        QFETCH(int, runDay);
        QFETCH(QString, covered);
        QFETCH(QString, today);
        QFETCH(QString, expected);
        // Given a schedule and how far it has written
        const ReportSchedule s = scheduleOf(Cadence(cadence), runDay, covered);
        // When it is checked on `today`
        const auto period = scheduling::duePeriod(s, day(today.toLatin1().constData()));
        // Then it covers exactly the expected days, or nothing
        const QString actual = period ? utc::formatDate(period->fromDay) + QLatin1Char(' ') + utc::formatDate(period->toDay)
                                      : QString();
        QCOMPARE(actual, expected);
    }

    void disabledIsNeverDue()
    {
        ReportSchedule s = scheduleOf(Cadence::Daily, 0);
        s.enabled = false;
        QVERIFY(!scheduling::duePeriod(s, day("2026-11-25")));
    }

    void nextRunDay_data()
    {
        QTest::addColumn<int>("cadence");
        QTest::addColumn<int>("runDay");
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("expected");
        QTest::newRow("daily") << int(Cadence::Daily) << 0 << "2026-12-31" << "2027-01-01";
        QTest::newRow("weekly monday from a wednesday") << int(Cadence::Weekly) << 1 << "2026-11-25" << "2026-11-30";
        QTest::newRow("weekly monday from a monday") << int(Cadence::Weekly) << 1 << "2026-11-23" << "2026-11-30";
        QTest::newRow("monthly 5 before it") << int(Cadence::Monthly) << 5 << "2026-11-04" << "2026-11-05";
        QTest::newRow("monthly 5 on it") << int(Cadence::Monthly) << 5 << "2026-11-05" << "2026-12-05";
        QTest::newRow("monthly 31 into february") << int(Cadence::Monthly) << 31 << "2027-01-31" << "2027-02-28";
        QTest::newRow("monthly 30 into a leap february") << int(Cadence::Monthly) << 30 << "2028-01-30" << "2028-02-29";
    }

    void nextRunDay()
    {
        QFETCH(int, cadence);
        QFETCH(int, runDay);
        QFETCH(QString, today);
        QFETCH(QString, expected);
        const ReportSchedule s = scheduleOf(Cadence(cadence), runDay);
        QCOMPARE(utc::formatDate(scheduling::nextRunDay(s, day(today.toLatin1().constData()))), expected);
    }

    void fileName_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("text");
        const int pdf = int(ReportFormat::Pdf), csv = int(ReportFormat::Csv);
        QTest::newRow("a month") << "" << pdf << "2026-11-01" << "2026-11-30" << "chargeback-2026-11.pdf" << "2026-11";
        QTest::newRow("two months") << "" << pdf << "2026-09-01" << "2026-10-31" << "chargeback-2026-09_2026-10.pdf"
                                    << "2026-09 – 2026-10";
        QTest::newRow("a day") << "" << csv << "2026-11-24" << "2026-11-24" << "chargeback-2026-11-24.csv" << "2026-11-24";
        QTest::newRow("a week") << "acme" << pdf << "2026-11-16" << "2026-11-22" << "chargeback-acme-2026-11-16_2026-11-22.pdf"
                                << "2026-11-16 – 2026-11-22";
        QTest::newRow("tenant made safe") << "a/b c" << csv << "2028-02-01" << "2028-02-29" << "chargeback-a_b_c-2028-02.csv"
                                          << "2028-02";
    }

    void fileName()
    {
        QFETCH(QString, tenant);
        QFETCH(int, format);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QFETCH(QString, text);
        ReportSchedule s = scheduleOf(Cadence::Monthly, 1);
        s.tenant = tenant;
        s.format = ReportFormat(format);
        const SchedulePeriod period{day(from.toLatin1().constData()), day(to.toLatin1().constData())};
        QCOMPARE(scheduling::fileName(s, period), expected);
        QCOMPARE(scheduling::periodText(period), text);
    }
};

QTEST_MAIN(TestReportSchedulePeriods)
#include "tst_reportscheduleperiods.moc"
