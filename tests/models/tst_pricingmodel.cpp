#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "models/pricinggapsmodel.h"
#include "models/pricingmodel.h"
#include "models/queryrunner.h"
#include "workspace/summaryquery.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace costline;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

constexpr int kWaitMs = 120'000;

void fillDemo(test::WorkspaceFixture &f)
{
    DemoOptions options;
    options.events = 6'000;
    options.days = 60;
    options.endDay = *utc::parseDate("2026-11-24");
    const DemoResult r = DemoGenerator(f.workspace()).generate(options);
    QVERIFY2(r.ok, qPrintable(r.error));
}

// What every dashboard reads: the rollups over all days with usage.
UsageTotals summaryTotals(Workspace &ws)
{
    SummaryQuery query(ws);
    EventFilter filter;
    filter.fromDay = query.firstDay();
    filter.toDay = query.lastDay();
    return query.run(filter, {}).totals;
}

// The catalogue entry that prices the most spend: changing it must move the totals.
int busiestRow(const PricingModel &model, const QString &pattern)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const PriceEntry &e = model.entryAt(row);
        if (e.modelPattern == pattern && !e.provider.startsWith(QLatin1String("azure")))
            return row;
    }
    return -1;
}

} // namespace

class TestPricingModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Screen text is checked in US English; the tests run under LC_ALL=C.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void loadsEntriesAndGapsOffTheUiThread()
    {
        // Given a demo workspace (catalogue prices and a deliberate gap) and a model under the tester
        test::WorkspaceFixture f;
        fillDemo(f);
        QueryRunner runner(f.path());
        PricingModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester gapsTester(model.gaps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PricingModel::loaded);
        // When it loads
        model.load();
        QCOMPARE(model.rowCount(), 0); // nothing arrives synchronously
        QVERIFY(loaded.wait(kWaitMs));
        // Then every entry and gap is there, with raw values for sorting
        QVERIFY(model.rowCount() > 5);
        QCOMPARE(model.columnCount(), int(PricingModel::ColumnCount));
        QVERIFY(model.gaps()->rowCount() >= 1);
        const PriceEntry &first = model.entryAt(0);
        QCOMPARE(model.index(0, PricingModel::Input).data(PricingModel::RawValueRole).toLongLong(), first.inputPerMTok.value_or(-1));
        QCOMPARE(model.index(0, PricingModel::Origin).data().toString(), QStringLiteral("catalogue (litellm)"));
        const PricingGap &gap = model.gaps()->gapAt(0);
        QCOMPARE(model.gaps()->index(0, PricingGapsModel::Events).data(PricingGapsModel::RawValueRole).toLongLong(), gap.events);
        QVERIFY(gap.events > 0 && gap.tokens > 0);
    }

    void proxySortsPricesAsNumbers()
    {
        PricingModel model;
        QList<PriceEntry> entries;
        for (const qint64 nano : {10'000'000'000LL, 2'500'000'000LL, 150'000'000LL}) {
            PriceEntry e;
            e.modelPattern = QString::number(nano);
            e.inputPerMTok = nano;
            entries << e;
        }
        model.setEntries(entries);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PricingModel::RawValueRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PricingModel::Input, Qt::DescendingOrder);
        // "$10" after "$2.50" would be a text sort
        QCOMPARE(proxy.index(0, PricingModel::Input).data().toString(), QStringLiteral("$10.00"));
        QCOMPARE(proxy.index(1, PricingModel::Input).data().toString(), QStringLiteral("$2.50"));
        QCOMPARE(proxy.index(2, PricingModel::Input).data().toString(), QStringLiteral("$0.15"));
    }

    void parsesPricesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<std::optional<qint64>>("nano");
        QTest::newRow("dollars and cents") << "2.50" << true << std::optional<qint64>(2'500'000'000);
        QTest::newRow("dollar sign and spaces") << " $0.075 " << true << std::optional<qint64>(75'000'000);
        QTest::newRow("nano-dollar") << "0.000000001" << true << std::optional<qint64>(1);
        QTest::newRow("empty is no price") << "" << true << std::optional<qint64>();
        QTest::newRow("negative refused") << "-1" << false << std::optional<qint64>();
        QTest::newRow("ten decimals refused") << "0.0000000001" << false << std::optional<qint64>();
        QTest::newRow("exponent refused") << "1e-6" << false << std::optional<qint64>();
        QTest::newRow("words refused") << "two" << false << std::optional<qint64>();
    }

    void parsesPricesExactly()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(std::optional<qint64>, nano);
        std::optional<qint64> value;
        QString error;
        QCOMPARE(parsePriceInput(text, &value, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (ok)
            QCOMPARE(value, nano);
        // And what the editor shows reads back to the same nano-dollars
        std::optional<qint64> again;
        if (ok && value)
            QVERIFY(parsePriceInput(priceInputText(value), &again, &error) && again == value);
    }

    void editingAPriceMovesTotalsExactly()
    {
        // Given the demo workspace, its totals, and the model loaded
        test::WorkspaceFixture f;
        fillDemo(f);
        const UsageTotals before = summaryTotals(f.workspace());
        QCOMPARE(before, f.rawEventTotals());
        QueryRunner runner(f.path());
        PricingModel model;
        model.setRunner(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &PricingModel::loaded);
        QSignalSpy finished(&model, &PricingModel::changeFinished);
        QSignalSpy progressed(&model, &PricingModel::repriceProgressed);
        model.load();
        QVERIFY(loaded.wait(kWaitMs));
        const int rowsBefore = model.rowCount();
        // When the output price of a busy model is doubled through the model
        const int row = busiestRow(model, QStringLiteral("gpt-4o"));
        QVERIFY2(row >= 0, "the demo catalogue prices gpt-4o");
        PriceEntry edited = model.entryAt(row);
        edited.id = 0;
        edited.origin = PriceEntry::Origin::User; // a negotiated price, as the entry form saves it
        edited.catalog.clear();
        edited.outputPerMTok = *edited.outputPerMTok * 2;
        model.saveEntry(edited, 0);
        QVERIFY(model.isChanging());
        QVERIFY(finished.wait(kWaitMs));
        // Then the re-pricing ran over every event and the totals moved up, exactly as the events did
        const auto result = finished.first().first().value<PricingChangeResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.examined, f.eventCount());
        QVERIFY(result.changed > 0);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toLongLong(), f.eventCount());
        f.reopen();
        const UsageTotals after = summaryTotals(f.workspace());
        QVERIFY(after.costNano > before.costNano);
        QCOMPARE(after, f.rawEventTotals());
        QCOMPARE(after.unpricedEvents, before.unpricedEvents);
        // And the list re-reads with the user's price beside the catalogue's
        // The re-read follows the change at once; it may land before a new wait starts.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, kWaitMs);
        QCOMPARE(model.rowCount(), rowsBefore + 1);
        int userRows = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            userRows += model.entryAt(r).origin == PriceEntry::Origin::User ? 1 : 0;
        QCOMPARE(userRows, 1);
    }

    void cancelledRepriceLeavesExactTotals()
    {
        // Given a price change whose re-pricing is cancelled at once
        test::WorkspaceFixture f;
        fillDemo(f);
        QueryRunner runner(f.path());
        PricingModel model;
        model.setRunner(&runner);
        QSignalSpy finished(&model, &PricingModel::changeFinished);
        PriceEntry entry;
        entry.modelPattern = QStringLiteral("*");
        entry.inputPerMTok = 1'000'000'000;
        entry.outputPerMTok = 3'000'000'000;
        model.saveEntry(entry);
        model.cancelChange();
        QVERIFY(finished.wait(kWaitMs));
        // Then however far it got, the rollups equal the sum of the events
        const auto result = finished.first().first().value<PricingChangeResult>();
        QVERIFY(result.ok || result.cancelled);
        QVERIFY(!model.isChanging());
        f.reopen();
        QCOMPARE(summaryTotals(f.workspace()), f.rawEventTotals());
    }

    void removingAPriceLeavesItsEventsUnpriced()
    {
        test::WorkspaceFixture f;
        fillDemo(f);
        const qint64 unpricedBefore = f.rawEventTotals().unpricedEvents;
        QueryRunner runner(f.path());
        PricingModel model;
        model.setRunner(&runner);
        QSignalSpy loaded(&model, &PricingModel::loaded);
        QSignalSpy finished(&model, &PricingModel::changeFinished);
        model.load();
        QVERIFY(loaded.wait(kWaitMs));
        const int row = busiestRow(model, QStringLiteral("gpt-4o"));
        QVERIFY(row >= 0);
        const int rows = model.rowCount();
        model.removeEntry(model.entryAt(row).id);
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(finished.first().first().value<PricingChangeResult>().ok);
        // The re-read follows the change at once; it may land before a new wait starts.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, kWaitMs);
        QCOMPARE(model.rowCount(), rows - 1);
        f.reopen();
        QVERIFY(f.rawEventTotals().unpricedEvents > unpricedBefore);
        QCOMPARE(summaryTotals(f.workspace()), f.rawEventTotals());
    }
};

QTEST_GUILESS_MAIN(TestPricingModel)
#include "tst_pricingmodel.moc"
