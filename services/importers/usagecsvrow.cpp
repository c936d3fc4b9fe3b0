#include "usagecsvrow.h"

#include "core/decimal.h"
#include "core/money.h"
#include "core/utctime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace costline {
namespace {

constexpr std::array<const char *, UsageCsvColumns::ColumnCount> kColumnNames = {
    "timestamp", "event_id", "provider", "model", "operation", "api_key_id", "tenant", "customer",
    "project", "team", "feature", "workflow", "environment", "trace_id", "input_tokens",
    "cached_input_tokens", "cache_write_tokens", "output_tokens", "reasoning_tokens", "requests",
    "quantity", "unit", "cost_usd", "estimated",
};

constexpr UsageCsvColumns::Column kRequired[] = {UsageCsvColumns::Timestamp, UsageCsvColumns::EventId,
                                                 UsageCsvColumns::Provider, UsageCsvColumns::Model};

struct DimColumn
{
    UsageCsvColumns::Column column;
    Dimension dim;
};

constexpr DimColumn kDimColumns[] = {
    {UsageCsvColumns::Provider, Dimension::Provider}, {UsageCsvColumns::Model, Dimension::Model},
    {UsageCsvColumns::Operation, Dimension::Operation}, {UsageCsvColumns::ApiKeyId, Dimension::ApiKey},
    {UsageCsvColumns::Tenant, Dimension::Tenant},     {UsageCsvColumns::Customer, Dimension::Customer},
    {UsageCsvColumns::Project, Dimension::Project},   {UsageCsvColumns::Team, Dimension::Team},
    {UsageCsvColumns::Feature, Dimension::Feature},   {UsageCsvColumns::Workflow, Dimension::Workflow},
    {UsageCsvColumns::Environment, Dimension::Environment},
};

struct CountColumn
{
    UsageCsvColumns::Column column;
    qint64 UsageEvent::*member;
};

constexpr CountColumn kCountColumns[] = {
    {UsageCsvColumns::InputTokens, &UsageEvent::inputTokens},
    {UsageCsvColumns::CachedInputTokens, &UsageEvent::cachedInputTokens},
    {UsageCsvColumns::CacheWriteTokens, &UsageEvent::cacheWriteTokens},
    {UsageCsvColumns::OutputTokens, &UsageEvent::outputTokens},
    {UsageCsvColumns::ReasoningTokens, &UsageEvent::reasoningTokens},
    {UsageCsvColumns::Requests, &UsageEvent::requests},
};

// The event's text points into the reader's record buffer instead of copying each field;
// the ingest session copies only the values it has not seen before.
QByteArray borrow(QByteArrayView view)
{
    return QByteArray::fromRawData(view.data(), view.size());
}

QString columnName(UsageCsvColumns::Column c)
{
    return QString::fromLatin1(kColumnNames.at(size_t(c)));
}

} // namespace

QString UsageCsvColumns::resolve(const QList<QByteArrayView> &header)
{
    m_index.fill(-1);
    m_labels.clear();
    m_fieldCount = header.size();
    QStringList seen;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QByteArray name = header.at(i).trimmed().toByteArray().toLower();
        if (seen.contains(QString::fromUtf8(name)))
            return QStringLiteral("the header names column '%1' twice").arg(QString::fromUtf8(name));
        seen << QString::fromUtf8(name);
        if (name.startsWith("label.") && name.size() > 6) {
            m_labels.append({header.at(i).trimmed().toByteArray().mid(6), i});
            continue;
        }
        for (int c = 0; c < ColumnCount; ++c) {
            if (name == kColumnNames.at(size_t(c)))
                m_index[size_t(c)] = i;
        }
    }
    QStringList missing;
    for (const Column c : kRequired) {
        if (m_index[size_t(c)] < 0)
            missing << columnName(c);
    }
    if (!missing.isEmpty())
        return QStringLiteral("missing required column%1 %2 (the header has: %3)")
            .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                 QLatin1Char('\'') + missing.join(QStringLiteral("', '")) + QLatin1Char('\''),
                 seen.join(QStringLiteral(", ")));
    return {};
}

QByteArrayView UsageCsvColumns::field(const QList<QByteArrayView> &fields, Column c) const
{
    const qsizetype i = m_index[size_t(c)];
    return i < 0 ? QByteArrayView() : fields.at(i).trimmed();
}

QString UsageCsvColumns::read(const QList<QByteArrayView> &fields, UsageEvent *event) const
{
    if (fields.size() != m_fieldCount)
        return QStringLiteral("the row has %1 fields, the header has %2").arg(fields.size()).arg(m_fieldCount);
    const QByteArrayView ts = field(fields, Timestamp);
    const auto timestamp = utc::parseTimestamp(ts);
    if (!timestamp)
        return QStringLiteral("timestamp '%1' is not ISO 8601 with a zone (Z or +hh:mm) or epoch milliseconds")
            .arg(QString::fromUtf8(ts));
    event->timestampMs = *timestamp;
    event->eventId = borrow(field(fields, EventId));
    if (event->eventId.isEmpty())
        return QStringLiteral("event_id is empty");
    for (const DimColumn &d : kDimColumns)
        event->dim(d.dim) = borrow(field(fields, d.column));
    event->traceId = borrow(field(fields, TraceId));
    for (const CountColumn &c : kCountColumns) {
        const QByteArrayView text = field(fields, c.column);
        if (text.isEmpty())
            continue;
        if (!parseCount(text, &(event->*(c.member))))
            return QStringLiteral("%1 '%2' is not a whole number of 0 or more")
                .arg(columnName(c.column), QString::fromUtf8(text));
    }
    if (const QByteArrayView q = field(fields, Quantity); !q.isEmpty()) {
        const ScaledDecimal quantity = parseScaledDecimal(q, 9);
        if (!quantity.ok || quantity.value < 0)
            return QStringLiteral("quantity: %1").arg(quantity.ok ? QStringLiteral("must not be negative") : quantity.error);
        event->quantityNano = quantity.value;
    }
    event->unit = borrow(field(fields, Unit));
    if (const QByteArrayView cost = field(fields, CostUsd); !cost.isEmpty()) {
        QString why;
        const auto money = Money::parse(cost, &why);
        if (!money)
            return QStringLiteral("cost_usd: %1").arg(why);
        event->reportedCostNano = money->nano();
    }
    const QByteArrayView estimated = field(fields, Estimated);
    if (estimated == "1" || estimated == "true")
        event->estimated = true;
    else if (!estimated.isEmpty() && estimated != "0" && estimated != "false")
        return QStringLiteral("estimated '%1' must be 0 or 1").arg(QString::fromUtf8(estimated));
    if (!m_labels.isEmpty()) {
        QJsonObject labels;
        for (const auto &[name, index] : m_labels) {
            if (!fields.at(index).isEmpty())
                labels.insert(QString::fromUtf8(name), QString::fromUtf8(fields.at(index)));
        }
        if (!labels.isEmpty())
            event->labelsJson = QJsonDocument(labels).toJson(QJsonDocument::Compact);
    }
    return {};
}

} // namespace costline
