#include "syncfixture.h"

#include "cliapp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace costline;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::run(args, {out, err});
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestSourceCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListSyncRemoveAndAddAgain()
    {
        // Given a gateway fake and a workspace path
        test::SyncFixture f;
        qputenv("COSTLINE_CMD_KEY", f.server().apiKey());
        const QString ws = f.workspace().path();
        const QString url = f.server().baseUrl().toString();
        // When a source is added and synced through the CLI
        QCOMPARE(runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("gateway"), QStringLiteral("--name"), QStringLiteral("gw"),
                      QStringLiteral("--base-url"), url, QStringLiteral("--api-key-env"), QStringLiteral("COSTLINE_CMD_KEY"),
                      QStringLiteral("--backfill-days"), QStringLiteral("30"), QStringLiteral("--workspace"), ws}).code, 0);
        const Run sync = runCli({QStringLiteral("sync"), QStringLiteral("--workspace"), ws});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        QVERIFY(sync.out.startsWith(QStringLiteral("gw: 17 pages, 50 new, 0 updated events")));
        // Then the list shows it with its state
        const Run list = runCli({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--workspace"), ws});
        const QJsonObject gw = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(gw.value(QStringLiteral("name")).toString(), QStringLiteral("gw"));
        QCOMPARE(gw.value(QStringLiteral("backfill_days")).toInt(), 30);
        QCOMPARE(gw.value(QStringLiteral("last_status")).toString(), QStringLiteral("ok"));
        QCOMPARE(gw.value(QStringLiteral("last_rows")).toInt(), 50);
        // When it is removed and added again under the same name, then re-synced
        QCOMPARE(runCli({QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("gw"), QStringLiteral("--workspace"), ws}).code, 0);
        QCOMPARE(runCli({QStringLiteral("source"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--workspace"), ws}).out.count(QStringLiteral("\"name\"")), 0);
        QCOMPARE(runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("gateway"), QStringLiteral("--name"), QStringLiteral("gw"),
                      QStringLiteral("--base-url"), url, QStringLiteral("--api-key-env"), QStringLiteral("COSTLINE_CMD_KEY"),
                      QStringLiteral("--workspace"), ws}).code, 0);
        const Run again = runCli({QStringLiteral("sync"), QStringLiteral("--source"), QStringLiteral("gw"), QStringLiteral("--workspace"), ws});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        // Then the data was kept and re-read in place: nothing doubled
        QVERIFY(again.out.startsWith(QStringLiteral("gw: 17 pages, 0 new, 50 updated events")));
        f.workspace().reopen();
        QCOMPARE(f.workspace().rawEventTotals().events, 50);
        QCOMPARE(f.workspace().rawEventTotals().inputTokens, 50100);
        qunsetenv("COSTLINE_CMD_KEY");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("azure"), QStringLiteral("--name"), QStringLiteral("x")}
                                      << QStringLiteral("unknown kind 'azure'");
        QTest::newRow("no name") << QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("openai")}
                                 << QStringLiteral("--name is required");
        QTest::newRow("gateway without URL") << QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("gateway"), QStringLiteral("--name"), QStringLiteral("g")}
                                             << QStringLiteral("--base-url '' must be an http(s) URL");
        QTest::newRow("bad backfill") << QStringList{QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("openai"), QStringLiteral("--name"), QStringLiteral("o"),
                                                     QStringLiteral("--backfill-days"), QStringLiteral("0")}
                                      << QStringLiteral("--backfill-days must be a whole number from 1 to 3650");
        QTest::newRow("bad reconcile grouping") << QStringList{QStringLiteral("reconcile"), QStringLiteral("--by"), QStringLiteral("team")}
                                                << QStringLiteral("--by 'team' must be provider, day or model");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        test::WorkspaceFixture f;
        const Run r = runCli(args + QStringList{QStringLiteral("--workspace"), f.path()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSourceCommand)
#include "tst_sourcecommand.moc"
