#include "focusrow.h"

#include "core/roundeddecimal.h"
#include "focusvalues.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace costline {
namespace {

// Columns kept as labels (label name ← FOCUS column); costs are normalised to exact decimals.
constexpr std::pair<const char *, const char *> kLabelColumns[] = {
    {"charge_class", "chargeclass"},         {"charge_description", "chargedescription"},
    {"charge_frequency", "chargefrequency"}, {"pricing_category", "pricingcategory"},
    {"pricing_unit", "pricingunit"},         {"pricing_quantity", "pricingquantity"},
    {"sku_id", "skuid"},                     {"sku_price_id", "skupriceid"},
    {"sku_meter", "skumeter"},               {"billing_account_id", "billingaccountid"},
    {"billing_account_name", "billingaccountname"}, {"sub_account_id", "subaccountid"},
    {"resource_id", "resourceid"},           {"resource_name", "resourcename"},
    {"region_id", "regionid"},               {"invoice_id", "invoiceid"},
    {"service_name", "servicename"},         {"service_category", "servicecategory"},
    {"billing_period_start", "billingperiodstart"}, {"charge_period_end", "chargeperiodend"},
    {"commitment_discount_id", "commitmentdiscountid"}, {"consumed_unit", "consumedunit"},
    {"consumed_quantity", "consumedquantity"},
};
// Every cost column, kept as the exact decimal the file wrote: the amounts a file's own
// totals are checked against, and what a change of cost basis reads instead of the file.
constexpr std::pair<const char *, const char *> kCostLabels[] = {{"billed_cost", "billedcost"},
                                                                 {"list_cost", "listcost"},
                                                                 {"effective_cost", "effectivecost"},
                                                                 {"contracted_cost", "contractedcost"}};

// ConsumedUnit spellings of token meters, and how many tokens one unit is.
constexpr std::pair<const char *, qint64> kTokenUnits[] = {
    {"tokens", 1},           {"token", 1},           {"1k tokens", 1'000},       {"1000 tokens", 1'000},
    {"thousand tokens", 1'000}, {"1m tokens", 1'000'000}, {"1000000 tokens", 1'000'000}, {"million tokens", 1'000'000}};

// Tag keys that name a Costline dimension.
constexpr std::pair<const char *, Dimension> kTagDimensions[] = {
    {"team", Dimension::Team},         {"project", Dimension::Project}, {"environment", Dimension::Environment},
    {"env", Dimension::Environment},   {"feature", Dimension::Feature}, {"customer", Dimension::Customer},
    {"tenant", Dimension::Tenant},     {"workflow", Dimension::Workflow}};

// Costline's own FOCUS export names every dimension and count in an x_ column; where the
// column is there it is what the row means, so an export imports back unchanged.
constexpr std::pair<const char *, Dimension> kCostlineDimensions[] = {
    {"x_model", Dimension::Model},       {"x_operation", Dimension::Operation}, {"x_apikey", Dimension::ApiKey},
    {"x_tenant", Dimension::Tenant},     {"x_customer", Dimension::Customer},   {"x_project", Dimension::Project},
    {"x_team", Dimension::Team},         {"x_feature", Dimension::Feature},     {"x_workflow", Dimension::Workflow},
    {"x_environment", Dimension::Environment}};
constexpr std::pair<const char *, qint64 UsageEvent::*> kCostlineCounts[] = {
    {"x_Requests", &UsageEvent::requests},
    {"x_InputTokens", &UsageEvent::inputTokens},
    {"x_CachedTokens", &UsageEvent::cachedInputTokens},
    {"x_CacheWriteTokens", &UsageEvent::cacheWriteTokens},
    {"x_OutputTokens", &UsageEvent::outputTokens},
    {"x_ReasoningTokens", &UsageEvent::reasoningTokens}};

// `column` is lower case, as the header index keeps names.
bool isCostlineColumn(const QByteArray &column)
{
    const auto named = [&column](const auto &table) {
        return std::any_of(std::begin(table), std::end(table),
                           [&column](const auto &entry) { return column.compare(entry.first, Qt::CaseInsensitive) == 0; });
    };
    return named(kCostlineDimensions) || named(kCostlineCounts);
}

QJsonObject jsonObject(QByteArrayView text)
{
    return text.trimmed().isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toByteArray()).object();
}

QByteArray firstOf(std::initializer_list<QByteArray> candidates)
{
    for (const QByteArray &c : candidates) {
        if (!c.isEmpty())
            return c;
    }
    return {};
}

qint64 tokensPerUnit(QByteArrayView unit)
{
    for (const auto &[name, tokens] : kTokenUnits) {
        if (unit.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return tokens;
    }
    return 0;
}

} // namespace

QString FocusColumns::resolve(const QList<QByteArrayView> &header)
{
    m_index.clear();
    m_seen.clear();
    m_fieldCount = header.size();
    for (qsizetype i = 0; i < header.size(); ++i)
        m_index.insert(header.at(i).trimmed().toByteArray().toLower(), i);
    if (!m_index.contains("billedcost"))
        return QStringLiteral("missing the FOCUS column 'BilledCost'; is this a FOCUS export?");
    if (!m_index.contains("chargeperiodstart") && !m_index.contains("billingperiodstart"))
        return QStringLiteral("missing the FOCUS columns 'ChargePeriodStart' and 'BillingPeriodStart'");
    return {};
}

QByteArrayView FocusColumns::field(const QList<QByteArrayView> &fields, const char *column) const
{
    const qsizetype i = m_index.value(QByteArray(column), -1);
    if (i < 0 || i >= fields.size() || isFocusNull(fields.at(i)))
        return {}; // a null is never a value: no "NULL" team, label or quantity
    return fields.at(i).trimmed();
}

QString FocusColumns::readCostlineCounts(const QList<QByteArrayView> &fields, UsageEvent *e) const
{
    for (const auto &[column, member] : kCostlineCounts) {
        const QByteArrayView text = field(fields, QByteArray(column).toLower().constData());
        bool ok = text.isEmpty();
        const qint64 value = ok ? 0 : text.toLongLong(&ok);
        if (!ok || value < 0)
            return QStringLiteral("%1 '%2' is not a whole number of 0 or more").arg(QLatin1String(column), QString::fromUtf8(text));
        e->*member = value;
    }
    return {};
}

QString FocusColumns::readQuantity(const QList<QByteArrayView> &fields, const QJsonObject &sku, UsageEvent *e) const
{
    if (m_index.contains("x_inputtokens"))
        return readCostlineCounts(fields, e);
    const QByteArrayView quantityText = field(fields, "consumedquantity");
    if (quantityText.isEmpty())
        return {}; // credits, purchases and taxes consume nothing
    // A quantity too large for nano units stays in the consumed_quantity label; the money
    // of the row is what counts, and it is never refused for its quantity.
    const auto quantity = parseRoundedDecimal(plainFocusMoney(quantityText), 9);
    if (!quantity)
        return {};
    const QByteArray unit = field(fields, "consumedunit").toByteArray();
    const qint64 perUnit = tokensPerUnit(unit);
    const qint64 tokens = perUnit > 0 && *quantity >= 0 && *quantity % (1'000'000'000 / perUnit) == 0
                              ? *quantity / (1'000'000'000 / perUnit) : -1;
    if (tokens < 0) {
        // Not a token meter, or a correction taking tokens back: kept as a quantity, since
        // token counts never go below zero.
        e->quantityNano = *quantity;
        e->unit = unit;
        return {};
    }
    const QByteArray meter = field(fields, "skumeter").toByteArray().toLower();
    const QString direction = sku.value(QStringLiteral("TokenDirection")).toString().toLower();
    const QString cache = sku.value(QStringLiteral("TokenCacheAction")).toString().toLower();
    if (direction == QLatin1String("output") || meter.startsWith("output")) {
        e->outputTokens = tokens;
        return {};
    }
    // Input, whatever its cache action: input_tokens counts all input (DESIGN §2).
    e->inputTokens = tokens;
    if (cache == QLatin1String("read") || meter.contains("cache read"))
        e->cachedInputTokens = tokens;
    else if (cache == QLatin1String("write") || meter.contains("cache write"))
        e->cacheWriteTokens = tokens;
    return {};
}

void FocusColumns::readDimensions(const QList<QByteArrayView> &fields, const QJsonObject &sku, const QJsonObject &tags,
                                  UsageEvent *e) const
{
    auto f = [&](const char *c) { return field(fields, c).toByteArray(); };
    e->dim(Dimension::Provider) = firstOf({f("serviceprovidername"), f("providername"), f("invoiceissuername"),
                                           f("publishername"), QByteArrayLiteral("unknown")});
    e->dim(Dimension::Model) = firstOf({sku.value(QStringLiteral("ModelId")).toString().toUtf8(), f("servicename"), f("skuid"),
                                        f("resourceid"), f("chargedescription"), QByteArrayLiteral("unknown")});
    e->dim(Dimension::Operation) = f("chargecategory").toLower();
    e->dim(Dimension::ApiKey) = f("credentialid");
    e->dim(Dimension::Project) = firstOf({f("subaccountname"), f("subaccountid")});
    for (auto it = tags.begin(); it != tags.end(); ++it) {
        for (const auto &[key, dim] : kTagDimensions) {
            if (it.key().compare(QLatin1String(key), Qt::CaseInsensitive) == 0 && it.value().isString()
                && !isFocusNull(it.value().toString().toUtf8()))
                e->dim(dim) = it.value().toString().toUtf8();
        }
    }
    for (const auto &[column, dim] : kCostlineDimensions) {
        if (m_index.contains(column))
            e->dim(dim) = f(column);
    }
}

QByteArray FocusColumns::readLabels(const QList<QByteArrayView> &fields, const QJsonObject &sku, const QJsonObject &tags) const
{
    QJsonObject labels;
    for (const auto &[name, column] : kLabelColumns) {
        if (const QByteArrayView v = field(fields, column); !v.isEmpty())
            labels.insert(QLatin1String(name), QString::fromUtf8(v));
    }
    for (const auto &[name, column] : kCostLabels) {
        if (parseFocusMoney(field(fields, column)))
            labels.insert(QLatin1String(name), QString::fromLatin1(plainFocusMoney(field(fields, column))));
    }
    const auto insertJson = [&labels](const QString &prefix, const QJsonObject &object) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString value = it.value().toVariant().toString();
            if (!isFocusNull(value.toUtf8()))
                labels.insert(prefix + it.key(), value);
        }
    };
    insertJson(QStringLiteral("sku."), sku);
    insertJson(QStringLiteral("tag."), tags);
    for (auto it = m_index.begin(); it != m_index.end(); ++it) {
        if (it.key().startsWith("x_") && !isCostlineColumn(it.key()) && it.value() < fields.size()
            && !isFocusNull(fields.at(it.value())))
            labels.insert(QString::fromUtf8(it.key()), QString::fromUtf8(fields.at(it.value()).trimmed()));
    }
    return labels.isEmpty() ? QByteArray() : QJsonDocument(labels).toJson(QJsonDocument::Compact);
}

QString FocusColumns::read(const QList<QByteArrayView> &fields, const QByteArray &raw, UsageEvent *e)
{
    if (fields.size() != m_fieldCount)
        return QStringLiteral("the row has %1 fields, the header has %2").arg(fields.size()).arg(m_fieldCount);
    const QByteArrayView currency = field(fields, "billingcurrency");
    if (!currency.isEmpty() && currency.compare("USD", Qt::CaseInsensitive) != 0)
        return QStringLiteral("BillingCurrency '%1' is not USD; Costline keeps USD only for now").arg(QString::fromUtf8(currency));
    const bool chargePeriod = m_index.contains("chargeperiodstart");
    const QByteArrayView start = field(fields, chargePeriod ? "chargeperiodstart" : "billingperiodstart");
    const auto timestamp = parseFocusTime(start);
    if (!timestamp)
        return QStringLiteral("%1 '%2' is not a FOCUS date-time (such as 2024-09-18T22:00:00Z, 2024-09-18 22:00:00 or 9/18/2024)")
            .arg(QLatin1String(chargePeriod ? "ChargePeriodStart" : "BillingPeriodStart"), QString::fromUtf8(start));
    const auto billed = parseFocusMoney(field(fields, "billedcost"));
    if (!billed)
        return QStringLiteral("BilledCost '%1' is not a decimal amount").arg(QString::fromUtf8(field(fields, "billedcost")));
    const QJsonObject sku = jsonObject(field(fields, "skupricedetails"));
    const QJsonObject tags = jsonObject(field(fields, "tags"));
    const QByteArray costColumn = costBasisColumn(m_basis).toLatin1().toLower();
    const QByteArrayView costText = field(fields, costColumn.constData());
    const auto cost = m_basis == CostBasis::Billed ? billed : parseFocusMoney(costText);
    if (!cost && !costText.isEmpty())
        return QStringLiteral("%1 '%2' is not a decimal amount").arg(costBasisColumn(m_basis), QString::fromUtf8(costText));
    e->timestampMs = *timestamp;
    // Costline's own export writes BilledCost 0 for events that had no price: not a cost.
    const bool unpriced = field(fields, "x_coststate") == "unpriced";
    e->reportedCostNano = cost && !unpriced ? std::optional<qint64>(cost->nano) : std::nullopt;
    e->reportedCostSubNano = cost && !unpriced ? cost->subNano : 0;
    e->requests = 0; // a billing line is not a request, unless x_Requests counts them
    if (const QString why = readQuantity(fields, sku, e); !why.isEmpty())
        return why;
    readDimensions(fields, sku, tags, e);
    e->labelsJson = readLabels(fields, sku, tags);
    // Rows carry no id: the row's own text is its identity; identical rows stay apart.
    const QByteArray digest = QCryptographicHash::hash(raw.trimmed(), QCryptographicHash::Sha1).toHex().left(24);
    e->eventId = "focus:" + digest + ':' + QByteArray::number(m_seen[digest]++);
    return {};
}

} // namespace costline
