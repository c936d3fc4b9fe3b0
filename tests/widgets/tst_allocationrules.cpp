// Allocation rules from the GUI: the dialog accepts exactly what the workspace would and says
// why not otherwise; the tab adds a rule at its position, lists it as pending with the preview
// the allocator computes, and removes it again.
#include "allocation/allocationstore.h"
#include "allocation/allocator.h"
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "models/moneyformat.h"
#include "models/queryrunner.h"
#include "models/recordtablemodel.h"
#include "widgets/allocation/allocationruledialog.h"
#include "widgets/allocationtab.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

QString cellText(const RecordTableModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestAllocationRules final : public QObject
{
    Q_OBJECT

private slots:
    void dialogSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("ownerValue");
        QTest::addColumn<QString>("problem");
        QTest::newRow("valid glob") << "feature" << 0 << "search-*" << "search" << QString();
        QTest::newRow("valid label") << "label.env" << 0 << "prod" << "platform" << QString();
        QTest::newRow("unknown field") << "colour" << 0 << "x" << "search" << "'colour' is neither a dimension nor label.NAME.";
        QTest::newRow("no pattern") << "feature" << 0 << "" << "search" << "Enter the pattern a value must match.";
        QTest::newRow("bad regex") << "model" << 1 << "gpt-(4" << "search"
                                   << "The regular expression is not valid: missing closing parenthesis.";
        QTest::newRow("no owner") << "feature" << 0 << "search-*" << ""
                                  << "Name the owner as a kind and a value, e.g. team : search.";
    }

    void dialogSaysWhatIsWrong()
    {
        QFETCH(QString, field);
        QFETCH(int, match);
        QFETCH(QString, pattern);
        QFETCH(QString, ownerValue);
        QFETCH(QString, problem);
        AllocationRuleDialog dialog(2);
        auto combos = dialog.findChildren<QComboBox *>();
        auto edits = dialog.findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly);
        QCOMPARE(combos.size(), 3); // field, match, owner kind
        combos.at(0)->setCurrentText(field);
        combos.at(1)->setCurrentIndex(match);
        edits.at(0)->setText(pattern);
        edits.at(1)->setText(ownerValue);
        QCOMPARE(dialog.problem(), problem);
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(), problem.isEmpty());
        if (problem.isEmpty()) {
            const AllocationRule rule = dialog.rule();
            QCOMPARE(rule.field, field);
            QCOMPARE(rule.pattern, pattern);
            QCOMPARE(rule.owner, QStringLiteral("team:") + ownerValue);
            QCOMPARE(rule.position, 3);
        }
    }

    void tabAddsListsAndRemovesRules()
    {
        test::WorkspaceFixture f;
        DemoOptions options;
        options.events = 4'000;
        options.days = 20;
        options.endDay = *utc::parseDate("2026-11-24");
        QVERIFY(DemoGenerator(f.workspace()).generate(options).ok);
        GlobalFilter filter;
        filter.preset = DatePreset::Custom;
        filter.range = {options.endDay - 19, options.endDay};

        QueryRunner runner(f.path());
        AllocationTab tab;
        QAbstractItemModelTester tester(tab.rulesModel());
        tab.setRunner(&runner);
        tab.setFilter(filter);
        tab.show();
        QTRY_VERIFY_WITH_TIMEOUT(tab.isLoaded(), kWaitMs);
        QCOMPARE(tab.rulesModel()->rowCount(), 0);

        AllocationRule first{0, 1, QStringLiteral("feature"), AllocationRule::Match::Glob, QStringLiteral("ticket-*"),
                             QStringLiteral("product:helpdesk")};
        tab.addRule(first);
        QTRY_COMPARE_WITH_TIMEOUT(tab.rulesModel()->rowCount(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(tab.isLoaded(), kWaitMs);
        AllocationRule before = first;
        before.pattern = QStringLiteral("chat*");
        before.owner = QStringLiteral("product:assistant");
        tab.addRule(before); // position 1: goes ahead of the first
        QTRY_COMPARE_WITH_TIMEOUT(tab.rulesModel()->rowCount(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(tab.isLoaded(), kWaitMs);
        QCOMPARE(cellText(tab.rulesModel(), 0, AllocationTab::Pattern), QStringLiteral("glob chat*"));
        QCOMPARE(cellText(tab.rulesModel(), 1, AllocationTab::RuleOwner), QStringLiteral("product:helpdesk"));
        QCOMPARE(cellText(tab.rulesModel(), 1, AllocationTab::State), QStringLiteral("pending"));

        const AllocationPreview preview = Allocator(f.workspace()).preview(filter.toEventFilter());
        QCOMPARE(preview.pendingRules, 2);
        QVERIFY(preview.movedNano > 0); // chat-assistant and ticket-summary leave the support team
        QVERIFY2(tab.previewText().contains(formatMoney(preview.movedNano)), qPrintable(tab.previewText()));

        const QList<AllocationRule> stored = AllocationStore(f.workspace()).rules();
        tab.removeRule(stored.at(0).id);
        QTRY_COMPARE_WITH_TIMEOUT(tab.rulesModel()->rowCount(), 1, kWaitMs);
        QCOMPARE(cellText(tab.rulesModel(), 0, AllocationTab::Pattern), QStringLiteral("glob ticket-*"));
    }
};

QTEST_MAIN(TestAllocationRules)
#include "tst_allocationrules.moc"
