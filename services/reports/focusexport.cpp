#include "focusexport.h"

#include "core/money.h"
#include "core/utctime.h"
#include "reportrenderer.h"
#include "workspace/dimensioncatalog.h"
#include "workspace/eventfilter.h"
#include "workspace/ingestsession.h"
#include "workspace/sourcestore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace costline {
namespace {

// FOCUS 1.2 columns, in the order of the specification's own samples (by name).
const QStringList kFocusColumns{
    QStringLiteral("BilledCost"),        QStringLiteral("BillingAccountId"),  QStringLiteral("BillingAccountName"),
    QStringLiteral("BillingCurrency"),   QStringLiteral("BillingPeriodEnd"),  QStringLiteral("BillingPeriodStart"),
    QStringLiteral("ChargeCategory"),    QStringLiteral("ChargeClass"),       QStringLiteral("ChargeDescription"),
    QStringLiteral("ChargeFrequency"),   QStringLiteral("ChargePeriodEnd"),   QStringLiteral("ChargePeriodStart"),
    QStringLiteral("ConsumedQuantity"),  QStringLiteral("ConsumedUnit"),      QStringLiteral("ContractedCost"),
    QStringLiteral("EffectiveCost"),     QStringLiteral("InvoiceIssuerName"), QStringLiteral("ListCost"),
    QStringLiteral("PricingCategory"),   QStringLiteral("PricingQuantity"),   QStringLiteral("PricingUnit"),
    QStringLiteral("ProviderName"),      QStringLiteral("PublisherName"),     QStringLiteral("ResourceId"),
    QStringLiteral("ResourceName"),      QStringLiteral("ServiceCategory"),   QStringLiteral("ServiceName"),
    QStringLiteral("ServiceSubcategory"), QStringLiteral("SkuId"),            QStringLiteral("SkuPriceDetails"),
    QStringLiteral("SubAccountId"),      QStringLiteral("SubAccountName"),    QStringLiteral("Tags")};

// Costline's dimensions as x_ columns (the provider is ProviderName).
constexpr std::pair<Dimension, const char *> kDimensionColumns[] = {
    {Dimension::Source, "x_Source"},     {Dimension::Model, "x_Model"},         {Dimension::Operation, "x_Operation"},
    {Dimension::ApiKey, "x_ApiKey"},     {Dimension::Tenant, "x_Tenant"},       {Dimension::Customer, "x_Customer"},
    {Dimension::Project, "x_Project"},   {Dimension::Team, "x_Team"},           {Dimension::Feature, "x_Feature"},
    {Dimension::Workflow, "x_Workflow"}, {Dimension::Environment, "x_Environment"}};

// The rollup's counts, in the order the query reads them.
constexpr const char *kCountColumns[] = {"x_Events",           "x_Requests",      "x_InputTokens",
                                         "x_CachedTokens",     "x_CacheWriteTokens", "x_OutputTokens",
                                         "x_ReasoningTokens",  "x_UnpricedEvents", "x_EstimatedEvents"};
constexpr int kCountCount = int(std::size(kCountColumns));

// Tags that FinOps tools (and Costline's FOCUS importer) read as allocation tags.
constexpr std::pair<Dimension, const char *> kTagDimensions[] = {
    {Dimension::Team, "team"},         {Dimension::Project, "project"},   {Dimension::Tenant, "tenant"},
    {Dimension::Customer, "customer"}, {Dimension::Feature, "feature"},   {Dimension::Workflow, "workflow"},
    {Dimension::Environment, "environment"}};

// What every row of one dimension tuple repeats, worked out once per tuple.
struct TupleFields
{
    QString provider;
    QString model;
    QString project;
    QString description;
    QString skuDetails;
    QString tags;
    QStringList dims; // kDimensionColumns order
};

struct DayFields
{
    QString chargeStart;
    QString chargeEnd;
    QString billingStart;
    QString billingEnd;
};

QString startOf(qint64 day)
{
    return utc::formatDate(day) + QStringLiteral("T00:00:00Z");
}

DayFields dayFields(qint64 day)
{
    // FOCUS periods are UTC with an exclusive end: the day, and the calendar month it bills in.
    return {startOf(day), startOf(day + 1), startOf(utc::firstDayOfMonth(day)), startOf(utc::lastDayOfMonth(day) + 1)};
}

QString compactJson(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TupleFields tupleFields(DimensionCatalog &catalog, const QHash<qint64, QString> &sources, qint64 tupleId)
{
    const DimensionTuple tuple = catalog.tuple(tupleId);
    const auto text = [&](Dimension d) {
        return d == Dimension::Source ? sources.value(tuple.id(d)) : catalog.valueText(d, tuple.id(d));
    };
    TupleFields t;
    t.provider = text(Dimension::Provider).isEmpty() ? QStringLiteral("unknown") : text(Dimension::Provider);
    t.model = text(Dimension::Model);
    t.project = text(Dimension::Project);
    t.description = QStringLiteral("%1 usage via %2").arg(t.model.isEmpty() ? QStringLiteral("Model") : t.model, t.provider);
    if (!t.model.isEmpty())
        t.skuDetails = compactJson(QJsonObject{{QStringLiteral("ModelId"), t.model}});
    QJsonObject tags;
    for (const auto &[dim, key] : kTagDimensions) {
        if (const QString value = text(dim); !value.isEmpty())
            tags.insert(QLatin1String(key), value);
    }
    t.tags = compactJson(tags);
    for (const auto &[dim, column] : kDimensionColumns)
        t.dims << text(dim);
    return t;
}

// 1234567 tokens → "1.234567": tokens are priced per million.
QString millions(qint64 tokens)
{
    return QStringLiteral("%1.%2").arg(tokens / 1'000'000).arg(tokens % 1'000'000, 6, 10, QLatin1Char('0'));
}

// ConsumedQuantity, ConsumedUnit, ContractedCost, EffectiveCost, InvoiceIssuerName, ListCost,
// PricingCategory, PricingQuantity, PricingUnit: tokens where the row has any, else requests.
QStringList meteredFields(qint64 tokens, qint64 requests, const QString &cost, const QString &provider)
{
    if (tokens > 0)
        return {QString::number(tokens), QStringLiteral("Tokens"), cost, cost, provider, cost, QStringLiteral("Standard"),
                millions(tokens), QStringLiteral("1000000 Tokens")};
    if (requests > 0)
        return {QString::number(requests), QStringLiteral("Requests"), cost, cost, provider, cost, QStringLiteral("Standard"),
                QString::number(requests), QStringLiteral("Requests")};
    return {QString(), QString(), cost, cost, provider, cost, QStringLiteral("Standard"), QString(), QString()};
}

QString costState(qint64 events, qint64 unpriced, qint64 estimated)
{
    if (unpriced > 0)
        return unpriced == events ? QStringLiteral("unpriced") : QStringLiteral("partly_unpriced");
    return estimated > 0 ? QStringLiteral("estimated") : QStringLiteral("priced");
}

QStringList focusRow(const SqliteStatement &st, const QString &account, const DayFields &d, const TupleFields &t)
{
    const QString cost = Money::fromNano(st.int64(2)).toDecimalString();
    qint64 counts[kCountCount];
    for (int i = 0; i < kCountCount; ++i)
        counts[i] = st.int64(3 + i);
    const qint64 tokens = counts[2] + counts[5]; // input + output
    QStringList row{cost, account, account, QStringLiteral("USD"), d.billingEnd, d.billingStart, QStringLiteral("Usage"),
                    QString(), t.description, QStringLiteral("Usage-Based"), d.chargeEnd, d.chargeStart};
    row << meteredFields(tokens, counts[1], cost, t.provider);
    row << t.provider << t.provider << t.provider + QLatin1Char('/') + t.model << t.model
        << QStringLiteral("AI and Machine Learning") << t.provider << QStringLiteral("Generative AI") << t.model
        << t.skuDetails << t.project << t.project << t.tags;
    row << t.dims;
    for (const qint64 count : counts)
        row << QString::number(count);
    row << costState(counts[0], counts[7], counts[8]);
    return row;
}

// A day of a tuple whose events are partly unpriced is written as two rows, the priced
// events and the unpriced ones, so that no row mixes a cost with events that have none and
// a re-import keeps the unpriced events unpriced. Read from the events: such days are rare.
// Same columns as the rollup query.
constexpr char kCostStateSplit[] =
    "SELECT ?1, tuple_id, sum(coalesce(reported_cost, computed_cost, 0)), count(*), sum(requests), sum(input_tokens),"
    " sum(cached_input_tokens), sum(cache_write_tokens), sum(output_tokens), sum(reasoning_tokens),"
    " sum(coalesce(reported_cost, computed_cost) IS NULL), sum(estimated)"
    " FROM events WHERE id BETWEEN ?2 AND ?3 AND tuple_id = ?4"
    " GROUP BY coalesce(reported_cost, computed_cost) IS NULL ORDER BY 11";

constexpr qsizetype kFlushBytes = 1 << 20;

bool flush(QIODevice *out, QByteArray &buffer)
{
    const bool ok = out->write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

} // namespace

QStringList focusExportColumns()
{
    QStringList columns = kFocusColumns;
    for (const auto &[dim, column] : kDimensionColumns)
        columns << QLatin1String(column);
    for (const char *column : kCountColumns)
        columns << QLatin1String(column);
    return columns << QStringLiteral("x_CostState");
}

bool writeFocusCsv(Workspace &ws, const ReportRequest &request, QIODevice *out, QString *error)
{
    QHash<qint64, QString> sources;
    for (const SourceInfo &s : SourceStore(ws).list())
        sources.insert(s.id, s.name);
    EventFilter filter;
    if (!request.tenant.isEmpty())
        filter.where.insert(Dimension::Tenant, {request.tenant});
    SqliteStatement st(ws.db(), "SELECT r.day, r.tuple_id, r.cost, r.events, r.requests, r.input_tokens, r.cached_input_tokens,"
                                " r.cache_write_tokens, r.output_tokens, r.reasoning_tokens, r.unpriced_events, r.estimated_events"
                                " FROM rollup_day r JOIN dim_tuples t ON t.id = r.tuple_id"
                                " WHERE r.day BETWEEN ?1 AND ?2 AND r.events <> 0 AND "
                                + tupleCondition(ws.dimensions(), filter, "t") + " ORDER BY r.day, r.tuple_id");
    st.bind(0, request.fromDay);
    st.bind(1, request.toDay);
    SqliteStatement split(ws.db(), kCostStateSplit);
    const QString account = QFileInfo(ws.path()).completeBaseName();
    QHash<qint64, TupleFields> tuples;
    QHash<qint64, DayFields> days;
    QByteArray buffer = csvLine(focusExportColumns());
    bool written = true;
    while (st.step()) {
        const qint64 day = st.int64(0);
        const qint64 tupleId = st.int64(1);
        if (!days.contains(day))
            days.insert(day, dayFields(day));
        if (!tuples.contains(tupleId))
            tuples.insert(tupleId, tupleFields(ws.dimensions(), sources, tupleId));
        const qint64 unpriced = st.int64(10);
        if (unpriced == 0 || unpriced == st.int64(3)) {
            buffer += csvLine(focusRow(st, account, days.value(day), tuples.value(tupleId)));
        } else {
            split.reset();
            split.bind(0, day);
            split.bind(1, eventIdFloor(day * kMsPerDay));
            split.bind(2, eventIdFloor((day + 1) * kMsPerDay) - 1);
            split.bind(3, tupleId);
            while (split.step())
                buffer += csvLine(focusRow(split, account, days.value(day), tuples.value(tupleId)));
            if (!split.error().isEmpty()) {
                *error = QStringLiteral("Cannot read the events of a partly priced day: %1").arg(split.error());
                return false;
            }
        }
        if (buffer.size() >= kFlushBytes && !(written = flush(out, buffer)))
            break;
    }
    if (!st.error().isEmpty()) {
        *error = QStringLiteral("Cannot read the cost rows: %1").arg(st.error());
        return false;
    }
    if (!written || !flush(out, buffer)) {
        *error = QStringLiteral("Cannot write the FOCUS export: %1").arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace costline
