#include "oteldialect.h"

#include "core/providername.h"

namespace costline {
namespace {

// Current OTel GenAI names first, then the deprecated ones OpenLLMetry and older
// instrumentations still write (gen_ai.usage.prompt_tokens, llm.usage.*).
void readGenAiTokens(const OtelAttributes &a, SpanUsage *u)
{
    QString *bad = &u->badCount;
    u->input = a.count({"gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.usage.prompt_tokens"}, bad);
    u->output = a.count({"gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens", "llm.usage.completion_tokens"}, bad);
    u->total = a.count({"gen_ai.usage.total_tokens", "llm.usage.total_tokens"}, bad);
    u->cacheRead = a.count({"gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens"}, bad);
    u->cacheWrite = a.count({"gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.cache_creation_input_tokens"}, bad);
    u->reasoning = a.count({"gen_ai.usage.reasoning.output_tokens", "gen_ai.usage.reasoning_tokens",
                            "llm.usage.reasoning_tokens"}, bad);
}

void readOpenInferenceTokens(const OtelAttributes &a, SpanUsage *u)
{
    QString *bad = &u->badCount;
    u->input = a.count({"llm.token_count.prompt"}, bad);
    u->output = a.count({"llm.token_count.completion"}, bad);
    u->total = a.count({"llm.token_count.total"}, bad);
    u->cacheRead = a.count({"llm.token_count.prompt_details.cache_read"}, bad);
    u->cacheWrite = a.count({"llm.token_count.prompt_details.cache_write"}, bad);
    u->reasoning = a.count({"llm.token_count.completion_details.reasoning"}, bad);
    u->audioInput = a.count({"llm.token_count.prompt_details.audio"}, bad);
    u->audioOutput = a.count({"llm.token_count.completion_details.audio"}, bad);
}

bool anyCount(const SpanUsage &u)
{
    return u.input || u.output || u.total || u.cacheRead || u.cacheWrite || u.reasoning || u.audioInput
           || u.audioOutput || !u.badCount.isEmpty();
}

QByteArray genAiModel(const OtelAttributes &a)
{
    return a.text({"gen_ai.response.model", "gen_ai.request.model", "llm.response.model", "llm.request.model"});
}

QByteArray genAiProvider(const OtelAttributes &a)
{
    return a.text({"gen_ai.provider.name", "gen_ai.system", "llm.vendor"});
}

// OpenLLMetry's llm.request.type in the OTel operation names.
QByteArray operationOf(const OtelAttributes &a)
{
    if (QByteArray op = a.text({"gen_ai.operation.name"}); !op.isEmpty())
        return op;
    const QByteArray type = a.text({"llm.request.type"});
    if (type == "completion")
        return "text_completion";
    if (type == "embedding")
        return "embeddings";
    return type;
}

// "openinference.instrumentation.anthropic" → "anthropic"; frameworks (llama_index, crewai) name no provider.
QByteArray providerOfScope(const QString &scopeName)
{
    static const QLatin1String kPrefix("openinference.instrumentation.");
    if (!scopeName.startsWith(kPrefix))
        return {};
    const QString suffix = scopeName.mid(kPrefix.size());
    return isKnownProviderName(suffix) ? suffix.toUtf8() : QByteArray();
}

void readOpenInferenceNames(const OtelAttributes &a, const QString &scopeName, SpanUsage *u)
{
    u->kind = a.text({"openinference.span.kind"});
    u->model = a.text({"llm.response.model_name", "llm.model_name", "llm.request.model_name", "embedding.model_name"});
    if (u->model.isEmpty())
        u->model = genAiModel(a);
    u->provider = a.text({"llm.provider", "llm.system"});
    if (u->provider.isEmpty())
        u->provider = genAiProvider(a);
    if (u->provider.isEmpty())
        u->provider = providerOfScope(scopeName);
    u->operation = operationOf(a);
    if (u->operation.isEmpty() && u->kind == "EMBEDDING")
        u->operation = "embeddings";
}

void readGenAiNames(const OtelAttributes &a, SpanUsage *u)
{
    u->kind = a.text({"traceloop.span.kind", "gen_ai.operation.name"});
    u->model = genAiModel(a);
    u->provider = genAiProvider(a);
    u->operation = operationOf(a);
}

} // namespace

QString dialectName(OtelDialect dialect)
{
    switch (dialect) {
    case OtelDialect::GenAi:
        return QStringLiteral("otel-genai");
    case OtelDialect::OpenLlmetry:
        return QStringLiteral("openllmetry");
    case OtelDialect::OpenInference:
        return QStringLiteral("openinference");
    case OtelDialect::None:
        break;
    }
    return {};
}

SpanUsage readSpanUsage(const OtelAttributes &a, const QString &scopeName)
{
    SpanUsage u;
    const bool tokenCounts = a.hasKeyStartingWith("llm.token_count.");
    if (tokenCounts)
        readOpenInferenceTokens(a, &u);
    else
        readGenAiTokens(a, &u);
    if (!anyCount(u))
        return {};
    if (tokenCounts || a.contains("openinference.span.kind")) {
        u.dialect = OtelDialect::OpenInference;
        readOpenInferenceNames(a, scopeName, &u);
        return u;
    }
    const bool openLlmetry = a.contains("llm.request.type") || a.hasKeyStartingWith("llm.usage.")
                             || a.hasKeyStartingWith("traceloop.");
    u.dialect = openLlmetry ? OtelDialect::OpenLlmetry : OtelDialect::GenAi;
    readGenAiNames(a, &u);
    return u;
}

} // namespace costline
