#include "rollupspan.h"

#include "core/utctime.h"

namespace costline {
namespace {

qint64 length(const RollupSpan::Days &days)
{
    return days.isEmpty() ? 0 : days.to - days.from + 1;
}

// A partial month at one end of a multi-month range: `inside` its days in the range,
// `outside` the rest of it. Either its days are added, and the month range stops short of
// it at `monthBoundWithout`, or the month stays and the days outside are taken away.
void spanEnd(const RollupSpan::Days &inside, const RollupSpan::Days &outside, RollupSpan::Days &added,
             RollupSpan::Days &removed, qint64 &monthBound, qint64 monthBoundWithout)
{
    if (outside.isEmpty())
        return;
    if (length(outside) < length(inside)) {
        removed = outside;
        return;
    }
    added = inside;
    monthBound = monthBoundWithout;
}

} // namespace

RollupSpan rollupSpanOf(qint64 fromDay, qint64 toDay, bool dailyDetail)
{
    RollupSpan span;
    const qint64 firstMonth = utc::firstDayOfMonth(fromDay);
    const qint64 lastMonth = utc::firstDayOfMonth(toDay);
    if (dailyDetail) {
        span.added[0] = {fromDay, toDay};
        return span;
    }
    if (firstMonth == lastMonth) {
        const qint64 outside = (fromDay - firstMonth) + (utc::lastDayOfMonth(toDay) - toDay);
        if (outside < length({fromDay, toDay})) {
            span.months = {firstMonth, firstMonth};
            span.removed[0] = {firstMonth, fromDay - 1};
            span.removed[1] = {toDay + 1, utc::lastDayOfMonth(toDay)};
        } else {
            span.added[0] = {fromDay, toDay};
        }
        return span;
    }
    span.months = {firstMonth, lastMonth};
    const qint64 firstMonthEnd = utc::lastDayOfMonth(fromDay);
    spanEnd({fromDay, firstMonthEnd}, {firstMonth, fromDay - 1}, span.added[0], span.removed[0], span.months.from,
            firstMonthEnd + 1);
    spanEnd({lastMonth, toDay}, {toDay + 1, utc::lastDayOfMonth(toDay)}, span.added[1], span.removed[1], span.months.to,
            utc::firstDayOfMonth(lastMonth - 1));
    return span;
}

} // namespace costline
