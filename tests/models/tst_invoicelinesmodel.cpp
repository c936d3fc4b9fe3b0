// The Reports tab's invoice lines: each line's billed amount, its events' cost, delta and
// match status as the matcher found them, raw values for sorting, and the events no line bills.
#include "importers/invoiceimporter.h"
#include "importers/usagecsvimporter.h"
#include "models/invoicelinesmodel.h"
#include "models/queryrunner.h"
#include "core/utctime.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace costline;

namespace {

constexpr int kWaitMs = 60'000;

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

} // namespace

class TestInvoiceLinesModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Screen text is checked in US English; the tests run under LC_ALL=C.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void linesShowTheirMatchStatus()
    {
        // Given $135 of gpt-4o and $131.54 of gpt-4o-mini in September, and an invoice with a
        // gpt-4o line, a line naming no model and a line for a model never used
        test::WorkspaceFixture f;
        const QByteArray usage = "timestamp,event_id,provider,model,input_tokens,output_tokens,cost_usd\n"
                                 "2026-09-02T10:00:00Z,a1,openai,gpt-4o,1000,100,40\n"
                                 "2026-09-03T10:00:00Z,a2,openai,gpt-4o-2024-08-06,1000,100,45\n"
                                 "2026-09-03T11:00:00Z,a3,openai,gpt-4o,1000,100,50\n"
                                 "2026-09-04T10:00:00Z,b1,openai,gpt-4o-mini,1000,100,60.27\n"
                                 "2026-09-05T10:00:00Z,b2,openai,gpt-4o-mini,1000,100,71.27\n";
        QVERIFY(UsageCsvImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("u.csv"), usage), {}).ok);
        const QByteArray invoice = "provider,period_start,period_end,line,amount_usd,model\n"
                                   "openai,2026-09-01,2026-09-30,GPT-4o usage,140.00,\n"
                                   "openai,2026-09-01,2026-09-30,Other API usage,120.00,\n"
                                   "openai,2026-09-01,2026-09-30,o1 usage,9.00,o1\n";
        QVERIFY(InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("i.csv"), invoice), {}).ok);
        // When the model matches September's lines on the worker
        QueryRunner runner(f.path());
        InvoiceLinesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunner(&runner);
        QSignalSpy loaded(&model, &InvoiceLinesModel::loaded);
        model.load(*utc::parseDate("2026-09-01"), *utc::parseDate("2026-09-30"));
        QVERIFY(loaded.wait(kWaitMs));
        // Then each line says what it bills against its own events
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, InvoiceLinesModel::Line), QStringLiteral("GPT-4o usage"));
        QCOMPARE(cell(model, 0, InvoiceLinesModel::Billed), QStringLiteral("$140.00"));
        QCOMPARE(cell(model, 0, InvoiceLinesModel::EventsCost), QStringLiteral("$135.00"));
        QCOMPARE(cell(model, 0, InvoiceLinesModel::Delta), QStringLiteral("+$5.00"));
        QCOMPARE(cell(model, 0, InvoiceLinesModel::Events), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, InvoiceLinesModel::Status), QStringLiteral("Matched"));
        QVERIFY(cell(model, 0, InvoiceLinesModel::Status, Qt::ToolTipRole).startsWith(QStringLiteral("matched by model gpt-4o")));
        QCOMPARE(cell(model, 1, InvoiceLinesModel::EventsCost), QStringLiteral("$131.54"));
        QCOMPARE(cell(model, 1, InvoiceLinesModel::Status), QStringLiteral("Provider only"));
        QCOMPARE(cell(model, 2, InvoiceLinesModel::Status), QStringLiteral("No events"));
        QCOMPARE(cell(model, 2, InvoiceLinesModel::Period), QStringLiteral("2026-09-01 – 2026-09-30"));
        QCOMPARE(model.index(0, InvoiceLinesModel::Delta).data(InvoiceLinesModel::RawValueRole).toLongLong(), 5'000'000'000);
        QVERIFY(model.index(2, 0).data(InvoiceLinesModel::LineIdRole).toLongLong() > 0);
        QVERIFY(model.unmatchedText().isEmpty()); // the provider-only line takes the rest
        // And sorting by the raw delta puts the $9 no-events line's +$9 between +$5 and −$11.54
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(InvoiceLinesModel::RawValueRole);
        sorted.sort(InvoiceLinesModel::Delta, Qt::DescendingOrder);
        QCOMPARE(cell(sorted, 0, InvoiceLinesModel::Line), QStringLiteral("o1 usage"));
        QCOMPARE(cell(sorted, 2, InvoiceLinesModel::Delta), QStringLiteral("−$11.54"));
    }

    void eventsOnNoLineAreCounted()
    {
        // Given a line for gpt-4o only
        test::WorkspaceFixture f;
        const QByteArray usage = "timestamp,event_id,provider,model,input_tokens,output_tokens,cost_usd\n"
                                 "2026-09-02T10:00:00Z,a1,openai,gpt-4o,1000,100,40\n"
                                 "2026-09-04T10:00:00Z,b1,openai,gpt-4o-mini,1000,100,2.50\n";
        QVERIFY(UsageCsvImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("u.csv"), usage), {}).ok);
        const QByteArray invoice = "provider,period_start,period_end,line,amount_usd\n"
                                   "openai,2026-09-01,2026-09-30,GPT-4o usage,40.00\n";
        QVERIFY(InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("i.csv"), invoice), {}).ok);
        QueryRunner runner(f.path());
        InvoiceLinesModel model;
        model.setRunner(&runner);
        QSignalSpy loaded(&model, &InvoiceLinesModel::loaded);
        model.load(*utc::parseDate("2026-09-01"), *utc::parseDate("2026-09-30"));
        QVERIFY(loaded.wait(kWaitMs));
        // Then the gpt-4o-mini event is named as billed by no line
        QCOMPARE(model.unmatchedText(),
                 QStringLiteral("Events of the invoiced providers and periods on no invoice line: 1, costing $2.50."));
    }
};

QTEST_MAIN(TestInvoiceLinesModel)
#include "tst_invoicelinesmodel.moc"
