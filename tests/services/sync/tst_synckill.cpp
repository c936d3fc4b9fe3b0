#include "clichild.h"
#include "testseed.h"
#include "workspacedigest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace costline;

// Fixtures of all four kinds (see the per-kind tests): 30 + 10 + 50 + 30 events,
// 20 + 20 billing lines worth 57.234567890 + 12.428912000 USD.
constexpr qint64 kEvents = 120;
constexpr qint64 kBillingLines = 40;
constexpr qint64 kBilledNano = 69'663'479'890;
constexpr int kKills = 20;

class TestSyncKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncsResumeToTheSameTotals()
    {
        // Given a fake provider process with small, slowish pages, and a workspace with one
        // source of every kind
        QTemporaryDir dir;
        test::CliChild child("sk-kill-test-0123456789abcdef");
        const quint16 port = child.startFake(2, 3);
        QVERIFY(port != 0);
        const QString sourcesOnly = dir.filePath(QStringLiteral("sources.costline"));
        const QString clean = dir.filePath(QStringLiteral("clean.costline"));
        QVERIFY(child.addAllSources(sourcesOnly, port));
        QVERIFY(QFile::copy(sourcesOnly, clean));
        // When a copy of it syncs cleanly
        QElapsedTimer timer;
        timer.start();
        const test::CliRun cleanRun = child.runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), clean});
        const qint64 cleanMs = timer.elapsed();
        QVERIFY2(cleanRun.exitCode == 0, cleanRun.err.constData());
        const test::StoredTotals expected = test::storedTotals(clean);
        QCOMPARE(expected.values.value(0), kEvents);
        QCOMPARE(expected.values.value(14), kBillingLines);
        QCOMPARE(expected.values.value(15), kBilledNano);
        QCOMPARE(expected.values.value(21), 0); // nothing quarantined
        const test::WorkspaceDigest expectedDigest = test::readWorkspaceDigest(clean);
        QCOMPARE(expectedDigest.fromSummaries, expectedDigest.fromEvents);
        // and other copies are SIGKILLed at random points over a sync's run, then resumed
        const quint32 seed = test::seedFromEnvironment("COSTLINE_KILL_SEED");
        qInfo("kill points seeded with %u (COSTLINE_KILL_SEED=%u repeats them); a clean sync took %lld ms", seed, seed, cleanMs);
        QRandomGenerator rng(seed);
        int partialStates = 0;
        for (int i = 0; i < kKills; ++i) {
            const int afterMs = rng.bounded(int(cleanMs) + 1);
            const QString where = QStringLiteral("kill %1 after %2 ms, seed %3").arg(i).arg(afterMs).arg(seed);
            const QString killed = dir.filePath(QStringLiteral("killed%1.costline").arg(i));
            QVERIFY(QFile::copy(sourcesOnly, killed));
            std::unique_ptr<QProcess> sync(child.startCli({QStringLiteral("sync"), QStringLiteral("--workspace"), killed}));
            QVERIFY(sync->waitForStarted());
            QTest::qSleep(afterMs);
            sync->kill();
            sync->waitForFinished();
            // Then after every kill the file is sound
            QVERIFY2(test::integrityCheck(killed) == QLatin1String("ok"), qPrintable(where));
            const qint64 events = test::storedTotals(killed).values.value(0);
            partialStates += events > 0 && events < kEvents ? 1 : 0;
            // And the resumed sync ends with one clean sync's totals, per day and dimension too
            const test::CliRun resumed = child.runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), killed});
            QVERIFY2(resumed.exitCode == 0, qPrintable(where + u' ' + QString::fromUtf8(resumed.err)));
            QVERIFY2(test::storedTotals(killed) == expected, qPrintable(where));
            const test::WorkspaceDigest digest = test::readWorkspaceDigest(killed);
            QVERIFY2(digest == expectedDigest, qPrintable(where + u' ' + test::firstDifference(digest, expectedDigest)));
        }
        // And the kills landed mid-sync
        QVERIFY2(partialStates >= kKills / 4, qPrintable(QString::number(partialStates)));
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
