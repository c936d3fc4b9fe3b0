#include "importers/focusimporter.h"
#include "workspace/costbasisswitch.h"
#include "workspace/eventquery.h"
#include "workspacefixture.h"

#include "core/csvreader.h"
#include "core/money.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace costline;

namespace {

QString sharedData(const QString &relative)
{
    return qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/focus/") + relative;
}

// The file's own BilledCost sum, read apart from the importer: "$10,100.00 " → 10100.
qint64 billedSumOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    CsvReader reader(&file);
    reader.next();
    const qsizetype column = reader.fields().indexOf(QByteArrayView("BilledCost"));
    qint64 sum = 0;
    while (reader.next()) {
        QByteArray text = reader.fields().at(column).toByteArray();
        text.replace("$", "").replace(",", "");
        sum += Money::parse(text.trimmed()).value_or(Money::fromNano(-1'000'000'000'000)).nano();
    }
    return sum;
}

} // namespace

class TestFocusImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySampleImportsWithItsBilledCost_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("billedNano");
        QTest::newRow("AI prompt caching") << QStringLiteral("draft-ai/ai_prompt_caching_a.csv") << 4LL << 33'900'000'000LL;
        QTest::newRow("AI per token") << QStringLiteral("draft-ai/per_token_ai_model_api.csv") << 2LL << 94'500'000'000LL;
        QTest::newRow("commitment purchase, no currency column")
            << QStringLiteral("v1.2/commitment_discount_purchase_scenario_1.csv") << 1LL << 8'760'000'000'000LL;
        QTest::newRow("commitment usage") << QStringLiteral("v1.2/commitment_discount_usage_scenario_1.csv") << 1LL << 0LL;
        QTest::newRow("SaaS spend, US dates") << QStringLiteral("v1.2/saas_spend_agreements_a2.csv") << 13LL << 1'200'000'000'000LL;
        QTest::newRow("dollar signs and thousands") << QStringLiteral("v1.2/simple_saas_agreements_c.csv") << 3LL << 35'800'000'000'000LL;
        QTest::newRow("virtual currency purchase, BOM") << QStringLiteral("v1.2/virtual_currency_pricing_model_a1.csv") << 1LL << 200'000'000'000'000LL;
        QTest::newRow("virtual currency usage, BOM") << QStringLiteral("v1.2/virtual_currency_pricing_model_a2.csv") << 3LL << 0LL;
    }

    void everySampleImportsWithItsBilledCost()
    {
        QFETCH(QString, file);
        QFETCH(qint64, rows);
        QFETCH(qint64, billedNano);
        // Given a FOCUS sample and a fresh workspace
        test::WorkspaceFixture f;
        QCOMPARE(billedSumOfFile(sharedData(file)), billedNano);
        // When it is imported
        const ImportResult r = FocusImporter(f.workspace()).importFile(sharedData(file), {});
        // Then every row is an event and the reported cost is the file's BilledCost sum
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, rows);
        QCOMPARE(r.quarantined, 0);
        const UsageTotals t = f.rawEventTotals();
        QCOMPARE(t.events, rows);
        QCOMPARE(t.reportedCostNano, billedNano);
        QCOMPARE(t.costNano, billedNano);
        QCOMPARE(f.rollupDayTotals(), t);
    }

    void theTableCoversEverySampleFile()
    {
        QStringList files;
        for (const QString &dir : {QStringLiteral("v1.2"), QStringLiteral("draft-ai")}) {
            for (const QString &name : QDir(sharedData(dir)).entryList({QStringLiteral("*.csv")}))
                files << dir + QLatin1Char('/') + name;
        }
        QCOMPARE(files.size(), 8); // a new sample must be added to the data table above
    }

    void theAmortisedViewMovesACommitmentOntoTheUsageItCovers()
    {
        // Given FOCUS 1.2's commitment example: an $8,760 purchase, and usage it covers billed $0
        test::WorkspaceFixture f;
        ImportOptions options;
        options.sourceName = QStringLiteral("reserved");
        for (const char *file : {"v1.2/commitment_discount_purchase_scenario_1.csv", "v1.2/commitment_discount_usage_scenario_1.csv"})
            QCOMPARE(FocusImporter(f.workspace()).importFile(sharedData(QString::fromLatin1(file)), options).inserted, 1);
        QCOMPARE(f.rawEventTotals().costNano, 8'760'000'000'000);
        // When the analyst chooses effective cost
        const CostBasisChange change = switchCostBasis(f.workspace(), QStringLiteral("reserved"), CostBasis::Effective);
        // Then the purchase counts $0 and the usage its $1 share, by the files' EffectiveCost
        QVERIFY2(change.ok, qPrintable(change.error));
        QCOMPARE(change.changed, 2);
        const UsageTotals t = f.rawEventTotals();
        QCOMPARE(t.costNano, 1'000'000'000);
        QCOMPARE(f.rollupDayTotals(), t);
        // And back on billed cost, the invoice's view again
        QVERIFY(switchCostBasis(f.workspace(), QStringLiteral("reserved"), CostBasis::Billed).ok);
        QCOMPARE(f.rawEventTotals().costNano, 8'760'000'000'000);
        QCOMPARE(f.rollupDayTotals(), f.rawEventTotals());
    }

    void aiTokenRowsFillTokenColumns()
    {
        test::WorkspaceFixture f;
        QVERIFY(FocusImporter(f.workspace()).importFile(sharedData(QStringLiteral("draft-ai/ai_prompt_caching_a.csv")), {}).ok);
        const UsageTotals t = f.rawEventTotals();
        // Uncached 0.5 M + cache write 2 M + cache read 8 M: input counts all of it.
        QCOMPARE(t.inputTokens, 10'500'000);
        QCOMPARE(t.cachedInputTokens, 8'000'000);
        QCOMPARE(t.cacheWriteTokens, 2'000'000);
        QCOMPARE(t.outputTokens, 1'500'000);
        const EventPage page = EventQuery(f.workspace()).page(EventFilter{}, std::nullopt, 10);
        QCOMPARE(page.rows.first().dim(Dimension::Model), QStringLiteral("solora-reasoning-pro"));
        QCOMPARE(page.rows.first().dim(Dimension::Provider), QStringLiteral("Solora AI"));
        const QJsonObject labels = QJsonDocument::fromJson(page.rows.first().labelsJson.toUtf8()).object();
        QCOMPARE(labels.value(QStringLiteral("sku.ModelFamily")).toString(), QStringLiteral("Solora Reasoning"));
    }

    void usDatesAndKeptCosts()
    {
        test::WorkspaceFixture f;
        QVERIFY(FocusImporter(f.workspace()).importFile(sharedData(QStringLiteral("v1.2/virtual_currency_pricing_model_a2.csv")), {}).ok);
        const EventPage page = EventQuery(f.workspace()).page(EventFilter{}, std::nullopt, 10);
        QCOMPARE(page.rows.size(), 3);
        qint64 effective = 0;
        for (const EventRow &row : page.rows) {
            QCOMPARE(row.timestampMs, 1'743'465'600'000); // 4/1/25 = 2025-04-01T00:00:00Z
            const QJsonObject labels = QJsonDocument::fromJson(row.labelsJson.toUtf8()).object();
            effective += Money::parse(labels.value(QStringLiteral("effective_cost")).toString().toUtf8())->nano();
        }
        QCOMPARE(effective, 1'230'000'000'000); // 490 + 20 + 720, billed 0
    }

    void reimportReplacesInsteadOfDoubling()
    {
        test::WorkspaceFixture f;
        const QString file = sharedData(QStringLiteral("v1.2/saas_spend_agreements_a2.csv"));
        QVERIFY(FocusImporter(f.workspace()).importFile(file, {}).ok);
        const ImportResult again = FocusImporter(f.workspace()).importFile(file, {});
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 13);
        QCOMPARE(f.rawEventTotals().reportedCostNano, 1'200'000'000'000);
    }

    void nonUsdRowsAreQuarantined()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("eur.csv"),
            "BilledCost,BillingCurrency,ChargePeriodStart,ProviderName,ServiceName\n"
            "10.50,USD,2025-05-01T00:00:00Z,Acme,DB\n"
            "7.25,EUR,2025-05-01T00:00:00Z,Acme,DB\n"
            "oops,USD,2025-05-01T00:00:00Z,Acme,DB\n");
        const ImportResult r = FocusImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.quarantined, 2);
        QCOMPARE(f.rawEventTotals().reportedCostNano, 10'500'000'000);
    }

    void costlineColumnsTakePrecedence()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("own.csv"),
            "BilledCost,ChargePeriodStart,ChargeCategory,ProviderName,ServiceName,ConsumedQuantity,ConsumedUnit,Tags,"
            "x_Model,x_Operation,x_Team,x_Requests,x_InputTokens,x_CachedTokens,x_CacheWriteTokens,x_OutputTokens,"
            "x_ReasoningTokens,x_CostState\n"
            "1.25,2026-11-01T00:00:00Z,Usage,openai,openai,1500,Tokens,\"{\"\"team\"\":\"\"growth\"\"}\","
            "gpt-4o,chat,search,3,1000,400,0,500,100,priced\n"
            "2.00,2026-11-01T00:00:00Z,Usage,openai,openai,10,Tokens,,gpt-4o,chat,search,many,10,0,0,0,0,priced\n");
        const ImportResult r = FocusImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.quarantined, 1); // "many" requests is no count
        const UsageTotals t = f.rawEventTotals();
        QCOMPARE(t.requests, 3);
        QCOMPARE(t.inputTokens, 1000); // not ConsumedQuantity
        QCOMPARE(t.cachedInputTokens, 400);
        QCOMPARE(t.outputTokens, 500);
        QCOMPARE(t.reasoningTokens, 100);
        const EventPage page = EventQuery(f.workspace()).page(EventFilter{}, std::nullopt, 10);
        QCOMPARE(page.rows.first().dim(Dimension::Model), QStringLiteral("gpt-4o"));
        QCOMPARE(page.rows.first().dim(Dimension::Operation), QStringLiteral("chat"));
        QCOMPARE(page.rows.first().dim(Dimension::Team), QStringLiteral("search")); // x_Team over the tag
        const QJsonObject labels = QJsonDocument::fromJson(page.rows.first().labelsJson.toUtf8()).object();
        QCOMPARE(labels.value(QStringLiteral("x_coststate")).toString(), QStringLiteral("priced"));
        QVERIFY(!labels.contains(QStringLiteral("x_inputtokens")));
    }

    void missingBilledCostImportsNothing()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("bad.csv"), "Cost,ChargePeriodStart\n1,2025-01-01\n");
        const ImportResult r = FocusImporter(f.workspace()).importFile(path, {});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("BilledCost")));
        QCOMPARE(f.eventCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFocusImporter)
#include "tst_focusimporter.moc"
