#include "core/money.h"
#include "importers/focusimporter.h"
#include "widgets/sources/costbasisdialog.h"
#include "widgets/sources/sourcesdialog.h"
#include "workspace/summaryquery.h"
#include "workspacefixture.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

QString totalCost(Workspace &ws)
{
    EventFilter september;
    september.fromDay = 19'967; // 2024-09-01
    september.toDay = 19'996;
    return Money::fromNano(SummaryQuery(ws).run(september, {}).totals.costNano).toDecimalString();
}

} // namespace

// Sources → FOCUS cost basis… on the FinOps Foundation's real FOCUS sample: the analyst picks
// the amortised view and every total follows, without importing the file again.
class TestCostBasisDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::WorkspaceFixture>();
        ImportOptions options;
        options.sourceName = QStringLiteral("clouds");
        const QString sample = qEnvironmentVariable("COSTLINE_TEST_DATA") + QStringLiteral("/focus/v1.0/focus_sample_1000.csv");
        QCOMPARE(FocusImporter(m_fixture->workspace()).importFile(sample, options).inserted, 1000);
    }
    void cleanup() { m_fixture.reset(); }

    void choosingEffectiveCostMovesEveryTotal()
    {
        // Given the dialog opened from the Sources dialog, listing the FOCUS source on billed cost
        SourcesDialog sources(m_fixture->path());
        CostBasisDialog *dialog = sources.openCostBasis();
        QSignalSpy loaded(dialog, &CostBasisDialog::sourcesLoaded);
        QVERIFY(loaded.wait(kWaitMs));
        QCOMPARE(dialog->sourceCount(), 1);
        auto *combo = dialog->findChild<QComboBox *>();
        QCOMPARE(combo->currentData().toString(), QStringLiteral("billed"));
        QCOMPARE(totalCost(m_fixture->workspace()), QStringLiteral("20.520226729"));
        // When the analyst picks effective cost and applies
        QSignalSpy changed(&sources, &SourcesDialog::sourcesChanged);
        QSignalSpy finished(dialog, &CostBasisDialog::applyFinished);
        dialog->chooseBasis(QStringLiteral("clouds"), CostBasis::Effective);
        dialog->apply();
        QVERIFY(finished.wait(kWaitMs));
        // Then the total is the file's own EffectiveCost sum and the dialog says what moved
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("clouds now counts EffectiveCost: ")), qPrintable(dialog->statusText()));
        QCOMPARE(totalCost(m_fixture->workspace()), QStringLiteral("14.976514186"));
        // And applying again with nothing chosen changes nothing
        dialog->apply();
        QCOMPARE(dialog->statusText(), QStringLiteral("Nothing to change: every source already counts the cost shown."));
    }

private:
    std::unique_ptr<test::WorkspaceFixture> m_fixture;
};

QTEST_MAIN(TestCostBasisDialog)
#include "tst_costbasisdialog.moc"
