#include "budgets/budgetstore.h"
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "models/budgetsmodel.h"
#include "models/queryrunner.h"
#include "widgets/budgetbars.h"
#include "widgets/budgets/budgetsdialog.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

void fillDemo(test::WorkspaceFixture &f)
{
    DemoOptions options;
    options.events = 4'000;
    options.days = 45;
    options.endDay = *utc::parseDate("2026-11-24");
    const DemoResult r = DemoGenerator(f.workspace()).generate(options);
    QVERIFY2(r.ok, qPrintable(r.error));
}

void saveBudget(test::WorkspaceFixture &f, const QString &name, qint64 limitUsd, const QString &team = {},
                bool enabled = true)
{
    Budget b;
    b.name = name;
    b.limitNano = limitUsd * 1'000'000'000;
    b.enabled = enabled;
    if (!team.isEmpty()) {
        b.scope.insert(Dimension::Team, team);
        b.period = Budget::Period::Weekly;
    }
    QString error;
    QVERIFY2(BudgetStore(f.workspace()).save(b, &error), qPrintable(error));
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COSTLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let the layouts that the new data triggered settle before rendering.
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    return p;
}

} // namespace

class TestBudgetsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Screen text is checked in US English; the tests run under LC_ALL=C.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void addsABudgetThroughTheFormAndShowsItsStatus()
    {
        // Given the Budgets dialog on a demo workspace with one budget
        test::WorkspaceFixture f;
        fillDemo(f);
        saveBudget(f, QStringLiteral("all-ai"), 900);
        BudgetsDialog dialog(f.path());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(dialog.model(), &BudgetsModel::loaded);
        QSignalSpy changed(&dialog, &BudgetsDialog::budgetsChanged);
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(dialog.model()->rowCount(), 1);
        // When a weekly team budget is typed into the form and added
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetName"))->setText(QStringLiteral("support"));
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetScope"))->setText(QStringLiteral("team=support"));
        auto *period = dialog.findChild<QComboBox *>(QStringLiteral("budgetPeriod"));
        period->setCurrentIndex(period->findData(int(Budget::Period::Weekly)));
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetLimit"))->setText(QStringLiteral("$15.00"));
        dialog.addBudget();
        QVERIFY2(changed.wait(kWaitMs), qPrintable(dialog.statusText()));
        // Then it is stored and its status reads as the evaluator's
        BudgetsModel *model = dialog.model();
        const int row = model->rowOf(QStringLiteral("support"));
        QVERIFY(row >= 0);
        const Budget stored = BudgetStore(f.workspace()).list().value(1);
        QCOMPARE(stored.name, QStringLiteral("support"));
        QCOMPARE(stored.limitNano, 15'000'000'000LL);
        QCOMPARE(stored.period, Budget::Period::Weekly);
        const BudgetStatus expected = BudgetEvaluator(f.workspace()).evaluate(stored, model->asOfDay());
        QCOMPARE(model->index(row, BudgetsModel::Spend).data(BudgetsModel::RawValueRole).toLongLong(), expected.spendNano);
        QCOMPARE(model->index(row, BudgetsModel::State).data().toString(), budgetStateText(expected));
        QVERIFY(model->index(row, BudgetsModel::Used).data().toString().endsWith(QStringLiteral(" %")));
        QVERIFY(dialog.statusText().contains(QStringLiteral("2026-11-24")));
        dialog.show();
        saveShot(dialog, QStringLiteral("budgets-dialog.png"));
    }

    void refusesAFormThatDoesNotRead()
    {
        test::WorkspaceFixture f;
        BudgetsDialog dialog(f.path());
        QSignalSpy loaded(dialog.model(), &BudgetsModel::loaded);
        QVERIFY(loaded.wait(kWaitMs));
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetName"))->setText(QStringLiteral("x"));
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetLimit"))->setText(QStringLiteral("12.3456789012"));
        Budget b;
        QString error;
        QVERIFY(!dialog.formBudget(&b, &error));
        QVERIFY(error.startsWith(QStringLiteral("The limit must be a positive amount")));
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetLimit"))->setText(QStringLiteral("1,250.50"));
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetScope"))->setText(QStringLiteral("colour=blue"));
        QVERIFY(!dialog.formBudget(&b, &error));
        QVERIFY(error.contains(QStringLiteral("colour=blue")));
        dialog.findChild<QLineEdit *>(QStringLiteral("budgetScope"))->clear();
        QVERIFY(dialog.formBudget(&b, &error));
        QCOMPARE(b.limitNano, 1'250'500'000'000LL);
    }

    void refusesATenantCapAboveItsPlatformCapAndKeepsTheForm()
    {
        // Given a platform cap of $900 a month over all spend
        test::WorkspaceFixture f;
        fillDemo(f);
        saveBudget(f, QStringLiteral("all-ai"), 900);
        BudgetsDialog dialog(f.path());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(dialog.model(), &BudgetsModel::loaded);
        QSignalSpy failed(dialog.model(), &BudgetsModel::changeFailed);
        QSignalSpy changed(&dialog, &BudgetsDialog::budgetsChanged);
        QVERIFY(loaded.wait(kWaitMs));
        auto *tenant = dialog.findChild<QComboBox *>(QStringLiteral("budgetTenant"));
        QVERIFY(tenant->findText(QStringLiteral("acme")) >= 0); // the workspace's tenants are offered
        // When a tenant cap of $1000 for acme is typed in and added
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("budgetName"));
        auto *limit = dialog.findChild<QLineEdit *>(QStringLiteral("budgetLimit"));
        name->setText(QStringLiteral("acme-cap"));
        auto *managedBy = dialog.findChild<QComboBox *>(QStringLiteral("budgetManagedBy"));
        managedBy->setCurrentIndex(managedBy->findData(int(Budget::ManagedBy::Tenant)));
        tenant->setEditText(QStringLiteral("acme"));
        limit->setText(QStringLiteral("1000"));
        auto *ceiling = dialog.findChild<QLabel *>(QStringLiteral("budgetCeiling"));
        QCOMPARE(ceiling->text(), QStringLiteral("At most $900.00 here: platform cap all-ai ($900.00 monthly) governs this scope."));
        dialog.addBudget();
        QVERIFY(failed.wait(kWaitMs));
        // Then it is refused with the platform cap named, nothing is stored and the form keeps what was typed
        QVERIFY(dialog.statusIsError());
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral(
                     "Tenant cap acme-cap ($1000.00 monthly) is above platform cap all-ai ($900.00 monthly), which governs it")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(BudgetStore(f.workspace()).list().size(), 1);
        QCOMPARE(name->text(), QStringLiteral("acme-cap"));
        QCOMPARE(limit->text(), QStringLiteral("1000"));
        QCOMPARE(tenant->currentText(), QStringLiteral("acme"));
        dialog.show();
        saveShot(dialog, QStringLiteral("budgets-dialog-refused.png"));
        // When the limit is lowered under the platform cap, it is added as version 1
        limit->setText(QStringLiteral("500"));
        dialog.addBudget();
        QVERIFY2(changed.wait(kWaitMs), qPrintable(dialog.statusText()));
        auto *version = dialog.findChild<QLabel *>(QStringLiteral("budgetVersion"));
        QVERIFY2(version->text().startsWith(QStringLiteral("1, changed ")), qPrintable(version->text()));
        const Budget stored = *BudgetStore(f.workspace()).find(QStringLiteral("acme-cap"));
        QCOMPARE(stored.managedBy, Budget::ManagedBy::Tenant);
        QCOMPARE(stored.scope.value(Dimension::Tenant), QStringLiteral("acme"));
        // And saving a change makes version 2, shown in the form and the table
        limit->setText(QStringLiteral("600"));
        dialog.saveBudget();
        QVERIFY2(changed.wait(kWaitMs), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Saved acme-cap (version 2). Spend and projections as of")),
                 qPrintable(dialog.statusText()));
        QVERIFY(version->text().startsWith(QStringLiteral("2, changed ")));
        BudgetsModel *model = dialog.model();
        const int row = model->rowOf(QStringLiteral("acme-cap"));
        QCOMPARE(model->index(row, BudgetsModel::Version).data().toInt(), 2);
        QCOMPARE(model->index(row, BudgetsModel::ManagedBy).data().toString(), QStringLiteral("Tenant"));
        QCOMPARE(BudgetStore(f.workspace()).find(QStringLiteral("acme-cap"))->limitNano, 600'000'000'000LL);
        saveShot(dialog, QStringLiteral("budgets-dialog-caps.png"));
    }

    void barsShowEnabledBudgetsTightestFirst()
    {
        // Given three budgets, one of them switched off
        test::WorkspaceFixture f;
        fillDemo(f);
        saveBudget(f, QStringLiteral("all-ai"), 900);
        saveBudget(f, QStringLiteral("support"), 15, QStringLiteral("support"));
        saveBudget(f, QStringLiteral("paused"), 1, {}, false);
        QueryRunner runner(f.path());
        BudgetBars bars;
        QSignalSpy loaded(&bars, &BudgetBars::loaded);
        // When the bars load through a runner
        bars.load(&runner);
        QVERIFY(loaded.wait(kWaitMs));
        // Then only the enabled ones show, the one nearest its limit first
        QCOMPARE(bars.statuses().size(), 2);
        QVERIFY(bars.statuses().at(0).utilisationPct >= bars.statuses().at(1).utilisationPct);
        const BudgetStatus &s = bars.statuses().first();
        const QString label = BudgetBars::labelText(s);
        QVERIFY(label.contains(QStringLiteral(" of ")) && label.contains(QStringLiteral("projected")));
        QVERIFY(!bars.findChildren<QLabel *>().isEmpty());
        bars.resize(900, bars.sizeHint().height());
        bars.show();
        saveShot(bars, QStringLiteral("budget-bars-light.png"));
        // And the same bars read on a dark palette
        BudgetBars dark;
        dark.setPalette(darkPalette());
        dark.setAutoFillBackground(true);
        dark.setStatuses(bars.statuses());
        dark.resize(900, dark.sizeHint().height());
        dark.show();
        saveShot(dark, QStringLiteral("budget-bars-dark.png"));
    }

    void barsSayWhenThereAreNoBudgets()
    {
        BudgetBars bars;
        bars.setStatuses({});
        QVERIFY(bars.statuses().isEmpty());
        bool hint = false;
        for (const QLabel *label : bars.findChildren<QLabel *>())
            hint = hint || label->text().startsWith(QStringLiteral("No budgets yet"));
        QVERIFY(hint);
    }
};

QTEST_MAIN(TestBudgetsDialog)
#include "tst_budgetsdialog.moc"
