#include "providername.h"

#include <QHash>
#include <QSet>

namespace costline {
namespace {

// Spellings seen in OpenTelemetry's gen_ai.provider.name and the older gen_ai.system,
// OpenLLMetry's GenAISystem (before and after it adopted the OTel values), OpenInference's
// llm.provider / llm.system, pydantic-ai, the Vercel AI SDK and LiteLLM's litellm_provider.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> kAliases = {
        {QStringLiteral("text-completion-openai"), QStringLiteral("openai")},
        {QStringLiteral("azure"), QStringLiteral("azure-openai")},
        {QStringLiteral("azure_openai"), QStringLiteral("azure-openai")},
        {QStringLiteral("azure.openai"), QStringLiteral("azure-openai")},
        {QStringLiteral("az.ai.openai"), QStringLiteral("azure-openai")},
        {QStringLiteral("azure.ai.openai"), QStringLiteral("azure-openai")},
        {QStringLiteral("azure openai"), QStringLiteral("azure-openai")},
        {QStringLiteral("azure_ai"), QStringLiteral("azure-ai")},
        {QStringLiteral("az.ai.inference"), QStringLiteral("azure-ai")},
        {QStringLiteral("azure.ai.inference"), QStringLiteral("azure-ai")},
        {QStringLiteral("aws"), QStringLiteral("bedrock")},
        {QStringLiteral("aws.bedrock"), QStringLiteral("bedrock")},
        {QStringLiteral("bedrock_converse"), QStringLiteral("bedrock")},
        {QStringLiteral("amazon-bedrock"), QStringLiteral("bedrock")},
        {QStringLiteral("amazon bedrock"), QStringLiteral("bedrock")},
        {QStringLiteral("vertex_ai"), QStringLiteral("vertex")},
        {QStringLiteral("vertexai"), QStringLiteral("vertex")},
        {QStringLiteral("gcp.vertex_ai"), QStringLiteral("vertex")},
        {QStringLiteral("google vertex"), QStringLiteral("vertex")},
        {QStringLiteral("google vertex ai"), QStringLiteral("vertex")},
        {QStringLiteral("google.vertex"), QStringLiteral("vertex")},
        {QStringLiteral("google-vertex"), QStringLiteral("vertex")},
        {QStringLiteral("gemini"), QStringLiteral("google")},
        {QStringLiteral("gcp.gemini"), QStringLiteral("google")},
        {QStringLiteral("gcp.gen_ai"), QStringLiteral("google")},
        {QStringLiteral("google-gla"), QStringLiteral("google")},
        {QStringLiteral("google_genai"), QStringLiteral("google")},
        {QStringLiteral("google.generative-ai"), QStringLiteral("google")},
        {QStringLiteral("mistral_ai"), QStringLiteral("mistral")},
        {QStringLiteral("mistralai"), QStringLiteral("mistral")},
        {QStringLiteral("cohere_chat"), QStringLiteral("cohere")},
        {QStringLiteral("x_ai"), QStringLiteral("xai")},
        {QStringLiteral("x.ai"), QStringLiteral("xai")},
        {QStringLiteral("ibm.watsonx.ai"), QStringLiteral("watsonx")},
        {QStringLiteral("ibm_watsonx"), QStringLiteral("watsonx")},
        {QStringLiteral("together"), QStringLiteral("together_ai")},
        {QStringLiteral("togetherai"), QStringLiteral("together_ai")},
        {QStringLiteral("fireworks"), QStringLiteral("fireworks_ai")},
        {QStringLiteral("hugging_face"), QStringLiteral("huggingface")},
        {QStringLiteral("alephalpha"), QStringLiteral("aleph_alpha")},
    };
    return kAliases;
}

// Names that are already Costline's: the targets above and providers every source spells alike.
const QSet<QString> &canonicalNames()
{
    static const QSet<QString> kNames = [] {
        QSet<QString> names{QStringLiteral("openai"),     QStringLiteral("anthropic"), QStringLiteral("groq"),
                            QStringLiteral("deepseek"),   QStringLiteral("perplexity"), QStringLiteral("ollama"),
                            QStringLiteral("openrouter"), QStringLiteral("replicate"), QStringLiteral("moonshot"),
                            QStringLiteral("cerebras")};
        for (const QString &target : aliases())
            names.insert(target);
        return names;
    }();
    return kNames;
}

} // namespace

QString canonicalProviderName(const QString &name)
{
    const QString key = name.simplified().toLower();
    if (const auto found = aliases().constFind(key); found != aliases().constEnd())
        return *found;
    // LiteLLM splits Vertex AI by model family: vertex_ai-language-models, vertex_ai-anthropic_models, ...
    if (key.startsWith(QLatin1String("vertex_ai-")))
        return QStringLiteral("vertex");
    // The Vercel AI SDK names a provider and its API: "openai.responses", "anthropic.messages".
    if (const qsizetype dot = key.indexOf(QLatin1Char('.')); dot > 0 && !canonicalNames().contains(key)) {
        const QString head = key.left(dot);
        if (canonicalNames().contains(head))
            return head;
    }
    return key;
}

bool isKnownProviderName(const QString &name)
{
    return canonicalNames().contains(canonicalProviderName(name));
}

QByteArray canonicalProviderName(const QByteArray &utf8)
{
    return canonicalProviderName(QString::fromUtf8(utf8)).toUtf8();
}

} // namespace costline
