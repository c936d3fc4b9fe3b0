#include "scenario.h"

#include "core/usageevent.h"
#include "pricing/costcalculator.h"
#include "pricing/pricingmatcher.h"

namespace costline {
namespace {

UsageEvent sumsAsEvent(const UsageTotals &t)
{
    UsageEvent e;
    e.inputTokens = t.inputTokens;
    e.cachedInputTokens = t.cachedInputTokens;
    e.cacheWriteTokens = t.cacheWriteTokens;
    e.outputTokens = t.outputTokens;
    e.reasoningTokens = t.reasoningTokens;
    e.requests = t.requests;
    return e;
}

// The provider that serves `model`: the one with usage of it, else a price entry's.
QString providerOf(const QString &model, const ScenarioBase &base, const PricingMatcher &pricing)
{
    for (auto it = base.recent.cbegin(); it != base.recent.cend(); ++it) {
        if (it.key().model == model)
            return it.key().provider;
    }
    for (const PriceEntry &e : pricing.entries()) {
        if (e.matchesModel(model))
            return e.provider;
    }
    return {};
}

ScenarioResult moveTraffic(ScenarioResult r, const ScenarioBase &base, const PricingMatcher &pricing)
{
    const Scenario &s = r.scenario;
    UsageTotals from;
    for (auto it = base.recent.cbegin(); it != base.recent.cend(); ++it) {
        if (it.key().model == s.fromModel)
            from += it.value();
    }
    if (from.events == 0) {
        r.note = QStringLiteral("%1 has no usage in the last %2 days").arg(s.fromModel).arg(base.windowDays);
        return r;
    }
    const PriceEntry *price = pricing.match(providerOf(s.toModel, base, pricing), s.toModel, base.asOfMs);
    const auto atTarget = price ? computeCostNano(*price, sumsAsEvent(from)) : std::nullopt;
    if (!atTarget) {
        r.note = QStringLiteral("%1 has no price for these tokens; add one under Model pricing").arg(s.toModel);
        return r;
    }
    const qint64 windowDiffNano = *atTarget - from.costNano;
    const double perDay = s.sharePct / 100.0 * double(windowDiffNano) / double(base.windowDays);
    r.deltaNano = qRound64(perDay * base.remainingDays);
    r.ok = true;
    if (from.unpricedEvents > 0)
        r.note = QStringLiteral("%1 of %2's events are unpriced; their current cost counts as 0")
                     .arg(from.unpricedEvents)
                     .arg(s.fromModel);
    return r;
}

} // namespace

QString Scenario::name() const
{
    if (kind == Kind::Growth)
        return QStringLiteral("Traffic %1%2 %").arg(growthPct >= 0 ? QStringLiteral("+") : QString()).arg(growthPct);
    return QStringLiteral("Move %1 % of %2 to %3").arg(sharePct).arg(fromModel, toModel);
}

ScenarioResult evaluateScenario(const Scenario &scenario, const ScenarioBase &base, const PricingMatcher &pricing)
{
    ScenarioResult r;
    r.scenario = scenario;
    if (scenario.kind == Scenario::Kind::Growth) {
        r.deltaNano = qRound64(double(base.expectedRemainingNano) * scenario.growthPct / 100.0);
        r.ok = true;
    } else {
        r = moveTraffic(r, base, pricing);
    }
    r.projectedNano = base.actualToDateNano + base.expectedRemainingNano + r.deltaNano;
    return r;
}

std::optional<Scenario> parseMoveScenario(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    bool ok = false;
    const double share = parts.at(2).toDouble(&ok);
    if (!ok || share < 0 || share > 100)
        return std::nullopt;
    Scenario s;
    s.kind = Scenario::Kind::MoveTraffic;
    s.fromModel = parts.at(0);
    s.toModel = parts.at(1);
    s.sharePct = share;
    return s;
}

} // namespace costline
