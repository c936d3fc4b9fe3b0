// The dispute pack for a seeded invoice line: the delta is the billed amount less the events'
// cost, the hash is stable and changes when one event behind the line changes.
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "importers/invoiceimporter.h"
#include "importers/usagecsvimporter.h"
#include "reports/disputereport.h"
#include "reports/reportrenderer.h"
#include "reports/reportrunstore.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

class TestDisputeReport final : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_fixture;
    ReportRequest m_request;

    QString hashNow()
    {
        QString error;
        const Report r = buildDispute(m_fixture.workspace(), m_request, &error);
        return r.sections.value(2).note.section(QStringLiteral("SHA-256 over all of them: "), 1);
    }

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.events = 5'000;
        options.days = 40;
        options.endDay = *utc::parseDate("2026-11-24");
        QVERIFY(DemoGenerator(m_fixture.workspace()).generate(options).ok);
        // Given an invoice that bills $300 for the provider's November usage
        const QString csv = m_fixture.writeFile(QStringLiteral("invoice.csv"),
                                                "provider,period_start,period_end,line,amount_usd\n"
                                                "anthropic,2026-11-01,2026-11-24,claude usage,300.000000000\n");
        const ImportResult imported = InvoiceImporter(m_fixture.workspace()).importFile(csv, {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        m_request = ReportRequest{QStringLiteral("dispute"), *utc::parseDate("2026-11-01"), options.endDay, {}, 0,
                                  QStringLiteral("analyst"), *utc::parseTimestamp("2026-11-25T09:00:00Z")};
    }

    void deltaIsBilledLessEvents()
    {
        QString error;
        const Report r = buildDispute(m_fixture.workspace(), m_request, &error);
        QVERIFY2(!r.sections.isEmpty(), qPrintable(error));
        const ReportSection &delta = r.sections.first();
        QCOMPARE(delta.heading, QStringLiteral("Delta explained"));
        const qint64 billed = delta.rows.at(0).at(1).toLongLong();
        const qint64 events = delta.rows.at(1).at(1).toLongLong();
        QCOMPARE(billed, 300'000'000'000);
        QVERIFY(events > 0);
        QCOMPARE(delta.rows.at(2).at(1).toLongLong(), billed - events);
        QVERIFY(delta.rows.at(1).at(2).toLongLong() > 0);
        QVERIFY(!r.sections.at(1).rows.isEmpty()); // prices used
    }

    void hashIsStableAndChangesWithOneEvent()
    {
        const QString before = hashNow();
        QCOMPARE(before.size(), 64);
        QCOMPARE(hashNow(), before);
        // When one event behind the line changes its cost
        QVERIFY(execSql(m_fixture.workspace().db(),
                        "UPDATE events SET computed_cost = computed_cost + 1 WHERE id = (SELECT e.id FROM events e"
                        " JOIN dim_tuples t ON t.id = e.tuple_id JOIN dim_values v ON v.id = t.provider_id"
                        " WHERE v.value = 'anthropic' AND e.computed_cost IS NOT NULL AND e.reported_cost IS NULL"
                        " ORDER BY e.id DESC LIMIT 1)"));
        QVERIFY(hashNow() != before);
    }

    void writesPdfAndCsv()
    {
        QString error;
        QVERIFY2(runReport(m_fixture.workspace(), m_request, ReportFormat::Csv, m_fixture.filePath(QStringLiteral("d.csv")),
                           QPageSize::A4, &error), qPrintable(error));
        QVERIFY2(runReport(m_fixture.workspace(), m_request, ReportFormat::Pdf, m_fixture.filePath(QStringLiteral("d.pdf")),
                           QPageSize::Letter, &error), qPrintable(error));
    }

    void aLineIsComparedWithTheEventsOfItsOwnModel()
    {
        // Given $266.54 of OpenAI usage in September, $135 of it gpt-4o, and a $140 "GPT-4o usage" line
        test::WorkspaceFixture f;
        const QByteArray usage = "timestamp,event_id,provider,model,input_tokens,output_tokens,cost_usd\n"
                                 "2026-09-02T10:00:00Z,a1,openai,gpt-4o,1000,100,40\n"
                                 "2026-09-03T10:00:00Z,a2,openai,gpt-4o-2024-08-06,1000,100,45\n"
                                 "2026-09-03T11:00:00Z,a3,openai,gpt-4o,1000,100,50\n"
                                 "2026-09-04T10:00:00Z,b1,openai,gpt-4o-mini,1000,100,60.27\n"
                                 "2026-09-05T10:00:00Z,b2,openai,gpt-4o-mini,1000,100,71.27\n";
        QVERIFY(UsageCsvImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("u.csv"), usage), {}).ok);
        const QByteArray invoice = "provider,period_start,period_end,line,amount_usd\n"
                                   "openai,2026-09-01,2026-09-30,GPT-4o usage,140.00\n";
        QVERIFY(InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("i.csv"), invoice), {}).ok);
        // When the line is disputed
        ReportRequest request = m_request;
        request.fromDay = *utc::parseDate("2026-09-01");
        request.toDay = *utc::parseDate("2026-09-30");
        QString error;
        const Report r = buildDispute(f.workspace(), request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Then it is compared with the three gpt-4o events ($135), not every OpenAI event ($266.54)
        const ReportSection &delta = r.sections.first();
        QCOMPARE(delta.rows.at(1).at(1).toLongLong(), 135'000'000'000);
        QCOMPARE(delta.rows.at(1).at(2).toLongLong(), 3);
        QCOMPARE(delta.rows.at(2).at(1).toLongLong(), 5'000'000'000);
    }

    void noInvoiceSaysWhatToDo()
    {
        ReportRequest r = m_request;
        r.fromDay = r.toDay = *utc::parseDate("2025-01-01");
        QString error;
        QVERIFY(!runReport(m_fixture.workspace(), r, ReportFormat::Csv, m_fixture.filePath(QStringLiteral("x.csv")),
                           QPageSize::A4, &error));
        QVERIFY(error.contains(QStringLiteral("import invoice")));
    }
};

QTEST_MAIN(TestDisputeReport)
#include "tst_disputereport.moc"
