// `costline-cli report schedule add|list|remove` and `report run-due` as cron would run them:
// the real executable, a real workspace, real files; exact output and exit codes.
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class tst_ReportScheduleCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void addListRemove();
    void runDueWritesEachPeriodOnce();
    void aFailedRunExitsOneAndIsRetried();
    void theFreePlanCannotSchedule();

private:
    Run cli(const QStringList &args) const;
    Run addSchedule(const QStringList &options) const;
    QTemporaryDir m_dir;
    QString m_demo; // a demo workspace: every capability
    QString m_folder;
};

Run tst_ReportScheduleCli::cli(const QStringList &args) const
{
    QProcess p;
    // No licence is installed in this private configuration folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("USER"), QStringLiteral("cron"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COSTLINE_CLI), args);
    p.waitForFinished(120'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run tst_ReportScheduleCli::addSchedule(const QStringList &options) const
{
    return cli(QStringList{"report", "schedule", "add", "--workspace", m_demo} + options);
}

void tst_ReportScheduleCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Qt warns on stderr without a private runtime folder; stderr is compared exactly here.
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
    QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void tst_ReportScheduleCli::init()
{
    // A fresh demo workspace and output folder per test, so no test depends on another.
    m_demo = m_dir.filePath(QStringLiteral("%1.costline").arg(QTest::currentTestFunction()));
    m_folder = m_dir.filePath(QStringLiteral("out-%1").arg(QTest::currentTestFunction()));
    if (QFile::exists(m_demo))
        return; // data rows of one test share it
    QVERIFY(QDir().mkpath(m_folder));
    const Run demo = cli({"demo", "--out", m_demo, "--events", "3000", "--days", "70", "--end", "2026-11-24"});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void tst_ReportScheduleCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{"schedule"} << "costline-cli report schedule: expected one of: add, list, remove";
    QTest::newRow("no report") << QStringList{"schedule", "add"}
                               << "costline-cli report schedule: name one report to schedule: chargeback, drivers";
    QTest::newRow("unknown cadence") << QStringList{"schedule", "add", "drivers", "--cadence", "hourly"}
                                     << "costline-cli report schedule: --cadence must be daily, weekly or monthly";
    QTest::newRow("not a weekday") << QStringList{"schedule", "add", "drivers", "--cadence", "weekly", "--on", "funday"}
                                   << "costline-cli report schedule: --on must be a weekday (monday … sunday) for a weekly schedule";
    QTest::newRow("day 32") << QStringList{"schedule", "add", "drivers", "--cadence", "monthly", "--on", "32"}
                            << "costline-cli report schedule: --on must be a day of the month from 1 to 31 for a monthly schedule";
    QTest::newRow("daily on a day") << QStringList{"schedule", "add", "drivers", "--cadence", "daily", "--on", "3"}
                                    << "costline-cli report schedule: --on does not apply to a daily schedule";
    QTest::newRow("bad format") << QStringList{"schedule", "add", "drivers", "--cadence", "daily", "--format", "docx"}
                                << "costline-cli report schedule: --format must be pdf or csv";
    QTest::newRow("focus as pdf") << QStringList{"schedule", "add", "focus", "--cadence", "daily", "--format", "pdf"}
                                  << "costline-cli report schedule: the FOCUS export has no PDF; use --format csv";
    QTest::newRow("no folder") << QStringList{"schedule", "add", "drivers", "--cadence", "daily"}
                               << "costline-cli report schedule: --folder DIR is required: the folder the reports are written into";
    QTest::newRow("tenant on drivers") << QStringList{"schedule", "add", "drivers", "--cadence", "daily", "--folder", ".",
                                                      "--tenant", "acme"}
                                       << "costline-cli report schedule: --tenant applies to the chargeback pack, showback and the FOCUS export only";
    QTest::newRow("remove without id") << QStringList{"schedule", "remove", "first"}
                                       << "costline-cli report schedule: schedule remove needs the schedule's ID (see "
                                          "'costline-cli report schedule list')";
    QTest::newRow("bad list format") << QStringList{"schedule", "list", "--format", "csv"}
                                     << "costline-cli report schedule: schedule list prints --format table or json";
    QTest::newRow("bad now") << QStringList{"run-due", "--now", "tomorrow"}
                             << "costline-cli report run-due: --now must be a UTC time such as 2026-12-01T06:00:00Z";
}

void tst_ReportScheduleCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(QStringList{"report"} + args + QStringList{"--workspace", m_demo});
    QCOMPARE(r.exitCode, 2);
    // The first line says what is wrong (the list of reports goes on past the first two)
    const QString first = r.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.startsWith(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--help' for the options.")));
    QVERIFY(r.out.isEmpty());
}

void tst_ReportScheduleCli::addListRemove()
{
    // Given a weekly pack for one tenant into a folder
    const Run added = addSchedule({"chargeback", "--cadence", "weekly", "--on", "wed", "--tenant", "globex", "--page",
                                   "letter", "--folder", m_folder});
    QCOMPARE(added.exitCode, 0);
    // Then the new schedule is described and its first file named: the week before this week
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate weekRun = today.addDays(-((today.dayOfWeek() - 3 + 7) % 7));
    const QDate monday = weekRun.addDays(-(weekRun.dayOfWeek() - 1) - 7);
    const QString firstFile = QStringLiteral("chargeback-globex-%1_%2.pdf")
                                  .arg(monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate));
    QCOMPARE(added.out, QStringLiteral("added schedule 1: chargeback for globex, weekly on wednesday, pdf letter, into %1\n"
                                       "the next 'costline-cli report run-due' writes %2\n")
                            .arg(m_folder, firstFile));
    // When it is listed as JSON
    const Run listed = cli({"report", "schedule", "list", "--format", "json", "--workspace", m_demo});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray schedules = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("schedules")).toArray();
    QCOMPARE(schedules.size(), 1);
    const QJsonObject s = schedules.first().toObject();
    QCOMPARE(s.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("chargeback"));
    QCOMPARE(s.value(QStringLiteral("tenant")).toString(), QStringLiteral("globex"));
    QCOMPARE(s.value(QStringLiteral("cadence")).toString(), QStringLiteral("weekly"));
    QCOMPARE(s.value(QStringLiteral("on")).toString(), QStringLiteral("weekly on wednesday"));
    QCOMPARE(s.value(QStringLiteral("page")).toString(), QStringLiteral("letter"));
    QCOMPARE(s.value(QStringLiteral("folder")).toString(), m_folder);
    QVERIFY(s.value(QStringLiteral("written_to")).isNull());
    QCOMPARE(s.value(QStringLiteral("next_run")).toString(),
             QStringLiteral("now (%1 – %2)").arg(monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)));
    // And as a table
    const Run table = cli({"report", "schedule", "list", "--workspace", m_demo});
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header, rule, one schedule
    static const QRegularExpression kGap(QStringLiteral("\\s{2,}"));
    QCOMPARE(lines.at(0).split(kGap, Qt::SkipEmptyParts),
             QStringList({"id", "report", "tenant", "cadence", "format", "folder", "enabled", "written_to", "last_run", "next_run"}));
    QCOMPARE(lines.at(2).split(kGap, Qt::SkipEmptyParts).mid(0, 9),
             QStringList({"1", "chargeback", "globex", "weekly on wednesday", "pdf letter", m_folder, "yes", "-", "-"}));
    // When it is removed, then it is gone and its files are not
    const Run removed = cli({"report", "schedule", "remove", "1", "--workspace", m_demo});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QStringLiteral("removed schedule 1: chargeback for globex, weekly on wednesday, pdf letter, into %1 "
                                         "(the reports it wrote stay where they are)\n").arg(m_folder));
    const Run again = cli({"report", "schedule", "remove", "1", "--workspace", m_demo});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err, QStringLiteral("costline-cli report schedule: no schedule has ID 1; see 'costline-cli report schedule list'\n"));
}

void tst_ReportScheduleCli::runDueWritesEachPeriodOnce()
{
    // Given a monthly chargeback PDF and a daily drivers CSV
    QCOMPARE(addSchedule({"chargeback", "--cadence", "monthly", "--folder", m_folder}).exitCode, 0);
    QCOMPARE(addSchedule({"drivers", "--cadence", "daily", "--format", "csv", "--folder", m_folder}).exitCode, 0);
    // When cron runs the check on the morning of 2026-11-25
    const Run r = cli({"report", "run-due", "--now", "2026-11-25T06:00:00Z", "--workspace", m_demo});
    // Then both are written, named for their period, with the hash of the file as written
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QString pdf = QDir(m_folder).filePath(QStringLiteral("chargeback-2026-10.pdf"));
    const QString csv = QDir(m_folder).filePath(QStringLiteral("drivers-2026-11-24.csv"));
    QCOMPARE(r.out, QStringLiteral("wrote %1 (schedule 1, chargeback 2026-10, sha256 %2)\n"
                                   "wrote %3 (schedule 2, drivers 2026-11-24, sha256 %4)\n")
                        .arg(pdf, sha256Of(pdf), csv, sha256Of(csv)));
    QVERIFY(QFile(pdf).size() > 1000);
    // And a second check the same day writes nothing
    const Run again = cli({"report", "run-due", "--now", "2026-11-25T18:00:00Z", "--workspace", m_demo});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("nothing is due\n"));
    QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 2);
}

void tst_ReportScheduleCli::aFailedRunExitsOneAndIsRetried()
{
    // Given a schedule whose folder was removed after it was added
    const QString gone = m_dir.filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(gone));
    QCOMPARE(addSchedule({"drivers", "--cadence", "daily", "--format", "csv", "--folder", gone}).exitCode, 0);
    QVERIFY(QDir(gone).removeRecursively());
    // When the check runs, then it fails with exit 1 and says what to do
    const Run failed = cli({"report", "run-due", "--now", "2026-11-25T06:00:00Z", "--workspace", m_demo});
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QString());
    QCOMPARE(failed.err, QStringLiteral("costline-cli report run-due: schedule 1: Cost drivers summary for 2026-11-24 not "
                                        "written: the folder %1 does not exist (or is a file): create it, or remove the "
                                        "schedule and add it with another folder. It is tried again at the next check.\n")
                             .arg(gone));
    // And once the folder is back the next check writes the same day
    QVERIFY(QDir().mkpath(gone));
    const Run retried = cli({"report", "run-due", "--now", "2026-11-25T06:15:00Z", "--workspace", m_demo});
    QCOMPARE(retried.exitCode, 0);
    QVERIFY2(retried.out.startsWith(QStringLiteral("wrote %1/drivers-2026-11-24.csv (schedule 1, drivers 2026-11-24, sha256 ")
                                        .arg(gone)),
             qPrintable(retried.out));
}

void tst_ReportScheduleCli::theFreePlanCannotSchedule()
{
    // Given a workspace that is not the demo and no licence
    const QString csv = m_dir.filePath(QStringLiteral("usage.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("timestamp,event_id,provider,model,cost_usd\n2026-11-24T10:00:00Z,e1,openai,gpt-4o,1.5\n");
    file.close();
    const QString free = m_dir.filePath(QStringLiteral("free.costline"));
    QCOMPARE(cli({"import", "csv", csv, "--workspace", free}).exitCode, 0);
    const QString expected = QStringLiteral("scheduled reports are in the Enterprise plan (scheduled_reports); this licence is "
                                            "Free. See 'costline-cli licence show'.\n");
    // Then neither adding nor running schedules works, and both say which plan has it
    const Run add = cli({"report", "schedule", "add", "drivers", "--cadence", "daily", "--folder", m_folder, "--workspace", free});
    QCOMPARE(add.exitCode, 1);
    QCOMPARE(add.err, QStringLiteral("costline-cli report schedule: ") + expected);
    const Run due = cli({"report", "run-due", "--workspace", free});
    QCOMPARE(due.exitCode, 1);
    QCOMPARE(due.err, QStringLiteral("costline-cli report run-due: ") + expected);
    // And listing still works, so nothing is hidden
    QCOMPARE(cli({"report", "schedule", "list", "--workspace", free}).exitCode, 0);
}

QTEST_MAIN(tst_ReportScheduleCli)
#include "tst_reportschedulecli.moc"
