// The audit trail's model: entries and the chain's verification read off the UI thread, raw
// values for sorting, the object before and after shown as JSON.
#include "budgets/budgetstore.h"
#include "models/audittrailmodel.h"
#include "models/queryrunner.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

void saveBudgets(Workspace &ws, const QList<qint64> &limits)
{
    QString error;
    for (const qint64 limit : limits) {
        Budget b = BudgetStore(ws).find(QStringLiteral("all-ai")).value_or(Budget{});
        b.name = QStringLiteral("all-ai");
        b.limitNano = limit;
        QVERIFY2(BudgetStore(ws).save(b, &error), qPrintable(error));
    }
}

} // namespace

class TestAuditTrailModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void loadsEntriesAndVerification()
    {
        // Given a budget added, changed twice, and a model under the tester
        test::WorkspaceFixture f;
        saveBudgets(f.workspace(), {900'000'000'000, 950'000'000'000, 990'000'000'000});
        QueryRunner runner(f.path());
        AuditTrailModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AuditTrailModel::loaded);
        // When it loads
        model.load();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(loaded.wait(kWaitMs));
        // Then each entry is a row, oldest first, and the chain verifies
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AuditTrailModel::ColumnCount));
        QVERIFY(model.verification().intact);
        QCOMPARE(model.verification().head.seq, 3);
        QCOMPARE(model.index(2, AuditTrailModel::Seq).data(AuditTrailModel::RawValueRole).toLongLong(), 3);
        QCOMPARE(model.index(0, AuditTrailModel::Action).data().toString(), QStringLiteral("Budget added"));
        QCOMPARE(model.index(1, AuditTrailModel::Action).data(AuditTrailModel::ActionCodeRole).toString(), QStringLiteral("budget.change"));
        QCOMPARE(model.index(1, AuditTrailModel::Object).data().toString(), QStringLiteral("budget:all-ai"));
        QVERIFY(model.index(1, AuditTrailModel::Before).data().toString().contains(QLatin1String("\"limit\":\"900.000000000\"")));
        QVERIFY(model.index(1, AuditTrailModel::After).data(Qt::ToolTipRole).toString().contains(QLatin1String("\"limit\": \"950.000000000\"")));
        QCOMPARE(model.index(0, AuditTrailModel::Before).data().toString(), QString());
        QCOMPARE(model.index(0, AuditTrailModel::Hash).data(Qt::ToolTipRole).toString().size(), 64);
        QVERIFY(model.index(0, AuditTrailModel::Time).data().toString().endsWith(QLatin1String(" UTC")));
        QVERIFY(model.index(0, AuditTrailModel::Time).data(AuditTrailModel::RawValueRole).toLongLong() > 0);
    }

    void showsABrokenChain()
    {
        // Given three entries and the second edited behind the application's back
        test::WorkspaceFixture f;
        saveBudgets(f.workspace(), {1, 2, 3});
        QString error;
        QVERIFY(execSql(f.workspace().db(), "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET os_user = 'mallory' WHERE seq = 2", &error));
        QueryRunner runner(f.path());
        AuditTrailModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AuditTrailModel::loaded);
        // When it loads
        model.load();
        QVERIFY(loaded.wait(kWaitMs));
        // Then every entry is still listed, and the verification names entry 2
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, AuditTrailModel::User).data().toString(), QStringLiteral("mallory"));
        QVERIFY(!model.verification().intact);
        QCOMPARE(model.verification().brokenSeq, 2);
        QVERIFY(model.index(1, AuditTrailModel::Object).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, AuditTrailModel::Object).data(Qt::ForegroundRole).isValid());
    }

    void unknownActionsShowTheirCode()
    {
        QCOMPARE(AuditTrailModel::actionLabel(QStringLiteral("report.run")), QStringLiteral("Report written"));
        QCOMPARE(AuditTrailModel::actionLabel(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
    }
};

QTEST_MAIN(TestAuditTrailModel)
#include "tst_audittrailmodel.moc"
