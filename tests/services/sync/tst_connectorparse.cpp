#include "sync/anthropicconnector.h"
#include "sync/gatewayconnector.h"
#include "sync/jsonfields.h"
#include "sync/litellmconnector.h"
#include "sync/openaiconnector.h"

#include <QFile>
#include <QTest>

using namespace costline;

namespace {

// A page parsed the way the syncer does: exact numbers, then the connector.
ParsedPage parseSample(const Connector &connector, const QString &endpoint, const QByteArray &body, bool *ok,
                       const SyncWindow &window = {})
{
    QString error;
    const auto doc = json::parseExact(body, &error);
    ParsedPage page;
    *ok = doc && connector.parse(endpoint, *doc, window, QString(), &page, &error);
    if (!*ok)
        qWarning("%s", qPrintable(error));
    return page;
}

QByteArray sample(const QString &relative)
{
    QFile file(qEnvironmentVariable("COSTLINE_SHARED_DATA") + QLatin1Char('/') + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The providers' own example bodies, parsed as they come.
class TestConnectorParse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiUsageSample()
    {
        const OpenAiConnector openai(QUrl(QStringLiteral("http://localhost")), "k");
        bool ok = false;
        const ParsedPage page = parseSample(openai, QStringLiteral("usage/completions"),
                                            sample(QStringLiteral("openai/usage_completions.example.json")), &ok);
        QVERIFY(ok);
        QCOMPARE(page.events.size(), 1);
        const UsageEvent &e = page.events.first();
        QCOMPARE(e.inputTokens, 1000); // includes the 400 cached and 100 cache-write tokens
        QCOMPARE(e.cachedInputTokens, 400);
        QCOMPARE(e.cacheWriteTokens, 100);
        QCOMPARE(e.outputTokens, 500);
        QCOMPARE(e.requests, 5);
        QCOMPARE(e.timestampMs, 1'730'419'200'000);
        QCOMPARE(e.dim(Dimension::Model), QByteArray("completions")); // not grouped by model
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextPage, QStringLiteral("page_AAAAAGdGxdEiJdKOAAAAAGcqsYA="));
    }

    void openAiCostsSampleAndCurrency()
    {
        const OpenAiConnector openai(QUrl(QStringLiteral("http://localhost")), "k");
        bool ok = false;
        const QByteArray body = sample(QStringLiteral("openai/costs.example.json"));
        ParsedPage page = parseSample(openai, QStringLiteral("costs"), body, &ok);
        QVERIFY(ok);
        QCOMPARE(page.billing.size(), 1);
        QCOMPARE(page.billing.first().amountNano, 60'000'000); // 0.06, never via double
        QVERIFY(!page.hasMore);
        page = parseSample(openai, QStringLiteral("costs"), QByteArray(body).replace("\"usd\"", "\"eur\""), &ok);
        QVERIFY(ok);
        QCOMPARE(page.billing.size(), 0);
        QCOMPARE(page.rejected.size(), 1);
        QVERIFY(page.rejected.first().reason.contains(QStringLiteral("'eur' is not USD")));
    }

    void anthropicSamples()
    {
        const AnthropicConnector anthropic(QUrl(QStringLiteral("http://localhost")), "k");
        bool ok = false;
        ParsedPage page = parseSample(anthropic, QStringLiteral("usage_report/messages"),
                                      sample(QStringLiteral("anthropic/usage_report_messages.constructed.json")), &ok);
        QVERIFY(ok);
        QCOMPARE(page.events.size(), 1);
        const UsageEvent &e = page.events.first();
        QCOMPARE(e.inputTokens, 1500 + 200 + 1000 + 500);
        QCOMPARE(e.cachedInputTokens, 200);
        QCOMPARE(e.cacheWriteTokens, 1500);
        QCOMPARE(e.outputTokens, 500);
        QCOMPARE(e.dim(Dimension::ApiKey), QByteArray("apikey_01Rj2N8SVvo6BePZj99NhmiT"));
        QCOMPARE(page.nextPage, QStringLiteral("page_MjAyNS0wNS0xNFQwMDowMDowMFo="));
        page = parseSample(anthropic, QStringLiteral("cost_report"), sample(QStringLiteral("anthropic/cost_report.constructed.json")), &ok);
        QVERIFY(ok);
        QCOMPARE(page.billing.size(), 1);
        QCOMPARE(page.billing.first().amountNano, 1'237'891'200); // "123.78912" cents = $1.2378912
        QCOMPARE(page.billing.first().model, QByteArray("claude-sonnet-4-20250514"));
    }

    // Gateways pass the provider on as the upstream names it; events carry Costline's name,
    // the one the price list and the other sources use.
    void gatewayProviderNames_data()
    {
        QTest::addColumn<QByteArray>("given");
        QTest::addColumn<QByteArray>("provider");
        QTest::newRow("LiteLLM azure") << QByteArray("azure") << QByteArray("azure-openai");
        QTest::newRow("LiteLLM vertex_ai") << QByteArray("vertex_ai") << QByteArray("vertex");
        QTest::newRow("LiteLLM bedrock_converse") << QByteArray("bedrock_converse") << QByteArray("bedrock");
        QTest::newRow("capitalised") << QByteArray("OpenAI") << QByteArray("openai");
    }

    void gatewayProviderNames()
    {
        QFETCH(QByteArray, given);
        QFETCH(QByteArray, provider);
        const SyncWindow day{1'735'689'600'000, 1'735'776'000'000}; // 2025-01-01
        bool ok = false;
        const LiteLlmConnector litellm(QUrl(QStringLiteral("http://localhost")), "k");
        const ParsedPage spend = parseSample(litellm, QStringLiteral("spend/logs"),
                                             "[{\"request_id\":\"r1\",\"startTime\":\"2025-01-01T10:00:00\",\"model\":\"m\","
                                             "\"custom_llm_provider\":\"" + given + "\",\"prompt_tokens\":1,\"completion_tokens\":1,"
                                             "\"spend\":0.1}]",
                                             &ok, day);
        QVERIFY(ok);
        QCOMPARE(spend.events.size(), 1);
        QCOMPARE(spend.events.first().dim(Dimension::Provider), provider);
        const GatewayConnector gateway(QUrl(QStringLiteral("http://localhost")), "k");
        const ParsedPage usage = parseSample(gateway, QStringLiteral("token-usage"),
                                             "{\"items\":[{\"id\":\"g1\",\"timestamp\":\"2025-01-01T10:00:00Z\",\"provider\":\""
                                                 + given + "\",\"model\":\"m\"}],\"total\":1,\"size\":1000,\"page\":0}",
                                             &ok, day);
        QVERIFY(ok);
        QCOMPARE(usage.events.size(), 1);
        QCOMPARE(usage.events.first().dim(Dimension::Provider), provider);
    }

    void malformedBodyNamesTheByte()
    {
        QString error;
        QVERIFY(!json::parseExact("{\"data\":[{\"x\":1,}]}", &error));
        QVERIFY2(error.startsWith(QStringLiteral("malformed JSON at byte ")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral(" of 19 ")));
    }
};

QTEST_GUILESS_MAIN(TestConnectorParse)
#include "tst_connectorparse.moc"
