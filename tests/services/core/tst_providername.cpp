#include "core/jsonnumbers.h"
#include "core/providername.h"
#include "pricing/litellmcatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace costline;

class TestProviderName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellings_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("older OpenLLMetry gen_ai.system") << "OpenAI" << "openai";
        QTest::newRow("OTel provider name") << "openai" << "openai";
        QTest::newRow("surrounding space and case") << "  Anthropic " << "anthropic";
        QTest::newRow("OTel azure.ai.openai") << "azure.ai.openai" << "azure-openai";
        QTest::newRow("older OTel az.ai.openai") << "az.ai.openai" << "azure-openai";
        QTest::newRow("OpenInference azure") << "azure" << "azure-openai";
        QTest::newRow("OTel azure.ai.inference") << "azure.ai.inference" << "azure-ai";
        QTest::newRow("OTel aws.bedrock") << "aws.bedrock" << "bedrock";
        QTest::newRow("older OpenLLMetry AWS") << "AWS" << "bedrock";
        QTest::newRow("OTel gcp.vertex_ai") << "gcp.vertex_ai" << "vertex";
        QTest::newRow("older OTel vertex_ai") << "vertex_ai" << "vertex";
        QTest::newRow("written out") << "Google Vertex AI" << "vertex";
        QTest::newRow("LiteLLM vertex family") << "vertex_ai-anthropic_models" << "vertex";
        QTest::newRow("OTel gcp.gemini") << "gcp.gemini" << "google";
        QTest::newRow("OpenInference google") << "google" << "google";
        QTest::newRow("pydantic-ai google-gla") << "google-gla" << "google";
        QTest::newRow("OTel mistral_ai") << "mistral_ai" << "mistral";
        QTest::newRow("older OpenLLMetry MistralAI") << "MistralAI" << "mistral";
        QTest::newRow("OTel x_ai") << "x_ai" << "xai";
        QTest::newRow("OTel ibm.watsonx.ai") << "ibm.watsonx.ai" << "watsonx";
        QTest::newRow("older OpenLLMetry TogetherAI") << "TogetherAI" << "together_ai";
        QTest::newRow("Vercel AI SDK provider and API") << "openai.responses" << "openai";
        QTest::newRow("LiteLLM cohere_chat") << "cohere_chat" << "cohere";
        QTest::newRow("groq") << "Groq" << "groq";
        QTest::newRow("unknown name is lower-cased") << "MyCorp LLM" << "mycorp llm";
        QTest::newRow("an agent framework is no provider") << "microsoft.agent_framework" << "microsoft.agent_framework";
        QTest::newRow("empty") << "" << "";
    }

    void spellings()
    {
        QFETCH(QString, raw);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalProviderName(raw), canonical);
        QCOMPARE(canonicalProviderName(raw.toUtf8()), canonical.toUtf8());
        QCOMPARE(canonicalProviderName(canonical), canonical); // canonical names are fixed points
    }

    void everyCatalogueProviderMeetsItsSpellingInTheSameName()
    {
        // Given every litellm_provider of the real LiteLLM catalogue
        QFile file(qEnvironmentVariable("COSTLINE_SHARED_DATA") + QStringLiteral("/litellm/model_prices_and_context_window.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject catalogue = QJsonDocument::fromJson(quoteJsonNumbers(file.readAll())).object();
        QSet<QString> providers;
        for (const QJsonValue &spec : catalogue)
            providers.insert(spec.toObject().value(QStringLiteral("litellm_provider")).toString());
        QVERIFY(providers.size() > 50);
        // Then the catalogue's key for it and the raw spelling a gateway or span gives are one name,
        // so the price list's entries match the events that name the provider either way.
        for (const QString &provider : std::as_const(providers))
            QCOMPARE(canonicalProviderName(providerFromLiteLlm(provider)), canonicalProviderName(provider));
    }
};

QTEST_GUILESS_MAIN(TestProviderName)
#include "tst_providername.moc"
