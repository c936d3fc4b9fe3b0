#include "allocationauditjson.h"

#include "core/money.h"

namespace costline {

QJsonObject ruleAuditJson(const AllocationRule &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("position"), r.position},
                       {QStringLiteral("field"), r.field},
                       {QStringLiteral("match"), matchName(r.match)},
                       {QStringLiteral("pattern"), r.pattern},
                       {QStringLiteral("owner"), r.owner},
                       {QStringLiteral("applied"), r.applied}};
}

QString ruleAuditObject(const AllocationRule &r)
{
    return QStringLiteral("allocation_rule:%1=%2→%3").arg(r.field, r.pattern, r.owner);
}

QJsonObject poolAuditJson(const CostPool &p)
{
    QJsonObject weights;
    for (auto it = p.weights.cbegin(); it != p.weights.cend(); ++it)
        weights.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("monthly_amount"), Money::fromNano(p.monthlyNano).toDecimalString()},
                       {QStringLiteral("driver"), driverName(p.driver)},
                       {QStringLiteral("weights"), weights}};
}

QString poolAuditObject(const QString &name)
{
    return QStringLiteral("cost_pool:") + name;
}

} // namespace costline
