#include "otelspan.h"

#include "core/decimal.h"

#include <QHash>
#include <QJsonDocument>

namespace costline {
namespace {

using Attributes = QHash<QString, QJsonValue>;

// {key, value:{stringValue|intValue|doubleValue|boolValue|arrayValue}} → key → value.
Attributes attributesOf(const QJsonArray &list)
{
    Attributes out;
    for (const QJsonValue &a : list) {
        const QJsonObject o = a.toObject();
        const QJsonObject v = o.value(QStringLiteral("value")).toObject();
        out.insert(o.value(QStringLiteral("key")).toString(), v.isEmpty() ? QJsonValue() : *v.begin());
    }
    return out;
}

QByteArray text(const Attributes &a, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = a.value(QString::fromLatin1(key)).toString();
        if (!value.isEmpty())
            return value.toUtf8();
    }
    return {};
}

// A token count under the first key present: intValue arrives as a string or a number.
bool count(const Attributes &a, std::initializer_list<const char *> keys, qint64 *out, QString *reason)
{
    for (const char *key : keys) {
        const QJsonValue v = a.value(QString::fromLatin1(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!parseCount(v.toString().toUtf8(), out)) {
            *reason = QStringLiteral("%1 is not a whole count").arg(QString::fromLatin1(key));
            return false;
        }
        return true;
    }
    return true;
}

bool hasUsage(const Attributes &a)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (it.key().startsWith(QLatin1String("gen_ai.usage.")))
            return true;
    }
    return false;
}

bool readTokens(const Attributes &a, UsageEvent *e, QString *reason)
{
    if (!count(a, {"gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"}, &e->inputTokens, reason)
        || !count(a, {"gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"}, &e->outputTokens, reason)
        || !count(a, {"gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens"}, &e->cachedInputTokens, reason)
        || !count(a, {"gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.cache_creation_input_tokens"}, &e->cacheWriteTokens, reason)
        || !count(a, {"gen_ai.usage.reasoning.output_tokens", "gen_ai.usage.reasoning_tokens"}, &e->reasoningTokens, reason))
        return false;
    // input_tokens includes cache reads and writes by the convention; instrumentations
    // that report Anthropic's split count them apart, so add them up there (DESIGN §2).
    if (e->cachedInputTokens + e->cacheWriteTokens > e->inputTokens)
        e->inputTokens += e->cachedInputTokens + e->cacheWriteTokens;
    return true;
}

} // namespace

bool readGenAiSpan(const QJsonObject &span, const QJsonArray &resourceAttributes, UsageEvent *e, QString *reason)
{
    const Attributes a = attributesOf(span.value(QStringLiteral("attributes")).toArray());
    if (!hasUsage(a))
        return false;
    const QByteArray traceId = span.value(QStringLiteral("traceId")).toString().toLower().toUtf8();
    const QByteArray spanId = span.value(QStringLiteral("spanId")).toString().toLower().toUtf8();
    bool timeOk = false;
    // Nanoseconds since 1970 need all 19 digits of an int64.
    const qint64 startNano = span.value(QStringLiteral("startTimeUnixNano")).toString().toLongLong(&timeOk);
    if (traceId.isEmpty() || spanId.isEmpty()) {
        *reason = QStringLiteral("the span has no traceId or spanId");
    } else if (!timeOk || startNano < 0) {
        *reason = QStringLiteral("startTimeUnixNano is not a whole number of nanoseconds");
    } else if (text(a, {"gen_ai.response.model", "gen_ai.request.model"}).isEmpty()) {
        *reason = QStringLiteral("the span names no model (gen_ai.response.model or gen_ai.request.model)");
    }
    if (!reason->isEmpty() || !readTokens(a, e, reason))
        return true;
    e->eventId = traceId + ':' + spanId;
    e->traceId = traceId;
    e->timestampMs = startNano / 1'000'000;
    e->dim(Dimension::Model) = text(a, {"gen_ai.response.model", "gen_ai.request.model"});
    e->dim(Dimension::Provider) = text(a, {"gen_ai.provider.name", "gen_ai.system"});
    if (e->dim(Dimension::Provider).isEmpty())
        e->dim(Dimension::Provider) = "unknown";
    e->dim(Dimension::Operation) = text(a, {"gen_ai.operation.name"});
    const Attributes resource = attributesOf(resourceAttributes);
    QJsonObject labels{{QStringLiteral("span_id"), QString::fromUtf8(spanId)},
                       {QStringLiteral("span_name"), span.value(QStringLiteral("name")).toString()}};
    if (const QByteArray id = text(a, {"gen_ai.response.id"}); !id.isEmpty())
        labels.insert(QStringLiteral("response_id"), QString::fromUtf8(id));
    if (const QByteArray service = text(resource, {"service.name"}); !service.isEmpty())
        labels.insert(QStringLiteral("service"), QString::fromUtf8(service));
    e->labelsJson = QJsonDocument(labels).toJson(QJsonDocument::Compact);
    return true;
}

} // namespace costline
