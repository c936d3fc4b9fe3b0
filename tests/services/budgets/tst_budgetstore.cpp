// Budget caps in the workspace: versions, edits made elsewhere, refusals that store nothing,
// and budgets of a workspace made before caps, which keep working.
#include "budgets/budgetstore.h"
#include "budgets/budgetevaluator.h"
#include "workspace/schema.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace costline;

namespace {

constexpr qint64 kUsd = 1'000'000'000;

Budget cap(const QString &name, qint64 limitUsd, Budget::ManagedBy who = Budget::ManagedBy::Platform,
           QMap<Dimension, QString> scope = {})
{
    Budget b;
    b.name = name;
    b.limitNano = limitUsd * kUsd;
    b.managedBy = who;
    b.scope = std::move(scope);
    return b;
}

const QMap<Dimension, QString> kAcme{{Dimension::Tenant, QStringLiteral("acme")}};

// The schema version just before budgets became caps, found by what that migration adds.
int versionBeforeCaps()
{
    const QByteArrayList &migrations = schemaMigrations();
    for (int i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).contains("managed_by"))
            return i;
    }
    return -1;
}

} // namespace

class TestBudgetStore final : public QObject
{
    Q_OBJECT

private slots:
    void everyEditIncrementsTheVersion()
    {
        test::WorkspaceFixture f;
        BudgetStore store(f.workspace());
        QString error;
        Budget saved;
        // Given a new cap: version 1
        QVERIFY2(store.save(cap(QStringLiteral("all-spend"), 100), &error, &saved), qPrintable(error));
        QCOMPARE(saved.version, 1);
        QVERIFY(saved.id != 0);
        QVERIFY(saved.updatedMs > 0);
        // When its limit, then its name and on/off change: one version each
        Budget edit = saved;
        edit.limitNano = 120 * kUsd;
        QVERIFY(store.save(edit, &error, &saved));
        QCOMPARE(saved.version, 2);
        edit = saved;
        edit.name = QStringLiteral("platform-all");
        edit.enabled = false;
        QVERIFY(store.save(edit, &error, &saved));
        QCOMPARE(saved.version, 3);
        QCOMPARE(saved.id, edit.id); // a rename keeps the cap, its id and history
        // And saving it unchanged is not an edit
        QVERIFY(store.save(saved, &error, &saved));
        QCOMPARE(saved.version, 3);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().name, QStringLiteral("platform-all"));
        QCOMPARE(store.list().first().limitNano, 120 * kUsd);
    }

    void anEditMadeElsewhereIsNotOverwritten()
    {
        test::WorkspaceFixture f;
        QString error;
        Budget first;
        QVERIFY(BudgetStore(f.workspace()).save(cap(QStringLiteral("all-spend"), 100), &error, &first));
        // Given another connection (the CLI, another window) changed the cap
        auto other = Workspace::open(f.path(), Workspace::OpenMode::ExistingOnly, &error);
        QVERIFY2(other, qPrintable(error));
        Budget theirs = first;
        theirs.limitNano = 50 * kUsd;
        QVERIFY(BudgetStore(*other).save(theirs, &error));
        // When this one saves from the version it read
        Budget mine = first;
        mine.limitNano = 500 * kUsd;
        // Then it is refused, saying so, and their limit stands
        QVERIFY(!BudgetStore(f.workspace()).save(mine, &error));
        QCOMPARE(error, QStringLiteral("Budget all-spend was changed elsewhere since it was read (now version 2): look "
                                       "at it again and repeat the change."));
        QCOMPARE(BudgetStore(f.workspace()).find(QStringLiteral("all-spend"))->limitNano, 50 * kUsd);
    }

    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("tenant cap without a tenant") << "Tenant cap t needs its tenant in its scope (tenant=NAME): a "
                                                        "tenant manages caps inside its own spend only.";
        QTest::newRow("tenant cap above the platform") << "Tenant cap t ($150.00 monthly) is above platform cap "
                                                          "all-spend ($100.00 monthly), which governs it";
        QTest::newRow("duplicate name") << "A budget named all-spend exists already: choose another name, or change that one.";
        QTest::newRow("no limit") << "The limit of t must be a positive amount in USD.";
        QTest::newRow("source in the scope") << "A budget's scope cannot name a source";
    }

    void refusalsStoreNothing()
    {
        QFETCH(QString, expectedError);
        test::WorkspaceFixture f;
        BudgetStore store(f.workspace());
        QString error;
        QVERIFY(store.save(cap(QStringLiteral("all-spend"), 100), &error));
        Budget b = cap(QStringLiteral("t"), 150, Budget::ManagedBy::Tenant, kAcme);
        const QByteArray row = QTest::currentDataTag();
        if (row == "tenant cap without a tenant")
            b.scope.clear();
        else if (row == "duplicate name")
            b = cap(QStringLiteral("all-spend"), 1);
        else if (row == "no limit")
            b.limitNano = 0;
        else if (row == "source in the scope")
            b.scope.insert(Dimension::Source, QStringLiteral("s"));
        QVERIFY(!store.save(b, &error));
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().version, 1);
    }

    void aTenantCapUnderItsPlatformCap()
    {
        test::WorkspaceFixture f;
        BudgetStore store(f.workspace());
        QString error;
        QVERIFY(store.save(cap(QStringLiteral("all-spend"), 100), &error));
        Budget saved;
        QVERIFY2(store.save(cap(QStringLiteral("acme"), 100, Budget::ManagedBy::Tenant, kAcme), &error, &saved),
                 qPrintable(error));
        QCOMPARE(saved.managedBy, Budget::ManagedBy::Tenant);
        QCOMPARE(saved.scope, kAcme);
        // Lowering the platform cap under it is refused; raising it is not
        Budget platform = *store.find(QStringLiteral("all-spend"));
        platform.limitNano = 99 * kUsd;
        QVERIFY(!store.save(platform, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Platform cap all-spend ($99.00 monthly) would sit below tenant cap acme")),
                 qPrintable(error));
        platform.limitNano = 150 * kUsd;
        QVERIFY(store.save(platform, &error));
    }

    void removingACapForgetsItsNotifiedCrossings()
    {
        test::WorkspaceFixture f;
        BudgetStore store(f.workspace());
        QString error;
        Budget saved;
        QVERIFY(store.save(cap(QStringLiteral("all-spend"), 100), &error, &saved));
        QVERIFY(execSql(f.workspace().db(),
                        "INSERT INTO budget_alerts VALUES(" + QByteArray::number(saved.id) + ", 0, 'hard', 1)"));
        QVERIFY(store.remove(QStringLiteral("all-spend")));
        SqliteStatement left(f.workspace().db(), "SELECT count(*) FROM budget_alerts");
        QVERIFY(left.step());
        QCOMPARE(left.int64(0), qint64(0));
        QVERIFY(!store.remove(QStringLiteral("all-spend")));
    }

    void budgetsFromBeforeCapsBecomePlatformCaps()
    {
        // Given a workspace file at the schema before caps, with a budget in it
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.costline"));
        const int before = versionBeforeCaps();
        QVERIFY(before > 0);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        for (int v = 0; v < before; ++v)
            QVERIFY(execSql(db, schemaMigrations().at(v)));
        QVERIFY(execSql(db, "PRAGMA application_id=" + QByteArray::number(kWorkspaceApplicationId)
                                + "; PRAGMA user_version=" + QByteArray::number(before)
                                + "; INSERT INTO budgets(name, scope, period, limit_nano, soft_pct, enabled, created_ms)"
                                  " VALUES('support', '{\"team\":\"support\"}', 'weekly', 15000000000, 70, 1, 1700000000000)"));
        sqlite3_close(db);
        // When it is opened
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::ExistingOnly, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), latestSchemaVersion());
        // Then its budget is a platform cap at version 1 with every field it had
        const QList<Budget> caps = BudgetStore(*ws).list();
        QCOMPARE(caps.size(), 1);
        const Budget &b = caps.first();
        QCOMPARE(b.managedBy, Budget::ManagedBy::Platform);
        QCOMPARE(b.version, 1);
        QCOMPARE(b.updatedMs, qint64(1'700'000'000'000));
        QCOMPARE(b.period, Budget::Period::Weekly);
        QCOMPARE(b.limitNano, 15 * kUsd);
        QCOMPARE(b.softPct, 70);
        QCOMPARE(b.scope.value(Dimension::Team), QStringLiteral("support"));
        // And it edits like any cap
        Budget edit = b;
        edit.limitNano = 20 * kUsd;
        Budget saved;
        QVERIFY2(BudgetStore(*ws).save(edit, &error, &saved), qPrintable(error));
        QCOMPARE(saved.version, 2);
    }
};

QTEST_GUILESS_MAIN(TestBudgetStore)
#include "tst_budgetstore.moc"
