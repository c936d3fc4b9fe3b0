#include "allocationoutput.h"

#include "core/money.h"
#include "core/utctime.h"

#include <QJsonArray>

namespace costline::cli {
namespace {

QString money(qint64 nano)
{
    return Money::fromNano(nano).toDecimalString();
}

QString ownerText(const QString &owner)
{
    return owner.isEmpty() ? QStringLiteral("unallocated") : owner;
}

} // namespace

QJsonObject showbackJson(const Showback &s)
{
    QJsonObject root;
    root.insert(QStringLiteral("from"), utc::formatDate(s.fromDay));
    root.insert(QStringLiteral("to"), utc::formatDate(s.toDay));
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("total"), money(s.totalNano));
    root.insert(QStringLiteral("allocated"), money(s.allocatedNano));
    root.insert(QStringLiteral("unallocated"), money(s.unallocatedNano));
    root.insert(QStringLiteral("unallocated_pools"), money(s.unallocatedPoolNano));
    root.insert(QStringLiteral("unpriced_events"), s.unpricedEvents);
    QJsonArray owners;
    for (const OwnerCost &o : s.owners) {
        QJsonObject confidence;
        confidence.insert(QStringLiteral("direct"), money(o.directNano));
        confidence.insert(QStringLiteral("rule"), money(o.ruleNano));
        confidence.insert(QStringLiteral("driver_split"), money(o.driverSplitNano));
        owners.append(QJsonObject{{QStringLiteral("owner"), o.owner}, {QStringLiteral("cost"), money(o.totalNano())},
                                  {QStringLiteral("confidence"), confidence}});
    }
    root.insert(QStringLiteral("owners"), owners);
    QJsonArray pools;
    for (const PoolSplit &p : s.pools) {
        QJsonObject parts;
        for (auto it = p.parts.cbegin(); it != p.parts.cend(); ++it)
            parts.insert(ownerText(it.key()), money(it.value()));
        pools.append(QJsonObject{{QStringLiteral("pool"), p.pool}, {QStringLiteral("amount"), money(p.amountNano)},
                                 {QStringLiteral("split"), parts}});
    }
    root.insert(QStringLiteral("pools"), pools);
    return root;
}

QJsonObject previewJson(const AllocationPreview &p)
{
    QJsonArray moves;
    for (const RuleMove &m : p.moves)
        moves.append(QJsonObject{{QStringLiteral("from"), ownerText(m.from)}, {QStringLiteral("to"), ownerText(m.to)},
                                 {QStringLiteral("cost"), money(m.costNano)}});
    return QJsonObject{{QStringLiteral("pending_rules"), p.pendingRules},
                       {QStringLiteral("moved"), money(p.movedNano)},
                       {QStringLiteral("moves"), moves}};
}

TableWriter showbackTable(const Showback &s)
{
    TableWriter t({QStringLiteral("owner"), QStringLiteral("cost"), QStringLiteral("direct"), QStringLiteral("rule"),
                   QStringLiteral("driver_split")},
                  {false, true, true, true, true});
    for (const OwnerCost &o : s.owners)
        t.addRow({o.owner, money(o.totalNano()), money(o.directNano), money(o.ruleNano), money(o.driverSplitNano)});
    t.addRow({QStringLiteral("unallocated"), money(s.unallocatedNano), QString(), QString(), QString()});
    t.addRow({QStringLiteral("total"), money(s.totalNano), QString(), QString(), QString()});
    return t;
}

TableWriter chargebackTable(const Showback &s)
{
    TableWriter t({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("owner"), QStringLiteral("direct"),
                   QStringLiteral("rule"), QStringLiteral("driver_split"), QStringLiteral("unallocated"),
                   QStringLiteral("total")});
    const QString from = utc::formatDate(s.fromDay);
    const QString to = utc::formatDate(s.toDay);
    const QString zero = money(0);
    for (const OwnerCost &o : s.owners)
        t.addRow({from, to, o.owner, money(o.directNano), money(o.ruleNano), money(o.driverSplitNano), zero,
                  money(o.totalNano())});
    t.addRow({from, to, QStringLiteral("unallocated"), zero, zero, zero, money(s.unallocatedNano), money(s.unallocatedNano)});
    return t;
}

TableWriter previewTable(const AllocationPreview &p)
{
    TableWriter t({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("cost")}, {false, false, true});
    for (const RuleMove &m : p.moves)
        t.addRow({ownerText(m.from), ownerText(m.to), money(m.costNano)});
    return t;
}

TableWriter rulesTable(const QList<AllocationRule> &rules)
{
    TableWriter t({QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("field"), QStringLiteral("match"),
                   QStringLiteral("pattern"), QStringLiteral("owner"), QStringLiteral("state")});
    for (const AllocationRule &r : rules)
        t.addRow({QString::number(r.id), QString::number(r.position), r.field, matchName(r.match), r.pattern, r.owner,
                  r.applied ? QStringLiteral("applied") : QStringLiteral("pending")});
    return t;
}

TableWriter poolsTable(const QList<CostPool> &pools)
{
    TableWriter t({QStringLiteral("name"), QStringLiteral("monthly_amount"), QStringLiteral("driver"), QStringLiteral("weights")});
    for (const CostPool &p : pools) {
        QStringList weights;
        for (auto it = p.weights.cbegin(); it != p.weights.cend(); ++it)
            weights << it.key() + QLatin1Char('=') + QString::number(it.value());
        t.addRow({p.name, money(p.monthlyNano), driverName(p.driver), weights.join(QLatin1Char(' '))});
    }
    return t;
}

} // namespace costline::cli
