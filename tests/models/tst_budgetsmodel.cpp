#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "models/budgetsmodel.h"
#include "models/queryrunner.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;
const qint64 kEndDay = *utc::parseDate("2026-11-24");

void fillDemo(test::WorkspaceFixture &f)
{
    DemoOptions options;
    options.events = 4'000;
    options.days = 45;
    options.endDay = kEndDay;
    const DemoResult r = DemoGenerator(f.workspace()).generate(options);
    QVERIFY2(r.ok, qPrintable(r.error));
}

Budget budget(const QString &name, qint64 limitNano, Budget::Period period = Budget::Period::Monthly)
{
    Budget b;
    b.name = name;
    b.limitNano = limitNano;
    b.period = period;
    return b;
}

} // namespace

class TestBudgetsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Screen text is checked in US English; the tests run under LC_ALL=C.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void loadsStatusesOffTheUiThread()
    {
        // Given two budgets in a demo workspace and a model under the tester
        test::WorkspaceFixture f;
        fillDemo(f);
        QString error;
        BudgetStore store(f.workspace());
        QVERIFY(store.save(budget(QStringLiteral("all-ai"), 900 * 1'000'000'000LL), &error));
        Budget support = budget(QStringLiteral("support"), 15 * 1'000'000'000LL, Budget::Period::Weekly);
        support.scope.insert(Dimension::Team, QStringLiteral("support"));
        QVERIFY(store.save(support, &error));
        QueryRunner runner(f.path());
        BudgetsModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &BudgetsModel::loaded);
        // When it loads
        model.load();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(loaded.wait(kWaitMs));
        // Then each budget shows the evaluator's numbers on the latest day with data
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.asOfDay(), kEndDay);
        const QList<BudgetStatus> expected = BudgetEvaluator(f.workspace()).evaluate(store.list(), kEndDay);
        for (const BudgetStatus &s : expected) {
            const int row = model.rowOf(s.budget.name);
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, BudgetsModel::Spend).data(BudgetsModel::RawValueRole).toLongLong(), s.spendNano);
            QCOMPARE(model.index(row, BudgetsModel::Projected).data(BudgetsModel::RawValueRole).toLongLong(), s.projectedNano);
            QCOMPARE(model.index(row, BudgetsModel::State).data().toString(), budgetStateText(s));
        }
        const int row = model.rowOf(QStringLiteral("support"));
        QCOMPARE(model.index(row, BudgetsModel::Scope).data().toString(), QStringLiteral("team=support"));
        QCOMPARE(model.index(row, BudgetsModel::Period).data().toString(), QStringLiteral("Weekly (from Monday)"));
        QCOMPARE(model.index(row, BudgetsModel::Limit).data().toString(), QStringLiteral("$15.00"));
    }

    void savesRenamesAndRemoves()
    {
        test::WorkspaceFixture f;
        fillDemo(f);
        QueryRunner runner(f.path());
        BudgetsModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &BudgetsModel::budgetsChanged);
        QSignalSpy failed(&model, &BudgetsModel::changeFailed);
        // When a budget is added, renamed, then removed
        model.saveBudget(budget(QStringLiteral("tiny"), 1'000'000'000));
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BudgetsModel::State).data().toString(), QStringLiteral("Over limit"));
        QCOMPARE(model.index(0, BudgetsModel::State).data(Qt::DecorationRole).value<QColor>(),
                 budgetStateColour(BudgetStatus::State::Hard));
        Budget renamed = model.statusAt(0).budget;
        renamed.name = QStringLiteral("renamed");
        model.saveBudget(renamed);
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BudgetsModel::Name).data().toString(), QStringLiteral("renamed"));
        // A rename is an edit of the same cap: its id stays, its version moves on
        QCOMPARE(model.statusAt(0).budget.id, renamed.id);
        QCOMPARE(model.index(0, BudgetsModel::Version).data(BudgetsModel::RawValueRole).toInt(), 2);
        model.removeBudget(QStringLiteral("renamed"));
        QVERIFY(changed.wait(kWaitMs));
        // Then the store follows each step
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(BudgetStore(f.workspace()).list().isEmpty());
        model.removeBudget(QStringLiteral("renamed"));
        QVERIFY(failed.wait(kWaitMs));
    }

    void showsWhoManagesEachCapAndWhichGoverns()
    {
        // Given a platform cap over all spend and a tenant cap well under it
        test::WorkspaceFixture f;
        fillDemo(f);
        QString error;
        BudgetStore store(f.workspace());
        QVERIFY(store.save(budget(QStringLiteral("all-ai"), 100'000 * 1'000'000'000LL), &error));
        Budget tenant = budget(QStringLiteral("acme-daily"), 1'000'000'000, Budget::Period::Daily);
        tenant.managedBy = Budget::ManagedBy::Tenant;
        tenant.scope.insert(Dimension::Tenant, QStringLiteral("acme"));
        QVERIFY2(store.save(tenant, &error), qPrintable(error));
        QueryRunner runner(f.path());
        BudgetsModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &BudgetsModel::loaded);
        QSignalSpy changed(&model, &BudgetsModel::budgetsChanged);
        QSignalSpy failed(&model, &BudgetsModel::changeFailed);
        model.load();
        QVERIFY(loaded.wait(kWaitMs));
        // Then each row says who manages the cap, its version and the cap that governs its spend
        const int row = model.rowOf(QStringLiteral("acme-daily"));
        QCOMPARE(model.index(row, BudgetsModel::ManagedBy).data().toString(), QStringLiteral("Tenant"));
        QCOMPARE(model.index(row, BudgetsModel::Version).data().toInt(), 1);
        QCOMPARE(model.index(row, BudgetsModel::GoverningCap).data().toString(), QStringLiteral("this cap"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("all-ai")), BudgetsModel::ManagedBy).data().toString(),
                 QStringLiteral("Platform"));
        const BudgetStatus &s = model.statusAt(row);
        QCOMPARE(model.index(row, BudgetsModel::Remaining).data(BudgetsModel::RawValueRole).toLongLong(),
                 s.budget.limitNano - s.spendNano);
        QVERIFY(model.scopeValues(Dimension::Tenant).contains(QStringLiteral("acme")));
        QVERIFY(!model.scopeValues(Dimension::ApiKey).isEmpty());
        // When the tenant cap is raised above the platform cap
        Budget raised = s.budget;
        raised.limitNano = 200'000 * 1'000'000'000LL;
        model.saveBudget(raised);
        QVERIFY(failed.wait(kWaitMs));
        // Then the change is refused naming the platform cap, the list is read again and nothing changed
        QVERIFY2(failed.first().first().toString().startsWith(
                     QStringLiteral("Tenant cap acme-daily ($200000.00 daily) is above platform cap all-ai ($100000.00 monthly)")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(model.statusAt(model.rowOf(QStringLiteral("acme-daily"))).budget.limitNano, 1'000'000'000LL);
        QCOMPARE(store.find(QStringLiteral("acme-daily"))->version, 1);
    }

    void proxySortsByRawValue()
    {
        BudgetsModel model;
        QList<BudgetStatus> statuses;
        for (const qint64 spend : {9'000'000'000LL, 10'000'000'000LL, 800'000'000LL}) {
            BudgetStatus s;
            s.budget = budget(QString::number(spend), 100'000'000'000LL);
            s.spendNano = spend;
            statuses << s;
        }
        model.setStatuses(statuses, kEndDay);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(BudgetsModel::RawValueRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(BudgetsModel::Spend, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, BudgetsModel::Spend).data().toString(), QStringLiteral("$10.00"));
        QCOMPARE(proxy.index(2, BudgetsModel::Spend).data().toString(), QStringLiteral("$0.80"));
    }

    void parsesScopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("pairs");
        QTest::newRow("empty is all spend") << "" << true << 0;
        QTest::newRow("one pair") << "team=support" << true << 1;
        QTest::newRow("two pairs, spaces") << " team = support ,project=search" << true << 2;
        QTest::newRow("api key") << "api_key=key-7" << true << 1;
        QTest::newRow("unknown dimension") << "colour=blue" << false << 0;
        QTest::newRow("missing value") << "team=" << false << 0;
        QTest::newRow("no equals") << "support" << false << 0;
    }

    void parsesScopes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, pairs);
        QMap<Dimension, QString> scope;
        QString error;
        QCOMPARE(parseBudgetScope(text, &scope, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!ok)
            return;
        QCOMPARE(scope.size(), pairs);
        QMap<Dimension, QString> again;
        QVERIFY(parseBudgetScope(pairs ? budgetScopeText(scope) : QString(), &again, &error));
        QCOMPARE(again, scope);
    }
};

QTEST_GUILESS_MAIN(TestBudgetsModel)
#include "tst_budgetsmodel.moc"
