#include "litellmconnector.h"

#include "connectorurl.h"
#include "core/providername.h"
#include "core/utctime.h"
#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace costline {
namespace {

// The day a page covers: the window's first day plus the page number.
qint64 pageDay(const SyncWindow &window, const QString &page)
{
    return utc::dayOf(window.startMs) + page.toLongLong();
}

// LiteLLM writes its times in UTC, often without a zone ("2025-01-01T10:00:00.123000").
std::optional<qint64> readTime(const QByteArray &text)
{
    if (const auto ts = utc::parseTimestamp(text))
        return ts;
    return utc::parseTimestamp(QByteArray(text + 'Z'));
}

bool readCacheTokens(const QJsonObject &row, UsageEvent *e, QString *why)
{
    const QJsonObject usage = row.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("usage_object")).toObject();
    qint64 cached = 0, read = 0, write = 0;
    if (!json::count(usage.value(QStringLiteral("prompt_tokens_details")).toObject(), QStringLiteral("cached_tokens"), &cached, why)
        || !json::count(usage, QStringLiteral("cache_read_input_tokens"), &read, why)
        || !json::count(usage, QStringLiteral("cache_creation_input_tokens"), &write, why))
        return false;
    e->cachedInputTokens = qMax(cached, read);
    e->cacheWriteTokens = write;
    // prompt_tokens normally includes cache reads and writes; where a provider passed them
    // through apart, add them so input_tokens counts all input (DESIGN §2).
    if (e->cachedInputTokens + e->cacheWriteTokens > e->inputTokens)
        e->inputTokens += e->cachedInputTokens + e->cacheWriteTokens;
    return true;
}

bool readRow(const QJsonObject &row, UsageEvent *e, QString *why)
{
    e->eventId = json::text(row, QStringLiteral("request_id"));
    const auto ts = readTime(json::text(row, QStringLiteral("startTime")));
    if (!ts) {
        *why = QStringLiteral("startTime is not an ISO 8601 time");
        return false;
    }
    e->timestampMs = *ts;
    QByteArray model = json::text(row, QStringLiteral("model"));
    QByteArray provider = json::text(row, QStringLiteral("custom_llm_provider"));
    if (provider.isEmpty() && model.contains('/'))
        provider = model.left(model.indexOf('/'));
    e->dim(Dimension::Provider) = provider.isEmpty() ? QByteArrayLiteral("litellm") : canonicalProviderName(provider);
    e->dim(Dimension::Model) = model;
    e->dim(Dimension::Operation) = json::text(row, QStringLiteral("call_type"));
    e->dim(Dimension::ApiKey) = json::text(row, QStringLiteral("api_key"));
    e->dim(Dimension::Team) = json::text(row, QStringLiteral("team_id"));
    e->dim(Dimension::Customer) = json::text(row, QStringLiteral("end_user"));
    if (!json::count(row, QStringLiteral("prompt_tokens"), &e->inputTokens, why)
        || !json::count(row, QStringLiteral("completion_tokens"), &e->outputTokens, why) || !readCacheTokens(row, e, why))
        return false;
    // spend is a float in USD: its text is rounded once to the nano-dollar, never via double.
    e->reportedCostNano = json::roundedDecimal(json::text(row, QStringLiteral("spend")), 9);
    if (!e->reportedCostNano) {
        *why = QStringLiteral("spend is not a decimal number");
        return false;
    }
    QStringList tags;
    for (const QJsonValue &t : row.value(QStringLiteral("request_tags")).toArray())
        tags << t.toString();
    e->labelsJson = json::labels({{QStringLiteral("user"), json::text(row, QStringLiteral("user"))},
                                  {QStringLiteral("status"), json::text(row, QStringLiteral("status"))},
                                  {QStringLiteral("cache_hit"), json::text(row, QStringLiteral("cache_hit"))},
                                  {QStringLiteral("request_tags"), tags.join(QLatin1Char(',')).toUtf8()}});
    return true;
}

} // namespace

QStringList LiteLlmConnector::endpoints() const
{
    return {QStringLiteral("spend/logs")};
}

QNetworkRequest LiteLlmConnector::request(const QString &, const SyncWindow &window, const QString &page) const
{
    const qint64 day = pageDay(window, page);
    QUrlQuery query;
    // end_date one day on, whether the proxy reads it as inclusive or exclusive: rows
    // outside the day are dropped in parse().
    query.addQueryItem(QStringLiteral("start_date"), utc::formatDate(day));
    query.addQueryItem(QStringLiteral("end_date"), utc::formatDate(day + 1));
    query.addQueryItem(QStringLiteral("summarize"), QStringLiteral("false"));
    QNetworkRequest request(endpointUrl(m_baseUrl, QStringLiteral("/spend/logs"), query));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    return request;
}

bool LiteLlmConnector::parse(const QString &, const QJsonDocument &doc, const SyncWindow &window, const QString &page,
                             ParsedPage *out, QString *error) const
{
    if (!doc.isArray()) {
        *error = QStringLiteral("spend logs are not a JSON array");
        return false;
    }
    const qint64 day = pageDay(window, page);
    const qint64 from = qMax(window.startMs, day * kMsPerDay);
    const qint64 to = qMin(window.endMs, (day + 1) * kMsPerDay);
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject row = v.toObject();
        UsageEvent event;
        QString why;
        if (!readRow(row, &event, &why))
            out->rejected.append({why, json::raw(row)});
        else if (event.timestampMs >= from && event.timestampMs < to)
            out->events.append(std::move(event));
    }
    out->hasMore = (day + 1) * kMsPerDay < window.endMs;
    out->nextPage = QString::number(page.toLongLong() + 1);
    return true;
}

} // namespace costline
