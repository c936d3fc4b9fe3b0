#include "eventquery.h"

#include "core/utctime.h"
#include "dimensioncatalog.h"
#include "ingestsession.h"
#include "sourcestore.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QHash>

#include <limits>

namespace costline {
namespace {

QHash<qint64, QString> sourceNames(Workspace &workspace)
{
    QHash<qint64, QString> names;
    for (const SourceInfo &s : SourceStore(workspace).list())
        names.insert(s.id, s.name);
    return names;
}

} // namespace

EventPage EventQuery::page(const EventFilter &filter, std::optional<qint64> before, int limit)
{
    const qint64 low = filter.fromDay ? eventIdFloor(*filter.fromDay * kMsPerDay) : 0;
    const qint64 high = filter.toDay ? eventIdFloor((*filter.toDay + 1) * kMsPerDay) - 1
                                     : std::numeric_limits<qint64>::max();
    SqliteStatement st(m_workspace.db(),
                       "SELECT e.id, e.event_id, e.tuple_id, e.trace_id, e.input_tokens, e.cached_input_tokens,"
                       " e.cache_write_tokens, e.output_tokens, e.reasoning_tokens, e.requests, e.quantity,"
                       " e.unit_id, e.reported_cost, e.computed_cost, e.price_id, e.estimated, e.labels"
                       " FROM events e JOIN dim_tuples t ON t.id = e.tuple_id"
                       " WHERE e.id BETWEEN ? AND ? AND "
                           + tupleCondition(m_workspace.dimensions(), filter, "t")
                           + " ORDER BY e.id DESC LIMIT ?");
    st.bind(0, low);
    st.bind(1, before ? qMin(high, *before - 1) : high);
    st.bind(2, qint64(limit) + 1);
    DimensionCatalog &dims = m_workspace.dimensions();
    const QHash<qint64, QString> sources = sourceNames(m_workspace);
    EventPage page;
    while (st.step()) {
        if (page.rows.size() == limit) {
            page.nextCursor = page.rows.last().rowId;
            break;
        }
        EventRow row;
        row.rowId = st.int64(0);
        row.timestampMs = timestampOfEventId(row.rowId);
        row.eventId = st.text(1);
        const DimensionTuple tuple = dims.tuple(st.int64(2));
        row.dims[size_t(Dimension::Source)] = sources.value(tuple.id(Dimension::Source));
        for (int d = 1; d < kDimensionCount; ++d)
            row.dims[size_t(d)] = dims.valueText(tuple[size_t(d)]);
        row.traceId = st.isBlob(3) ? QString::fromLatin1(st.bytes(3).toHex()) : st.text(3);
        row.inputTokens = st.int64(4);
        row.cachedInputTokens = st.int64(5);
        row.cacheWriteTokens = st.int64(6);
        row.outputTokens = st.int64(7);
        row.reasoningTokens = st.int64(8);
        row.requests = st.int64(9);
        row.quantityNano = st.int64(10);
        row.unit = dims.valueText(st.int64(11));
        row.reportedCostNano = st.optionalInt64(12);
        row.computedCostNano = st.optionalInt64(13);
        row.priceId = st.int64(14);
        row.estimated = st.int64(15) != 0;
        row.labelsJson = st.text(16);
        page.rows.append(row);
    }
    return page;
}

} // namespace costline
