#include "anthropicconnector.h"

#include "connectorurl.h"
#include "core/utctime.h"
#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace costline {
namespace {

const QString kMessages = QStringLiteral("usage_report/messages");
const QString kCosts = QStringLiteral("cost_report");
constexpr int kCentsToNanoScale = 7; // 1 cent = 1e7 nano-USD

const QStringList kUsageKeyFields = {QStringLiteral("api_key_id"), QStringLiteral("workspace_id"), QStringLiteral("model"),
                                     QStringLiteral("service_tier"), QStringLiteral("context_window"),
                                     QStringLiteral("inference_geo")};
const QStringList kCostKeyFields = {QStringLiteral("workspace_id"), QStringLiteral("description"), QStringLiteral("cost_type"),
                                    QStringLiteral("model"), QStringLiteral("token_type"), QStringLiteral("service_tier"),
                                    QStringLiteral("context_window"), QStringLiteral("inference_geo")};

QString rfc3339(qint64 ms)
{
    return utc::formatDate(utc::dayOf(ms)) + QStringLiteral("T%1Z").arg(utc::formatTimestamp(ms).mid(11, 8));
}

QByteArray keyOf(const QByteArray &prefix, const QByteArray &start, const QJsonObject &r, const QStringList &fields)
{
    QByteArray key = prefix + ':' + start;
    for (const QString &f : fields)
        key += ':' + json::text(r, f);
    return key;
}

bool readUsage(const QByteArray &start, qint64 startMs, const QJsonObject &r, UsageEvent *e, QString *why)
{
    e->eventId = keyOf("messages", start, r, kUsageKeyFields);
    e->timestampMs = startMs;
    e->dim(Dimension::Provider) = "anthropic";
    e->dim(Dimension::Model) = json::text(r, QStringLiteral("model"));
    if (e->dim(Dimension::Model).isEmpty())
        e->dim(Dimension::Model) = "claude";
    e->dim(Dimension::Operation) = "messages";
    e->dim(Dimension::ApiKey) = json::text(r, QStringLiteral("api_key_id"));
    e->dim(Dimension::Project) = json::text(r, QStringLiteral("workspace_id"));
    const QJsonObject creation = r.value(QStringLiteral("cache_creation")).toObject();
    qint64 uncached = 0, read = 0, write1h = 0, write5m = 0, searches = 0;
    if (!json::count(r, QStringLiteral("uncached_input_tokens"), &uncached, why)
        || !json::count(r, QStringLiteral("cache_read_input_tokens"), &read, why)
        || !json::count(creation, QStringLiteral("ephemeral_1h_input_tokens"), &write1h, why)
        || !json::count(creation, QStringLiteral("ephemeral_5m_input_tokens"), &write5m, why)
        || !json::count(r, QStringLiteral("output_tokens"), &e->outputTokens, why)
        || !json::count(r.value(QStringLiteral("server_tool_use")).toObject(), QStringLiteral("web_search_requests"),
                        &searches, why))
        return false;
    // Anthropic splits input; Costline's input_tokens counts all of it (DESIGN §2).
    e->inputTokens = uncached + read + write1h + write5m;
    e->cachedInputTokens = read;
    e->cacheWriteTokens = write1h + write5m;
    e->requests = 0; // the usage report has no request count
    e->labelsJson = json::labels({{QStringLiteral("service_tier"), json::text(r, QStringLiteral("service_tier"))},
                                  {QStringLiteral("context_window"), json::text(r, QStringLiteral("context_window"))},
                                  {QStringLiteral("inference_geo"), json::text(r, QStringLiteral("inference_geo"))},
                                  {QStringLiteral("web_search_requests"), searches ? QByteArray::number(searches) : QByteArray()}});
    return true;
}

bool readCost(const QByteArray &start, qint64 startMs, qint64 endMs, const QJsonObject &r, BillingLine *line, QString *why)
{
    const QByteArray currency = json::text(r, QStringLiteral("currency")).toUpper();
    if (!currency.isEmpty() && currency != "USD") {
        *why = QStringLiteral("currency '%1' is not USD; Costline keeps USD only for now").arg(QString::fromUtf8(currency));
        return false;
    }
    // amount is a decimal string in cents: "123.45" is $1.2345.
    const auto nano = json::roundedDecimal(json::text(r, QStringLiteral("amount")), kCentsToNanoScale);
    if (!nano) {
        *why = QStringLiteral("amount is not a decimal number of cents");
        return false;
    }
    line->amountNano = *nano;
    line->lineKey = keyOf("cost", start, r, kCostKeyFields);
    line->provider = "anthropic";
    line->model = json::text(r, QStringLiteral("model"));
    line->lineItem = json::text(r, QStringLiteral("description"));
    if (line->lineItem.isEmpty())
        line->lineItem = json::text(r, QStringLiteral("cost_type")) + ' ' + json::text(r, QStringLiteral("token_type"));
    line->project = json::text(r, QStringLiteral("workspace_id"));
    line->startMs = startMs;
    line->endMs = endMs;
    line->labelsJson = json::labels({{QStringLiteral("cost_type"), json::text(r, QStringLiteral("cost_type"))},
                                     {QStringLiteral("token_type"), json::text(r, QStringLiteral("token_type"))},
                                     {QStringLiteral("service_tier"), json::text(r, QStringLiteral("service_tier"))}});
    return true;
}

} // namespace

QStringList AnthropicConnector::endpoints() const
{
    return {kMessages, kCosts};
}

QNetworkRequest AnthropicConnector::request(const QString &endpoint, const SyncWindow &window, const QString &page) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("starting_at"), rfc3339(window.startMs));
    query.addQueryItem(QStringLiteral("ending_at"), rfc3339(window.endMs));
    query.addQueryItem(QStringLiteral("bucket_width"), QStringLiteral("1d"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("31"));
    const QStringList groupBy = endpoint == kCosts
                                    ? QStringList{QStringLiteral("workspace_id"), QStringLiteral("description")}
                                    : QStringList{QStringLiteral("api_key_id"), QStringLiteral("workspace_id"),
                                                  QStringLiteral("model"), QStringLiteral("service_tier")};
    for (const QString &g : groupBy)
        query.addQueryItem(QStringLiteral("group_by[]"), g);
    if (!page.isEmpty())
        query.addQueryItem(QStringLiteral("page"), page);
    QNetworkRequest request(endpointUrl(m_baseUrl, QStringLiteral("/v1/organizations/") + endpoint, query));
    request.setRawHeader("x-api-key", m_apiKey);
    request.setRawHeader("anthropic-version", "2023-06-01");
    return request;
}

bool AnthropicConnector::parse(const QString &endpoint, const QJsonDocument &doc, const SyncWindow &, const QString &,
                               ParsedPage *out, QString *error) const
{
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("data")).isArray()) {
        *error = QStringLiteral("the page has no 'data' array");
        return false;
    }
    for (const QJsonValue &b : root.value(QStringLiteral("data")).toArray()) {
        const QJsonObject bucket = b.toObject();
        const QByteArray start = json::text(bucket, QStringLiteral("starting_at"));
        const auto startMs = utc::parseTimestamp(start);
        const auto endMs = utc::parseTimestamp(json::text(bucket, QStringLiteral("ending_at")));
        if (!startMs || !endMs) {
            *error = QStringLiteral("a bucket's starting_at or ending_at is not an RFC 3339 time");
            return false;
        }
        out->coveredBuckets.append({(endpoint == kCosts ? QByteArrayLiteral("cost:") : QByteArrayLiteral("messages:")) + start + ':', *startMs});
        for (const QJsonValue &v : bucket.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            QString why;
            UsageEvent event;
            BillingLine line;
            const bool ok = endpoint == kCosts ? readCost(start, *startMs, *endMs, r, &line, &why)
                                               : readUsage(start, *startMs, r, &event, &why);
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
