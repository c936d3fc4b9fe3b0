#pragma once

#include "core/usageevent.h"
#include "core/usagetotals.h"

#include <optional>

namespace costline {

// What one event adds to the rollups: its cost is the reported cost where the source gave
// money, else the computed cost; with neither it is unpriced, never $0.
UsageTotals eventTotals(const UsageEvent &event, std::optional<qint64> computedNano);

} // namespace costline
