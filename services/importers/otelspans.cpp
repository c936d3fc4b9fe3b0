#include "otelspans.h"

#include <QHash>
#include <QJsonArray>

namespace costline {
namespace {

QByteArray hexId(const QJsonObject &span, QLatin1String key)
{
    return span.value(key).toString().trimmed().toLower().toUtf8();
}

} // namespace

void OtelSpans::add(const QJsonObject &request)
{
    for (const QJsonValue &rs : request.value(QLatin1String("resourceSpans")).toArray()) {
        const QJsonObject resourceSpans = rs.toObject();
        m_resources.append(OtelAttributes(
            resourceSpans.value(QLatin1String("resource")).toObject().value(QLatin1String("attributes")).toArray()));
        for (const QJsonValue &ss : resourceSpans.value(QLatin1String("scopeSpans")).toArray()) {
            const QJsonObject scopeSpans = ss.toObject();
            const QString scope = scopeSpans.value(QLatin1String("scope")).toObject().value(QLatin1String("name")).toString();
            for (const QJsonValue &s : scopeSpans.value(QLatin1String("spans")).toArray()) {
                const QJsonObject json = s.toObject();
                OtelSpan span;
                span.traceId = hexId(json, QLatin1String("traceId"));
                span.spanId = hexId(json, QLatin1String("spanId"));
                span.parentSpanId = hexId(json, QLatin1String("parentSpanId"));
                span.number = m_spans.size() + 1;
                span.name = json.value(QLatin1String("name")).toString();
                span.scope = scope;
                span.resource = int(m_resources.size() - 1);
                span.attributes = OtelAttributes(json.value(QLatin1String("attributes")).toArray());
                span.usage = readSpanUsage(span.attributes, scope);
                if (span.usage.carriesTokens())
                    span.raw = json;
                m_spans.append(std::move(span));
            }
        }
    }
}

void OtelSpans::link()
{
    QHash<QByteArray, int> byId; // "trace:span"
    for (int i = 0; i < m_spans.size(); ++i)
        byId.insert(m_spans.at(i).traceId + ':' + m_spans.at(i).spanId, i);
    for (OtelSpan &span : m_spans) {
        if (!span.parentSpanId.isEmpty())
            span.parent = byId.value(span.traceId + ':' + span.parentSpanId, -1);
    }
    // Marking stops at an ancestor already marked (its own ancestors are marked too), so
    // every span is visited a bounded number of times, and a cycle of parents ends.
    for (int i = 0; i < m_spans.size(); ++i) {
        if (!m_spans.at(i).usage.carriesTokens())
            continue;
        for (int a = m_spans.at(i).parent; a >= 0 && a != i && !m_spans.at(a).wrapsUsage; a = m_spans.at(a).parent)
            m_spans[a].wrapsUsage = true;
    }
}

QList<const OtelAttributes *> OtelSpans::attributeChain(const OtelSpan &span) const
{
    // Deeper traces are not seen in practice; a file's parent links may also form a cycle.
    constexpr int kMaxDepth = 256;
    QList<const OtelAttributes *> chain{&span.attributes};
    int depth = 0;
    for (int a = span.parent; a >= 0 && depth < kMaxDepth; a = m_spans.at(a).parent, ++depth)
        chain.append(&m_spans.at(a).attributes);
    chain.append(&m_resources.at(span.resource));
    return chain;
}

} // namespace costline
