// The Reports tab's schedule list: what each row says, raw values for sorting, and adds and
// removes that reach the workspace through the worker.
#include "core/utctime.h"
#include "models/queryrunner.h"
#include "models/reportschedulemodel.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace costline;
using Cadence = ReportSchedule::Cadence;

namespace {

constexpr int kWaitMs = 60'000;

qint64 day(const char *date)
{
    return *utc::parseDate(date);
}

ReportSchedule scheduleOf(const QString &kind, Cadence cadence, int runDay, const QString &folder)
{
    ReportSchedule s;
    s.kind = kind;
    s.cadence = cadence;
    s.runDay = runDay;
    s.folder = folder;
    return s;
}

} // namespace

class TestReportScheduleModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Screen text is checked in US English; the tests run under LC_ALL=C.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void rowsSayWhatEachScheduleDoes()
    {
        // Given a monthly pack that wrote October and a weekly summary whose last run failed
        ReportSchedule monthly = scheduleOf(QStringLiteral("chargeback"), Cadence::Monthly, 5, QStringLiteral("/reports"));
        monthly.id = 1;
        monthly.tenant = QStringLiteral("globex");
        monthly.coveredToDay = day("2026-10-31");
        monthly.lastRunMs = *utc::parseTimestamp("2026-11-05T06:00:00Z");
        monthly.lastRunOk = true;
        monthly.lastMessage = QStringLiteral("Wrote Chargeback pack for 2026-10: /reports/chargeback-globex-2026-10.pdf");
        ReportSchedule weekly = scheduleOf(QStringLiteral("drivers"), Cadence::Weekly, 3, QStringLiteral("/gone"));
        weekly.id = 2;
        weekly.format = ReportFormat::Csv;
        weekly.lastRunMs = *utc::parseTimestamp("2026-11-25T06:15:00Z");
        weekly.lastMessage = QStringLiteral("Cost drivers summary for 2026-11-16 – 2026-11-22 not written: the folder /gone "
                                            "does not exist (or is a file): …");
        ReportScheduleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // When they are shown on 2026-11-25, a Wednesday
        model.setSchedules({monthly, weekly}, day("2026-11-25"));
        QCOMPARE(reset.size(), 1);
        // Then every column reads as a finance analyst would say it
        auto row = [&model](int r) {
            QStringList cells;
            for (int c = 0; c < ReportScheduleModel::ColumnCount; ++c)
                cells << model.index(r, c).data().toString();
            return cells;
        };
        QCOMPARE(row(0), QStringList({"Chargeback pack", "globex", "Monthly on day 5", "PDF, A4", "/reports", "on",
                                      "2026-10-31", "Written 2026-11-05 06:00 UTC", "2026-12-05"}));
        QCOMPARE(row(1), QStringList({"Cost drivers summary", "—", "Weekly on Wednesday", "CSV", "/gone", "on",
                                      "nothing yet", "Failed 2026-11-25 06:15 UTC", "Due now: 2026-11-16 – 2026-11-22"}));
        // And the failure's whole message is one hover away, in red
        QCOMPARE(model.index(1, ReportScheduleModel::LastRun).data(Qt::ToolTipRole).toString(), weekly.lastMessage);
        QVERIFY(model.index(1, ReportScheduleModel::LastRun).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, ReportScheduleModel::LastRun).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 0).data(ReportScheduleModel::IdRole).toLongLong(), 2);
        // When the plan has no scheduling, then no row promises a run
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRunsAllowed(false);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, ReportScheduleModel::NextRun).data().toString(), QStringLiteral("not on this plan"));
        QVERIFY(!model.index(1, ReportScheduleModel::NextRun).data(ReportScheduleModel::RawValueRole).isValid());
    }

    void nextRunSortsByDayNotByText()
    {
        // Given a schedule due now, one next week and one next month
        ReportSchedule daily = scheduleOf(QStringLiteral("drivers"), Cadence::Daily, 0, QStringLiteral("/r"));
        daily.coveredToDay = day("2026-11-24");
        ReportSchedule monthly = scheduleOf(QStringLiteral("drivers"), Cadence::Monthly, 1, QStringLiteral("/r"));
        monthly.coveredToDay = day("2026-10-31");
        ReportSchedule weekly = scheduleOf(QStringLiteral("drivers"), Cadence::Weekly, 1, QStringLiteral("/r"));
        ReportScheduleModel model;
        model.setSchedules({monthly, weekly, daily}, day("2026-11-25"));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ReportScheduleModel::RawValueRole);
        // When sorted by next run
        proxy.sort(ReportScheduleModel::NextRun);
        // Then the due one comes first, then tomorrow's daily run, then the month's
        QCOMPARE(proxy.index(0, ReportScheduleModel::NextRun).data().toString(), QStringLiteral("Due now: 2026-11-16 – 2026-11-22"));
        QCOMPARE(proxy.index(1, ReportScheduleModel::NextRun).data().toString(), QStringLiteral("2026-11-26"));
        QCOMPARE(proxy.index(2, ReportScheduleModel::NextRun).data().toString(), QStringLiteral("2026-12-01"));
    }

    void addAndRemoveReachTheWorkspace()
    {
        // Given a workspace with one schedule and the model on a worker
        test::WorkspaceFixture f;
        QString error;
        ReportSchedule first = scheduleOf(QStringLiteral("chargeback"), Cadence::Monthly, 1, f.filePath(QString()));
        QVERIFY(ReportScheduleStore(f.workspace()).add(first, &error) != 0);
        QueryRunner runner(f.path());
        ReportScheduleModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ReportScheduleModel::loaded);
        QSignalSpy changed(&model, &ReportScheduleModel::schedulesChanged);
        QSignalSpy failed(&model, &ReportScheduleModel::changeFailed);
        model.load();
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(model.rowCount(), 1);
        // When a weekly schedule is added
        model.addSchedule(scheduleOf(QStringLiteral("drivers"), Cadence::Weekly, 5, f.filePath(QString())));
        QVERIFY(changed.wait(kWaitMs));
        // Then the list read back holds both, and the store has it
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ReportScheduleModel::Cadence).data().toString(), QStringLiteral("Weekly on Friday"));
        const qint64 addedId = model.scheduleAt(1).id;
        QCOMPARE(ReportScheduleStore(f.workspace()).find(addedId)->runDay, 5);
        // When it is removed, then it is gone from both
        model.removeSchedule(addedId);
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!ReportScheduleStore(f.workspace()).find(addedId));
        // And removing it again says so instead of failing silently
        model.removeSchedule(addedId);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("That schedule is no longer in the workspace; the list has been read again."));
    }
};

QTEST_MAIN(TestReportScheduleModel)
#include "tst_reportschedulemodel.moc"
