#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace costline {

// How hard a connector tries before it gives up on a page. Defaults suit real providers;
// tests shrink the delays.
struct RetryPolicy
{
    int maxAttempts = 5;            // first try included
    qint64 baseDelayMs = 1000;      // 1 s, 2 s, 4 s, ... before jitter
    qint64 maxDelayMs = 30'000;
    qint64 maxRetryAfterMs = 120'000; // a Retry-After beyond this fails the page instead
    qint64 timeoutMs = 60'000;        // no byte for this long: the attempt timed out

    // Delay before attempt `attempt` (2, 3, ...): exponential, capped, with "full jitter"
    // between half and all of it so that many clients do not retry in step.
    qint64 backoffMs(int attempt) const;
};

// Reads a Retry-After value: delay seconds ("7") or an HTTP date; milliseconds from nowMs.
std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs);

} // namespace costline
