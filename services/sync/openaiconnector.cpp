#include "openaiconnector.h"

#include "connectorurl.h"
#include "jsonfields.h"
#include "workspace/ingestsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <limits>

namespace costline {
namespace {

const QString kCosts = QStringLiteral("costs");

// The group-by fields a usage result may carry; together with the bucket they make its key.
const QStringList kGroupFields = {QStringLiteral("project_id"), QStringLiteral("user_id"), QStringLiteral("api_key_id"),
                                  QStringLiteral("model"), QStringLiteral("batch"), QStringLiteral("service_tier")};

// Usage endpoints that meter something other than tokens: (field, unit).
QPair<QString, QByteArray> quantityField(const QString &endpoint)
{
    if (endpoint.endsWith(QLatin1String("images")))
        return {QStringLiteral("images"), "images"};
    if (endpoint.endsWith(QLatin1String("audio_speeches")))
        return {QStringLiteral("characters"), "characters"};
    if (endpoint.endsWith(QLatin1String("audio_transcriptions")))
        return {QStringLiteral("seconds"), "seconds"};
    if (endpoint.endsWith(QLatin1String("vector_stores")))
        return {QStringLiteral("usage_bytes"), "bytes"};
    if (endpoint.endsWith(QLatin1String("code_interpreter_sessions")))
        return {QStringLiteral("num_sessions"), "sessions"};
    return {};
}

QString operationOf(const QString &endpoint)
{
    return endpoint.mid(endpoint.indexOf(QLatin1Char('/')) + 1);
}

bool readUsage(const QString &endpoint, qint64 startSeconds, const QJsonObject &r, UsageEvent *e, QString *why)
{
    QByteArray key = endpoint.toUtf8() + ':' + QByteArray::number(startSeconds);
    for (const QString &field : kGroupFields)
        key += ':' + json::text(r, field);
    e->eventId = key;
    e->timestampMs = startSeconds * 1000;
    e->dim(Dimension::Provider) = "openai";
    const QByteArray model = json::text(r, QStringLiteral("model"));
    e->dim(Dimension::Model) = model.isEmpty() ? operationOf(endpoint).toUtf8() : model;
    const bool batch = json::text(r, QStringLiteral("batch")) == "true";
    e->dim(Dimension::Operation) = batch ? QByteArrayLiteral("batch") : operationOf(endpoint).toUtf8();
    e->dim(Dimension::Project) = json::text(r, QStringLiteral("project_id"));
    e->dim(Dimension::ApiKey) = json::text(r, QStringLiteral("api_key_id"));
    // input_tokens already includes cached and cache-write tokens (OpenAI's convention).
    if (!json::count(r, QStringLiteral("input_tokens"), &e->inputTokens, why)
        || !json::count(r, QStringLiteral("input_cached_tokens"), &e->cachedInputTokens, why)
        || !json::count(r, QStringLiteral("input_cache_write_tokens"), &e->cacheWriteTokens, why)
        || !json::count(r, QStringLiteral("output_tokens"), &e->outputTokens, why)
        || !json::count(r, QStringLiteral("num_model_requests"), &e->requests, why))
        return false;
    if (const auto [field, unit] = quantityField(endpoint); !field.isEmpty()) {
        // Older code-interpreter results call the count "sessions".
        const QString name = r.contains(field) ? field : field == QLatin1String("num_sessions") ? QStringLiteral("sessions") : field;
        qint64 quantity = 0;
        if (!json::count(r, name, &quantity, why))
            return false;
        if (quantity > std::numeric_limits<qint64>::max() / 1'000'000'000) {
            *why = QStringLiteral("%1 is too large to be a usage quantity").arg(name);
            return false;
        }
        e->quantityNano = quantity * 1'000'000'000;
        e->unit = unit;
    }
    e->labelsJson = json::labels({{QStringLiteral("user_id"), json::text(r, QStringLiteral("user_id"))},
                                  {QStringLiteral("service_tier"), json::text(r, QStringLiteral("service_tier"))}});
    return true;
}

bool readCost(qint64 startSeconds, qint64 endSeconds, const QJsonObject &r, BillingLine *line, QString *why)
{
    const QJsonObject amount = r.value(QStringLiteral("amount")).toObject();
    const QByteArray currency = json::text(amount, QStringLiteral("currency")).toLower();
    if (!currency.isEmpty() && currency != "usd") {
        *why = QStringLiteral("currency '%1' is not USD; Costline keeps USD only for now").arg(QString::fromUtf8(currency));
        return false;
    }
    const auto nano = json::roundedDecimal(json::text(amount, QStringLiteral("value")), 9);
    if (!nano) {
        *why = QStringLiteral("amount.value is not a decimal number");
        return false;
    }
    line->amountNano = *nano;
    line->lineItem = json::text(r, QStringLiteral("line_item"));
    line->project = json::text(r, QStringLiteral("project_id"));
    // Line items read "gpt-4o-2024-08-06, input": the model is the part before the comma.
    line->model = line->lineItem.left(line->lineItem.indexOf(',')).trimmed();
    line->provider = "openai";
    line->startMs = startSeconds * 1000;
    line->endMs = endSeconds * 1000;
    line->lineKey = "costs:" + QByteArray::number(startSeconds) + ':' + line->lineItem + ':' + line->project + ':'
                    + json::text(r, QStringLiteral("api_key_id"));
    if (const QByteArray q = json::text(r, QStringLiteral("quantity")); !q.isEmpty())
        line->quantityNano = json::roundedDecimal(q, 9);
    line->unit = json::text(r, QStringLiteral("quantity_unit"));
    return true;
}

} // namespace

QStringList OpenAiConnector::endpoints() const
{
    return {QStringLiteral("usage/completions"), QStringLiteral("usage/embeddings"), QStringLiteral("usage/moderations"),
            QStringLiteral("usage/images"), QStringLiteral("usage/audio_speeches"),
            QStringLiteral("usage/audio_transcriptions"), QStringLiteral("usage/vector_stores"),
            QStringLiteral("usage/code_interpreter_sessions"), kCosts};
}

QNetworkRequest OpenAiConnector::request(const QString &endpoint, const SyncWindow &window, const QString &page) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_time"), QString::number(window.startMs / 1000));
    query.addQueryItem(QStringLiteral("end_time"), QString::number(window.endMs / 1000));
    query.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
    query.addQueryItem(QStringLiteral("limit"), endpoint == kCosts ? QStringLiteral("180") : QStringLiteral("31"));
    QStringList groupBy = {QStringLiteral("project_id")};
    if (endpoint == kCosts)
        groupBy << QStringLiteral("line_item");
    else if (!endpoint.endsWith(QLatin1String("vector_stores")) && !endpoint.endsWith(QLatin1String("sessions")))
        groupBy << QStringLiteral("api_key_id") << QStringLiteral("model") << QStringLiteral("batch");
    for (const QString &g : groupBy)
        query.addQueryItem(QStringLiteral("group_by"), g);
    if (!page.isEmpty())
        query.addQueryItem(QStringLiteral("page"), page);
    QNetworkRequest request(endpointUrl(m_baseUrl, QStringLiteral("/v1/organization/") + endpoint, query));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    return request;
}

bool OpenAiConnector::parse(const QString &endpoint, const QJsonDocument &doc, const SyncWindow &, const QString &,
                            ParsedPage *out, QString *error) const
{
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("data")).isArray()) {
        *error = QStringLiteral("the page has no 'data' array");
        return false;
    }
    for (const QJsonValue &b : root.value(QStringLiteral("data")).toArray()) {
        const QJsonObject bucket = b.toObject();
        qint64 start = 0, end = 0;
        QString why;
        if (!json::count(bucket, QStringLiteral("start_time"), &start, &why)
            || !json::count(bucket, QStringLiteral("end_time"), &end, &why)) {
            *error = QStringLiteral("a bucket's %1").arg(why);
            return false;
        }
        if (start > kMaxEventTimestampMs / 1000 || end > kMaxEventTimestampMs / 1000) {
            *error = QStringLiteral("a bucket's start_time or end_time is not a time in epoch seconds before 2109");
            return false;
        }
        const QByteArray prefix = endpoint == kCosts ? QByteArrayLiteral("costs") : endpoint.toUtf8();
        out->coveredBuckets.append({prefix + ':' + QByteArray::number(start) + ':', start * 1000});
        for (const QJsonValue &v : bucket.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            UsageEvent event;
            BillingLine line;
            const bool ok = endpoint == kCosts ? readCost(start, end, r, &line, &why) : readUsage(endpoint, start, r, &event, &why);
            if (!ok)
                out->rejected.append({why, json::raw(r)});
            else if (endpoint == kCosts)
                out->billing.append(line);
            else
                out->events.append(std::move(event));
        }
    }
    out->hasMore = json::text(root, QStringLiteral("has_more")) == "true";
    out->nextPage = QString::fromUtf8(json::text(root, QStringLiteral("next_page")));
    if (out->hasMore && out->nextPage.isEmpty()) {
        *error = QStringLiteral("has_more is true but next_page is empty");
        return false;
    }
    return true;
}

} // namespace costline
