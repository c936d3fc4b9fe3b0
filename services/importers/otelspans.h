#pragma once

#include "otelattributes.h"
#include "oteldialect.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace costline {

// One span of a trace file, with what the import needs of it.
struct OtelSpan
{
    QByteArray traceId; // lower-case hex
    QByteArray spanId;
    QByteArray parentSpanId;
    qint64 number = 0; // its position in the file, from 1
    QString name;
    QString scope;     // the instrumentation scope's name
    int resource = -1; // index into OtelSpans::resource()
    int parent = -1;   // index of the parent span when the file holds it
    OtelAttributes attributes;
    SpanUsage usage;
    QJsonObject raw;          // kept for the quarantine, only for spans that carry usage
    bool wrapsUsage = false;  // a descendant in the file carries usage as well
};

// The spans of a whole file (one OTLP/JSON export request, or one per line) as one forest:
// exporters send a trace's spans in several batches, children usually first, so parents
// and wrappers are resolved once every span is read.
//
// The rule that counts each model call once: a span that carries token usage counts only
// when none of its descendants in the file does. Frameworks repeat a call's usage on the
// spans around it (LlamaIndex or LangChain over a provider SDK's instrumentation, the
// Vercel AI SDK's ai.generateText over ai.generateText.doGenerate) or sum it on agent and
// chain spans (pydantic-ai's agent run, Microsoft.Extensions.AI's orchestrate_tools);
// the innermost span is the provider call itself.
class OtelSpans final
{
public:
    // Appends the request's spans.
    void add(const QJsonObject &request);
    // Links parents and marks the spans that wrap other usage; call once all are added.
    void link();

    const QList<OtelSpan> &spans() const { return m_spans; }
    const OtelAttributes &resource(int index) const { return m_resources.at(index); }
    // The attributes a span inherits from: its own, its ancestors' nearest first, its resource's.
    QList<const OtelAttributes *> attributeChain(const OtelSpan &span) const;

private:
    QList<OtelSpan> m_spans;
    QList<OtelAttributes> m_resources;
};

} // namespace costline
