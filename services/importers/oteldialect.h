#pragma once

#include "otelattributes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace costline {

// The attribute vocabularies GenAI spans are written in.
enum class OtelDialect {
    None,          // no token usage
    GenAi,         // OpenTelemetry GenAI semantic conventions, current and deprecated names
    OpenLlmetry,   // Traceloop's OpenLLMetry: gen_ai.* plus llm.request.type, llm.usage.*, traceloop.*
    OpenInference, // Arize's OpenInference (Phoenix, LlamaIndex, ...): llm.token_count.*, openinference.span.kind
};

QString dialectName(OtelDialect dialect);

// What one span says about a model call, in its own terms: counts as the span gives them
// (absent where it gives none), names as it spells them.
struct SpanUsage
{
    OtelDialect dialect = OtelDialect::None;
    std::optional<qint64> input, output, total, cacheRead, cacheWrite, reasoning, audioInput, audioOutput;
    QByteArray model;
    QByteArray provider;
    QByteArray operation;
    QByteArray kind;  // openinference.span.kind, traceloop.span.kind or gen_ai.operation.name
    QString badCount; // the key of a token count that is not a whole number

    bool carriesTokens() const { return dialect != OtelDialect::None; }
};

// Reads the span's usage in the first dialect it is written in. `scopeName` is the
// instrumentation scope: an OpenInference instrumentation of a provider's SDK
// ("openinference.instrumentation.vertexai") names the provider when the span does not.
SpanUsage readSpanUsage(const OtelAttributes &attributes, const QString &scopeName);

} // namespace costline
