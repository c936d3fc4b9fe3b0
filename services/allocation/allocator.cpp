#include "allocator.h"

#include "allocationstore.h"
#include "spendslice.h"

#include <QHash>

#include <algorithm>

namespace costline {
namespace {

struct CompiledRules
{
    QList<AllocationRule> rules;
    QList<RuleMatcher> matchers;
    bool readsLabels = false;
};

CompiledRules compile(const QList<AllocationRule> &all, bool includePending)
{
    CompiledRules c;
    for (const AllocationRule &r : all) {
        if (!r.applied && !includePending)
            continue;
        c.rules << r;
        c.matchers << RuleMatcher(r);
        c.readsLabels = c.readsLabels || !r.labelName().isEmpty();
    }
    return c;
}

// The owner of a slice ("" for unallocated) and how it was found. An empty value never
// matches: a missing tag is not a tag.
QString ownerOf(const SpendSlice &s, const CompiledRules &rules, Confidence *how)
{
    for (qsizetype i = 0; i < rules.rules.size(); ++i) {
        const QString value = s.value(rules.rules.at(i).field);
        if (!value.isEmpty() && rules.matchers.at(i).matches(value)) {
            *how = Confidence::Rule;
            return rules.rules.at(i).owner;
        }
    }
    const QString &team = s.dims[size_t(Dimension::Team)];
    *how = team.isEmpty() ? Confidence::Unallocated : Confidence::Direct;
    return team.isEmpty() ? QString() : QStringLiteral("team:") + team;
}

qint64 driverValue(const SpendSlice &s, CostPool::Driver driver)
{
    switch (driver) {
    case CostPool::Driver::Tokens:
        return s.tokens;
    case CostPool::Driver::Requests:
        return s.requests;
    case CostPool::Driver::GpuSeconds:
        return s.gpuSecondsNano;
    case CostPool::Driver::FixedWeights:
        break;
    }
    return 0;
}

struct Owned
{
    const SpendSlice *slice;
    QString owner;
};

void addPools(Showback &sb, QHash<QString, OwnerCost> &owners, const QList<Owned> &owned, const QList<CostPool> &pools)
{
    for (const CostPool &pool : pools) {
        PoolSplit split{pool.name, poolAmountFor(pool, sb.fromDay, sb.toDay), {}};
        QMap<QString, qint64> weights = pool.weights;
        if (pool.driver != CostPool::Driver::FixedWeights) {
            for (const Owned &o : owned)
                weights[o.owner] += driverValue(*o.slice, pool.driver);
        }
        split.parts = splitLargestRemainder(split.amountNano, weights);
        if (split.parts.isEmpty())
            split.parts.insert(QString(), split.amountNano); // no driver usage: nobody to split over
        for (auto it = split.parts.cbegin(); it != split.parts.cend(); ++it) {
            if (it.key().isEmpty())
                sb.unallocatedPoolNano += it.value();
            else
                owners[it.key()].driverSplitNano += it.value();
        }
        sb.totalNano += split.amountNano;
        sb.pools << split;
    }
}

} // namespace

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Direct:
        return QStringLiteral("direct");
    case Confidence::Rule:
        return QStringLiteral("rule");
    case Confidence::DriverSplit:
        return QStringLiteral("driver_split");
    case Confidence::Unallocated:
        break;
    }
    return QStringLiteral("unallocated");
}

Showback Allocator::showback(const EventFilter &filter, bool includePending)
{
    AllocationStore store(m_workspace);
    const CompiledRules rules = compile(store.rules(), includePending);
    const QList<CostPool> pools = store.pools();
    SliceOptions options;
    options.withLabels = rules.readsLabels;
    options.withGpu = std::any_of(pools.begin(), pools.end(), [](const CostPool &p) { return p.driver == CostPool::Driver::GpuSeconds; });
    const QList<SpendSlice> slices = readSlices(m_workspace, filter, options);
    Showback sb;
    sb.fromDay = *filter.fromDay;
    sb.toDay = *filter.toDay;
    QHash<QString, OwnerCost> owners;
    QList<Owned> owned;
    qint64 unallocatedUsage = 0;
    for (const SpendSlice &s : slices) {
        Confidence how = Confidence::Unallocated;
        const QString owner = ownerOf(s, rules, &how);
        owned << Owned{&s, owner};
        sb.totalNano += s.costNano;
        sb.unpricedEvents += s.unpricedEvents;
        if (how == Confidence::Rule)
            owners[owner].ruleNano += s.costNano;
        else if (how == Confidence::Direct)
            owners[owner].directNano += s.costNano;
        else
            unallocatedUsage += s.costNano;
    }
    addPools(sb, owners, owned, pools);
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        it->owner = it.key();
        sb.allocatedNano += it->totalNano();
        sb.owners << *it;
    }
    sb.unallocatedNano = unallocatedUsage + sb.unallocatedPoolNano;
    std::sort(sb.owners.begin(), sb.owners.end(), [](const OwnerCost &a, const OwnerCost &b) {
        return a.totalNano() != b.totalNano() ? a.totalNano() > b.totalNano() : a.owner < b.owner;
    });
    return sb;
}

AllocationPreview Allocator::preview(const EventFilter &filter)
{
    AllocationStore store(m_workspace);
    const QList<AllocationRule> all = store.rules();
    AllocationPreview p;
    p.pendingRules = int(std::count_if(all.begin(), all.end(), [](const AllocationRule &r) { return !r.applied; }));
    const CompiledRules before = compile(all, false);
    const CompiledRules after = compile(all, true);
    SliceOptions options;
    options.withLabels = after.readsLabels;
    QMap<QPair<QString, QString>, qint64> moved;
    for (const SpendSlice &s : readSlices(m_workspace, filter, options)) {
        Confidence how = Confidence::Unallocated;
        const QString from = ownerOf(s, before, &how);
        const QString to = ownerOf(s, after, &how);
        if (from != to && s.costNano != 0)
            moved[qMakePair(from, to)] += s.costNano;
    }
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        p.moves << RuleMove{it.key().first, it.key().second, it.value()};
        p.movedNano += it.value();
    }
    std::sort(p.moves.begin(), p.moves.end(), [](const RuleMove &a, const RuleMove &b) { return a.costNano > b.costNano; });
    return p;
}

} // namespace costline
