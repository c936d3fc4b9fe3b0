// Settings → Audit trail: the entries, a filter over them, and the chain's verification in
// words, including the broken entry when someone edited the file.
#include "budgets/budgetstore.h"
#include "models/audittrailmodel.h"
#include "widgets/audit/audittraildialog.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

void saveBudget(Workspace &ws, const QString &name)
{
    Budget b;
    b.name = name;
    b.limitNano = 900'000'000'000;
    QString error;
    QVERIFY2(BudgetStore(ws).save(b, &error), qPrintable(error));
}

} // namespace

class TestAuditTrailDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void listsAndVerifies()
    {
        // Given two budgets added
        test::WorkspaceFixture f;
        saveBudget(f.workspace(), QStringLiteral("search"));
        saveBudget(f.workspace(), QStringLiteral("support"));
        // When the dialog opens
        AuditTrailDialog dialog(f.path());
        QSignalSpy loaded(dialog.model(), &AuditTrailModel::loaded);
        QVERIFY(loaded.wait(kWaitMs));
        // Then both entries are listed, newest first, and the status says the chain verifies
        QCOMPARE(dialog.table()->model()->rowCount(), 2);
        QCOMPARE(dialog.table()->model()->index(0, AuditTrailModel::Object).data().toString(), QStringLiteral("budget:support"));
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("The chain verifies: 2 entries")), qPrintable(dialog.statusText()));
        // And the filter narrows the list to matching entries
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("search"));
        QCOMPARE(dialog.table()->model()->rowCount(), 1);
    }

    void namesTheBrokenEntry()
    {
        // Given the first of two entries deleted with sqlite3
        test::WorkspaceFixture f;
        saveBudget(f.workspace(), QStringLiteral("search"));
        saveBudget(f.workspace(), QStringLiteral("support"));
        QString error;
        QVERIFY(execSql(f.workspace().db(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 1", &error));
        // When the dialog opens
        AuditTrailDialog dialog(f.path());
        QSignalSpy loaded(dialog.model(), &AuditTrailModel::loaded);
        QVERIFY(loaded.wait(kWaitMs));
        // Then it says where the chain breaks and what to do
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("The chain is broken at entry 1: entry 1 is missing")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QLatin1String("backup")));
    }

    void anEmptyTrailSaysWhatWillBeThere()
    {
        test::WorkspaceFixture f;
        AuditTrailDialog dialog(f.path());
        QSignalSpy loaded(dialog.model(), &AuditTrailModel::loaded);
        QVERIFY(loaded.wait(kWaitMs));
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("Nothing recorded yet")), qPrintable(dialog.statusText()));
    }
};

QTEST_MAIN(TestAuditTrailDialog)
#include "tst_audittraildialog.moc"
