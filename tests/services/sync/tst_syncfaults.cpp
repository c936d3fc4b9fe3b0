#include "syncfixture.h"

#include "workspace/sqlitestatement.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace costline;
using fakes::Fault;

namespace {

const QString kTokenUsage = QStringLiteral("/v1/admin/token-usage");
constexpr int kGatewayPages = 17;     // 50 records, 3 a page
constexpr qint64 kGatewayInput = 50100; // see tst_gatewaysync.cpp

// A port nothing listens on: bound, then released.
QUrl deadUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace

class TestSyncFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitHonoursRetryAfter()
    {
        // Given a gateway that answers the first request with 429 and Retry-After: 1
        test::SyncFixture f;
        f.addSource(QStringLiteral("gw"), QStringLiteral("gateway"));
        f.server().addFaults(kTokenUsage, {{Fault::RateLimited, 1}});
        // When the source syncs
        QElapsedTimer clock;
        clock.start();
        const QList<SourceSyncResult> results = f.sync();
        // Then it waited the second the provider asked for, retried, and lost nothing
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(f.server().requestCount(kTokenUsage), kGatewayPages + 1);
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, kGatewayInput);
    }

    void twoServerErrorsThenSuccess()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("gw"), QStringLiteral("gateway"));
        f.server().addFaults(kTokenUsage, {{Fault::None, 0}, {Fault::ServerError, 0}, {Fault::ServerError, 0}});
        const QList<SourceSyncResult> results = f.sync();
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(f.server().requestCount(kTokenUsage), kGatewayPages + 2);
        QCOMPARE(f.workspace().rawEventTotals().events, 50);
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, kGatewayInput);
    }

    void serverErrorsAreBounded()
    {
        // Given a gateway failing more often than the four tries allowed
        test::SyncFixture f;
        f.addSource(QStringLiteral("gw"), QStringLiteral("gateway"));
        f.server().addFaults(kTokenUsage, QList<Fault>(4, {Fault::ServerError, 0}));
        // When the source syncs
        const QList<SourceSyncResult> results = f.sync();
        // Then it gives up after four tries, says where, and saves nothing
        QVERIFY(!results.first().ok);
        QVERIFY2(results.first().error.contains(QStringLiteral("source 'gw', endpoint token-usage, page 1: HTTP 500")),
                 qPrintable(results.first().error));
        QVERIFY(results.first().error.contains(QStringLiteral("gave up after 4 tries")));
        QCOMPARE(f.server().requestCount(kTokenUsage), 4);
        QCOMPARE(f.workspace().eventCount(), 0);
        // and the next sync reads everything
        QVERIFY(f.sync().first().ok);
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, kGatewayInput);
    }

    void truncatedBodyCommitsNothingOfThatPage()
    {
        // Given a gateway whose third page arrives cut in half
        test::SyncFixture f;
        f.addSource(QStringLiteral("gw"), QStringLiteral("gateway"));
        f.server().addFaults(kTokenUsage, {{Fault::None, 0}, {Fault::None, 0}, {Fault::Truncated, 0}});
        // When the source syncs
        const QList<SourceSyncResult> results = f.sync();
        // Then the error names source, endpoint, page and position, and only whole pages landed
        QVERIFY(!results.first().ok);
        const QString error = results.first().error;
        QVERIFY2(error.startsWith(QStringLiteral("source 'gw', endpoint token-usage, page 3: malformed JSON at byte ")), qPrintable(error));
        QCOMPARE(f.workspace().eventCount(), 6);
        SqliteStatement st(f.workspace().workspace().db(), "SELECT last_status, last_error FROM sources WHERE name = 'gw'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("failed"));
        QCOMPARE(st.text(1), error);
        // When it syncs again, it resumes at page 3 and ends with every record exactly once
        QVERIFY(f.sync().first().ok);
        QCOMPARE(f.server().requestCount(kTokenUsage), kGatewayPages + 1);
        QCOMPARE(f.workspace().rawEventTotals().events, 50);
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, kGatewayInput);
    }

    void slowAnswerTimesOutAndIsRetried()
    {
        // Given a gateway whose first answer takes longer than the client waits
        test::SyncFixture f;
        f.options().retry.timeoutMs = 300;
        f.addSource(QStringLiteral("gw"), QStringLiteral("gateway"));
        f.server().addFaults(kTokenUsage, {{Fault::Slow, 500}});
        // When the source syncs, the first try times out and the retry succeeds
        const QList<SourceSyncResult> results = f.sync();
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(f.server().requestCount(kTokenUsage), kGatewayPages + 1);
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, kGatewayInput);
    }

    void refusedKeySaysWhatToDo()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("gw"), QStringLiteral("gateway"));
        const QList<SourceSyncResult> results = f.sync("sk-wrong-key-1234567890");
        QVERIFY(!results.first().ok);
        QVERIFY2(results.first().error.startsWith(QStringLiteral("the key for source 'gw' was refused (HTTP 401")),
                 qPrintable(results.first().error));
        QVERIFY(results.first().error.contains(QStringLiteral("store a valid key")));
        QVERIFY(!results.first().error.contains(QStringLiteral("sk-wrong")));
        QCOMPARE(f.server().requestCount(kTokenUsage), 1); // a refused key is not retried
        QCOMPARE(f.workspace().eventCount(), 0);
    }

    void failingSourceDoesNotStopOthers()
    {
        // Given a source on a dead port, sorted before a healthy one
        test::SyncFixture f;
        f.options().retry.maxAttempts = 2;
        f.addSource(QStringLiteral("a-dead"), QStringLiteral("gateway"), deadUrl());
        f.addSource(QStringLiteral("b-live"), QStringLiteral("gateway"));
        // When both sync
        const QList<SourceSyncResult> results = f.sync();
        // Then the dead one failed and the live one still synced everything
        QCOMPARE(results.size(), 2);
        QVERIFY(!results.at(0).ok);
        QVERIFY(results.at(0).error.startsWith(QStringLiteral("source 'a-dead', endpoint token-usage, page 1: ")));
        QVERIFY2(results.at(1).ok, qPrintable(results.at(1).error));
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, kGatewayInput);
    }

    void cancelStopsBetweenPages()
    {
        test::SyncFixture f;
        f.addSource(QStringLiteral("gw"), QStringLiteral("gateway"));
        SyncRunner runner(f.workspace().path(), [&f](const SourceConfig &, QString *) { return std::optional(f.server().apiKey()); },
                          f.options());
        connect(&runner, &SyncRunner::progressed, &runner, [&runner](const QString &, qint64 pages, qint64) {
            if (pages == 2)
                runner.cancel();
        }, Qt::DirectConnection);
        const QList<SourceSyncResult> results = runner.run();
        QVERIFY(!results.first().ok);
        QVERIFY(results.first().cancelled);
        QCOMPARE(results.first().pages, 2);
        f.workspace().reopen();
        QCOMPARE(f.workspace().eventCount(), 6);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
