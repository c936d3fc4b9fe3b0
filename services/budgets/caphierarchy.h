#pragma once

#include "budget.h"

#include <QList>

#include <optional>

namespace costline {

// Platform caps over tenant caps, as a multi-tenant LLM gateway enforces them.
//
// A platform cap GOVERNS a tenant cap when it is enabled and its scope contains the tenant
// cap's scope: every dimension the platform cap is scoped to has the same value in the tenant
// cap's scope, so all spend the tenant cap counts also counts against the platform cap
// ({} governs every tenant cap; {tenant=acme} governs {tenant=acme, api_key=k1}).
//
// A tenant cap must sit at or below every platform cap that governs it, compared over the
// tenant cap's period:
// - when the tenant period is as long as the platform's or shorter (a daily tenant cap under
//   a monthly platform cap), its limit may not exceed the platform limit: one tenant period
//   never allows more than a whole platform period;
// - when it is longer (a monthly tenant cap under a daily platform cap), the platform limit is
//   scaled to the tenant period at its own rate over the longest such period (a day × 31 for
//   a month, × 7 for a week; a week × 31/7 for a month), rounded down to the nano-dollar.
struct CapCeiling
{
    Budget platformCap;  // the tightest governing platform cap
    qint64 allowedNano = 0; // the most the tenant cap's limit may be
};

struct CapConflict
{
    Budget tenantCap;
    CapCeiling ceiling;
    bool platformEdited = false; // the edit was to the platform cap, not the tenant cap
};

bool governs(const Budget &platformCap, const Budget &tenantCap);
// The platform cap's limit over a period of `tenantPeriod`, as defined above.
qint64 allowedUnder(const Budget &platformCap, Budget::Period tenantPeriod);
// The tightest governing platform cap among `caps` (the tenant cap itself excluded), if any.
std::optional<CapCeiling> capCeiling(const Budget &tenantCap, const QList<Budget> &caps);
// Whether saving `edited` over `stored` (the workspace's caps, `edited`'s old self among them
// by id) breaks the rule: a tenant cap above its ceiling, or an enabled platform cap that
// would leave an enabled tenant cap it governs above it. The worst breach when several.
std::optional<CapConflict> findCapConflict(const Budget &edited, const QList<Budget> &stored);
// What is wrong and what to do, naming both caps and their limits.
QString capConflictMessage(const CapConflict &conflict);

} // namespace costline
