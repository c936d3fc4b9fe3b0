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

// Unpriced events sort below any real amount, credits included.
constexpr qint64 kUnpricedKey = std::numeric_limits<qint64>::min() + 1;

constexpr char kColumns[] =
    "SELECT e.id, e.event_id, e.tuple_id, e.trace_id, e.input_tokens, e.cached_input_tokens,"
    " e.cache_write_tokens, e.output_tokens, e.reasoning_tokens, e.requests, e.quantity,"
    " e.unit_id, e.reported_cost, e.computed_cost, e.price_id, e.estimated, e.labels";

QByteArray costKeyExpression()
{
    return "coalesce(e.reported_cost, e.computed_cost, " + QByteArray::number(kUnpricedKey) + ')';
}

QHash<qint64, QString> sourceNames(Workspace &workspace)
{
    QHash<qint64, QString> names;
    for (const SourceInfo &s : SourceStore(workspace).list())
        names.insert(s.id, s.name);
    return names;
}

bool isCostOrder(EventOrder order)
{
    return order == EventOrder::CostHighFirst || order == EventOrder::CostLowFirst;
}

bool isDescending(EventOrder order)
{
    return order == EventOrder::NewestFirst || order == EventOrder::CostHighFirst;
}

// The keyset condition after a cost-order cursor, with ? for (cost key, cost key, row id).
QByteArray keysetCondition(EventOrder order)
{
    const char op = isDescending(order) ? '<' : '>';
    const QByteArray key = costKeyExpression();
    return '(' + key + ' ' + op + " ? OR (" + key + " = ? AND e.id " + op + " ?))";
}

QByteArray orderClause(EventOrder order)
{
    const QByteArray direction = isDescending(order) ? " DESC" : " ASC";
    if (!isCostOrder(order))
        return " ORDER BY e.id" + direction;
    return " ORDER BY " + costKeyExpression() + direction + ", e.id" + direction;
}

QByteArray likePattern(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    return '%' + escaped + '%';
}

} // namespace

qint64 EventQuery::costKey(const EventRow &row)
{
    return row.costNano().value_or(kUnpricedKey);
}

EventPage EventQuery::page(const EventFilter &filter, std::optional<qint64> before, int limit)
{
    EventPageRequest request;
    request.filter = filter;
    request.limit = limit;
    if (before)
        request.after = EventCursor{*before, 0};
    return page(request);
}

// Dimension values matching the text, as a condition on the tuple alias `t`, or'ed with
// the event's own identifiers; the pattern itself is bound as parameters 0 and 1.
QByteArray EventQuery::textCondition(const QString &text)
{
    SqliteStatement st(m_workspace.db(), "SELECT dim, id FROM dim_values WHERE value LIKE ? ESCAPE '\\'");
    st.bind(0, likePattern(text));
    QHash<qint64, QByteArrayList> idsByDim;
    while (st.step())
        idsByDim[st.int64(0)] << QByteArray::number(st.int64(1));
    QByteArrayList parts{"e.event_id LIKE ?1 ESCAPE '\\'",
                         "(CASE WHEN typeof(e.trace_id) = 'blob' THEN lower(hex(e.trace_id)) ELSE e.trace_id END)"
                         " LIKE ?1 ESCAPE '\\'"};
    for (auto it = idsByDim.cbegin(); it != idsByDim.cend(); ++it) {
        if (it.key() >= 0 && it.key() < kDimensionCount && it.key() != int(Dimension::Source))
            parts << "t." + dimensionColumn(Dimension(it.key())).toLatin1() + " IN (" + it.value().join(',') + ')';
    }
    return '(' + parts.join(" OR ") + ')';
}

EventPage EventQuery::page(const EventPageRequest &request)
{
    const EventFilter &filter = request.filter;
    qint64 low = filter.fromDay ? eventIdFloor(*filter.fromDay * kMsPerDay) : 0;
    qint64 high = filter.toDay ? eventIdFloor((*filter.toDay + 1) * kMsPerDay) - 1 : std::numeric_limits<qint64>::max();
    // A time-ordered cursor narrows the one rowid range SQLite seeks on; as a separate
    // "e.id < ?" it would be a filter, and every page would scan from the newest event.
    const bool timeCursor = request.after && !isCostOrder(request.order);
    if (timeCursor && isDescending(request.order))
        high = qMin(high, request.after->rowId - 1);
    else if (timeCursor)
        low = qMax(low, request.after->rowId + 1);
    const bool withText = !request.text.trimmed().isEmpty();
    // ?1 is the text pattern (reused by every text clause); the rest follow in order.
    QByteArray sql = kColumns + QByteArray(" FROM events e JOIN dim_tuples t ON t.id = e.tuple_id WHERE ")
                     + (withText ? textCondition(request.text.trimmed()) : QByteArray("?1 IS NULL"))
                     + " AND e.id BETWEEN ?2 AND ?3 AND " + tupleCondition(m_workspace.dimensions(), filter, "t");
    if (request.after && !timeCursor)
        sql += " AND " + keysetCondition(request.order);
    sql += orderClause(request.order) + " LIMIT ?";
    SqliteStatement st(m_workspace.db(), sql);
    int index = 0;
    if (withText)
        st.bind(index, likePattern(request.text.trimmed()));
    else
        st.bindNull(index);
    st.bind(++index, low);
    st.bind(++index, high);
    if (request.after && !timeCursor) {
        st.bind(++index, request.after->costKey);
        st.bind(++index, request.after->costKey);
        st.bind(++index, request.after->rowId);
    }
    st.bind(++index, qint64(request.limit) + 1);
    const QHash<qint64, QString> sources = sourceNames(m_workspace);
    EventPage page;
    while (st.step()) {
        if (page.rows.size() == request.limit) {
            const EventRow &last = page.rows.last();
            page.next = EventCursor{last.rowId, costKey(last)};
            if (request.order == EventOrder::NewestFirst)
                page.nextCursor = last.rowId;
            break;
        }
        page.rows.append(readRow(st, sources));
    }
    return page;
}

EventRow EventQuery::readRow(SqliteStatement &st, const QHash<qint64, QString> &sources)
{
    DimensionCatalog &dims = m_workspace.dimensions();
    EventRow row;
    row.rowId = st.int64(0);
    row.timestampMs = timestampOfEventId(row.rowId);
    row.eventId = st.text(1);
    const DimensionTuple tuple = dims.tuple(st.int64(2));
    row.dims[size_t(Dimension::Source)] = sources.value(tuple.id(Dimension::Source));
    for (int d = 1; d < kDimensionCount; ++d)
        row.dims[size_t(d)] = dims.valueText(Dimension(d), tuple[size_t(d)]);
    row.traceId = st.isBlob(3) ? QString::fromLatin1(st.bytes(3).toHex()) : st.text(3);
    row.inputTokens = st.int64(4);
    row.cachedInputTokens = st.int64(5);
    row.cacheWriteTokens = st.int64(6);
    row.outputTokens = st.int64(7);
    row.reasoningTokens = st.int64(8);
    row.requests = st.int64(9);
    row.quantityNano = st.int64(10);
    row.unit = dims.valueText(kUnitDimension, st.int64(11));
    row.reportedCostNano = st.optionalInt64(12);
    row.computedCostNano = st.optionalInt64(13);
    row.priceId = st.int64(14);
    row.estimated = st.int64(15) != 0;
    row.labelsJson = st.text(16);
    return row;
}

} // namespace costline
