#include "usagecsvwriter.h"
#include "testseed.h"
#include "workspacedigest.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace costline;
using namespace costline::test;

namespace {

constexpr int kKills = 20;

// A base of 20 000 events, then a file that revises half of them and adds 40 000.
const UsageCsvSpec kBase{11, 0, 20'000};
const UsageCsvSpec kUpdate{12, 10'000, 50'000};

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runCli(const QStringList &args, const std::function<void()> &modifier = {})
{
    QProcess process;
    if (modifier)
        process.setChildProcessModifier(modifier);
    process.start(QStringLiteral(COSTLINE_CLI), args);
    Run run;
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList importArgs(const QString &csv, const QString &workspace)
{
    return {QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--workspace"), workspace};
}

// In the child before exec: files may not grow past `bytes`, and a write past it fails
// with EFBIG instead of killing the process, as a full disk would fail it.
void limitFileSize(rlim_t bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{bytes, bytes};
    setrlimit(RLIMIT_FSIZE, &limit);
}

} // namespace

class TestImportFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_baseCsv;
    QString m_updateCsv;
    WorkspaceDigest m_afterBoth; // one clean run of both files
    QuickTotals m_quickAfterBoth;
    qint64 m_cleanUpdateMs = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A workspace holding the base file only.
    QString baseWorkspace(const QString &name)
    {
        const QString workspace = path(name);
        const Run run = runCli(importArgs(m_baseCsv, workspace));
        return run.exitCode == 0 ? workspace : QString();
    }

private slots:
    void initTestCase()
    {
        // Given the two files and one workspace that imports them without interruption
        m_baseCsv = path(QStringLiteral("base.csv"));
        m_updateCsv = path(QStringLiteral("update.csv"));
        QVERIFY(writeUsageCsv(m_baseCsv, kBase));
        QVERIFY(writeUsageCsv(m_updateCsv, kUpdate));
        const QString clean = baseWorkspace(QStringLiteral("clean.costline"));
        QVERIFY(!clean.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const Run update = runCli(importArgs(m_updateCsv, clean));
        m_cleanUpdateMs = timer.elapsed();
        QVERIFY2(update.exitCode == 0, qPrintable(update.err));
        m_afterBoth = readWorkspaceDigest(clean);
        m_quickAfterBoth = readQuickTotals(clean);
        QCOMPARE(m_afterBoth.eventRows, qint64(60'000));
        QVERIFY2(m_afterBoth.fromEvents.size() > 1000, qPrintable(QString::number(m_afterBoth.fromEvents.size())));
        QCOMPARE(m_afterBoth.fromSummaries, m_afterBoth.fromEvents);
    }

    void killedImportsResumeToOneCleanRun()
    {
        const quint32 seed = test::seedFromEnvironment("COSTLINE_KILL_SEED");
        qInfo("kill points seeded with %u (COSTLINE_KILL_SEED=%u repeats them); a clean import took %lld ms", seed, seed,
              m_cleanUpdateMs);
        QRandomGenerator rng(seed);
        // Given a workspace holding the base file
        const QString workspace = baseWorkspace(QStringLiteral("killed.costline"));
        QVERIFY(!workspace.isEmpty());
        const QuickTotals before = readQuickTotals(workspace);
        // When the import of the second file is SIGKILLed at random points over its run
        int killedWhileRunning = 0;
        for (int i = 0; i < kKills; ++i) {
            const int afterMs = rng.bounded(int(m_cleanUpdateMs * 11 / 10) + 1);
            QProcess import;
            import.start(QStringLiteral(COSTLINE_CLI), importArgs(m_updateCsv, workspace));
            QVERIFY(import.waitForStarted());
            QTest::qSleep(afterMs);
            killedWhileRunning += import.state() == QProcess::Running ? 1 : 0;
            import.kill();
            import.waitForFinished();
            // Then after every kill the file is sound and holds the base or both files, whole
            const QString where = QStringLiteral("kill %1 after %2 ms, seed %3").arg(i).arg(afterMs).arg(seed);
            QCOMPARE(integrityCheck(workspace), QStringLiteral("ok"));
            const QuickTotals now = readQuickTotals(workspace);
            QVERIFY2(now == before || now == m_quickAfterBoth, qPrintable(where + QStringLiteral(": a partial import is visible")));
            QVERIFY2(now.fromEvents == now.fromRollups, qPrintable(where + QStringLiteral(": rollups differ from events")));
        }
        // And re-running the import ends where one clean run ends, per day and dimension
        const Run resume = runCli(importArgs(m_updateCsv, workspace));
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.err));
        const WorkspaceDigest digest = readWorkspaceDigest(workspace);
        QVERIFY2(digest == m_afterBoth, qPrintable(firstDifference(digest, m_afterBoth)));
        QVERIFY2(killedWhileRunning >= kKills / 2, qPrintable(QStringLiteral("only %1 kills landed mid-import").arg(killedWhileRunning)));
    }

    void fullDiskLeavesTheWorkspaceUnchanged()
    {
        // Given a workspace holding the base file
        const QString workspace = baseWorkspace(QStringLiteral("full.costline"));
        QVERIFY(!workspace.isEmpty());
        const WorkspaceDigest before = readWorkspaceDigest(workspace);
        const qint64 sizeBefore = QFileInfo(workspace).size();
        // When its files may not grow past 1 MB while the second file is imported
        constexpr rlim_t kLimit = 1024 * 1024;
        const Run full = runCli(importArgs(m_updateCsv, workspace), [] { limitFileSize(kLimit); });
        // Then the import fails saying what happened, to which file, and what to do
        QCOMPARE(full.exitCode, 1);
        QCOMPARE(full.err, QStringLiteral("costline-cli import: %1: saving failed: disk I/O error: cannot write the workspace %2 "
                                          "or its journal: files may not grow past %3 bytes here (a file size limit, "
                                          "ulimit -f); raise the limit or free space, then try again; nothing was imported\n")
                               .arg(m_updateCsv, QFileInfo(workspace).absoluteFilePath())
                               .arg(kLimit));
        // And the workspace is sound and holds what it held before
        QCOMPARE(integrityCheck(workspace), QStringLiteral("ok"));
        QCOMPARE(QFileInfo(workspace).size(), sizeBefore);
        const WorkspaceDigest after = readWorkspaceDigest(workspace);
        QVERIFY2(after == before, qPrintable(firstDifference(after, before)));
        // And once there is room the same import lands whole
        const Run retry = runCli(importArgs(m_updateCsv, workspace));
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        const WorkspaceDigest retried = readWorkspaceDigest(workspace);
        QVERIFY2(retried == m_afterBoth, qPrintable(firstDifference(retried, m_afterBoth)));
    }
};

QTEST_GUILESS_MAIN(TestImportFaults)
#include "tst_importfaults.moc"
