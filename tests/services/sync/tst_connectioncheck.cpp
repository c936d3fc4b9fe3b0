#include "syncfixture.h"

#include "sync/autosyncschedule.h"
#include "sync/autosyncscheduler.h"
#include "sync/connectioncheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace costline;

class TestConnectionCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodKeyConnectsAndWritesNothing()
    {
        test::SyncFixture f;
        SourceConfig config{.name = QStringLiteral("oa"), .kind = QStringLiteral("openai"), .baseUrl = f.server().baseUrl().toString()};
        const ConnectionCheck check = checkConnection(config, f.server().apiKey());
        QVERIFY2(check.ok, qPrintable(check.message));
        QCOMPARE(check.message, QStringLiteral("connected: usage/completions answered with 0 records for today"));
        QCOMPARE(f.server().requestCount(QStringLiteral("/v1/organization/usage/completions")), 1);
        QCOMPARE(f.workspace().eventCount(), 0);
    }

    void refusedKeySaysSo()
    {
        test::SyncFixture f;
        SourceConfig config{.name = QStringLiteral("gw"), .kind = QStringLiteral("gateway"), .baseUrl = f.server().baseUrl().toString()};
        const ConnectionCheck check = checkConnection(config, "sk-not-the-key-000");
        QVERIFY(!check.ok);
        QVERIFY2(check.message.startsWith(QStringLiteral("the key was refused (HTTP 401")), qPrintable(check.message));
        QVERIFY(!check.message.contains(QStringLiteral("sk-not")));
    }

    void autoSyncIsDueAfterItsInterval()
    {
        const qint64 now = 10 * 3'600'000;
        SourceConfig never{.name = QStringLiteral("never"), .kind = QStringLiteral("gateway"), .autoSyncMinutes = 60};
        SourceConfig recent = never;
        recent.name = QStringLiteral("recent");
        recent.lastSyncMs = now - 59 * 60'000;
        SourceConfig old = never;
        old.name = QStringLiteral("old");
        old.lastSyncMs = now - 60 * 60'000;
        SourceConfig manual = old;
        manual.name = QStringLiteral("manual");
        manual.autoSyncMinutes = 0;
        QCOMPARE(sourcesDueForSync({never, recent, old, manual}, now), (QStringList{QStringLiteral("never"), QStringLiteral("old")}));
    }

    void schedulerSyncsDueSourcesOnly()
    {
        // Given one source with auto-sync on and one without
        test::SyncFixture f;
        f.addSource(QStringLiteral("auto"), QStringLiteral("gateway"));
        f.addSource(QStringLiteral("manual"), QStringLiteral("gateway"));
        SourceConfig automatic = *SourceConfigStore(f.workspace().workspace()).find(QStringLiteral("auto"));
        automatic.autoSyncMinutes = 60;
        QString error;
        QVERIFY(SourceConfigStore(f.workspace().workspace()).update(automatic, &error));
        // When the scheduler ticks
        const QByteArray key = f.server().apiKey();
        AutoSyncScheduler scheduler(f.workspace().path(), [key](const SourceConfig &, QString *) { return std::optional(key); });
        QSignalSpy finished(&scheduler, &AutoSyncScheduler::syncFinished);
        scheduler.start(20);
        QVERIFY(finished.wait(20'000));
        scheduler.stop();
        // Then only the due source synced, once
        const auto results = finished.first().first().value<QList<SourceSyncResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().source, QStringLiteral("auto"));
        QVERIFY(results.first().ok);
        QTest::qWait(100); // later ticks find nothing due: the interval has not passed
        QCOMPARE(finished.size(), 1);
        f.workspace().reopen();
        QCOMPARE(f.workspace().rawEventTotals().events, 50);
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
