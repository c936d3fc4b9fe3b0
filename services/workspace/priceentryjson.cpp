#include "priceentryjson.h"

#include "core/money.h"
#include "core/utctime.h"

namespace costline {
namespace {

QJsonValue price(const std::optional<qint64> &nano)
{
    return nano ? QJsonValue(Money::fromNano(*nano).toDecimalString()) : QJsonValue();
}

} // namespace

QJsonObject priceAuditJson(const PriceEntry &e)
{
    return QJsonObject{{QStringLiteral("provider"), e.provider},
                       {QStringLiteral("model_pattern"), e.modelPattern},
                       {QStringLiteral("effective_from"), utc::formatTimestamp(e.effectiveFromMs)},
                       {QStringLiteral("input_per_mtok"), price(e.inputPerMTok)},
                       {QStringLiteral("cached_input_per_mtok"), price(e.cachedInputPerMTok)},
                       {QStringLiteral("cache_write_per_mtok"), price(e.cacheWritePerMTok)},
                       {QStringLiteral("output_per_mtok"), price(e.outputPerMTok)},
                       {QStringLiteral("reasoning_per_mtok"), price(e.reasoningPerMTok)},
                       {QStringLiteral("per_request"), price(e.perRequestNano)},
                       {QStringLiteral("per_unit"), price(e.perUnitNano)},
                       {QStringLiteral("unit"), e.unit},
                       {QStringLiteral("batch_discount_bp"), e.batchDiscountBasisPoints},
                       {QStringLiteral("origin"), originName(e.origin)},
                       {QStringLiteral("catalog"), e.catalog}};
}

QString priceAuditObject(const PriceEntry &e)
{
    return QStringLiteral("price:%1/%2 from %3 (%4)")
        .arg(e.provider.isEmpty() ? QStringLiteral("*") : e.provider, e.modelPattern,
             utc::formatDate(utc::dayOf(e.effectiveFromMs)), originName(e.origin));
}

} // namespace costline
