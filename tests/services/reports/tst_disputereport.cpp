// The dispute pack for a seeded invoice line: the delta is the billed amount less the events'
// cost, the hash is stable and changes when one event behind the line changes.
#include "core/utctime.h"
#include "demo/demogenerator.h"
#include "importers/invoiceimporter.h"
#include "importers/usagecsvimporter.h"
#include "reports/disputereport.h"
#include "reports/reportrenderer.h"
#include "reports/reportrunstore.h"
#include "reporttesting.h"
#include "workspace/pricingstore.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

const ReportSection *section(const Report &r, const QString &heading)
{
    for (const ReportSection &s : r.sections) {
        if (s.heading == heading)
            return &s;
    }
    return nullptr;
}

qint64 causesSum(const ReportSection &causes)
{
    qint64 sum = 0;
    for (const QVariantList &row : causes.rows)
        sum += row.at(1).toLongLong();
    return sum;
}

qint64 causeAmount(const ReportSection &causes, const QString &cause)
{
    for (const QVariantList &row : causes.rows) {
        if (row.at(0).toString() == cause)
            return row.at(1).toLongLong();
    }
    return -1;
}

PriceEntry gpt4o(const char *from, qint64 inputPerMTok)
{
    PriceEntry e;
    e.provider = QStringLiteral("openai");
    e.modelPattern = QStringLiteral("gpt-4o");
    e.effectiveFromMs = *utc::parseTimestamp(from);
    e.inputPerMTok = inputPerMTok;
    e.outputPerMTok = 10'000'000'000;
    return e;
}

} // namespace

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
        return r.sections.last().note.section(QStringLiteral("SHA-256 over all of them: "), 1);
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
        QVERIFY(!r.sections.at(2).rows.isEmpty()); // prices used
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

    void causesAddUpToTheDeltaExactly()
    {
        // Given gpt-4o at $2.50 per million input tokens until 15 September and $5 after
        test::WorkspaceFixture f;
        QString error;
        QVERIFY2(PricingStore(f.workspace()).upsert(gpt4o("2026-09-01T00:00:00Z", 2'500'000'000), &error), qPrintable(error));
        QVERIFY2(PricingStore(f.workspace()).upsert(gpt4o("2026-09-15T00:00:00Z", 5'000'000'000), &error), qPrintable(error));
        // and a million input tokens before the change ($2.50), one after ($5), one whose source
        // reported $4.503 where the price list says $5, and one of an unpriced dated version
        const QByteArray usage = "timestamp,event_id,provider,model,input_tokens,output_tokens,cost_usd\n"
                                 "2026-09-02T10:00:00Z,e1,openai,gpt-4o,1000000,0,\n"
                                 "2026-09-20T10:00:00Z,e2,openai,gpt-4o,1000000,0,\n"
                                 "2026-09-21T10:00:00Z,e3,openai,gpt-4o,1000000,0,4.503\n"
                                 "2026-09-22T10:00:00Z,e4,openai,gpt-4o-2024-05-13,1000000,0,\n";
        QVERIFY(UsageCsvImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("u.csv"), usage), {}).ok);
        // billed $30.00 for 5 million tokens
        const QByteArray invoice = "provider,period_start,period_end,line,amount_usd,quantity,unit\n"
                                   "openai,2026-09-01,2026-09-30,GPT-4o usage,30.00,5,1M tokens\n";
        QVERIFY(InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("i.csv"), invoice), {}).ok);
        ReportRequest request = m_request;
        request.fromDay = *utc::parseDate("2026-09-01");
        request.toDay = *utc::parseDate("2026-09-30");
        // When the line is disputed
        const Report r = buildDispute(f.workspace(), request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ReportSection *causes = section(r, QStringLiteral("Causes of the delta"));
        QVERIFY(causes);
        // Then the events cost $12.003 and each cause explains its part of the $17.997 delta
        const qint64 delta = r.sections.first().rows.at(2).at(1).toLongLong();
        QCOMPARE(delta, 17'997'000'000);
        QCOMPARE(causeAmount(*causes, QStringLiteral("Price changes in the period")), 2'500'000'000);
        QCOMPARE(causeAmount(*causes, QStringLiteral("Source-reported costs against the price list")), 497'000'000);
        // the unpriced million and the million billed beyond the events, each at $12.003 / 3M
        QCOMPARE(causeAmount(*causes, QStringLiteral("Unpriced events")), 4'001'000'000);
        QCOMPARE(causeAmount(*causes, QStringLiteral("Estimated token counts and quantity differences")), 4'001'000'000);
        QCOMPARE(causeAmount(*causes, QStringLiteral("Rounding")), -2'000'000);
        QCOMPARE(causeAmount(*causes, QStringLiteral("Not explained by the above")), 7'000'000'000);
        QCOMPARE(causesSum(*causes), delta);
        QCOMPARE(causes->totals.at(1).toLongLong(), delta);
    }

    void causesAddUpOnDemoData()
    {
        QString error;
        const Report r = buildDispute(m_fixture.workspace(), m_request, &error);
        const ReportSection *causes = section(r, QStringLiteral("Causes of the delta"));
        QVERIFY(causes);
        QCOMPARE(causesSum(*causes), r.sections.first().rows.at(2).at(1).toLongLong());
    }

    void everyEventIsListedInTheCsvAndThePdf()
    {
        // Given a line behind 350 events, each with its trace id
        test::WorkspaceFixture f;
        QByteArray usage = "timestamp,event_id,provider,model,trace_id,input_tokens,output_tokens,cost_usd\n";
        for (int i = 0; i < 350; ++i)
            usage += QStringLiteral("2026-09-%1T10:%2:00Z,ev-%3,openai,gpt-4o,tr-%3,10,1,0.00000%4\n")
                         .arg(2 + i % 27, 2, 10, QLatin1Char('0')).arg(i % 60, 2, 10, QLatin1Char('0')).arg(i).arg(i % 9 + 1)
                         .toUtf8();
        QVERIFY(UsageCsvImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("u.csv"), usage), {}).ok);
        const QByteArray invoice = "provider,period_start,period_end,line,amount_usd\n"
                                   "openai,2026-09-01,2026-09-30,GPT-4o usage,1.00\n";
        QVERIFY(InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("i.csv"), invoice), {}).ok);
        ReportRequest request = m_request;
        request.fromDay = *utc::parseDate("2026-09-01");
        request.toDay = *utc::parseDate("2026-09-30");
        // When the pack is written as CSV and PDF
        QString error;
        const QString csvPath = f.filePath(QStringLiteral("d.csv")), pdfPath = f.filePath(QStringLiteral("d.pdf"));
        QVERIFY2(runReport(f.workspace(), request, ReportFormat::Csv, csvPath, QPageSize::A4, &error), qPrintable(error));
        QVERIFY2(runReport(f.workspace(), request, ReportFormat::Pdf, pdfPath, QPageSize::A4, &error), qPrintable(error));
        // Then the CSV holds all 350 with their event and trace ids, adding up to the line's cost
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
        qint64 listed = 0;
        QString total;
        for (const QString &line : lines) {
            if (!line.startsWith(QStringLiteral("Appendix: every event behind the line,")))
                continue;
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.at(1) == QLatin1String("Total")) {
                total = cells.at(6);
                continue;
            }
            ++listed;
            QCOMPARE(cells.at(4), QString(cells.at(1)).replace(QStringLiteral("ev-"), QStringLiteral("tr-")));
        }
        QCOMPARE(listed, 350);
        const Report r = buildDispute(f.workspace(), request, &error);
        QCOMPARE(total, reportformat::exactCell({QString(), ColumnKind::Money}, r.sections.first().rows.at(1).at(1)));
        // and the PDF pages them all, the last one too
        const QString text = test::pdfText(pdfPath);
        QVERIFY(text.contains(QStringLiteral("ev-0 ")));
        QVERIFY(text.contains(QStringLiteral("ev-349 ")));
        QVERIFY(text.contains(QStringLiteral("tr-349")));
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
