// Invoice lines matched to the events they bill: by a model named in the description or
// given in a column (with its dated versions), by SKU and project, by token kind with the
// cost split at the events' own prices, the narrowest line first, each event part once.
#include "billing/invoicematch.h"
#include "billing/wide.h"
#include "cliapp.h"
#include "core/utctime.h"
#include "importers/invoiceimporter.h"
#include "importers/usagecsvimporter.h"
#include "workspace/pricingstore.h"
#include "workspace/sqlitestatement.h"
#include "workspacefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace costline;

namespace {

const QByteArray kHeader = "provider,period_start,period_end,line,amount_usd";

void importUsage(test::WorkspaceFixture &f, const QByteArray &rows)
{
    const QByteArray csv = "timestamp,event_id,provider,model,project,input_tokens,cached_input_tokens,output_tokens,"
                           "cost_usd,estimated,label.sku_id\n" + rows;
    const ImportResult r = UsageCsvImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("usage.csv"), csv), {});
    QVERIFY2(r.ok && r.quarantined == 0, qPrintable(r.error));
}

void importInvoice(test::WorkspaceFixture &f, const QByteArray &csv)
{
    const ImportResult r = InvoiceImporter(f.workspace()).importFile(f.writeFile(QStringLiteral("invoice.csv"), csv), {});
    QVERIFY2(r.ok && r.quarantined == 0, qPrintable(r.error));
}

// Three gpt-4o events ($135, one a dated version) and two gpt-4o-mini events ($131.54):
// $266.54 of OpenAI usage in September, and one gpt-4o event in October.
const QByteArray kOpenAiUsage = "2026-09-02T10:00:00Z,a1,openai,gpt-4o,web,1000,0,100,40,0,\n"
                                "2026-09-03T10:00:00Z,a2,openai,gpt-4o-2024-08-06,web,1000,0,100,45,0,\n"
                                "2026-09-03T11:00:00Z,a3,openai,gpt-4o,batch,1000,0,100,50,1,\n"
                                "2026-09-04T10:00:00Z,b1,openai,gpt-4o-mini,web,1000,0,100,60.27,0,\n"
                                "2026-09-05T10:00:00Z,b2,openai,gpt-4o-mini,web,1000,0,100,71.27,0,\n"
                                "2026-10-01T10:00:00Z,c1,openai,gpt-4o,web,1000,0,100,99,0,\n";

const LineMatch &line(const InvoiceMatchResult &r, const QString &description)
{
    for (const LineMatch &m : r.lines) {
        if (m.line.description == description)
            return m;
    }
    qFatal("no line %s", qPrintable(description));
}

InvoiceMatchResult september(test::WorkspaceFixture &f)
{
    return InvoiceMatcher(f.workspace()).run(*utc::parseDate("2026-09-01"), *utc::parseDate("2026-09-30"));
}

} // namespace

class TestInvoiceMatch final : public QObject
{
    Q_OBJECT

private slots:
    void theDescriptionNamesTheModel()
    {
        // Given September's OpenAI usage and an invoice with a line per model family
        test::WorkspaceFixture f;
        importUsage(f, kOpenAiUsage);
        importInvoice(f, kHeader + "\nopenai,2026-09-01,2026-09-30,GPT-4o usage,140.00\n"
                                   "openai,2026-09-01,2026-09-30,GPT-4o mini usage,131.54\n");
        // When matched
        const InvoiceMatchResult r = september(f);
        // Then "GPT-4o usage" bills gpt-4o and its dated version, not gpt-4o-mini
        const LineMatch &big = line(r, QStringLiteral("GPT-4o usage"));
        QCOMPARE(big.costNano, 135'000'000'000);
        QCOMPARE(big.events, 3);
        QCOMPARE(big.estimatedEvents, 1);
        QCOMPARE(big.deltaNano(), 5'000'000'000);
        QCOMPARE(big.status, LineMatch::Status::Matched);
        QCOMPARE(big.criteria.modelPattern, QStringLiteral("gpt-4o"));
        QCOMPARE(big.criteria.modelFrom, LineCriteria::ModelFrom::Description);
        const LineMatch &mini = line(r, QStringLiteral("GPT-4o mini usage"));
        QCOMPARE(mini.costNano, 131'540'000'000);
        QCOMPARE(mini.deltaNano(), 0);
        // Per day: the line's events on the days they happened
        QCOMPARE(big.days.size(), 2);
        QCOMPARE(big.days.at(0).day, *utc::parseDate("2026-09-02"));
        QCOMPARE(big.days.at(1).costNano, 95'000'000'000);
        QCOMPARE(big.days.at(1).events, 2);
        QCOMPARE(big.days.at(1).estimatedEvents, 1);
        // Every September event is billed by a line; October's is outside every invoice
        QVERIFY(r.unmatched.isEmpty());
    }

    void modelSkuAndProjectColumns()
    {
        test::WorkspaceFixture f;
        importUsage(f, kOpenAiUsage + "2026-09-06T10:00:00Z,s1,openai,tts-1,web,0,0,0,3.5,0,tts-hd-chars\n");
        // Given lines by model glob and project, and by SKU
        importInvoice(f, kHeader + ",model,sku,project\n"
                                   "openai,2026-09-01,2026-09-30,Web usage,200,gpt-4o*,,web\n"
                                   "openai,2026-09-01,2026-09-30,Batch usage,50,gpt-4o*,,batch\n"
                                   "openai,2026-09-01,2026-09-30,Speech,3.5,,tts-hd-chars,\n");
        const InvoiceMatchResult r = september(f);
        // Then the glob takes every gpt-4o model of the project, the SKU its labelled event
        QCOMPARE(line(r, QStringLiteral("Web usage")).costNano, 216'540'000'000);
        QCOMPARE(line(r, QStringLiteral("Web usage")).events, 4);
        QCOMPARE(line(r, QStringLiteral("Batch usage")).costNano, 50'000'000'000);
        QCOMPARE(line(r, QStringLiteral("Speech")).costNano, 3'500'000'000);
        QCOMPARE(line(r, QStringLiteral("Speech")).criteria.describe(), QStringLiteral("SKU tts-hd-chars; all usage"));
        QVERIFY(r.unmatched.isEmpty());
    }

    void tokenKindsSplitAtTheEventsOwnPrices()
    {
        // Given gpt-4o priced at $0.15 / $0.075 cached / $0.60 per million input / output tokens
        test::WorkspaceFixture f;
        PriceEntry price;
        price.provider = QStringLiteral("openai");
        price.modelPattern = QStringLiteral("gpt-4o");
        price.inputPerMTok = 150'000'000;
        price.cachedInputPerMTok = 75'000'000;
        price.outputPerMTok = 600'000'000;
        QString error;
        QVERIFY2(PricingStore(f.workspace()).upsert(price, &error), qPrintable(error));
        // Two events priced by the catalogue: 1,000,001 input (333,333 cached) and 12,345 output
        // tokens cost 100,000,200 + 24,999,975 + 7,407,000 nano-dollars; 7 input and 3 output
        // tokens 1,050 + 1,800. A third event reports $0.000001 of its own for 7 and 3 tokens.
        importUsage(f, "2026-09-02T10:00:00Z,p1,openai,gpt-4o,web,1000001,333333,12345,,0,\n"
                       "2026-09-02T11:00:00Z,p2,openai,gpt-4o,web,7,0,3,,0,\n"
                       "2026-09-02T12:00:00Z,p3,openai,gpt-4o,web,7,0,3,0.000001,0,\n");
        importInvoice(f, kHeader + ",quantity,unit\n"
                                   "openai,2026-09-01,2026-09-30,gpt-4o input,0.1,1.000008,1M tokens\n"
                                   "openai,2026-09-01,2026-09-30,gpt-4o cached input,0.025,333333,tokens\n"
                                   "openai,2026-09-01,2026-09-30,gpt-4o output,0.0074,12348,tokens\n");
        const InvoiceMatchResult r = september(f);
        const LineMatch &input = line(r, QStringLiteral("gpt-4o input"));
        const LineMatch &cached = line(r, QStringLiteral("gpt-4o cached input"));
        const LineMatch &output = line(r, QStringLiteral("gpt-4o output"));
        // Then each line bills its part of each event at the event's own prices: uncached
        // input, cache reads, output; the reported $0.000001 is shared 1,050 : 1,800 (368.42…
        // and 631.57… nano-dollars); and the lines add up to the events' cost exactly
        QCOMPARE(input.pricedQuantity, 666'682);
        QCOMPARE(input.line.billedQuantity(), 1'000'008);
        QCOMPARE(cached.pricedQuantity, 333'333);
        QCOMPARE(output.pricedQuantity, 12'351);
        QCOMPARE(input.costNano, 100'001'618);
        QCOMPARE(cached.costNano, 24'999'975);
        QCOMPARE(output.costNano, 7'409'432);
        SqliteStatement st(f.workspace().db(), "SELECT sum(coalesce(reported_cost, computed_cost)) FROM events");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 132'411'025);
        QCOMPARE(input.costNano + cached.costNano + output.costNano, st.int64(0));
        QCOMPARE(input.events, 3);
        QCOMPARE(cached.events, 1);
    }

    void theNarrowestLineWinsAndTheRestIsShown()
    {
        test::WorkspaceFixture f;
        importUsage(f, kOpenAiUsage + "2026-09-07T10:00:00Z,o1,openai,o3,web,10,0,10,2,0,\n");
        // Given a gpt-4o line, a catch-all line, the same gpt-4o line again and a model without events
        importInvoice(f, kHeader + "\nopenai,2026-09-01,2026-09-30,GPT-4o usage,140\n"
                                   "openai,2026-09-01,2026-09-30,API usage,130\n"
                                   "openai,2026-09-01,2026-09-30,gpt-4o (again),1\n"
                                   "openai,2026-09-01,2026-09-30,DALL-E 3 images,9\n"
                                   "openai,2026-09-01,2026-09-15,o3 usage,2\n");
        const InvoiceMatchResult r = september(f);
        const LineMatch &first = line(r, QStringLiteral("GPT-4o usage"));
        const LineMatch &again = line(r, QStringLiteral("gpt-4o (again)"));
        const LineMatch &rest = line(r, QStringLiteral("API usage"));
        // Then gpt-4o goes to the first of its two lines, which says so; the catch-all takes
        // what no model line bills (gpt-4o-mini) and says it matched by provider only
        QCOMPARE(first.costNano, 135'000'000'000);
        QCOMPARE(again.costNano, 0);
        QCOMPARE(again.overlaps, QList<qint64>{first.line.id});
        QVERIFY(again.statusText().contains(QStringLiteral("shares its criteria with line %1").arg(first.line.id)));
        QCOMPARE(rest.costNano, 131'540'000'000);
        QCOMPARE(rest.status, LineMatch::Status::ProviderOnly);
        QCOMPARE(line(r, QStringLiteral("o3 usage")).costNano, 2'000'000'000);
        // A line whose description names no model of the provider is a catch-all too: the
        // earlier catch-all bills first, so it has no events and says why
        const LineMatch &images = line(r, QStringLiteral("DALL-E 3 images"));
        QCOMPARE(images.status, LineMatch::Status::NoEvents);
        QCOMPARE(images.overlaps, QList<qint64>{rest.line.id});
    }

    void unmatchedLinesAndEvents()
    {
        test::WorkspaceFixture f;
        importUsage(f, kOpenAiUsage);
        importInvoice(f, kHeader + ",model\nopenai,2026-09-01,2026-09-30,GPT-4o usage,140,\n"
                                   "openai,2026-09-01,2026-09-30,Embeddings,4,text-embedding-3-small\n");
        const InvoiceMatchResult r = september(f);
        // Then the embeddings line has no events, and gpt-4o-mini's two events no line
        const LineMatch &embeddings = line(r, QStringLiteral("Embeddings"));
        QCOMPARE(embeddings.status, LineMatch::Status::NoEvents);
        QCOMPARE(embeddings.deltaNano(), 4'000'000'000);
        QCOMPARE(r.unmatched.size(), 1);
        QCOMPARE(r.unmatched.first().model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(r.unmatched.first().events, 2);
        QCOMPARE(r.unmatched.first().costNano, 131'540'000'000);
        // And the CLI prints the same
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(cli::run({QStringLiteral("invoice"), QStringLiteral("lines"), QStringLiteral("--workspace"), f.path(),
                           QStringLiteral("--format"), QStringLiteral("json")}, {o, e}), 0);
        o.flush();
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray lines = root.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)[QStringLiteral("events_cost")].toString(), QStringLiteral("135.000000000"));
        QCOMPARE(lines.at(0)[QStringLiteral("delta")].toString(), QStringLiteral("5.000000000"));
        QCOMPARE(lines.at(1)[QStringLiteral("status")].toString(), QStringLiteral("no_events"));
        QCOMPARE(root[QStringLiteral("unmatched_events")].toArray().at(0)[QStringLiteral("cost")].toString(),
                 QStringLiteral("131.540000000"));
        QCOMPARE(root[QStringLiteral("totals")][QStringLiteral("unmatched_cost")].toString(), QStringLiteral("131.540000000"));
    }

    void aQuantityNeedsAUnit()
    {
        test::WorkspaceFixture f;
        const ImportResult r = InvoiceImporter(f.workspace()).importFile(
            f.writeFile(QStringLiteral("i.csv"), kHeader + ",quantity\nopenai,2026-09-01,2026-09-30,x,1,12\n"), {});
        QCOMPARE(r.quarantined, 1);
        QVERIFY(r.ok);
        SqliteStatement st(f.workspace().db(), "SELECT reason FROM quarantine");
        QVERIFY(st.step());
        QVERIFY2(st.text(0).contains(QStringLiteral("quantity needs a unit")), qPrintable(st.text(0)));
    }

    void unitsAndDescriptionsGiveTheKind_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("multiplier");
        QTest::newRow("usage") << QString() << QStringLiteral("GPT-4o usage") << int(LineKind::All) << qint64(1);
        QTest::newRow("anthropic input") << QString() << QStringLiteral("Claude Sonnet 4 Usage - Input Tokens") << int(LineKind::Input) << qint64(1);
        QTest::newRow("cached") << QString() << QStringLiteral("gpt-4o cached input") << int(LineKind::CachedInput) << qint64(1);
        QTest::newRow("cache write") << QString() << QStringLiteral("Cache write tokens") << int(LineKind::CacheWrite) << qint64(1);
        QTest::newRow("openai output") << QString() << QStringLiteral("gpt-4o-2024-08-06, output") << int(LineKind::Output) << qint64(1);
        QTest::newRow("reasoning") << QString() << QStringLiteral("o3 reasoning") << int(LineKind::Reasoning) << qint64(1);
        QTest::newRow("1M input tokens") << QStringLiteral("1M input tokens") << QStringLiteral("GPT-4o") << int(LineKind::Input) << qint64(1'000'000);
        QTest::newRow("1K tokens, output in text") << QStringLiteral("1K tokens") << QStringLiteral("completion") << int(LineKind::Output) << qint64(1'000);
        QTest::newRow("requests") << QStringLiteral("requests") << QStringLiteral("web search") << int(LineKind::Requests) << qint64(1);
        QTest::newRow("a meter") << QStringLiteral("GPU-seconds") << QStringLiteral("fine-tuning") << int(LineKind::Metered) << qint64(1);
    }

    void unitsAndDescriptionsGiveTheKind()
    {
        QFETCH(QString, unit);
        QFETCH(QString, description);
        QFETCH(int, kind);
        QFETCH(qint64, multiplier);
        const LineUnit u = lineUnitFrom(unit, description);
        QCOMPARE(int(u.kind), kind);
        QCOMPARE(u.multiplier, multiplier);
    }

    void apportionKeepsTheSum()
    {
        // Three halves of a nano-dollar and a third: each rounded alone gives 3, together 2
        const Wide half = kWideScale / 2, third = kWideScale / 3;
        QCOMPARE(apportion({half, half, half, third}), (QList<qint64>{1, 1, 0, 0}));
        QCOMPARE(apportion({half, half, half, third}, 3), (QList<qint64>{1, 1, 1, 0}));
        QCOMPARE(apportion({-half, 3 * kWideScale + third}), (QList<qint64>{0, 3}));
    }

    void modelNames_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("matches");
        QTest::newRow("itself") << "gpt-4o" << "GPT-4o" << true;
        QTest::newRow("dated version") << "gpt-4o" << "gpt-4o-2024-08-06" << true;
        QTest::newRow("anthropic date") << "claude-3-5-sonnet" << "claude-3-5-sonnet-20241022" << true;
        QTest::newRow("four digits") << "gpt-4" << "gpt-4-0613" << true;
        QTest::newRow("not another model") << "gpt-4o" << "gpt-4o-mini" << false;
        QTest::newRow("not a dated other model") << "gpt-4o" << "gpt-4o-mini-2024-07-18" << false;
        QTest::newRow("glob") << "claude-*-sonnet*" << "claude-3-5-sonnet-20241022" << true;
    }

    void modelNames()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, model);
        QFETCH(bool, matches);
        QCOMPARE(modelMatches(pattern, model), matches);
    }

    void modelNamedInTheDescription()
    {
        const QStringList models{QStringLiteral("claude-3-5-sonnet-20241022"), QStringLiteral("gpt-4o"),
                                 QStringLiteral("gpt-4o-2024-08-06"), QStringLiteral("gpt-4o-mini")};
        QCOMPARE(modelNamedIn(QStringLiteral("GPT-4o mini usage"), models), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(modelNamedIn(QStringLiteral("GPT-4o usage"), models), QStringLiteral("gpt-4o"));
        QCOMPARE(modelNamedIn(QStringLiteral("gpt-4o-2024-08-06, input"), models), QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(modelNamedIn(QStringLiteral("Claude 3.5 Sonnet - Output Tokens"), models), QStringLiteral("claude-3-5-sonnet"));
        QCOMPARE(modelNamedIn(QStringLiteral("API usage"), models), QString());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceMatch)
#include "tst_invoicematch.moc"
