#pragma once

#include "linepart.h"
#include "wide.h"

#include <array>

namespace costline {

struct EventRow;
struct PriceEntry;

// One event taken apart: the quantity of each metered part and the weight by which the
// event's cost is shared between its parts.
struct EventParts
{
    std::array<qint64, kMeterPartCount> quantity{}; // tokens, requests, nano-units; 0: none
    std::array<Wide, kMeterPartCount> weight{};
    Wide totalWeight = 0;

    bool has(MeterPart part) const { return quantity[size_t(part)] != 0 || weight[size_t(part)] != 0; }
};

// Weights are each part's cost at the event's price entry (the one its computed cost came
// from), so a split follows the prices exactly; without an entry (a reported cost, an
// unpriced event) the tokens weigh, else the requests, else the meter; money with no
// quantity at all is one Unmetered part.
EventParts eventParts(const EventRow &row, const PriceEntry *price);

} // namespace costline
