#include "syncfixture.h"

#include "sync/autosyncschedule.h"
#include "sync/connectioncheck.h"

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
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
