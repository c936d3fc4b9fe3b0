#pragma once

#include <QtGlobal>

namespace costline {

// `part` as a percentage of `whole` (0 when `whole` is 0). A ratio of two integer amounts
// for display and thresholds: the amounts themselves stay integer nano-USD.
double percentOf(qint64 part, qint64 whole);

// The change from `before` to `now` as a percentage of |before| (0 when `before` is 0).
double percentChange(qint64 before, qint64 now);

} // namespace costline
