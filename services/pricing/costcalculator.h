#pragma once

#include "core/usageevent.h"
#include "priceentry.h"

#include <optional>

namespace costline {

// Cost of one event under one entry, in nano-USD, rounded once (half away from zero)
// after summing every component at full precision:
//   uncached input (input − cache reads − cache writes) at the input price,
//   cache reads at the cached price, cache writes at the cache-write price,
//   reasoning at the reasoning price, the rest of the output at the output price,
//   plus the per-request fee and the other meter.
// nullopt when the entry cannot price the event (it meters tokens it has no price for)
// or the result is beyond what one event may cost (kMaxEventCostNano).
std::optional<qint64> computeCostNano(const PriceEntry &entry, const UsageEvent &event);

} // namespace costline
