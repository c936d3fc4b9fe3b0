#pragma once

#include "oteldialect.h"

#include <QString>

#include <optional>

namespace costline {

// A model call's tokens in Costline's terms (DESIGN §2): input counts all input, cache
// reads and writes included; output counts all output, reasoning included. Audio tokens
// are kept apart from text tokens (they are priced differently) and are not in input or output.
struct CallTokens
{
    qint64 input = 0;
    qint64 cachedInput = 0;
    qint64 cacheWrite = 0;
    qint64 output = 0;
    qint64 reasoning = 0;
    qint64 audioInput = 0;
    qint64 audioOutput = 0;
    qint64 cacheOutsidePrompt = 0; // cache reads and writes the span counted apart from its input
    qint64 outputOnlyInTotal = 0;  // output the span counted in its total but not in its output
};

// Reconciles a span's counts, whichever way its instrumentation wrote them:
// - cache reads and writes larger than the input count were reported apart from it
//   (Anthropic's split; OpenLLMetry's Bedrock Converse spans, whose total leaves them out
//   too) and are added to it: they are billed, at the cache rates;
// - reasoning larger than the output count was reported apart from it and is added;
// - a total above input + output holds output the span did not itemise (the Vertex AI
//   instrumentation leaves Gemini's thinking tokens out of the completion count): it is
//   added to output as reasoning, so the call's tokens equal the span's own total;
// - audio tokens are taken out of the text counts.
// nullopt with *reason when the counts cannot describe one call.
std::optional<CallTokens> callTokens(const SpanUsage &usage, QString *reason);

} // namespace costline
