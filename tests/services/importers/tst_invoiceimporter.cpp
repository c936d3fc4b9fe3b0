#include "importers/invoiceimporter.h"
#include "workspace/billingstore.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

const QByteArray kInvoice = "provider,period_start,period_end,line,amount_usd\n"
                            "OpenAI,2026-09-01,2026-09-30,gpt-4o input,1200.123456789\n"
                            "OpenAI,2026-09-01,2026-09-30,gpt-4o output,800.5\n"
                            "Anthropic,2026-09-01,2026-09-30,claude usage,99.99\n"
                            "Anthropic,2026-09-30,2026-09-01,backwards,1\n";

} // namespace

class TestInvoiceImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesBecomeInvoiceBillingLines()
    {
        // Given an invoice CSV with one line whose period runs backwards
        test::WorkspaceFixture f;
        // When it is imported
        const ImportResult r = InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("inv.csv"), kInvoice), {});
        // Then its lines are billing lines, never events, and each invoice carries its total
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 3);
        QCOMPARE(r.quarantined, 1);
        QCOMPARE(BillingStore(f.workspace()).totalNano("invoice"), 2'100'613'456'789);
        QCOMPARE(BillingStore(f.workspace()).totalNano("api"), 0);
        QCOMPARE(f.eventCount(), 0);
        SqliteStatement st(f.workspace().db(), "SELECT provider, total FROM invoices ORDER BY provider");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("anthropic"));
        QCOMPARE(st.int64(1), 99'990'000'000);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("openai"));
        QCOMPARE(st.int64(1), 2'000'623'456'789);
    }

    void reimportReplaces()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("inv.csv"), kInvoice);
        QVERIFY(InvoiceImporter(f.workspace()).importFile(path, {}).ok);
        QVERIFY(InvoiceImporter(f.workspace()).importFile(path, {}).ok);
        QCOMPARE(BillingStore(f.workspace()).count(), 3);
        QCOMPARE(BillingStore(f.workspace()).totalNano("invoice"), 2'100'613'456'789);
    }

    void strictRefusesTheFile()
    {
        test::WorkspaceFixture f;
        ImportOptions strict;
        strict.strict = true;
        const ImportResult r = InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("inv.csv"), kInvoice), strict);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("line 5")), qPrintable(r.error));
        QCOMPARE(BillingStore(f.workspace()).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceImporter)
#include "tst_invoiceimporter.moc"
