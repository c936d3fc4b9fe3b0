#include "fakeproviderserver.h"
#include "models/sourcesmodel.h"
#include "widgets/sources/sourcesdialog.h"
#include "workspace/sourcestore.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace costline;

namespace {

void addSource(Workspace &ws, const QString &name, const QString &kind, const QString &url, const QString &env = {})
{
    SourceConfig c;
    c.name = name;
    c.kind = kind;
    c.baseUrl = url;
    c.apiKeyEnv = env;
    QString error;
    QVERIFY2(SourceConfigStore(ws).add(c, &error), qPrintable(error));
}

} // namespace

class TestSourcesDialog final : public QObject
{
    Q_OBJECT

private:
    // Three connections in three states, and a file source the dialog must not list.
    void seed(test::WorkspaceFixture &f, const QUrl &fake)
    {
        Workspace &ws = f.workspace();
        addSource(ws, QStringLiteral("openai-prod"), QStringLiteral("openai"), QString());
        addSource(ws, QStringLiteral("anthropic"), QStringLiteral("anthropic"), QString());
        addSource(ws, QStringLiteral("gateway"), QStringLiteral("gateway"), fake.toString(), QStringLiteral("COSTLINE_DIALOG_KEY"));
        SourceConfigStore store(ws);
        store.recordRun(store.find(QStringLiteral("openai-prod"))->id, QStringLiteral("ok"), {}, 1234, 1'790'000'000'000);
        store.recordRun(store.find(QStringLiteral("anthropic"))->id, QStringLiteral("failed"),
                        QStringLiteral("the key for source 'anthropic' was refused (HTTP 401 at /v1/organizations/usage_report/messages); "
                                       "store a valid key for it in Sources & provider keys and sync again"),
                        0, 1'790'000'100'000);
        SourceStore(ws).ensure(QStringLiteral("csv"), QStringLiteral("csv"));
    }

private Q_SLOTS:
    void showsEachSourcesState()
    {
        // Given a workspace with sources in three states
        fakes::FakeProviderServer fake;
        QVERIFY(fake.start());
        test::WorkspaceFixture f;
        seed(f, fake.baseUrl());
        // When the dialog opens
        SourcesDialog dialog(f.path());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Then it lists the connectors with their last status, and the selected one's error
        SourcesModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 3);
        const int failed = model->rowOf(QStringLiteral("anthropic"));
        QCOMPARE(model->index(failed, SourcesModel::Status).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model->index(model->rowOf(QStringLiteral("openai-prod")), SourcesModel::Rows).data(SourcesModel::RawValueRole).toLongLong(), 1234);
        QCOMPARE(model->index(model->rowOf(QStringLiteral("gateway")), SourcesModel::Status).data().toString(), QStringLiteral("Never synced"));
        dialog.selectSource(QStringLiteral("anthropic"));
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("the key for source 'anthropic' was refused")));
        if (const QString dir = qEnvironmentVariable("COSTLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("sources-dialog.png"))));
        }
    }

    void syncNowAndTestConnection()
    {
        // Given a gateway source whose key is in its environment variable
        fakes::FakeProviderServer fake;
        QVERIFY(fake.start());
        qputenv("COSTLINE_DIALOG_KEY", fake.apiKey());
        test::WorkspaceFixture f;
        seed(f, fake.baseUrl());
        SourcesDialog dialog(f.path());
        dialog.selectSource(QStringLiteral("gateway"));
        // When Test connection is pressed, then it reports success
        QSignalSpy tested(&dialog, &SourcesDialog::connectionTested);
        dialog.testConnection();
        QVERIFY(tested.wait(10'000));
        QCOMPARE(tested.first().first().toBool(), true);
        // When Sync now is pressed, the sync runs off the UI thread and the row updates
        QSignalSpy synced(&dialog, &SourcesDialog::syncFinished);
        dialog.syncNow();
        QVERIFY(dialog.isBusy());
        QVERIFY(synced.wait(20'000));
        QCOMPARE(synced.first().first().toBool(), true);
        const int row = dialog.model()->rowOf(QStringLiteral("gateway"));
        QCOMPARE(dialog.model()->index(row, SourcesModel::Status).data().toString(), QStringLiteral("OK"));
        QCOMPARE(dialog.model()->index(row, SourcesModel::Rows).data(SourcesModel::RawValueRole).toLongLong(), 50);
        f.reopen();
        QCOMPARE(f.rawEventTotals().inputTokens, 50100); // the gateway fixtures, see tst_gatewaysync
        qunsetenv("COSTLINE_DIALOG_KEY");
    }
};

QTEST_MAIN(TestSourcesDialog)
#include "tst_sourcesdialog.moc"
