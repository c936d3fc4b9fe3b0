#include "importers/otelimporter.h"
#include "workspace/eventquery.h"
#include "workspacefixture.h"

#include <QTest>

using namespace costline;

namespace {

// One span with the given attributes in an OTLP/JSON export request.
QByteArray spanRequest(const QByteArray &spanId, const QByteArray &attributes)
{
    return "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\"bot\"}}]},"
           "\"scopeSpans\":[{\"spans\":[{\"traceId\":\"5B8EFFF798038103D269B633813FC60C\",\"spanId\":\"" + spanId + "\","
           "\"name\":\"chat\",\"startTimeUnixNano\":1730419200123456789,\"endTimeUnixNano\":\"1730419201000000000\","
           "\"attributes\":[" + attributes + "]}]}]}]}";
}

QByteArray attr(const char *key, const QByteArray &value)
{
    return QByteArray("{\"key\":\"") + key + "\",\"value\":" + value + "}";
}

} // namespace

class TestOtelImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentAttributeNames()
    {
        // Given the semantic-conventions example span
        test::WorkspaceFixture f;
        const QString path = qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/otel/genai_chat_span.constructed.otlp.json");
        // When it is imported
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        // Then it is one event keyed by trace and span, with the response model
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        const EventRow row = EventQuery(f.workspace()).page(EventFilter{}, std::nullopt, 1).rows.first();
        QCOMPARE(row.eventId, QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736:00f067aa0ba902b7"));
        QCOMPARE(row.traceId, QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736"));
        QCOMPARE(row.dim(Dimension::Model), QStringLiteral("gpt-4-0613"));
        QCOMPARE(row.dim(Dimension::Provider), QStringLiteral("openai"));
        QCOMPARE(row.dim(Dimension::Operation), QStringLiteral("chat"));
        QCOMPARE(row.inputTokens, 52);
        QCOMPARE(row.outputTokens, 47);
        QCOMPARE(row.timestampMs, 1'730'419'200'000);
    }

    void olderAttributeNamesAndNumericValues()
    {
        test::WorkspaceFixture f;
        const QString path = f.writeFile(QStringLiteral("old.json"),
            spanRequest("EEE19B7EC3C1B174",
                        attr("gen_ai.system", "{\"stringValue\":\"anthropic\"}") + ','
                            + attr("gen_ai.request.model", "{\"stringValue\":\"claude-3-5-sonnet\"}") + ','
                            + attr("gen_ai.usage.prompt_tokens", "{\"intValue\":1200}") + ','
                            + attr("gen_ai.usage.completion_tokens", "{\"intValue\":\"300\"}") + ','
                            + attr("gen_ai.usage.cache_read.input_tokens", "{\"intValue\":200}")));
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        const EventRow row = EventQuery(f.workspace()).page(EventFilter{}, std::nullopt, 1).rows.first();
        QCOMPARE(row.dim(Dimension::Provider), QStringLiteral("anthropic"));
        QCOMPARE(row.inputTokens, 1200);
        QCOMPARE(row.cachedInputTokens, 200);
        QCOMPARE(row.outputTokens, 300);
        QCOMPARE(row.eventId, QStringLiteral("5b8efff798038103d269b633813fc60c:eee19b7ec3c1b174"));
        QCOMPARE(row.timestampMs, 1'730'419'200'123); // a 19-digit number read exactly
    }

    void spansWithoutGenAiUsageAreSkipped()
    {
        test::WorkspaceFixture f;
        const QString path = qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/otel/opentelemetry-proto_examples_trace.json");
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.quarantined, 0);
    }

    void jsonLinesAndBadSpans()
    {
        test::WorkspaceFixture f;
        const QByteArray good = spanRequest("0000000000000001", attr("gen_ai.request.model", "{\"stringValue\":\"gpt-4o\"}") + ','
                                                                 + attr("gen_ai.usage.input_tokens", "{\"intValue\":\"10\"}"));
        const QByteArray noModel = spanRequest("0000000000000002", attr("gen_ai.usage.input_tokens", "{\"intValue\":\"10\"}"));
        const QString path = f.writeFile(QStringLiteral("lines.jsonl"), good + '\n' + noModel + '\n');
        const ImportResult r = OtelImporter(f.workspace()).importFile(path, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.quarantined, 1);
        QCOMPARE(f.rawEventTotals().inputTokens, 10);
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
