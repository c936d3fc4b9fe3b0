#include "importers/otelimporter.h"
#include "pricing/litellmcatalog.h"
#include "workspace/eventquery.h"
#include "workspace/pricingstore.h"
#include "workspacefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace costline;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(COSTLINE_OTEL_SAMPLES "/") + name;
}

// The real LiteLLM catalogue as the workspace's price list, effective from 1970.
void priceFromCatalogue(Workspace &workspace)
{
    QFile file(qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/litellm/model_prices_and_context_window.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CatalogParseResult catalogue = parseLiteLlmCatalog(file.readAll(), 0);
    QVERIFY2(catalogue.ok, qPrintable(catalogue.error));
    QString error;
    QVERIFY2(PricingStore(workspace).upsertAll(catalogue.entries, &error) > 0, qPrintable(error));
}

QList<EventRow> allEvents(Workspace &workspace)
{
    return EventQuery(workspace).page(EventFilter{}, std::nullopt, 1000).rows;
}

// The labels of the workspace's only event.
QJsonObject onlyEventLabels(Workspace &workspace)
{
    const QList<EventRow> rows = allEvents(workspace);
    return rows.size() == 1 ? QJsonDocument::fromJson(rows.first().labelsJson.toUtf8()).object() : QJsonObject();
}

std::optional<EventRow> eventOfSpan(Workspace &workspace, const QString &spanId)
{
    for (const EventRow &row : allEvents(workspace)) {
        if (row.eventId.endsWith(QLatin1Char(':') + spanId))
            return row;
    }
    return std::nullopt;
}

} // namespace

class TestOtelImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every capture imports each model call once, and the calls' tokens add up to the
    // tokens the capture's own LLM spans report.
    void realCaptures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("calls");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        QTest::newRow("OpenInference, LlamaIndex") << "llamaindex-2025-06-05.otlp.json" << 1LL << 1LL << 13LL << 81LL;
        QTest::newRow("OpenInference, LiteLLM under CrewAI") << "crewai-2025-07-11.otlp.json" << 1LL << 5LL << 190LL << 164LL;
        QTest::newRow("OpenInference, OpenAI Agents") << "openai-agents-2025-09-30.otlp.json" << 2LL << 3LL << 140LL << 44LL;
        QTest::newRow("OpenInference and GenAI on one span, Google ADK") << "google-adk-2025-08-28.otlp.json" << 2LL << 3LL << 67LL << 9LL;
        QTest::newRow("OpenInference, Google GenAI") << "google-gemini-2025-08-01.otlp.json" << 1LL << 0LL << 6LL << 2055LL;
        QTest::newRow("OpenInference, Vertex AI") << "vertex-ai-2025-08-01.otlp.json" << 1LL << 0LL << 5LL << 2018LL;
        QTest::newRow("OpenInference's own fixture") << "openinference-client-span-tool-calls.otlp.json" << 1LL << 0LL << 97LL << 52LL;
        QTest::newRow("OpenLLMetry 0.33.9, OpenAI") << "traceloop-openai-0.33.9.otlp.json" << 1LL << 0LL << 14LL << 173LL;
        QTest::newRow("GenAI, OpenLIT 1.27.0") << "openlit-1.27.0.otlp.json" << 1LL << 0LL << 14LL << 96LL;
        QTest::newRow("GenAI, pydantic-ai") << "pydantic-ai-2025-06-06.otlp.json" << 1LL << 2LL << 31LL << 96LL;
        QTest::newRow("GenAI, Microsoft Agent Framework") << "microsoft-agent-2025-12-17.otlp.json" << 2LL << 2LL << 293LL << 106LL;
        QTest::newRow("GenAI, Microsoft.Extensions.AI") << "csharp-agent-with-gemini-2026-03-09.otlp.json" << 3LL << 5LL << 8047LL << 414LL;
        QTest::newRow("GenAI, Vercel AI SDK") << "vercel-aisdk-2025-11-17.otlp.json" << 1LL << 2LL << 62LL << 85LL;
    }

    void realCaptures()
    {
        QFETCH(QString, file);
        QFETCH(qint64, calls);
        QFETCH(qint64, skipped);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        // Given a span capture of a real instrumentation
        test::WorkspaceFixture f;
        // When it is imported
        const ImportResult r = OtelImporter(f.workspace()).importFile(sample(file), {});
        // Then each model call is one event, the other spans are skipped with a reason,
        // and the tokens are the capture's own
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, calls);
        QCOMPARE(r.quarantined, 0);
        QCOMPARE(r.skipped, skipped);
        QCOMPARE(r.skipReasons.isEmpty(), skipped == 0);
        QCOMPARE(f.rawEventTotals().inputTokens, input);
        QCOMPARE(f.rawEventTotals().outputTokens, output);
        QCOMPARE(f.rollupAllTotals().inputTokens, input);
        // And importing it again changes nothing
        const ImportResult again = OtelImporter(f.workspace()).importFile(sample(file), {});
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, calls);
        QCOMPARE(f.rawEventTotals().inputTokens, input);
    }

    // One row per model call: who provided it, which model, its tokens in Costline's
    // terms, a dimension where the capture names one, and its cost from the real catalogue.
    void realCaptureCalls_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("spanId");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QList<qint64>>("tokens"); // input, cached, cache write, output, reasoning
        QTest::addColumn<QString>("environment");
        QTest::addColumn<qint64>("costNano"); // -1: unpriced
        const auto t = [](qint64 in, qint64 cached, qint64 write, qint64 out, qint64 reasoning) {
            return QList<qint64>{in, cached, write, out, reasoning};
        };
        QTest::newRow("LlamaIndex over OpenAI") << "llamaindex-2025-06-05.otlp.json" << "7ca8b22f6628d0c7" << "openai"
                                              << "gpt-4o" << t(13, 0, 0, 81, 0) << "" << 842'500LL;
        QTest::newRow("LiteLLM names no provider: unpriced")
            << "crewai-2025-07-11.otlp.json" << "231c43964b7e7e63" << "unknown" << "gpt-4o-mini" << t(190, 0, 0, 164, 0)
            << "" << -1LL;
        QTest::newRow("OpenAI Agents, first response") << "openai-agents-2025-09-30.otlp.json" << "90d94774e8e3724d"
                                                       << "openai" << "gpt-4.1-2025-04-14" << t(85, 0, 0, 29, 0) << ""
                                                       << 402'000LL;
        QTest::newRow("Google ADK: llm.provider over gen_ai.system")
            << "google-adk-2025-08-28.otlp.json" << "bded677884f031ce" << "google" << "gemini-2.0-flash"
            << t(39, 0, 0, 6, 0) << "" << 6'300LL;
        QTest::newRow("Gemini reasoning inside the completion")
            << "google-gemini-2025-08-01.otlp.json" << "b7a63ca7e1d083bc" << "google" << "gemini-2.5-flash"
            << t(6, 0, 0, 2055, 1104) << "" << 5'139'300LL;
        QTest::newRow("Vertex AI: thinking only in the total, provider from the scope, model from its path")
            << "vertex-ai-2025-08-01.otlp.json" << "125abcbf5c41f4df" << "vertex" << "gemini-2.5-flash"
            << t(5, 0, 0, 2018, 1173) << "" << 5'046'500LL;
        QTest::newRow("OpenInference's fixture") << "openinference-client-span-tool-calls.otlp.json" << "b7ad6b7169203331"
                                                 << "openai" << "gpt-4-0613" << t(97, 0, 0, 52, 0) << "" << 6'030'000LL;
        QTest::newRow("OpenLLMetry's OpenAI is openai and priced")
            << "traceloop-openai-0.33.9.otlp.json" << "aabf16e416ae4952" << "openai" << "gpt-3.5-turbo-0125"
            << t(14, 0, 0, 173, 0) << "" << 266'500LL;
        QTest::newRow("OpenLIT, its deployment.environment") << "openlit-1.27.0.otlp.json" << "b904bffb20be6d7e" << "openai"
                                                             << "gpt-3.5-turbo" << t(14, 0, 0, 96, 0) << "default" << 151'000LL;
        QTest::newRow("pydantic-ai's call, not its agent run")
            << "pydantic-ai-2025-06-06.otlp.json" << "5cb389a3bdd21a6e" << "openai" << "gpt-4o-2024-08-06"
            << t(31, 0, 0, 96, 0) << "" << 1'037'500LL;
        QTest::newRow("Agent Framework: gen_ai.provider.name") << "microsoft-agent-2025-12-17.otlp.json" << "2406e8343fd49c0e"
                                                               << "openai" << "gpt-5-mini-2025-08-07" << t(77, 0, 0, 86, 0)
                                                               << "" << 191'250LL;
        QTest::newRow("MEAI: gcp.vertex_ai, deployment.environment.name")
            << "csharp-agent-with-gemini-2026-03-09.otlp.json" << "50d470aa18418652" << "vertex" << "gemini-2.5-flash"
            << t(3004, 0, 0, 167, 0) << "preprod" << 1'318'700LL;
        QTest::newRow("Vercel AI SDK: openai.responses") << "vercel-aisdk-2025-11-17.otlp.json" << "91a17a2274bfd23f"
                                                         << "openai" << "gpt-5-2025-08-07" << t(62, 0, 0, 85, 0) << ""
                                                         << 927'500LL;
    }

    void realCaptureCalls()
    {
        QFETCH(QString, file);
        QFETCH(QString, spanId);
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QList<qint64>, tokens);
        QFETCH(QString, environment);
        QFETCH(qint64, costNano);
        // Given the real catalogue as the price list
        test::WorkspaceFixture f;
        priceFromCatalogue(f.workspace());
        // When the capture is imported
        const ImportResult r = OtelImporter(f.workspace()).importFile(sample(file), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        // Then the call's event says what the span says, in Costline's terms
        const auto row = eventOfSpan(f.workspace(), spanId);
        QVERIFY(row);
        QCOMPARE(row->dim(Dimension::Provider), provider);
        QCOMPARE(row->dim(Dimension::Model), model);
        QCOMPARE((QList<qint64>{row->inputTokens, row->cachedInputTokens, row->cacheWriteTokens, row->outputTokens,
                                row->reasoningTokens}),
                 tokens);
        QCOMPARE(row->dim(Dimension::Environment), environment);
        QCOMPARE(row->requests, 1);
        QCOMPARE(row->costNano().value_or(-1), costNano);
    }

    void semanticConventionsExample()
    {
        // Given the OTel GenAI semantic conventions' own example span
        test::WorkspaceFixture f;
        const QString path = qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/otel/genai_chat_span.constructed.otlp.json");
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        const EventRow row = allEvents(f.workspace()).constFirst();
        QCOMPARE(row.eventId, QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736:00f067aa0ba902b7"));
        QCOMPARE(row.dim(Dimension::Model), QStringLiteral("gpt-4-0613"));
        QCOMPARE(row.dim(Dimension::Provider), QStringLiteral("openai"));
        QCOMPARE(row.dim(Dimension::Operation), QStringLiteral("chat"));
        QCOMPARE(row.inputTokens, 52);
        QCOMPARE(row.outputTokens, 47);
        QCOMPARE(row.timestampMs, 1'730'419'200'000);
    }

    void olderOpenLlmetrySpanIsOneOpenAiProvider()
    {
        // Given the real OpenLLMetry capture (gen_ai.system "OpenAI") and an OTel GenAI span ("openai")
        test::WorkspaceFixture f;
        QVERIFY(OtelImporter(f.workspace()).importFile(sample(QStringLiteral("traceloop-openai-0.33.9.otlp.json")), {}).ok);
        QVERIFY(OtelImporter(f.workspace()).importFile(sample(QStringLiteral("openlit-1.27.0.otlp.json")), {}).ok);
        // Then both are the one provider "openai"
        QSet<QString> providers;
        for (const EventRow &row : allEvents(f.workspace()))
            providers.insert(row.dim(Dimension::Provider));
        QCOMPARE(providers, QSet<QString>{QStringLiteral("openai")});
    }

    void labelsKeepTheSpansEvidence()
    {
        test::WorkspaceFixture f;
        QVERIFY(OtelImporter(f.workspace()).importFile(sample(QStringLiteral("vertex-ai-2025-08-01.otlp.json")), {}).ok);
        const QJsonObject labels = onlyEventLabels(f.workspace());
        QCOMPARE(labels.value(QStringLiteral("dialect")).toString(), QStringLiteral("openinference"));
        QCOMPARE(labels.value(QStringLiteral("instrumentation")).toString(), QStringLiteral("openinference.instrumentation.vertexai"));
        QCOMPARE(labels.value(QStringLiteral("output_only_in_total")).toString(), QStringLiteral("1173"));
        QVERIFY(labels.value(QStringLiteral("model_path")).toString().startsWith(QStringLiteral("projects/")));
    }

    void sessionAndUserBecomeLabels()
    {
        test::WorkspaceFixture f;
        QVERIFY(OtelImporter(f.workspace()).importFile(sample(QStringLiteral("google-adk-2025-08-28.otlp.json")), {}).ok);
        const auto row = eventOfSpan(f.workspace(), QStringLiteral("bded677884f031ce"));
        QVERIFY(row);
        const QJsonObject labels = QJsonDocument::fromJson(row->labelsJson.toUtf8()).object();
        QCOMPARE(labels.value(QStringLiteral("session")).toString(), QStringLiteral("demo-session"));
        QCOMPARE(labels.value(QStringLiteral("user")).toString(), QStringLiteral("demo-user"));
    }

    void fileWithoutGenAiUsageSaysWhy()
    {
        // Given a real trace export with no GenAI span (the OTLP project's example)
        test::WorkspaceFixture f;
        const QString path = qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/otel/opentelemetry-proto_examples_trace.json");
        // When it is imported
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        // Then nothing lands and the message says which spans were read and why none counts
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no span carries GenAI token usage (1 span read): 1 span without token usage "
                                                 "attributes (dialect not recognised")),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("the first span 1 'I'm a server span'")), qPrintable(r.error));
        QCOMPARE(f.eventCount(), 0);
    }

    void fileWithoutSpansSaysSo()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("empty.json"), "{\"resourceSpans\":[]}");
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("holds no spans")), qPrintable(r.error));
    }

    void malformedFileImportsNothing()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("bad.json"), "{\"resourceSpans\":[");
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("line 1 is not OTLP/JSON")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestOtelImporter)
#include "tst_otelimporter.moc"
