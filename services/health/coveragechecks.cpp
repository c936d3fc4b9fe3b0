#include "healthquery.h"
#include "core/utctime.h"
#include "workspace/pricinggaps.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"
#include "workspace/summaryquery.h"

#include <QCoreApplication>

namespace costline {
namespace {

EventFilter rangeFilter(const HealthRequest &request)
{
    EventFilter f;
    f.fromDay = request.fromDay;
    f.toDay = request.toDay;
    return f;
}

double pctOf(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 100.0;
}

// A share as text that never reads as all or nothing when it is neither: one unpriced
// event in a million is 99.9 %, not 100.0 %.
QString shareText(qint64 part, qint64 whole)
{
    const double pct = pctOf(part, whole);
    const double shown = part <= 0 || part >= whole ? pct : qBound(0.1, pct, 99.9);
    return QString::number(shown, 'f', 1);
}

HealthCheck pricingCoverage(Workspace &workspace, const HealthRequest &request, const UsageTotals &totals)
{
    HealthCheck c = makeCheck(QStringLiteral("pricing_coverage"), capability::overview());
    std::optional<qint64> unpricedEstimate;
    for (const PricingGap &gap : findPricingGaps(workspace, request.fromDay, request.toDay)) {
        if (gap.estimatedCostNano)
            unpricedEstimate = unpricedEstimate.value_or(0) + *gap.estimatedCostNano;
    }
    const qint64 priced = totals.events - totals.unpricedEvents;
    c.status = statusAtLeast(pctOf(priced, totals.events), threshold::kPricedPass, threshold::kPricedWarn);
    c.moneyAtStakeNano = unpricedEstimate.value_or(0);
    if (totals.unpricedEvents == 0) {
        c.reason = QCoreApplication::translate("costline::Health", "all %1 events priced").arg(totals.events);
        return c;
    }
    // With nothing priced there is no rate to value the unpriced events by: their share of
    // spend is unknown, not 100 %.
    if (!unpricedEstimate)
        c.reason = QCoreApplication::translate("costline::Health", "%1 % of events priced; the spend of the %2 unpriced events "
                                                                   "is unknown, as nothing is priced to estimate it from")
                       .arg(shareText(priced, totals.events))
                       .arg(totals.unpricedEvents);
    else
        c.reason = QCoreApplication::translate("costline::Health", "%1 % of events and about %2 % of spend priced; %3 events unpriced")
                       .arg(shareText(priced, totals.events),
                            shareText(totals.costNano, totals.costNano + *unpricedEstimate))
                       .arg(totals.unpricedEvents);
    c.action = QCoreApplication::translate("costline::Health", "Add prices for the unpriced models under Model pricing (costline-cli pricing gaps)");
    return c;
}

HealthCheck metadataCoverage(Workspace &workspace, const HealthRequest &request, Dimension dim, qint64 totalNano)
{
    HealthCheck c = makeCheck(QStringLiteral("metadata_coverage"), capability::allocation(), dimensionName(dim));
    const SummaryResult r = SummaryQuery(workspace).run(rangeFilter(request), {Grouping{GroupKey::Dim, dim}});
    qint64 without = 0;
    for (const SummaryGroup &g : r.groups) {
        if (g.key.value(0).isEmpty())
            without += g.totals.costNano;
    }
    const double withPct = pctOf(totalNano - without, totalNano);
    c.status = statusAtLeast(withPct, threshold::kMetadataPass, threshold::kMetadataWarn);
    c.reason = QCoreApplication::translate("costline::Health", "%1 % of spend carries a %2").arg(withPct, 0, 'f', 1).arg(dimensionName(dim));
    c.moneyAtStakeNano = without;
    if (without > 0)
        c.action = QCoreApplication::translate("costline::Health", "Tag requests with %1 at the gateway, or add an allocation rule for the spend without it")
                       .arg(dimensionName(dim));
    return c;
}

// Coverage of nothing is no coverage: with no usage in the range, the check fails and says
// how to get data, instead of passing at "100 % of nothing".
HealthCheck noUsage(HealthCheck c)
{
    c.status = CheckStatus::Fail;
    c.reason = QCoreApplication::translate("costline::Health", "no usage in the range, so there is nothing to measure coverage on");
    c.action = QCoreApplication::translate("costline::Health", "Import usage (costline-cli import KIND FILE) or add a source and sync it");
    return c;
}

HealthCheck forecastHistory(Workspace &workspace)
{
    HealthCheck c = makeCheck(QStringLiteral("forecast_history"), capability::forecast());
    SummaryQuery summary(workspace);
    const auto first = summary.firstDay();
    const auto last = summary.lastDay();
    const qint64 days = first && last ? *last - *first + 1 : 0;
    c.status = statusAtLeast(double(days), double(threshold::kHistoryPassDays), double(threshold::kHistoryWarnDays));
    c.reason = QCoreApplication::translate("costline::Health", "%1 days of usage history; the forecast fits the last %2").arg(days).arg(threshold::kHistoryPassDays);
    if (c.status != CheckStatus::Pass)
        c.action = QCoreApplication::translate("costline::Health", "Backfill at least %1 days of usage (a longer backfill on the sources)").arg(threshold::kHistoryPassDays);
    return c;
}

HealthCheck outcomesPresent(Workspace &workspace, const HealthRequest &request)
{
    HealthCheck c{makeCheck(QStringLiteral("outcomes"), capability::unitEconomics())};
    SqliteStatement st(workspace.db(), "SELECT count(*), count(trace_id) FROM outcomes WHERE timestamp_ms BETWEEN ? AND ?");
    st.bind(0, request.fromDay * kMsPerDay);
    st.bind(1, (request.toDay + 1) * kMsPerDay - 1);
    const qint64 outcomes = st.step() ? st.int64(0) : 0;
    c.status = outcomes > 0 ? CheckStatus::Pass : CheckStatus::Fail;
    c.reason = QCoreApplication::translate("costline::Health", "%1 business outcomes in the range").arg(outcomes);
    if (outcomes == 0)
        c.action = QCoreApplication::translate("costline::Health", "Import outcomes (costline-cli import outcomes FILE) so cost can be divided by what it bought");
    return c;
}

} // namespace

QList<HealthCheck> coverageChecks(Workspace &workspace, const HealthRequest &request)
{
    const UsageTotals totals = SummaryQuery(workspace).run(rangeFilter(request), {}).totals;
    const bool empty = totals.events == 0;
    QList<HealthCheck> checks{empty ? noUsage(makeCheck(QStringLiteral("pricing_coverage"), capability::overview()))
                                    : pricingCoverage(workspace, request, totals)};
    for (Dimension dim : {Dimension::Team, Dimension::Project, Dimension::Tenant}) {
        checks << (empty ? noUsage(makeCheck(QStringLiteral("metadata_coverage"), capability::allocation(), dimensionName(dim)))
                         : metadataCoverage(workspace, request, dim, totals.costNano));
    }
    checks << forecastHistory(workspace) << outcomesPresent(workspace, request);
    return checks;
}

} // namespace costline
