#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "models/pricinggapsmodel.h"
#include "models/pricingmodel.h"
#include "widgets/pricing/priceentrydialog.h"
#include "widgets/pricing/pricingdialog.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 120'000;

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COSTLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Let the layouts that the new data triggered settle before rendering.
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestPricingDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Screen text is checked in US English; the tests run under LC_ALL=C.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void showsPricesAndGapsAndRepricesOnAChange()
    {
        // Given the Model pricing dialog on a demo workspace
        test::WorkspaceFixture f;
        DemoOptions options;
        options.events = 4'000;
        options.days = 45;
        options.endDay = *utc::parseDate("2026-11-24");
        QVERIFY(DemoGenerator(f.workspace()).generate(options).ok);
        PricingDialog dialog(f.path());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(dialog.model(), &PricingModel::loaded);
        QSignalSpy changed(&dialog, &PricingDialog::pricingChanged);
        QVERIFY(loaded.wait(kWaitMs));
        // Then both tables are filled, the gaps with money at stake
        QCOMPARE(dialog.entriesView()->model()->rowCount(), dialog.model()->rowCount());
        QVERIFY(dialog.gapsView()->model()->rowCount() >= 1);
        QVERIFY(dialog.gapsView()->model()->index(0, PricingGapsModel::AtStake).data().toString().startsWith(QStringLiteral("≈ $")));
        dialog.show();
        saveShot(dialog, QStringLiteral("pricing-dialog.png"));
        // When the first gap gets a price through the model
        const PricingGap gap = dialog.model()->gaps()->gapAt(0);
        PriceEntry entry;
        entry.provider = gap.provider;
        entry.modelPattern = gap.model;
        entry.inputPerMTok = 1'000'000'000;
        entry.outputPerMTok = 2'000'000'000;
        dialog.model()->saveEntry(entry);
        QVERIFY(changed.wait(kWaitMs));
        // The re-read follows the change at once; it may land before a new wait starts.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, kWaitMs);
        // Then the dialog says what happened and the gap is gone
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Re-priced")), qPrintable(dialog.statusText()));
        for (int row = 0; row < dialog.model()->gaps()->rowCount(); ++row)
            QVERIFY(dialog.model()->gaps()->gapAt(row).model != gap.model);
    }

    void importsTheLiteLlmCatalogueWithProgress()
    {
        // Given the dialog on a demo workspace and LiteLLM's published catalogue
        const QString catalogue = qEnvironmentVariable("COSTLINE_SHARED_DATA")
                                  + QStringLiteral("/litellm/model_prices_and_context_window.json");
        if (!QFile::exists(catalogue))
            QSKIP("COSTLINE_SHARED_DATA does not hold the LiteLLM catalogue");
        test::WorkspaceFixture f;
        DemoOptions options;
        options.events = 20'000;
        options.days = 45;
        options.endDay = *utc::parseDate("2026-11-24");
        QVERIFY(DemoGenerator(f.workspace()).generate(options).ok);
        PricingDialog dialog(f.path());
        QSignalSpy loaded(dialog.model(), &PricingModel::loaded);
        QSignalSpy progressed(dialog.model(), &PricingModel::repriceProgressed);
        QSignalSpy finished(dialog.model(), &PricingModel::changeFinished);
        QVERIFY(loaded.wait(kWaitMs));
        const int before = dialog.model()->rowCount();
        dialog.show();
        // When it is imported
        dialog.model()->importLiteLlm(catalogue);
        if (progressed.wait(kWaitMs) && finished.isEmpty()) {
            if (auto *progress = dialog.findChild<QProgressDialog *>())
                saveShot(*progress, QStringLiteral("pricing-progress.png"));
        }
        QVERIFY(finished.size() == 1 || finished.wait(kWaitMs));
        // Then thousands of prices arrive, the re-price covered every event, and the status says so
        const auto result = finished.first().first().value<PricingChangeResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.summary.startsWith(QStringLiteral("Imported ")));
        QCOMPARE(result.examined, f.eventCount());
        // The re-read follows the change at once; it may land before a new wait starts.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, kWaitMs);
        QVERIFY(dialog.model()->rowCount() > before + 1000);
        QVERIFY(dialog.statusText().contains(QStringLiteral("Re-priced")));
        saveShot(dialog, QStringLiteral("pricing-dialog-catalogue.png"));
    }

    void entryFormReadsPricesExactly()
    {
        PriceEntryDialog editor;
        PriceEntry original;
        original.provider = QStringLiteral("openai");
        original.modelPattern = QStringLiteral("gpt-4o");
        original.inputPerMTok = 2'500'000'000;
        original.outputPerMTok = 10'000'000'000;
        original.origin = PriceEntry::Origin::Catalog;
        original.catalog = QStringLiteral("litellm");
        editor.setEntry(original);
        QCOMPARE(editor.priceField(PricingModel::Input)->text(), QStringLiteral("2.50"));
        QCOMPARE(editor.priceField(PricingModel::CachedInput)->text(), QString());
        editor.priceField(PricingModel::Output)->setText(QStringLiteral("9.999999999"));
        PriceEntry read;
        QString error;
        QVERIFY2(editor.readEntry(&read, &error), qPrintable(error));
        QCOMPARE(read.outputPerMTok, std::optional<qint64>(9'999'999'999));
        QCOMPARE(read.origin, PriceEntry::Origin::User); // an edited catalogue price becomes the user's own
        QVERIFY(!read.cachedInputPerMTok);
        editor.priceField(PricingModel::Reasoning)->setText(QStringLiteral("0.1234567891"));
        QVERIFY(!editor.readEntry(&read, &error));
        QVERIFY(error.startsWith(QStringLiteral("Reasoning")));
        editor.show();
        saveShot(editor, QStringLiteral("price-entry-dialog.png"));
    }
};

QTEST_MAIN(TestPricingDialog)
#include "tst_pricingdialog.moc"
