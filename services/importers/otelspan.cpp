#include "otelspan.h"

#include "core/providername.h"
#include "oteldimensions.h"
#include "oteltokens.h"

#include <QJsonDocument>

namespace costline {
namespace {

// Vertex AI names a model by its resource path and Google AI Studio by "models/NAME";
// the price list knows the bare name.
QByteArray bareModel(const QByteArray &model)
{
    const qsizetype models = model.lastIndexOf("/models/");
    if (model.startsWith("projects/") && models > 0)
        return model.mid(models + 8);
    if (model.startsWith("models/"))
        return model.mid(7);
    return model;
}

QString checkSpan(const OtelSpan &span, qint64 *startNano)
{
    bool timeOk = false;
    // Nanoseconds since 1970 need all 19 digits of an int64.
    *startNano = span.raw.value(QLatin1String("startTimeUnixNano")).toString().toLongLong(&timeOk);
    if (span.traceId.isEmpty() || span.spanId.isEmpty())
        return QStringLiteral("the span has no traceId or spanId");
    if (!timeOk || *startNano < 0)
        return QStringLiteral("startTimeUnixNano is not a whole number of nanoseconds");
    if (span.usage.model.isEmpty())
        return QStringLiteral("the span names no model (gen_ai.response.model, gen_ai.request.model or llm.model_name)");
    return {};
}

QJsonObject labelsOf(const OtelSpan &span, const CallTokens &tokens, const QByteArray &model)
{
    QJsonObject labels{{QStringLiteral("span_id"), QString::fromUtf8(span.spanId)},
                       {QStringLiteral("span_name"), span.name},
                       {QStringLiteral("dialect"), dialectName(span.usage.dialect)}};
    if (!span.scope.isEmpty())
        labels.insert(QStringLiteral("instrumentation"), span.scope);
    if (const QByteArray id = span.attributes.text({"gen_ai.response.id"}); !id.isEmpty())
        labels.insert(QStringLiteral("response_id"), QString::fromUtf8(id));
    if (model != span.usage.model)
        labels.insert(QStringLiteral("model_path"), QString::fromUtf8(span.usage.model));
    if (tokens.cacheOutsidePrompt > 0)
        labels.insert(QStringLiteral("cache_outside_prompt"), QString::number(tokens.cacheOutsidePrompt));
    if (tokens.outputOnlyInTotal > 0)
        labels.insert(QStringLiteral("output_only_in_total"), QString::number(tokens.outputOnlyInTotal));
    return labels;
}

UsageEvent audioEvent(const UsageEvent &text, const char *kind, qint64 tokens)
{
    UsageEvent audio = text;
    audio.eventId = text.eventId + ':' + kind;
    audio.inputTokens = audio.cachedInputTokens = audio.cacheWriteTokens = 0;
    audio.outputTokens = audio.reasoningTokens = 0;
    audio.requests = 0;
    audio.quantityNano = tokens * 1'000'000'000;
    audio.unit = QByteArray(kind) + "_tokens";
    return audio;
}

} // namespace

bool spanEvents(const OtelSpan &span, const OtelSpans &spans, QList<UsageEvent> *events, QString *reason)
{
    qint64 startNano = 0;
    *reason = checkSpan(span, &startNano);
    const auto tokens = reason->isEmpty() ? callTokens(span.usage, reason) : std::nullopt;
    if (!tokens)
        return false;
    // Audio travels as nano-units: 10^9 tokens is already far beyond one call.
    if (tokens->audioInput > 1'000'000'000 || tokens->audioOutput > 1'000'000'000) {
        *reason = QStringLiteral("audio token counts above 10^9 are not one call's usage");
        return false;
    }
    UsageEvent e;
    e.eventId = span.traceId + ':' + span.spanId;
    e.traceId = span.traceId;
    e.timestampMs = startNano / 1'000'000;
    const QByteArray model = bareModel(span.usage.model);
    e.dim(Dimension::Model) = model;
    e.dim(Dimension::Provider) = span.usage.provider.isEmpty() ? QByteArrayLiteral("unknown")
                                                               : canonicalProviderName(span.usage.provider);
    e.dim(Dimension::Operation) = span.usage.operation;
    e.inputTokens = tokens->input;
    e.cachedInputTokens = tokens->cachedInput;
    e.cacheWriteTokens = tokens->cacheWrite;
    e.outputTokens = tokens->output;
    e.reasoningTokens = tokens->reasoning;
    QJsonObject labels = labelsOf(span, *tokens, model);
    readDimensions(spans.attributeChain(span), &e, &labels);
    e.labelsJson = QJsonDocument(labels).toJson(QJsonDocument::Compact);
    events->append(e);
    if (tokens->audioInput > 0)
        events->append(audioEvent(e, "audio_input", tokens->audioInput));
    if (tokens->audioOutput > 0)
        events->append(audioEvent(e, "audio_output", tokens->audioOutput));
    return true;
}

} // namespace costline
