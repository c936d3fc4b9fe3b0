#include "clichild.h"

#include <QTemporaryDir>
#include <QTest>

using namespace costline;

// Fixtures of all four kinds (see the per-kind tests): 30 + 10 + 50 + 30 events,
// 20 + 20 billing lines worth 57.234567890 + 12.428912000 USD.
constexpr qint64 kEvents = 120;
constexpr qint64 kBillingLines = 40;
constexpr qint64 kBilledNano = 69'663'479'890;

class TestSyncKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncsResumeToTheSameTotals()
    {
        // Given a fake provider process with small, slowish pages, and two workspaces with
        // one source of every kind
        QTemporaryDir dir;
        test::CliChild child("sk-kill-test-0123456789abcdef");
        const quint16 port = child.startFake(2, 8);
        QVERIFY(port != 0);
        const QString clean = dir.filePath(QStringLiteral("clean.costline"));
        const QString killed = dir.filePath(QStringLiteral("killed.costline"));
        QVERIFY(child.addAllSources(clean, port));
        QVERIFY(child.addAllSources(killed, port));
        // When one workspace syncs cleanly
        const test::CliRun cleanRun = child.runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), clean});
        QVERIFY2(cleanRun.exitCode == 0, cleanRun.err.constData());
        const test::StoredTotals expected = test::storedTotals(clean);
        QCOMPARE(expected.values.value(0), kEvents);
        QCOMPARE(expected.values.value(14), kBillingLines);
        QCOMPARE(expected.values.value(15), kBilledNano);
        QCOMPARE(expected.values.value(21), 0); // nothing quarantined
        // and the other is SIGKILLed mid-sync again and again, resuming each time
        int partialStates = 0;
        for (const int afterMs : {40, 120, 250, 400, 600, 900, 1300}) {
            std::unique_ptr<QProcess> sync(child.startCli({QStringLiteral("sync"), QStringLiteral("--workspace"), killed}));
            QVERIFY(sync->waitForStarted());
            QTest::qWait(afterMs);
            sync->kill();
            sync->waitForFinished();
            const qint64 events = test::storedTotals(killed).values.value(0);
            partialStates += events > 0 && events < kEvents ? 1 : 0;
        }
        const test::CliRun last = child.runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), killed});
        QVERIFY2(last.exitCode == 0, last.err.constData());
        // Then the kills landed mid-sync, and the totals equal one clean sync exactly
        QVERIFY2(partialStates >= 2, qPrintable(QString::number(partialStates)));
        QCOMPARE(test::storedTotals(killed), expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
