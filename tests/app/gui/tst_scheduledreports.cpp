// The workbench's scheduled report checks: at start-up and on the timer, on a worker thread,
// only while the licence includes scheduling; real files from a real workspace.
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "scheduledreports.h"
#include "workspacefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace costline;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 60'000;

qint64 at(const char *timestamp)
{
    return *utc::parseTimestamp(timestamp);
}

} // namespace

class TestScheduledReports final : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_fixture;
    QString m_folder;
    const Entitlements m_everything{LicenceStatus{}, true};

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.events = 3'000;
        options.days = 40;
        options.endDay = *utc::parseDate("2026-11-26");
        QVERIFY(DemoGenerator(m_fixture.workspace()).generate(options).ok);
    }

    void init()
    {
        // Each test starts with one daily drivers CSV schedule into an empty folder.
        ReportScheduleStore store(m_fixture.workspace());
        for (const ReportSchedule &s : store.list())
            store.remove(s.id);
        m_folder = m_fixture.filePath(QStringLiteral("out-%1").arg(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(m_folder));
        ReportSchedule s;
        s.kind = QStringLiteral("drivers");
        s.cadence = ReportSchedule::Cadence::Daily;
        s.format = ReportFormat::Csv;
        s.folder = m_folder;
        QString error;
        QVERIFY2(store.add(s, &error) != 0, qPrintable(error));
    }

    void timerDrivenChecksRunOffTheUiThread()
    {
        // Given a runner whose clock moves a day per check and a short timer
        ScheduledReportsRunner runner;
        QList<qint64> clock{at("2026-11-25T06:00:00Z"), at("2026-11-26T06:00:00Z")};
        runner.setClock([&clock] { return clock.size() > 1 ? clock.takeFirst() : clock.first(); });
        QMutex mutex;
        QList<QThread *> threads;
        const Entitlements everything = m_everything;
        runner.setJob([&mutex, &threads, everything](Workspace &ws, qint64 now) {
            {
                QMutexLocker lock(&mutex);
                threads << QThread::currentThread();
            }
            return ReportScheduler(ws, everything).runDue(now, QStringLiteral("test"));
        });
        runner.setInterval(50ms);
        QSignalSpy finished(&runner, &ScheduledReportsRunner::checkFinished);
        // When a workspace opens with scheduling allowed
        runner.setEntitlements(m_everything);
        runner.setWorkspace(m_fixture.path());
        // Then the start-up check and the timer's next one each write their day (later ticks
        // may land between two polls of the spy, and find nothing due)
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, kWaitMs);
        const auto startup = finished.at(0).at(0).value<QList<ScheduledRun>>();
        const auto timed = finished.at(1).at(0).value<QList<ScheduledRun>>();
        QCOMPARE(startup.size(), 1);
        QCOMPARE(QFileInfo(startup.first().file).fileName(), QStringLiteral("drivers-2026-11-24.csv"));
        QCOMPARE(timed.size(), 1);
        QCOMPARE(QFileInfo(timed.first().file).fileName(), QStringLiteral("drivers-2026-11-25.csv"));
        // And every check ran on a worker, never on the UI thread
        QMutexLocker lock(&mutex);
        QVERIFY(threads.size() >= 2);
        for (QThread *thread : std::as_const(threads))
            QVERIFY(thread != QThread::currentThread());
    }

    void theRealCheckWritesAndRecordsTheFile()
    {
        // Given the runner as the main window uses it, with a fixed clock
        ScheduledReportsRunner runner;
        runner.setClock([] { return at("2026-11-25T06:00:00Z"); });
        QSignalSpy finished(&runner, &ScheduledReportsRunner::checkFinished);
        runner.setEntitlements(m_everything);
        runner.setWorkspace(m_fixture.path());
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(kWaitMs));
        // Then yesterday's file is in the folder and listed as a run
        const auto runs = finished.first().first().value<QList<ScheduledRun>>();
        QCOMPARE(runs.size(), 1);
        QVERIFY2(runs.first().ok, qPrintable(runs.first().message));
        QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList{QStringLiteral("drivers-2026-11-24.csv")});
        QString listedHash;
        for (const ReportRun &run : ReportRunStore(m_fixture.workspace()).list()) {
            if (run.file == runs.first().file)
                listedHash = run.sha256;
        }
        QFile file(runs.first().file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(listedHash, QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(scheduledRunsSummary(runs), QStringLiteral("Scheduled reports: wrote drivers-2026-11-24.csv"));
    }

    void withoutTheEntitlementNothingRuns()
    {
        // Given a Free licence
        ScheduledReportsRunner runner;
        QSignalSpy started(&runner, &ScheduledReportsRunner::checkStarted);
        runner.setEntitlements(Entitlements());
        runner.setWorkspace(m_fixture.path());
        // Then no check starts and the timer is off
        QVERIFY(!runner.isActive());
        QCOMPARE(started.size(), 0);
        // When the licence starts to allow scheduling, then a check starts at once
        runner.setEntitlements(m_everything);
        QCOMPARE(started.size(), 1);
        QSignalSpy finished(&runner, &ScheduledReportsRunner::checkFinished);
        QVERIFY(finished.wait(kWaitMs));
    }

    void summaryNamesWhatFailed()
    {
        ScheduledRun written{1, QStringLiteral("drivers"), {}, true, QStringLiteral("/r/drivers-2026-11-24.csv"), {}, {}};
        ScheduledRun failed{2, QStringLiteral("chargeback"), {}, false, {}, {}, QStringLiteral("Chargeback pack for 2026-10 not written: disk full.")};
        QCOMPARE(scheduledRunsSummary({}), QString());
        QCOMPARE(scheduledRunsSummary({written, failed}),
                 QStringLiteral("Scheduled reports: wrote drivers-2026-11-24.csv; 1 could not be written: Chargeback pack "
                                "for 2026-10 not written: disk full."));
    }
};

QTEST_MAIN(TestScheduledReports)
#include "tst_scheduledreports.moc"
