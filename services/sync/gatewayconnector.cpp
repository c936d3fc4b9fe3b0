#include "gatewayconnector.h"

#include "connectorurl.h"
#include "core/decimal.h"
#include "core/providername.h"
#include "core/utctime.h"
#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtNumeric>

namespace costline {
namespace {

struct TextField
{
    const char *key;
    Dimension dim;
};

constexpr TextField kDims[] = {
    {"provider", Dimension::Provider}, {"model", Dimension::Model},     {"operation", Dimension::Operation},
    {"apiKey", Dimension::ApiKey},     {"tenantId", Dimension::Tenant}, {"customerId", Dimension::Customer},
    {"project", Dimension::Project},   {"team", Dimension::Team},       {"feature", Dimension::Feature},
    {"workflow", Dimension::Workflow}, {"environment", Dimension::Environment},
};

struct CountField
{
    const char *key;
    qint64 UsageEvent::*member;
};

constexpr CountField kCounts[] = {
    {"inputTokens", &UsageEvent::inputTokens},       {"cachedInputTokens", &UsageEvent::cachedInputTokens},
    {"cacheWriteTokens", &UsageEvent::cacheWriteTokens}, {"outputTokens", &UsageEvent::outputTokens},
    {"reasoningTokens", &UsageEvent::reasoningTokens},
};

bool readItem(const QJsonObject &item, UsageEvent *e, QString *why)
{
    e->eventId = json::text(item, QStringLiteral("id"));
    const auto ts = utc::parseTimestamp(json::text(item, QStringLiteral("timestamp")));
    if (!ts) {
        *why = QStringLiteral("timestamp is not an ISO 8601 time with a zone");
        return false;
    }
    e->timestampMs = *ts;
    for (const TextField &f : kDims)
        e->dim(f.dim) = json::text(item, QString::fromLatin1(f.key));
    e->dim(Dimension::Provider) = canonicalProviderName(e->dim(Dimension::Provider));
    for (const CountField &c : kCounts) {
        if (!json::count(item, QString::fromLatin1(c.key), &(e->*(c.member)), why))
            return false;
    }
    e->requests = 1;
    e->estimated = json::text(item, QStringLiteral("estimated")) == "true";
    e->traceId = json::text(item, QStringLiteral("traceId"));
    // A gateway that prices requests itself reports costUsd; it then is the event's cost.
    if (const QByteArray cost = json::text(item, QStringLiteral("costUsd")); !cost.isEmpty()) {
        e->reportedCostNano = json::roundedDecimal(cost, 9);
        if (!e->reportedCostNano) {
            *why = QStringLiteral("costUsd is not a decimal number");
            return false;
        }
    }
    return true;
}

} // namespace

QStringList GatewayConnector::endpoints() const
{
    return {QStringLiteral("token-usage")};
}

QNetworkRequest GatewayConnector::request(const QString &, const SyncWindow &window, const QString &page) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), utc::formatTimestamp(window.startMs));
    query.addQueryItem(QStringLiteral("to"), utc::formatTimestamp(window.endMs));
    query.addQueryItem(QStringLiteral("page"), page.isEmpty() ? QStringLiteral("0") : page);
    query.addQueryItem(QStringLiteral("size"), QString::number(kPageSize));
    QNetworkRequest request(endpointUrl(m_baseUrl, QStringLiteral("/v1/admin/token-usage"), query));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    return request;
}

bool GatewayConnector::parse(const QString &, const QJsonDocument &doc, const SyncWindow &window, const QString &page,
                             ParsedPage *out, QString *error) const
{
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("items")).isArray()) {
        *error = QStringLiteral("the page has no 'items' array");
        return false;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        UsageEvent event;
        QString why;
        if (!readItem(item, &event, &why))
            out->rejected.append({why, json::raw(item)});
        else if (event.timestampMs >= window.startMs && event.timestampMs < window.endMs)
            out->events.append(std::move(event));
    }
    qint64 total = 0, size = 0, number = 0;
    QString why;
    if (!json::count(root, QStringLiteral("total"), &total, &why) || !json::count(root, QStringLiteral("size"), &size, &why)
        || !json::count(root, QStringLiteral("page"), &number, &why)) {
        *error = QStringLiteral("the page's %1").arg(why);
        return false;
    }
    if (size <= 0)
        size = kPageSize;
    if (number != page.toLongLong()) {
        *error = QStringLiteral("asked for page %1 but got page %2").arg(page.toLongLong()).arg(number);
        return false;
    }
    qint64 served = 0; // items on the pages up to this one
    out->hasMore = !qMulOverflow(number + 1, size, &served) && served < total;
    out->nextPage = QString::number(number + 1);
    return true;
}

} // namespace costline
