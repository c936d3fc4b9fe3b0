#include "outcomejoin.h"

#include "core/utctime.h"
#include "workspace/dimensioncatalog.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

namespace costline {
namespace {

// Event ids are (timestamp ms << 20) | sequence, so a day range is an id range.
constexpr int kEventIdShift = 20;
// Traced events may start a little before the outcome's day range (a ticket resolved on the
// 1st may have been worked on the 30th): look this many days back for them.
constexpr qint64 kTraceLookbackDays = 7;

struct TraceCost
{
    qint64 tupleId = 0;
    qint64 costNano = 0;
};

QHash<QString, TraceCost> readTraceCosts(Workspace &workspace, qint64 fromDay, qint64 toDay)
{
    QHash<QString, TraceCost> out;
    SqliteStatement st(workspace.db(),
                       "SELECT e.trace_id, min(e.tuple_id), sum(coalesce(e.reported_cost, e.computed_cost, 0))"
                       " FROM events e WHERE e.id BETWEEN ?1 AND ?2 AND e.trace_id IN"
                       " (SELECT trace_id FROM outcomes WHERE timestamp_ms BETWEEN ?3 AND ?4 AND trace_id <> '')"
                       " GROUP BY e.trace_id");
    st.bind(0, ((fromDay - kTraceLookbackDays) * kMsPerDay) << kEventIdShift);
    st.bind(1, (((toDay + 1) * kMsPerDay) << kEventIdShift) - 1);
    st.bind(2, fromDay * kMsPerDay);
    st.bind(3, (toDay + 1) * kMsPerDay - 1);
    while (st.step())
        out.insert(st.text(0), TraceCost{st.int64(1), st.int64(2)});
    return out;
}

} // namespace

QList<JoinedOutcome> joinOutcomes(Workspace &workspace, qint64 fromDay, qint64 toDay, Dimension by)
{
    const QHash<QString, TraceCost> traces = readTraceCosts(workspace, fromDay, toDay);
    DimensionCatalog &dims = workspace.dimensions();
    SqliteStatement st(workspace.db(), "SELECT timestamp_ms, coalesce(trace_id, ''), coalesce(feature, ''),"
                                       " coalesce(customer, ''), coalesce(value, 0)"
                                       " FROM outcomes WHERE timestamp_ms BETWEEN ? AND ?");
    st.bind(0, fromDay * kMsPerDay);
    st.bind(1, (toDay + 1) * kMsPerDay - 1);
    QList<JoinedOutcome> out;
    while (st.step()) {
        JoinedOutcome o;
        o.day = utc::dayOf(st.int64(0));
        o.valueNano = st.int64(4);
        const auto trace = traces.constFind(st.text(1));
        if (trace != traces.constEnd()) {
            o.traced = true;
            o.tracedCostNano = trace->costNano;
            o.key = dims.valueText(by, dims.tuple(trace->tupleId).id(by));
        } else if (by == Dimension::Feature) {
            o.key = st.text(2);
        } else if (by == Dimension::Customer) {
            o.key = st.text(3);
        }
        out << o;
    }
    return out;
}

} // namespace costline
