#include "importers/otelimporter.h"
#include "workspace/eventquery.h"
#include "workspace/quarantinestore.h"
#include "workspacefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace costline;

namespace {

constexpr char kTrace[] = "5B8EFFF798038103D269B633813FC60C";

QByteArray attr(const QByteArray &key, const QByteArray &value)
{
    return "{\"key\":\"" + key + "\",\"value\":" + value + "}";
}

QByteArray str(const QByteArray &key, const QByteArray &text)
{
    return attr(key, "{\"stringValue\":\"" + text + "\"}");
}

QByteArray num(const QByteArray &key, qint64 n)
{
    return attr(key, "{\"intValue\":" + QByteArray::number(n) + "}");
}

QByteArray span(const QByteArray &id, const QByteArray &parent, const QByteArray &name, const QByteArrayList &attributes)
{
    return "{\"traceId\":\"" + QByteArray(kTrace) + "\",\"spanId\":\"" + id + "\",\"parentSpanId\":\"" + parent
           + "\",\"name\":\"" + name + "\",\"startTimeUnixNano\":1730419200123456789,"
           + "\"endTimeUnixNano\":\"1730419201000000000\",\"attributes\":[" + attributes.join(',') + "]}";
}

// One OTLP/JSON export request holding the spans, with the resource's attributes.
QByteArray request(const QByteArrayList &spans, const QByteArrayList &resource = {})
{
    return "{\"resourceSpans\":[{\"resource\":{\"attributes\":[" + resource.join(',') + "]},"
           + "\"scopeSpans\":[{\"scope\":{\"name\":\"test\"},\"spans\":[" + spans.join(',') + "]}]}]}";
}

QByteArrayList openAiChat(qint64 prompt, qint64 completion)
{
    return {str("gen_ai.system", "openai"), str("gen_ai.request.model", "gpt-4o"), num("gen_ai.usage.input_tokens", prompt),
            num("gen_ai.usage.output_tokens", completion)};
}

QList<EventRow> allEvents(Workspace &workspace)
{
    return EventQuery(workspace).page(EventFilter{}, std::nullopt, 1000).rows;
}

// The workspace's first event, or an empty row when it holds none.
EventRow firstEvent(Workspace &workspace)
{
    return allEvents(workspace).value(0);
}

} // namespace

class TestOtelSpans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every spelling of every dialect's counts, read into Costline's terms:
    // input, cached, cache write, output, reasoning.
    void dialectCounts_data()
    {
        QTest::addColumn<QByteArrayList>("attributes");
        QTest::addColumn<QList<qint64>>("tokens");
        const QByteArray model = str("gen_ai.request.model", "m");
        QTest::newRow("GenAI current") << QByteArrayList{model, num("gen_ai.usage.input_tokens", 100),
                                                         num("gen_ai.usage.output_tokens", 40),
                                                         num("gen_ai.usage.cache_read.input_tokens", 30),
                                                         num("gen_ai.usage.cache_creation.input_tokens", 20),
                                                         num("gen_ai.usage.reasoning.output_tokens", 10)}
                                       << QList<qint64>{100, 30, 20, 40, 10};
        QTest::newRow("GenAI deprecated") << QByteArrayList{model, num("gen_ai.usage.prompt_tokens", 100),
                                                            num("gen_ai.usage.completion_tokens", 40)}
                                          << QList<qint64>{100, 0, 0, 40, 0};
        QTest::newRow("OpenLLMetry cache and reasoning") << QByteArrayList{str("llm.request.type", "chat"), model,
                                                                           num("gen_ai.usage.prompt_tokens", 100),
                                                                           num("gen_ai.usage.completion_tokens", 40),
                                                                           num("gen_ai.usage.cache_read_input_tokens", 30),
                                                                           num("gen_ai.usage.cache_creation_input_tokens", 20),
                                                                           num("llm.usage.reasoning_tokens", 10),
                                                                           num("llm.usage.total_tokens", 140)}
                                                         << QList<qint64>{100, 30, 20, 40, 10};
        QTest::newRow("oldest OpenLLMetry llm.usage") << QByteArrayList{str("llm.request.model", "m"),
                                                                        num("llm.usage.prompt_tokens", 100),
                                                                        num("llm.usage.completion_tokens", 40)}
                                                      << QList<qint64>{100, 0, 0, 40, 0};
        QTest::newRow("OpenInference") << QByteArrayList{str("openinference.span.kind", "LLM"), str("llm.model_name", "m"),
                                                         num("llm.token_count.prompt", 100),
                                                         num("llm.token_count.completion", 40),
                                                         num("llm.token_count.prompt_details.cache_read", 30),
                                                         num("llm.token_count.prompt_details.cache_write", 20),
                                                         num("llm.token_count.completion_details.reasoning", 10),
                                                         num("llm.token_count.total", 140)}
                                       << QList<qint64>{100, 30, 20, 40, 10};
        // OpenLLMetry's Bedrock Converse span: input and total leave out the cache reads, which are billed.
        QTest::newRow("cache reported apart from input is added") << QByteArrayList{str("gen_ai.system", "aws.bedrock"), model,
                                                                                     num("gen_ai.usage.input_tokens", 9),
                                                                                     num("gen_ai.usage.output_tokens", 430),
                                                                                     num("gen_ai.usage.total_tokens", 439),
                                                                                     num("gen_ai.usage.cache_read_input_tokens", 1427)}
                                                                   << QList<qint64>{1436, 1427, 0, 430, 0};
        QTest::newRow("reasoning reported apart from output is added") << QByteArrayList{model, num("gen_ai.usage.input_tokens", 5),
                                                                                          num("gen_ai.usage.output_tokens", 8),
                                                                                          num("gen_ai.usage.reasoning_tokens", 20)}
                                                                        << QList<qint64>{5, 0, 0, 28, 20};
        QTest::newRow("total above input + output is unitemised output") << QByteArrayList{model, num("llm.token_count.prompt", 5),
                                                                                            num("llm.token_count.completion", 845),
                                                                                            num("llm.token_count.total", 2023)}
                                                                          << QList<qint64>{5, 0, 0, 2018, 1173};
        QTest::newRow("total below input + output is ignored") << QByteArrayList{model, num("gen_ai.usage.input_tokens", 50),
                                                                                  num("gen_ai.usage.output_tokens", 8),
                                                                                  num("llm.usage.total_tokens", 20)}
                                                                << QList<qint64>{50, 0, 0, 8, 0};
        QTest::newRow("counts as text") << QByteArrayList{model, str("gen_ai.usage.input_tokens", "12"),
                                                          str("gen_ai.usage.output_tokens", "3")}
                                        << QList<qint64>{12, 0, 0, 3, 0};
        QTest::newRow("OpenInference wins over GenAI on one span") << QByteArrayList{str("openinference.span.kind", "LLM"), model,
                                                                                     num("llm.token_count.prompt", 39),
                                                                                     num("llm.token_count.completion", 6),
                                                                                     num("gen_ai.usage.input_tokens", 39),
                                                                                     num("gen_ai.usage.output_tokens", 6)}
                                                                   << QList<qint64>{39, 0, 0, 6, 0};
    }

    void dialectCounts()
    {
        QFETCH(QByteArrayList, attributes);
        QFETCH(QList<qint64>, tokens);
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("s.json"), request({span("00000000000000a1", "", "call", attributes)}));
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        const EventRow row = firstEvent(f.workspace());
        QCOMPARE((QList<qint64>{row.inputTokens, row.cachedInputTokens, row.cacheWriteTokens, row.outputTokens,
                                row.reasoningTokens}),
                 tokens);
    }

    void cacheOutsideThePromptIsNotedOnTheEvent()
    {
        test::WorkspaceFixture f;
        const QByteArrayList attributes{str("gen_ai.system", "aws.bedrock"), str("gen_ai.request.model", "m"),
                                        num("gen_ai.usage.input_tokens", 9), num("gen_ai.usage.output_tokens", 430),
                                        num("gen_ai.usage.total_tokens", 439), num("gen_ai.usage.cache_read_input_tokens", 1427)};
        const QString path = f.writeFile(QStringLiteral("b.json"), request({span("00000000000000a1", "", "chat", attributes)}));
        QVERIFY(OtelImporter(f.workspace()).importFile(path, {}).ok);
        const QJsonObject labels = QJsonDocument::fromJson(firstEvent(f.workspace()).labelsJson.toUtf8()).object();
        QCOMPARE(labels.value(QStringLiteral("cache_outside_prompt")).toString(), QStringLiteral("1427"));
    }

    void frameworkSpanOverProviderSpanCountsOnce()
    {
        // Given OpenLLMetry's LangChain span and the OpenAI SDK span inside it, each with the
        // call's model and usage, under a workflow span (the old importer counted the call twice)
        test::WorkspaceFixture f;
        QByteArrayList langchain = openAiChat(359, 80);
        langchain << str("traceloop.span.kind", "task") << str("traceloop.workflow.name", "answer");
        const QByteArray file = request({span("00000000000000c3", "00000000000000b2", "openai.chat", openAiChat(359, 80)),
                                         span("00000000000000b2", "00000000000000a1", "ChatOpenAI.chat", langchain),
                                         span("00000000000000a1", "", "answer.workflow", {str("traceloop.span.kind", "workflow")})});
        const QString path = f.writeFile(QStringLiteral("nested.json"), file);
        // When it is imported
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        // Then the call counts once, from the innermost span, and inherits the workflow
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.skipped, 2);
        QCOMPARE(f.rawEventTotals().inputTokens, 359);
        const EventRow row = firstEvent(f.workspace());
        QVERIFY(row.eventId.endsWith(QStringLiteral(":00000000000000c3")));
        QCOMPARE(row.dim(Dimension::Workflow), QStringLiteral("answer"));
        QVERIFY2(r.skipReasons.join(u'\n').contains(QStringLiteral("1 span wrapping model calls counted from the spans inside "
                                                                   "them, the first span 2 'ChatOpenAI.chat'")),
                 qPrintable(r.skipReasons.join(u'\n')));
    }

    void parentsInLaterLinesAreStillParents()
    {
        // Given a file exporter's JSON lines: the agent span with the summed usage comes a line after its calls
        test::WorkspaceFixture f;
        const QByteArray calls = request({span("00000000000000b1", "00000000000000a1", "chat", openAiChat(10, 1)),
                                          span("00000000000000b2", "00000000000000a1", "chat", openAiChat(20, 2))});
        QByteArrayList agent{num("gen_ai.usage.input_tokens", 30), num("gen_ai.usage.output_tokens", 3),
                             str("gen_ai.operation.name", "invoke_agent")};
        const QByteArray parent = request({span("00000000000000a1", "", "invoke_agent", agent)});
        const QString path = f.writeFile(QStringLiteral("lines.jsonl"), calls + '\n' + parent + '\n');
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.quarantined, 0);
        QCOMPARE(f.rawEventTotals().inputTokens, 30);
    }

    void aggregateWithoutItsCallsInTheFileCounts()
    {
        // An agent span whose calls are not in the file is the only record of their usage.
        test::WorkspaceFixture f;
        QByteArrayList agent = openAiChat(30, 3);
        agent << str("gen_ai.operation.name", "invoke_agent");
        const QString path = f.writeFile(QStringLiteral("a.json"), request({span("00000000000000a1", "", "invoke_agent", agent)}));
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(f.rawEventTotals().inputTokens, 30);
    }

    void audioTokensAreKeptApart()
    {
        // Given an OpenInference span whose prompt and completion hold audio tokens
        test::WorkspaceFixture f;
        const QByteArrayList attributes{str("openinference.span.kind", "LLM"), str("llm.model_name", "gpt-4o-audio-preview"),
                                        str("llm.provider", "openai"), num("llm.token_count.prompt", 1000),
                                        num("llm.token_count.prompt_details.cache_read", 800),
                                        num("llm.token_count.prompt_details.audio", 40),
                                        num("llm.token_count.completion", 200),
                                        num("llm.token_count.completion_details.reasoning", 50),
                                        num("llm.token_count.completion_details.audio", 10)};
        const QString path = f.writeFile(QStringLiteral("audio.json"), request({span("00000000000000a1", "", "llm", attributes)}));
        // When it is imported
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        // Then the text tokens are one event, each kind of audio tokens another, metered in its own unit
        QCOMPARE(r.inserted, 3);
        QHash<QString, EventRow> byId;
        for (const EventRow &row : allEvents(f.workspace()))
            byId.insert(row.eventId.section(u':', 2), row);
        const EventRow text = byId.value(QString());
        QCOMPARE((QList<qint64>{text.inputTokens, text.cachedInputTokens, text.outputTokens, text.reasoningTokens, text.requests}),
                 (QList<qint64>{960, 800, 190, 50, 1}));
        const EventRow in = byId.value(QStringLiteral("audio_input"));
        QCOMPARE(in.unit, QStringLiteral("audio_input_tokens"));
        QCOMPARE(in.quantityNano, 40'000'000'000LL);
        QCOMPARE((QList<qint64>{in.inputTokens, in.outputTokens, in.requests}), (QList<qint64>{0, 0, 0}));
        const EventRow out = byId.value(QStringLiteral("audio_output"));
        QCOMPARE(out.unit, QStringLiteral("audio_output_tokens"));
        QCOMPARE(out.quantityNano, 10'000'000'000LL);
        QCOMPARE(f.rawEventTotals().requests, 1);
    }

    // Where a dimension comes from: the span, an ancestor, the resource; each dialect's names.
    void dimensions_data()
    {
        QTest::addColumn<QString>("where"); // span, parent or resource
        QTest::addColumn<QByteArray>("attribute");
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("value");
        QTest::newRow("costline.team on the resource") << "resource" << str("costline.team", "search") << "team" << "search";
        QTest::newRow("team on the span") << "span" << str("team", "search") << "team" << "search";
        QTest::newRow("tenant.id as a number") << "span" << num("tenant.id", 42) << "tenant" << "42";
        QTest::newRow("Traceloop association tenant_id on the parent")
            << "parent" << str("traceloop.association.properties.tenant_id", "acme") << "tenant" << "acme";
        QTest::newRow("OpenInference metadata customer_id")
            << "span" << str("metadata", "{\\\"customer_id\\\":\\\"c-7\\\"}") << "customer" << "c-7";
        QTest::newRow("Phoenix project on the resource") << "resource" << str("openinference.project.name", "rag") << "project"
                                                         << "rag";
        QTest::newRow("costline.feature on the parent") << "parent" << str("costline.feature", "summaries") << "feature"
                                                        << "summaries";
        QTest::newRow("GenAI workflow") << "parent" << str("gen_ai.workflow.name", "triage") << "workflow" << "triage";
        QTest::newRow("Traceloop workflow") << "span" << str("traceloop.workflow.name", "triage") << "workflow" << "triage";
        QTest::newRow("deployment.environment.name") << "resource" << str("deployment.environment.name", "prod")
                                                     << "environment" << "prod";
        QTest::newRow("older deployment.environment") << "resource" << str("deployment.environment", "prod") << "environment"
                                                      << "prod";
    }

    void dimensions()
    {
        QFETCH(QString, where);
        QFETCH(QByteArray, attribute);
        QFETCH(QString, dimension);
        QFETCH(QString, value);
        test::WorkspaceFixture f;
        QByteArrayList call = openAiChat(10, 1);
        QByteArrayList parent;
        QByteArrayList resource;
        (where == QLatin1String("span") ? call : where == QLatin1String("parent") ? parent : resource) << attribute;
        const QByteArray file = request({span("00000000000000b1", "00000000000000a1", "chat", call),
                                         span("00000000000000a1", "", "agent", parent)},
                                        resource);
        const QString path = f.writeFile(QStringLiteral("d.json"), file);
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(firstEvent(f.workspace()).dim(*dimensionFromName(dimension)), value);
    }

    void nearestSpanAndCostlineNamesWin()
    {
        test::WorkspaceFixture f;
        QByteArrayList call = openAiChat(10, 1);
        call << str("team", "span-team") << str("costline.team", "costline-team");
        const QByteArray file = request({span("00000000000000b1", "00000000000000a1", "chat", call),
                                         span("00000000000000a1", "", "agent", {str("costline.team", "parent-team"),
                                                                                str("costline.tenant", "parent-tenant")})},
                                        {str("costline.tenant", "resource-tenant")});
        const QString path = f.writeFile(QStringLiteral("d.json"), file);
        QVERIFY(OtelImporter(f.workspace()).importFile(path, {}).ok);
        const EventRow row = firstEvent(f.workspace());
        QCOMPARE(row.dim(Dimension::Team), QStringLiteral("costline-team"));
        QCOMPARE(row.dim(Dimension::Tenant), QStringLiteral("parent-tenant"));
    }

    void badSpansAreQuarantinedWithTheirReason_data()
    {
        QTest::addColumn<QByteArrayList>("attributes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no model") << QByteArrayList{num("gen_ai.usage.input_tokens", 10)} << "the span names no model";
        QTest::newRow("only a total") << QByteArrayList{str("llm.model_name", "m"), num("llm.token_count.total", 10)}
                                      << "the span gives only a total of 10 tokens; input and output cannot be told apart";
        QTest::newRow("not a count") << QByteArrayList{str("gen_ai.request.model", "m"), str("gen_ai.usage.input_tokens", "ten")}
                                     << "gen_ai.usage.input_tokens is not a whole count";
        QTest::newRow("audio larger than the prompt")
            << QByteArrayList{str("llm.model_name", "m"), num("llm.token_count.prompt", 10), num("llm.token_count.completion", 1),
                              num("llm.token_count.prompt_details.audio", 11)}
            << "the prompt's 10 tokens cannot hold its 11 audio tokens besides 0 cached ones";
    }

    void badSpansAreQuarantinedWithTheirReason()
    {
        QFETCH(QByteArrayList, attributes);
        QFETCH(QString, reason);
        test::WorkspaceFixture f;
        const QByteArray file = request({span("00000000000000a1", "", "good", openAiChat(10, 1)),
                                         span("00000000000000a2", "", "bad", attributes)});
        const QString path = f.writeFile(QStringLiteral("q.json"), file);
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.quarantined, 1);
        const auto rows = QuarantineStore(f.workspace()).list(100);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().line, 2);
        QVERIFY2(rows.first().reason.startsWith(reason), qPrintable(rows.first().reason));
        // And --strict imports nothing from the file
        test::WorkspaceFixture strictFixture;
        ImportOptions strict;
        strict.strict = true;
        const ImportResult refused = OtelImporter(strictFixture.workspace()).importFile(path, strict);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("span 2: ") + reason), qPrintable(refused.error));
        QCOMPARE(strictFixture.eventCount(), 0);
    }

    void timestampAndIdsAreExact()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("t.json"), request({span("EEE19B7EC3C1B174", "", "chat", openAiChat(1, 1))}));
        QVERIFY(OtelImporter(f.workspace()).importFile(path, {}).ok);
        const EventRow row = firstEvent(f.workspace());
        QCOMPARE(row.eventId, QStringLiteral("5b8efff798038103d269b633813fc60c:eee19b7ec3c1b174"));
        QCOMPARE(row.traceId, QStringLiteral("5b8efff798038103d269b633813fc60c"));
        QCOMPARE(row.timestampMs, 1'730'419'200'123); // a 19-digit number read exactly
    }
};

QTEST_GUILESS_MAIN(TestOtelSpans)
#include "tst_otelspans.moc"
