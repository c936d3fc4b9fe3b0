// The FOCUS export of a demo month: FOCUS 1.2 column names and Costline's x_ columns, one
// row per day and dimension tuple, money that sums exactly to the summary, and a file that
// Costline's own FOCUS importer reads back to the same totals, by model and by team.
#include "core/csvreader.h"
#include "core/money.h"
#include "importers/focusimporter.h"
#include "importers/usagecsvimporter.h"
#include "reports/focusexport.h"
#include "reports/reportrunstore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/summaryquery.h"
#include "reporttesting.h"
#include "workspacefixture.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace costline;

namespace {

struct FocusFile
{
    QStringList header;
    QList<QStringList> rows;

    QString value(const QStringList &row, const QString &column) const { return row.value(header.indexOf(column)); }
};

FocusFile readFocus(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    FocusFile file;
    while (reader.next()) {
        QStringList fields;
        for (const QByteArrayView f : reader.fields())
            fields << QString::fromUtf8(f);
        if (file.header.isEmpty())
            file.header = fields;
        else
            file.rows << fields;
    }
    return file;
}

QMap<QString, qint64> costBy(Workspace &ws, const EventFilter &filter, Dimension dim)
{
    QMap<QString, qint64> costs;
    for (const SummaryGroup &g : SummaryQuery(ws).run(filter, {Grouping{GroupKey::Dim, dim}}).groups)
        costs.insert(g.key.value(0), g.totals.costNano);
    return costs;
}

QSet<QString> unpricedModels(Workspace &ws, const EventFilter &filter)
{
    QSet<QString> models;
    for (const SummaryGroup &g : SummaryQuery(ws).run(filter, {Grouping{GroupKey::Dim, Dimension::Model}}).groups) {
        if (g.totals.unpricedEvents > 0)
            models << g.key.value(0);
    }
    return models;
}

} // namespace

class TestFocusExport final : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_fixture;
    ReportRequest m_request;
    EventFilter m_filter;
    QByteArray m_csv;

private slots:
    void initTestCase()
    {
        const auto request = test::demoMonth(m_fixture.workspace(), QStringLiteral("focus"), 20'000, 45);
        QVERIFY(request);
        m_request = *request;
        m_filter.fromDay = m_request.fromDay;
        m_filter.toDay = m_request.toDay;
        QBuffer out(&m_csv);
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(writeFocusCsv(m_fixture.workspace(), m_request, &out, &error), qPrintable(error));
    }

    void headerHasFocusNamesAndCostlineColumns()
    {
        const FocusFile file = readFocus(m_csv);
        // FOCUS 1.2 mandatory columns and the conditional ones an AI usage row fills.
        const QStringList focus{"BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "BillingAccountId",
                                "BillingAccountName", "BillingCurrency", "BillingPeriodStart", "BillingPeriodEnd",
                                "ChargePeriodStart", "ChargePeriodEnd", "ChargeCategory", "ChargeClass", "ChargeDescription",
                                "ChargeFrequency", "InvoiceIssuerName", "PricingQuantity", "PricingUnit", "PricingCategory",
                                "ProviderName", "PublisherName", "ServiceCategory", "ServiceSubcategory", "ServiceName",
                                "ConsumedQuantity", "ConsumedUnit", "ResourceId", "ResourceName", "SkuId",
                                "SkuPriceDetails", "SubAccountId", "SubAccountName", "Tags"};
        const QStringList costline{"x_Source", "x_Model", "x_Operation", "x_ApiKey", "x_Tenant", "x_Customer", "x_Project",
                                   "x_Team", "x_Feature", "x_Workflow", "x_Environment", "x_Events", "x_Requests",
                                   "x_InputTokens", "x_CachedTokens", "x_CacheWriteTokens", "x_OutputTokens",
                                   "x_ReasoningTokens", "x_UnpricedEvents", "x_EstimatedEvents", "x_CostState"};
        QCOMPARE(file.header, focusExportColumns());
        for (const QString &column : focus + costline)
            QVERIFY2(file.header.contains(column), qPrintable(column));
        QCOMPARE(file.header.size(), focus.size() + costline.size());
    }

    void oneRowPerDayAndTupleSummingExactlyToTheSummary()
    {
        const FocusFile file = readFocus(m_csv);
        const UsageTotals expected = SummaryQuery(m_fixture.workspace()).run(m_filter, {}).totals;
        qint64 billed = 0, input = 0, output = 0, requests = 0, events = 0;
        QSet<QString> keys;
        QSet<QString> states;
        for (const QStringList &row : file.rows) {
            for (const char *money : {"BilledCost", "EffectiveCost", "ListCost", "ContractedCost"}) {
                QCOMPARE(file.value(row, money).section(QLatin1Char('.'), 1).size(), 9); // exact, C locale
                QCOMPARE(file.value(row, money), file.value(row, "BilledCost"));
            }
            billed += Money::parse(file.value(row, "BilledCost").toUtf8())->nano();
            input += file.value(row, "x_InputTokens").toLongLong();
            output += file.value(row, "x_OutputTokens").toLongLong();
            requests += file.value(row, "x_Requests").toLongLong();
            events += file.value(row, "x_Events").toLongLong();
            states << file.value(row, "x_CostState");
            QCOMPARE(file.value(row, "BillingCurrency"), QStringLiteral("USD"));
            QVERIFY(file.value(row, "ChargePeriodStart").startsWith(QStringLiteral("2026-11-")));
            keys << file.value(row, "ChargePeriodStart") + file.value(row, "ProviderName") + row.mid(file.header.indexOf("x_Source"), 11).join('|');
        }
        QCOMPARE(billed, expected.costNano);
        QCOMPARE(input, expected.inputTokens);
        QCOMPARE(output, expected.outputTokens);
        QCOMPARE(requests, expected.requests);
        QCOMPARE(events, expected.events);
        // One row per day and dimension tuple of the raw events, not one per event.
        QCOMPARE(keys.size(), file.rows.size());
        SqliteStatement tuples(m_fixture.workspace().db(),
                               "SELECT count(*) FROM (SELECT DISTINCT (id >> 20) / 86400000 AS day, tuple_id FROM events)"
                               " WHERE day BETWEEN ?1 AND ?2");
        tuples.bind(0, m_request.fromDay);
        tuples.bind(1, m_request.toDay);
        QVERIFY(tuples.step());
        QCOMPARE(qint64(file.rows.size()), tuples.int64(0));
        QVERIFY(file.rows.size() < expected.events);
        QVERIFY(states.contains(QStringLiteral("priced")));
        QVERIFY(states.contains(QStringLiteral("estimated")) || states.contains(QStringLiteral("partly_unpriced")));
    }

    void periodsAreUtcWithExclusiveEnds()
    {
        const FocusFile file = readFocus(m_csv);
        const QStringList first = file.rows.first();
        QCOMPARE(file.value(first, "ChargePeriodStart"), QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(file.value(first, "ChargePeriodEnd"), QStringLiteral("2026-11-02T00:00:00Z"));
        QCOMPARE(file.value(first, "BillingPeriodStart"), QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(file.value(first, "BillingPeriodEnd"), QStringLiteral("2026-12-01T00:00:00Z"));
        QCOMPARE(file.value(first, "ChargeCategory"), QStringLiteral("Usage"));
    }

    void roundTripsThroughTheFocusImporter()
    {
        // Given the export written to a file and imported into a fresh workspace
        const QString path = m_fixture.filePath(QStringLiteral("focus.csv"));
        QString error;
        QVERIFY2(runReport(m_fixture.workspace(), m_request, ReportFormat::Csv, path, QPageSize::A4, &error), qPrintable(error));
        test::WorkspaceFixture other;
        ImportOptions options;
        options.sourceName = QStringLiteral("focus-export");
        const ImportResult imported = FocusImporter(other.workspace()).importFile(path, options);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.quarantined, qint64(0));
        QCOMPARE(imported.inserted, qint64(readFocus(m_csv).rows.size()));
        // Then the totals, and the cost by model and by team, are the same
        const UsageTotals before = SummaryQuery(m_fixture.workspace()).run(m_filter, {}).totals;
        const UsageTotals after = SummaryQuery(other.workspace()).run(m_filter, {}).totals;
        QCOMPARE(after.costNano, before.costNano);
        QCOMPARE(after.inputTokens, before.inputTokens);
        QCOMPARE(after.cachedInputTokens, before.cachedInputTokens);
        QCOMPARE(after.cacheWriteTokens, before.cacheWriteTokens);
        QCOMPARE(after.outputTokens, before.outputTokens);
        QCOMPARE(after.reasoningTokens, before.reasoningTokens);
        QCOMPARE(after.requests, before.requests);
        for (const Dimension dim : {Dimension::Provider, Dimension::Model, Dimension::Team, Dimension::Tenant, Dimension::ApiKey})
            QCOMPARE(costBy(other.workspace(), m_filter, dim), costBy(m_fixture.workspace(), m_filter, dim));
        // And the models without a price stay unpriced: never $0 of reported cost
        QCOMPARE(unpricedModels(other.workspace(), m_filter), unpricedModels(m_fixture.workspace(), m_filter));
        QCOMPARE(unpricedModels(other.workspace(), m_filter).size(), 2);
    }

    void aPartlyPricedDayIsSplitAndStaysPartlyPriced()
    {
        // Given one day of one model where two events carry a cost and one has none (no price)
        test::WorkspaceFixture ws;
        const QByteArray usage = "timestamp,event_id,provider,model,team,input_tokens,output_tokens,cost_usd\n"
                                 "2026-11-03T10:00:00Z,a,acme-ai,house-model,search,100,10,0.250000000\n"
                                 "2026-11-03T11:00:00Z,b,acme-ai,house-model,search,200,20,0.500000001\n"
                                 "2026-11-03T12:00:00Z,c,acme-ai,house-model,search,400,40,\n";
        QVERIFY(UsageCsvImporter(ws.workspace()).importFile(ws.writeFile(QStringLiteral("u.csv"), usage), {}).ok);
        ReportRequest request = m_request;
        request.fromDay = request.toDay = *utc::parseDate("2026-11-03");
        const QString path = ws.filePath(QStringLiteral("focus.csv"));
        QString error;
        QVERIFY2(runReport(ws.workspace(), request, ReportFormat::Csv, path, QPageSize::A4, &error), qPrintable(error));
        // When exported: a priced row and an unpriced row
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const FocusFile focus = readFocus(file.readAll());
        QCOMPARE(focus.rows.size(), 2);
        QCOMPARE(focus.value(focus.rows.at(0), "x_CostState"), QStringLiteral("priced"));
        QCOMPARE(focus.value(focus.rows.at(0), "BilledCost"), QStringLiteral("0.750000001"));
        QCOMPARE(focus.value(focus.rows.at(0), "x_InputTokens"), QStringLiteral("300"));
        QCOMPARE(focus.value(focus.rows.at(1), "x_CostState"), QStringLiteral("unpriced"));
        QCOMPARE(focus.value(focus.rows.at(1), "x_InputTokens"), QStringLiteral("400"));
        // Then re-imported, the cost is the same and the unpriced tokens stay unpriced
        test::WorkspaceFixture other;
        QVERIFY(FocusImporter(other.workspace()).importFile(path, {}).ok);
        const EventFilter day{request.fromDay, request.toDay, {}};
        const UsageTotals after = SummaryQuery(other.workspace()).run(day, {}).totals;
        QCOMPARE(after.costNano, 750'000'001);
        QCOMPARE(after.unpricedEvents, 1);
        QCOMPARE(after.unpricedTokens, 440);
        QCOMPARE(after.inputTokens, 700);
    }

    void oneTenantOnly()
    {
        ReportRequest request = m_request;
        request.tenant = QStringLiteral("globex");
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(writeFocusCsv(m_fixture.workspace(), request, &out, &error));
        const FocusFile file = readFocus(bytes);
        qint64 billed = 0;
        for (const QStringList &row : file.rows) {
            QCOMPARE(file.value(row, "x_Tenant"), QStringLiteral("globex"));
            billed += Money::parse(file.value(row, "BilledCost").toUtf8())->nano();
        }
        EventFilter filter = m_filter;
        filter.where.insert(Dimension::Tenant, {QStringLiteral("globex")});
        QVERIFY(!file.rows.isEmpty());
        QCOMPARE(billed, SummaryQuery(m_fixture.workspace()).run(filter, {}).totals.costNano);
    }

    void pdfIsRefusedWithAReason()
    {
        QString error;
        QVERIFY(!runReport(m_fixture.workspace(), m_request, ReportFormat::Pdf, m_fixture.filePath(QStringLiteral("f.pdf")),
                           QPageSize::A4, &error));
        QCOMPARE(error, QStringLiteral("The FOCUS export is a CSV file for other FinOps tools and has no PDF; write it as CSV."));
        QVERIFY(!QFile::exists(m_fixture.filePath(QStringLiteral("f.pdf"))));
    }
};

QTEST_MAIN(TestFocusExport)
#include "tst_focusexport.moc"
