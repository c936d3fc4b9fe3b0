#include "showbackreport.h"

#include "allocation/allocator.h"
#include "chargebackreport.h"
#include "core/percent.h"

#include <algorithm>

namespace costline {
namespace {

QVariant share(qint64 part, qint64 whole)
{
    return whole == 0 ? QVariant() : QVariant(percentOf(part, whole));
}

ReportSection ownersSection(const Showback &sb)
{
    ReportSection s;
    s.heading = QStringLiteral("Owners");
    s.note = QStringLiteral("Each owner's cost by how it was allocated: direct (the events name the team), rule (a "
                            "virtual-tag allocation rule), driver split (a share of a cost pool). Unallocated: spend "
                            "with no owner, and pool shares with nobody to split over.");
    s.columns = {{QStringLiteral("Owner"), ColumnKind::Text},
                 {QStringLiteral("Direct (USD)"), ColumnKind::Money},
                 {QStringLiteral("Rule (USD)"), ColumnKind::Money},
                 {QStringLiteral("Driver split (USD)"), ColumnKind::Money},
                 {QStringLiteral("Unallocated (USD)"), ColumnKind::Money},
                 {QStringLiteral("Total (USD)"), ColumnKind::Money},
                 {QStringLiteral("Share"), ColumnKind::Percent}};
    qint64 direct = 0, rule = 0, split = 0;
    for (const OwnerCost &o : sb.owners) {
        s.rows << QVariantList{o.owner, o.directNano, o.ruleNano, o.driverSplitNano, qint64(0), o.totalNano(),
                               share(o.totalNano(), sb.totalNano)};
        direct += o.directNano;
        rule += o.ruleNano;
        split += o.driverSplitNano;
    }
    s.rows << QVariantList{QStringLiteral("Unallocated"), qint64(0), qint64(0), qint64(0), sb.unallocatedNano,
                           sb.unallocatedNano, share(sb.unallocatedNano, sb.totalNano)};
    s.totals = {QStringLiteral("Total"), direct, rule, split, sb.unallocatedNano, sb.totalNano, share(sb.totalNano, sb.totalNano)};
    s.chart = ReportChart{ChartKind::Bars,
                          0,
                          {{1, SeriesStyle::Primary}, {2, SeriesStyle::Secondary}, {3, SeriesStyle::Accent}, {4, SeriesStyle::Muted}},
                          QStringLiteral("Owner"),
                          QStringLiteral("Cost (USD)")};
    return s;
}

ReportSection confidenceSection(const Showback &sb)
{
    ReportSection s;
    s.heading = QStringLiteral("Confidence mix");
    s.note = QStringLiteral("How sure the allocation is: direct and rule allocations follow the usage itself, a driver "
                            "split follows a pool's driver, unallocated spend has no owner yet.");
    s.columns = {{QStringLiteral("Confidence"), ColumnKind::Text},
                 {QStringLiteral("Owners"), ColumnKind::Count},
                 {QStringLiteral("Amount (USD)"), ColumnKind::Money},
                 {QStringLiteral("Share"), ColumnKind::Percent}};
    struct Kind
    {
        QString name;
        qint64 OwnerCost::*field;
    };
    const QList<Kind> kinds{{QStringLiteral("Direct"), &OwnerCost::directNano},
                            {QStringLiteral("Rule"), &OwnerCost::ruleNano},
                            {QStringLiteral("Driver split"), &OwnerCost::driverSplitNano}};
    for (const Kind &kind : kinds) {
        qint64 amount = 0;
        qint64 owners = 0;
        for (const OwnerCost &o : sb.owners) {
            amount += o.*kind.field;
            owners += o.*kind.field != 0 ? 1 : 0;
        }
        s.rows << QVariantList{kind.name, owners, amount, share(amount, sb.totalNano)};
    }
    s.rows << QVariantList{QStringLiteral("Unallocated"), QVariant(), sb.unallocatedNano, share(sb.unallocatedNano, sb.totalNano)};
    s.totals = {QStringLiteral("Total"), qint64(sb.owners.size()), sb.totalNano, share(sb.totalNano, sb.totalNano)};
    return s;
}

ReportSection poolsSection(const Showback &sb)
{
    ReportSection s;
    s.heading = QStringLiteral("Cost pools");
    s.columns = {{QStringLiteral("Pool"), ColumnKind::Text},
                 {QStringLiteral("Owner"), ColumnKind::Text},
                 {QStringLiteral("Amount (USD)"), ColumnKind::Money},
                 {QStringLiteral("Share of pool"), ColumnKind::Percent}};
    qint64 total = 0;
    for (const PoolSplit &pool : sb.pools) {
        QList<std::pair<QString, qint64>> parts;
        for (auto it = pool.parts.cbegin(); it != pool.parts.cend(); ++it)
            parts.append({it.key(), it.value()});
        // Largest share first, the unallocated share last, as in the owners table.
        std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) {
            return a.first.isEmpty() != b.first.isEmpty() ? b.first.isEmpty() : a.second > b.second;
        });
        for (const auto &[owner, amount] : parts)
            s.rows << QVariantList{pool.pool, owner.isEmpty() ? QStringLiteral("Unallocated") : owner, amount,
                                   share(amount, pool.amountNano)};
        total += pool.amountNano;
    }
    s.totals = {QStringLiteral("Total"), QString(), total, QVariant()};
    s.note = sb.pools.isEmpty() ? QStringLiteral("No cost pools: a shared cost is split over owners once it is added "
                                                 "with 'costline-cli allocation add-pool'.")
                                : QStringLiteral("Each pool's amount for the period (a month's amount prorated by its "
                                                 "days), split over owners by its driver to the nano-dollar.");
    return s;
}

ReportSection reconciliationSection(const Showback &sb, qint64 poolsNano)
{
    ReportSection s;
    s.heading = QStringLiteral("Reconciliation to the period's spend");
    s.columns = {{QStringLiteral("Spend"), ColumnKind::Text}, {QStringLiteral("Amount (USD)"), ColumnKind::Money}};
    s.rows = {{QStringLiteral("Usage cost of the period (as 'costline-cli summary')"), sb.totalNano - poolsNano},
              {QStringLiteral("Cost pools"), poolsNano}};
    s.totals = {QStringLiteral("Total: allocated + unallocated"), sb.totalNano};
    s.note = QStringLiteral("Allocated %1 + unallocated %2 = %3.")
                 .arg(reportformat::cents(sb.allocatedNano), reportformat::cents(sb.unallocatedNano), reportformat::cents(sb.totalNano));
    if (sb.unpricedEvents > 0)
        s.note += QStringLiteral(" %1 events have no price and are in no owner's cost; Data health lists them.").arg(sb.unpricedEvents);
    return s;
}

} // namespace

Report buildShowback(Workspace &workspace, const ReportRequest &request)
{
    EventFilter filter;
    filter.fromDay = request.fromDay;
    filter.toDay = request.toDay;
    if (!request.tenant.isEmpty())
        filter.where.insert(Dimension::Tenant, {request.tenant});
    const Showback sb = Allocator(workspace).showback(filter);
    qint64 poolsNano = 0;
    for (const PoolSplit &pool : sb.pools)
        poolsNano += pool.amountNano;
    Report r = reportHeader(workspace, request);
    r.sections << ownersSection(sb) << confidenceSection(sb) << poolsSection(sb) << reconciliationSection(sb, poolsNano);
    r.headline << qMakePair(QStringLiteral("Total spend"), reportformat::cents(sb.totalNano))
               << qMakePair(QStringLiteral("Allocated"), reportformat::cents(sb.allocatedNano))
               << qMakePair(QStringLiteral("Unallocated"), reportformat::cents(sb.unallocatedNano))
               << qMakePair(QStringLiteral("Owners"), QString::number(sb.owners.size()));
    return r;
}

} // namespace costline
