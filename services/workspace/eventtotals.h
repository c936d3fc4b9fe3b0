#pragma once

#include "core/usageevent.h"
#include "core/usagetotals.h"

#include <optional>

namespace costline {

class SqliteStatement;

// What one event adds to the rollups: its cost is the reported cost where the source gave
// money, else the computed cost; with neither it is unpriced, never $0.
UsageTotals eventTotals(const UsageEvent &event, std::optional<qint64> computedNano);

// The events table's columns that storedEvent() reads, in its order; a query may select more after them.
inline constexpr char kStoredEventColumns[] = "id, tuple_id, input_tokens, cached_input_tokens, cache_write_tokens,"
                                              " output_tokens, reasoning_tokens, requests, quantity, reported_cost,"
                                              " computed_cost, price_id, estimated";
// An event's counts and reported cost as stored, from a row selecting kStoredEventColumns first.
UsageEvent storedEvent(const SqliteStatement &st);

} // namespace costline
