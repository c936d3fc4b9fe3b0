#pragma once

#include "dimension.h"

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <optional>

namespace costline {

// The most one event may carry. No usage record or billing line comes near them: a value
// beyond is a unit mistake (micro-dollars in a dollar column) or a broken source, and the
// limits keep the rollups' int64 sums of a day far from overflowing.
constexpr qint64 kMaxEventCount = 1'000'000'000'000'000;       // tokens or requests: 10^15
constexpr qint64 kMaxEventCostNano = 100'000'000'000'000'000;  // $100,000,000

// One usage record at the grain its source gives, as it enters the workspace.
// Text fields are UTF-8: the importer never needs them as QString.
struct UsageEvent
{
    qint64 timestampMs = 0;
    QByteArray eventId;
    // Indexed by Dimension; Source is set by the ingest session, not by the reader.
    std::array<QByteArray, kDimensionCount> dims;
    QByteArray traceId;
    qint64 inputTokens = 0;       // all input, cached and cache writes included
    qint64 cachedInputTokens = 0; // cache reads, a subset of input
    qint64 cacheWriteTokens = 0;  // a subset of input
    qint64 outputTokens = 0;      // all output, reasoning included
    qint64 reasoningTokens = 0;   // a subset of output
    qint64 requests = 1;
    qint64 quantityNano = 0; // other metered quantity (GPU-seconds, calls, GB) × 1e9
    QByteArray unit;
    std::optional<qint64> reportedCostNano; // money the source itself reported
    // The reported cost's part below a nano-dollar in 1e-18 USD (same sign), where the source
    // wrote more digits: the ingest session carries it into the next event so that the stored
    // amounts add up to the source's own total (see docs/money.md).
    qint64 reportedCostSubNano = 0;
    bool estimated = false;                 // the upstream gave no exact token count
    QByteArray labelsJson;                  // {"name":"value"} or empty

    QByteArray &dim(Dimension d) { return dims[size_t(d)]; }
    const QByteArray &dim(Dimension d) const { return dims[size_t(d)]; }
};

} // namespace costline
