#pragma once

#include <QtGlobal>

#include <array>

namespace costline {

// The tuple rollup rows whose sum is a day range: whole calendar months from rollup_month
// and, for a partial month at either end, whichever means fewer days: its days added from
// rollup_day, or its month added and the days outside the range taken away. A view that
// ends on the newest data ("last 30 days") reads the current month's row and no day rows
// for it, since the days after the newest data are empty. A filtered year reads about
// twelve rows per tuple instead of 365.
struct RollupSpan
{
    struct Days
    {
        qint64 from = 1; // inclusive UTC days; empty when from > to
        qint64 to = 0;
        bool isEmpty() const { return from > to; }
    };

    std::array<Days, 2> added;   // rollup_day rows that count
    std::array<Days, 2> removed; // rollup_day rows inside `months` that do not
    Days months;                 // rollup_month rows (by their first day) that count
};

// `dailyDetail`: the caller groups by day, so every day is read from rollup_day.
RollupSpan rollupSpanOf(qint64 fromDay, qint64 toDay, bool dailyDetail);

} // namespace costline
