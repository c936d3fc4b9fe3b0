#include "core/utctime.h"
#include "healthquery.h"
#include "workspace/sqlitestatement.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace costline {
namespace {

// Event ids are (timestamp ms << 20) | sequence, so a day range is an id range.
constexpr int kEventIdShift = 20;

HealthCheck quarantined(Workspace &workspace, const HealthRequest &request, qint64 events)
{
    HealthCheck c = makeCheck(QStringLiteral("quarantined_rows"), capability::dataHealth());
    SqliteStatement st(workspace.db(), "SELECT count(*) FROM quarantine WHERE created_ms BETWEEN ? AND ?");
    st.bind(0, request.fromDay * kMsPerDay);
    st.bind(1, qMax(request.nowMs, (request.toDay + 1) * kMsPerDay - 1));
    const qint64 rows = st.step() ? st.int64(0) : 0;
    const double sharePct = events + rows > 0 ? 100.0 * double(rows) / double(events + rows) : 0;
    c.status = statusAtMost(sharePct, threshold::kQuarantinedPass, threshold::kQuarantinedWarn);
    c.reason = QCoreApplication::translate("costline::Health", "%1 rows quarantined since the range began (%2 % of rows read)").arg(rows).arg(sharePct, 0, 'f', 2);
    if (rows > 0)
        c.action = QCoreApplication::translate("costline::Health", "Review the quarantined rows (costline-cli quarantine list), fix the file and import it again");
    return c;
}

HealthCheck estimated(const UsageTotals &totals)
{
    HealthCheck c = makeCheck(QStringLiteral("estimated_tokens"), capability::dataHealth());
    const double sharePct = totals.events > 0 ? 100.0 * double(totals.estimatedEvents) / double(totals.events) : 0;
    c.status = statusAtMost(sharePct, threshold::kEstimatedPass, threshold::kEstimatedWarn);
    c.reason = QCoreApplication::translate("costline::Health", "%1 % of events carry estimated token counts").arg(sharePct, 0, 'f', 1);
    if (totals.estimatedEvents > 0) {
        const qint64 allNano = totals.costNano;
        c.moneyAtStakeNano = qRound64(double(allNano) * sharePct / 100.0); // the estimated events' share
        c.action = QCoreApplication::translate("costline::Health", "Switch those sources to exact usage (gateway or provider usage API) instead of estimates");
    }
    return c;
}

HealthCheck mismatch(Workspace &workspace, const HealthRequest &request)
{
    HealthCheck c = makeCheck(QStringLiteral("reported_vs_computed"), capability::dataHealth());
    SqliteStatement st(workspace.db(), "SELECT count(*), coalesce(sum(reported_cost), 0), coalesce(sum(computed_cost), 0)"
                                       " FROM events WHERE id BETWEEN ? AND ?"
                                       " AND reported_cost IS NOT NULL AND computed_cost IS NOT NULL");
    st.bind(0, (request.fromDay * kMsPerDay) << kEventIdShift);
    st.bind(1, (((request.toDay + 1) * kMsPerDay) << kEventIdShift) - 1);
    const bool row = st.step();
    const qint64 both = row ? st.int64(0) : 0;
    const qint64 reported = row ? st.int64(1) : 0;
    const qint64 computed = row ? st.int64(2) : 0;
    if (both == 0) {
        c.reason = QCoreApplication::translate("costline::Health", "no events carry both a reported and a computed cost");
        return c;
    }
    const qint64 delta = reported - computed;
    const double deltaPct = computed != 0 ? 100.0 * double(qAbs(delta)) / double(qAbs(computed)) : 100.0;
    c.status = statusAtMost(deltaPct, threshold::kMismatchPass, threshold::kMismatchWarn);
    c.reason = QCoreApplication::translate("costline::Health", "reported cost differs from the price list by %1 % over %2 events").arg(deltaPct, 0, 'f', 2).arg(both);
    c.moneyAtStakeNano = qAbs(delta);
    if (c.status != CheckStatus::Pass)
        c.action = QCoreApplication::translate("costline::Health", "Check the negotiated prices under Model pricing against the provider's invoice (costline-cli reconcile)");
    return c;
}

} // namespace

QList<HealthCheck> ingestionChecks(Workspace &workspace, const HealthRequest &request)
{
    EventFilter f;
    f.fromDay = request.fromDay;
    f.toDay = request.toDay;
    const UsageTotals totals = SummaryQuery(workspace).run(f, {}).totals;
    return {quarantined(workspace, request, totals.events), estimated(totals), mismatch(workspace, request)};
}

} // namespace costline
