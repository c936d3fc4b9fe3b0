// Scheduled runs on a real workspace: real files in a temporary folder, recorded with a
// SHA-256 that matches the file, no period written twice, failures kept and retried.
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "licensing/licence.h"
#include "reports/reportscheduler.h"
#include "workspacefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace costline;
using Cadence = ReportSchedule::Cadence;

namespace {

qint64 at(const char *timestamp)
{
    return *utc::parseTimestamp(timestamp);
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestReportScheduler final : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_fixture;
    const Entitlements m_everything{LicenceStatus{}, true};

    qint64 addSchedule(const QString &kind, Cadence cadence, int runDay, ReportFormat format, const QString &folder)
    {
        ReportSchedule s;
        s.kind = kind;
        s.cadence = cadence;
        s.runDay = runDay;
        s.format = format;
        s.folder = folder;
        s.createdMs = at("2026-11-20T09:00:00Z");
        QString error;
        const qint64 id = ReportScheduleStore(m_fixture.workspace()).add(s, &error);
        if (id == 0)
            qWarning("%s", qPrintable(error));
        return id;
    }

    void removeAll()
    {
        ReportScheduleStore store(m_fixture.workspace());
        for (const ReportSchedule &s : store.list())
            store.remove(s.id);
    }

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.events = 5'000;
        options.days = 70;
        options.endDay = *utc::parseDate("2026-11-25");
        QVERIFY(DemoGenerator(m_fixture.workspace()).generate(options).ok);
    }

    void cleanup() { removeAll(); }

    void dueRunsWriteRealFilesRecordedWithTheirHash()
    {
        // Given a monthly chargeback PDF and a daily drivers CSV into an empty folder
        const QString folder = m_fixture.filePath(QStringLiteral("out-real"));
        QVERIFY(QDir().mkpath(folder));
        const qint64 monthly = addSchedule(QStringLiteral("chargeback"), Cadence::Monthly, 1, ReportFormat::Pdf, folder);
        const qint64 daily = addSchedule(QStringLiteral("drivers"), Cadence::Daily, 0, ReportFormat::Csv, folder);
        // When the scheduler runs on the morning of 2026-11-25
        const QList<ScheduledRun> runs = ReportScheduler(m_fixture.workspace(), m_everything)
                                             .runDue(at("2026-11-25T06:00:00Z"), QStringLiteral("analyst"));
        // Then October's pack and yesterday's summary are written and listed with the files' hashes
        QCOMPARE(runs.size(), 2);
        const QString pdf = QDir(folder).filePath(QStringLiteral("chargeback-2026-10.pdf"));
        const QString csv = QDir(folder).filePath(QStringLiteral("drivers-2026-11-24.csv"));
        QCOMPARE(runs.at(0).file, pdf);
        QCOMPARE(runs.at(1).file, csv);
        QCOMPARE(runs.at(0).message, QStringLiteral("Wrote Chargeback pack for 2026-10: ") + pdf);
        QVERIFY(QFile(pdf).size() > 1000);
        const QList<ReportRun> recorded = ReportRunStore(m_fixture.workspace()).list();
        QCOMPARE(recorded.size(), 2);
        for (const ReportRun &run : recorded) {
            QCOMPARE(run.sha256, sha256Of(run.file));
            QVERIFY(run.generatedBy.startsWith(QStringLiteral("analyst (schedule ")));
        }
        QCOMPARE(recorded.at(0).parameters + QLatin1Char('|') + recorded.at(1).parameters,
                 QStringLiteral("from=2026-11-24 to=2026-11-24|from=2026-10-01 to=2026-10-31"));
        const auto stored = ReportScheduleStore(m_fixture.workspace()).find(monthly);
        QVERIFY(stored && stored->lastRunOk);
        QCOMPARE(utc::formatDate(*stored->coveredToDay), QStringLiteral("2026-10-31"));
        QCOMPARE(stored->lastFile, pdf);
        QCOMPARE(utc::formatDate(*ReportScheduleStore(m_fixture.workspace()).find(daily)->coveredToDay),
                 QStringLiteral("2026-11-24"));
    }

    void aPeriodIsNeverWrittenTwice()
    {
        // Given a daily schedule that ran this morning
        const QString folder = m_fixture.filePath(QStringLiteral("out-twice"));
        QVERIFY(QDir().mkpath(folder));
        addSchedule(QStringLiteral("drivers"), Cadence::Daily, 0, ReportFormat::Csv, folder);
        ReportScheduler scheduler(m_fixture.workspace(), m_everything);
        QCOMPARE(scheduler.runDue(at("2026-11-25T06:00:00Z"), QStringLiteral("a")).size(), 1);
        // When it is checked again that evening, then nothing runs
        QVERIFY(scheduler.runDue(at("2026-11-25T23:59:59Z"), QStringLiteral("a")).isEmpty());
        // And the next morning only the new day runs
        const QList<ScheduledRun> next = scheduler.runDue(at("2026-11-26T00:00:00Z"), QStringLiteral("a"));
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().period, (SchedulePeriod{*utc::parseDate("2026-11-25"), *utc::parseDate("2026-11-25")}));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList{QStringLiteral("drivers-2026-11-24.csv"), QStringLiteral("drivers-2026-11-25.csv")}));
    }

    void missedDaysAreCaughtUpInOneRun()
    {
        // Given a daily schedule last run for 2026-11-20
        const QString folder = m_fixture.filePath(QStringLiteral("out-catchup"));
        QVERIFY(QDir().mkpath(folder));
        addSchedule(QStringLiteral("drivers"), Cadence::Daily, 0, ReportFormat::Csv, folder);
        ReportScheduler scheduler(m_fixture.workspace(), m_everything);
        QCOMPARE(scheduler.runDue(at("2026-11-21T08:00:00Z"), QStringLiteral("a")).size(), 1);
        // When the next check is four days later
        const QList<ScheduledRun> runs = scheduler.runDue(at("2026-11-25T08:00:00Z"), QStringLiteral("a"));
        // Then one file covers every missed day
        QCOMPARE(runs.size(), 1);
        QCOMPARE(QFileInfo(runs.first().file).fileName(), QStringLiteral("drivers-2026-11-21_2026-11-24.csv"));
    }

    void aFailedRunIsKeptWithItsMessageAndRetried()
    {
        // Given a schedule whose folder does not exist
        const QString folder = m_fixture.filePath(QStringLiteral("not-yet"));
        const qint64 id = addSchedule(QStringLiteral("drivers"), Cadence::Daily, 0, ReportFormat::Csv, folder);
        ReportScheduler scheduler(m_fixture.workspace(), m_everything);
        // When it runs
        QList<ScheduledRun> runs = scheduler.runDue(at("2026-11-25T06:00:00Z"), QStringLiteral("a"));
        // Then the run failed with what to do, and the period stays due
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.first().ok);
        const QString expected = QStringLiteral("Cost drivers summary for 2026-11-24 not written: the folder %1 does not "
                                                "exist (or is a file): create it, or remove the schedule and add it with "
                                                "another folder. "
                                                "It is tried again at the next check.").arg(folder);
        QCOMPARE(runs.first().message, expected);
        auto stored = ReportScheduleStore(m_fixture.workspace()).find(id);
        QVERIFY(!stored->lastRunOk && !stored->coveredToDay);
        QCOMPARE(stored->lastMessage, expected);
        // And once the folder is there the next check writes the same period
        QVERIFY(QDir().mkpath(folder));
        runs = scheduler.runDue(at("2026-11-25T06:15:00Z"), QStringLiteral("a"));
        QCOMPARE(runs.size(), 1);
        QVERIFY2(runs.first().ok, qPrintable(runs.first().message));
        QCOMPARE(QFileInfo(runs.first().file).fileName(), QStringLiteral("drivers-2026-11-24.csv"));
    }

    void aFileThatCannotBeWrittenFails()
    {
        // Given a folder where the report's file name is taken by a folder: nothing can replace
        // it, even as root (for whom permission bits do not stop a write)
        const QString folder = m_fixture.filePath(QStringLiteral("out-blocked"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/drivers-2026-11-24.csv")));
        const qint64 id = addSchedule(QStringLiteral("drivers"), Cadence::Daily, 0, ReportFormat::Csv, folder);
        const qsizetype runsBefore = ReportRunStore(m_fixture.workspace()).list().size();
        // When it runs
        const QList<ScheduledRun> runs = ReportScheduler(m_fixture.workspace(), m_everything)
                                             .runDue(at("2026-11-25T06:00:00Z"), QStringLiteral("a"));
        // Then the failure names the file and what to check; no run is listed and the period stays due
        QCOMPARE(runs.size(), 1);
        const QString message = runs.first().message;
        QVERIFY2(message.startsWith(QStringLiteral("Cost drivers summary for 2026-11-24 not written: Cannot write ")
                                    + folder + QStringLiteral("/drivers-2026-11-24.csv (")),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("): check the folder exists and is writable. It is tried again at the next check.")),
                 qPrintable(message));
        QCOMPARE(ReportRunStore(m_fixture.workspace()).list().size(), runsBefore);
        QVERIFY(!ReportScheduleStore(m_fixture.workspace()).find(id)->coveredToDay);
    }

    void withoutTheEntitlementNothingIsWritten()
    {
        const QString folder = m_fixture.filePath(QStringLiteral("out-free"));
        QVERIFY(QDir().mkpath(folder));
        addSchedule(QStringLiteral("drivers"), Cadence::Daily, 0, ReportFormat::Csv, folder);
        const Entitlements free;
        const QList<ScheduledRun> runs = ReportScheduler(m_fixture.workspace(), free)
                                             .runDue(at("2026-11-25T06:00:00Z"), QStringLiteral("a"));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().message,
                 QStringLiteral("Cost drivers summary for 2026-11-24 not written: Scheduled reports is in the Enterprise "
                                "plan; this licence is Free. Help → Licence… shows the licence. It is tried again at the "
                                "next check."));
        QVERIFY(QDir(folder).isEmpty());
    }

    void aDataFileIsScheduledAsCsvOnly()
    {
        // Given the FOCUS export scheduled once as CSV and once, wrongly, as PDF
        const QString folder = m_fixture.filePath(QStringLiteral("out-focus"));
        QVERIFY(QDir().mkpath(folder));
        addSchedule(QStringLiteral("focus"), Cadence::Monthly, 1, ReportFormat::Csv, folder);
        addSchedule(QStringLiteral("focus"), Cadence::Monthly, 1, ReportFormat::Pdf, folder);
        const QList<ScheduledRun> runs = ReportScheduler(m_fixture.workspace(), m_everything)
                                             .runDue(at("2026-11-25T06:00:00Z"), QStringLiteral("a"));
        // Then the CSV is written and the PDF says what to do instead
        QCOMPARE(runs.size(), 2);
        QVERIFY2(runs.at(0).ok, qPrintable(runs.at(0).message));
        QCOMPARE(QFileInfo(runs.at(0).file).fileName(), QStringLiteral("focus-2026-10.csv"));
        QCOMPARE(runs.at(1).message, QStringLiteral("FOCUS export for 2026-10 not written: the FOCUS export has no PDF: "
                                                    "remove the schedule and add it as CSV. It is tried again at the next check."));
    }

    void aClaimedPeriodIsNotTakenTwice()
    {
        // Given one process has claimed today's period
        const qint64 id = addSchedule(QStringLiteral("drivers"), Cadence::Daily, 0, ReportFormat::Csv, QDir::tempPath());
        ReportScheduleStore store(m_fixture.workspace());
        const qint64 now = at("2026-11-25T06:00:00Z");
        const qint64 end = *utc::parseDate("2026-11-24");
        QVERIFY(store.claim(id, end, now));
        // Then a second claim fails while the first runs, and succeeds once the claim is stale
        QVERIFY(!store.claim(id, end, now + 60'000));
        QVERIFY(store.claim(id, end, now + 31 * 60'000));
        // And a written period can never be claimed again
        QVERIFY(store.recordWritten(id, end, now, QStringLiteral("f"), QStringLiteral("Wrote f")));
        QVERIFY(!store.claim(id, end, now + 2 * 3'600'000));
    }
};

QTEST_MAIN(TestReportScheduler)
#include "tst_reportscheduler.moc"
