#include "spenddetectors.h"
#include "core/percent.h"

#include "anomalydetector.h"
#include "budgets/budgetevaluator.h"
#include "core/utctime.h"
#include "workspace/dimensioncatalog.h"
#include "workspace/pricinggaps.h"
#include "workspace/sqlitestatement.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <QMap>

namespace costline {
namespace {

constexpr int kLookbackDays = 30;

// Which cap binds this cap's spend: itself, or a wider one with less left.
QString governingText(const BudgetStatus &s, const QList<BudgetStatus> &statuses)
{
    const BudgetStatus *governing = BudgetEvaluator::find(statuses, s.governingCap);
    if (!governing || governing == &s || governing->budget.name == s.budget.name)
        return QStringLiteral("It governs its own spend (the tightest cap over its scope).");
    return QStringLiteral("%1 cap %2 governs its spend: $%3 left of $%4 %5.")
        .arg(governing->budget.managedBy == Budget::ManagedBy::Tenant ? QStringLiteral("Tenant") : QStringLiteral("Platform"),
             governing->budget.name, usdText(governing->remainingNano), usdText(governing->budget.limitNano),
             periodName(governing->budget.period));
}

} // namespace

QList<Signal> budgetSignals(const QList<BudgetStatus> &statuses, qint64 asOfDay)
{
    QList<Signal> out;
    for (const BudgetStatus &s : statuses) {
        if (!s.budget.enabled || (s.state == BudgetStatus::State::Ok && !s.projectedOverLimit))
            continue;
        Signal sig;
        sig.kind = Signal::Kind::Budget;
        sig.scope.insert(QStringLiteral("budget"), s.budget.name);
        sig.day = s.periodStart;
        sig.lastDay = asOfDay;
        sig.currentNano = s.state == BudgetStatus::State::Ok ? s.projectedNano : s.spendNano;
        sig.baselineNano = s.budget.limitNano;
        sig.deviationPct = percentOf(sig.currentNano - sig.baselineNano, sig.baselineNano);
        sig.moneyAtStakeNano = qMax<qint64>(0, s.projectedNano - s.budget.limitNano);
        const QString what = s.state == BudgetStatus::State::Hard  ? QStringLiteral("is over its limit")
                             : s.state == BudgetStatus::State::Soft ? QStringLiteral("passed its %1% soft limit").arg(s.budget.softPct)
                                                                     : QStringLiteral("is projected to exceed its limit");
        sig.explanation = QStringLiteral("%1 cap %2 %3: $%4 spent of $%5 (%6%), projected $%7 by %8. %9")
                              .arg(s.budget.managedBy == Budget::ManagedBy::Tenant ? QStringLiteral("Tenant")
                                                                                   : QStringLiteral("Platform"),
                                   s.budget.name, what, usdText(s.spendNano), usdText(s.budget.limitNano))
                              .arg(qRound(s.utilisationPct))
                              .arg(usdText(s.projectedNano), utc::formatDate(s.periodEnd), governingText(s, statuses));
        sig.nextAction = QStringLiteral("Review the cost drivers inside the budget's scope, or raise the limit if the growth is planned");
        // A budget signal is about the period, and its state may worsen: one id per state.
        sig.scope.insert(QStringLiteral("state"), stateName(s.state));
        sig.assignId();
        sig.scope.remove(QStringLiteral("state"));
        // After the id, so triage made before caps named their governor still applies.
        sig.scope.insert(QStringLiteral("governing_cap"), s.governingCap);
        for (auto it = s.budget.scope.cbegin(); it != s.budget.scope.cend(); ++it)
            sig.scope.insert(dimensionName(it.key()), it.value());
        out << sig;
    }
    return out;
}

QList<Signal> pricingGapSignals(Workspace &workspace)
{
    QList<Signal> out;
    for (const PricingGap &g : findPricingGaps(workspace)) {
        Signal sig;
        sig.kind = Signal::Kind::PricingGap;
        sig.scope = {{QStringLiteral("provider"), g.provider}, {QStringLiteral("model"), g.model}};
        sig.day = g.firstDay;
        sig.lastDay = g.lastDay;
        sig.moneyAtStakeNano = g.estimatedCostNano.value_or(0);
        sig.currentNano = sig.moneyAtStakeNano;
        sig.explanation = QStringLiteral("%1 events of %2 (%3) have no price: %4 tokens are unpriced, about $%5 at the "
                                         "provider's average rate")
                              .arg(g.events)
                              .arg(g.model, g.provider)
                              .arg(g.tokens)
                              .arg(usdText(sig.moneyAtStakeNano));
        sig.nextAction = QStringLiteral("Add a price for %1 in Model pricing (or import a catalogue that has it)").arg(g.model);
        sig.assignId();
        out << sig;
    }
    return out;
}

QList<Signal> missingAttributionSignals(Workspace &workspace, qint64 asOfDay, double minSharePct)
{
    QList<Signal> out;
    const EventFilter range{asOfDay - kLookbackDays + 1, asOfDay, {}};
    for (const Dimension dim : {Dimension::Team, Dimension::Project, Dimension::Tenant}) {
        const SummaryResult r = SummaryQuery(workspace).run(range, {Grouping{GroupKey::Dim, dim}});
        qint64 unattributed = 0;
        for (const SummaryGroup &g : r.groups) {
            if (g.key.first().isEmpty())
                unattributed = g.totals.costNano;
        }
        const qint64 total = r.totals.costNano;
        const double share = percentOf(unattributed, total);
        if (share < minSharePct || unattributed == 0)
            continue;
        Signal sig;
        sig.kind = Signal::Kind::MissingAttribution;
        sig.scope.insert(dimensionName(dim), QString());
        sig.day = *range.fromDay;
        sig.lastDay = asOfDay;
        sig.currentNano = unattributed;
        sig.baselineNano = r.totals.costNano;
        sig.deviationPct = share;
        sig.moneyAtStakeNano = unattributed;
        sig.explanation = QStringLiteral("$%1 (%2%) of the last %3 days' spend has no %4")
                              .arg(usdText(unattributed))
                              .arg(share, 0, 'f', 1)
                              .arg(kLookbackDays)
                              .arg(dimensionName(dim));
        sig.nextAction = QStringLiteral("Tag the API keys or requests with a %1, or add an allocation rule").arg(dimensionName(dim));
        sig.assignId();
        out << sig;
    }
    return out;
}

namespace {

// Requests and cost per day of one feature, by model.
struct FeatureSeries
{
    QMap<QString, QMap<qint64, qint64>> requestsByModel;
    QMap<qint64, qint64> costByDay;
};

qint64 sumDays(const QMap<qint64, qint64> &series, qint64 from, qint64 to)
{
    qint64 sum = 0;
    for (auto it = series.lowerBound(from); it != series.cend() && it.key() <= to; ++it)
        sum += it.value();
    return sum;
}

QMap<QString, FeatureSeries> featureSeries(Workspace &workspace, qint64 from, qint64 to)
{
    const QList<Grouping> groupBy = {Grouping{GroupKey::Dim, Dimension::Feature}, Grouping{GroupKey::Dim, Dimension::Model},
                                     Grouping{GroupKey::Day, Dimension::Feature}};
    QMap<QString, FeatureSeries> out;
    for (const SummaryGroup &g : SummaryQuery(workspace).run({from, to, {}}, groupBy).groups) {
        if (g.key.at(0).isEmpty())
            continue;
        const qint64 day = *utc::parseDate(g.key.at(2).toLatin1());
        FeatureSeries &f = out[g.key.at(0)];
        f.requestsByModel[g.key.at(1)][day] += g.totals.requests;
        f.costByDay[day] += g.totals.costNano;
    }
    return out;
}

// The largest rise of one model's share of requests in the 7 days from `day` over the 28
// days before it, in percentage points.
QPair<QString, double> largestShift(const FeatureSeries &f, qint64 day)
{
    qint64 after = 0, before = 0;
    for (const auto &series : f.requestsByModel) {
        after += sumDays(series, day, day + 6);
        before += sumDays(series, day - 28, day - 1);
    }
    QPair<QString, double> best{QString(), 0.0};
    if (after == 0 || before == 0)
        return best;
    for (auto it = f.requestsByModel.cbegin(); it != f.requestsByModel.cend(); ++it) {
        const double shift = percentOf(sumDays(*it, day, day + 6), after) - percentOf(sumDays(*it, day - 28, day - 1), before);
        if (shift > best.second)
            best = {it.key(), shift};
    }
    return best;
}

} // namespace

QList<Signal> mixShiftSignals(Workspace &workspace, qint64 asOfDay, double minShiftPoints)
{
    const qint64 firstCandidate = asOfDay - kLookbackDays + 1;
    QList<Signal> out;
    const QMap<QString, FeatureSeries> features = featureSeries(workspace, firstCandidate - 28, asOfDay);
    for (auto f = features.cbegin(); f != features.cend(); ++f) {
        qint64 bestDay = 0;
        QPair<QString, double> best{QString(), 0.0};
        for (qint64 day = firstCandidate; day + 6 <= asOfDay; ++day) {
            const auto shift = largestShift(*f, day);
            if (shift.second > best.second) {
                best = shift;
                bestDay = day;
            }
        }
        if (best.second < minShiftPoints)
            continue;
        Signal sig;
        sig.kind = Signal::Kind::MixShift;
        sig.scope = {{QStringLiteral("feature"), f.key()}, {QStringLiteral("model"), best.first}};
        sig.day = bestDay;
        sig.lastDay = bestDay + 6;
        sig.currentNano = sumDays(f->costByDay, bestDay, bestDay + 6);
        sig.baselineNano = sumDays(f->costByDay, bestDay - 28, bestDay - 1) / 4;
        sig.deviationPct = percentOf(sig.currentNano - sig.baselineNano, sig.baselineNano);
        sig.moneyAtStakeNano = qMax<qint64>(0, sig.currentNano - sig.baselineNano);
        sig.explanation = QStringLiteral("Feature %1 moved to %2 from %3: its share of the feature's requests rose by %4 "
                                         "points; the feature's week cost $%5 against $%6 in an average week before")
                              .arg(f.key(), best.first, utc::formatDate(bestDay))
                              .arg(qRound(best.second))
                              .arg(usdText(sig.currentNano), usdText(sig.baselineNano));
        sig.nextAction = QStringLiteral("Check with the feature's owner that %1 is intended for %2").arg(best.first, f.key());
        sig.assignId();
        out << sig;
    }
    return out;
}

QList<Signal> mismatchSignals(Workspace &workspace, qint64 asOfDay, double tolerancePct)
{
    // Only events that carry both figures can be compared; the rollups do not keep that
    // pair apart, so this reads the raw events of the window.
    SqliteStatement st(workspace.db(),
                       "SELECT t.provider_id, sum(e.reported_cost), sum(e.computed_cost), count(*)"
                       " FROM events e JOIN dim_tuples t ON t.id = e.tuple_id"
                       " WHERE e.id BETWEEN ? AND ? AND e.reported_cost IS NOT NULL AND e.computed_cost IS NOT NULL"
                       " GROUP BY t.provider_id");
    st.bind(0, (asOfDay - kLookbackDays + 1) * kMsPerDay << 20);
    st.bind(1, ((asOfDay + 1) * kMsPerDay << 20) - 1);
    QList<Signal> out;
    while (st.step()) {
        const qint64 reported = st.int64(1);
        const qint64 computed = st.int64(2);
        const double deviation = percentOf(reported - computed, computed);
        if (qAbs(deviation) < tolerancePct)
            continue;
        Signal sig;
        sig.kind = Signal::Kind::Mismatch;
        sig.scope.insert(QStringLiteral("provider"), workspace.dimensions().valueText(Dimension::Provider, st.int64(0)));
        sig.day = asOfDay - kLookbackDays + 1;
        sig.lastDay = asOfDay;
        sig.currentNano = reported;
        sig.baselineNano = computed;
        sig.deviationPct = deviation;
        sig.moneyAtStakeNano = qAbs(reported - computed);
        sig.explanation = QStringLiteral("%1 reported $%2 for %3 events that price to $%4 (%5%)")
                              .arg(sig.scope.first(), usdText(reported))
                              .arg(st.int64(3))
                              .arg(usdText(computed))
                              .arg(deviation, 0, 'f', 1);
        sig.nextAction = QStringLiteral("Compare the price list with the provider's invoice: a negotiated price may be missing");
        sig.assignId();
        out << sig;
    }
    return out;
}

} // namespace costline
