#include "summaryquery.h"

#include "core/utctime.h"
#include "dimensioncatalog.h"
#include "rollupaccumulator.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QHash>

#include <algorithm>

namespace costline {
namespace {

constexpr char kSums[] =
    "sum(events), sum(requests), sum(input_tokens), sum(cached_input_tokens),"
    " sum(cache_write_tokens), sum(output_tokens), sum(reasoning_tokens), sum(cost),"
    " sum(unpriced_events), sum(unpriced_tokens), sum(estimated_events), sum(reported_cost),"
    " sum(computed_cost)";

QList<Dimension> dimensionGroupings(const QList<Grouping> &groupBy)
{
    QList<Dimension> dims;
    for (const Grouping &g : groupBy) {
        if (g.key == GroupKey::Dim)
            dims << g.dim;
    }
    return dims;
}

bool needsDay(const QList<Grouping> &groupBy)
{
    return std::any_of(groupBy.begin(), groupBy.end(), [](const Grouping &g) { return g.key != GroupKey::Dim; });
}

bool isCalendar(const Grouping &g)
{
    return g.key != GroupKey::Dim;
}

} // namespace

// Rows as read: the id of each dimension grouping, the day (when grouped by time), sums.
struct SummaryQuery::GroupRows
{
    struct Row
    {
        QList<qint64> ids;
        qint64 day = 0;
        UsageTotals totals;
    };
    QList<Row> rows;
};

namespace {

template<typename Rows>
void readRows(SqliteStatement &st, int idCount, bool withDay, Rows &out)
{
    while (st.step()) {
        typename Rows::Row row;
        for (int i = 0; i < idCount; ++i)
            row.ids << st.int64(i);
        int column = idCount;
        if (withDay)
            row.day = st.int64(column++);
        for (int f = 0; f < UsageTotals::kFieldCount; ++f)
            row.totals.field(f) = st.int64(column + f);
        out.rows.append(row);
    }
}

} // namespace

bool SummaryQuery::canUseDimensionRollup(const EventFilter &filter, const QList<Grouping> &groupBy) const
{
    return !filter.hasWhere() && dimensionGroupings(groupBy).size() <= 1;
}

SummaryQuery::GroupRows SummaryQuery::readDimensionRollup(const EventFilter &filter, const QList<Grouping> &groupBy)
{
    const QList<Dimension> dims = dimensionGroupings(groupBy);
    const bool withDay = needsDay(groupBy);
    const QByteArray groupColumns = QByteArray("value_id") + (withDay ? ", day" : "");
    SqliteStatement st(m_workspace.db(), "SELECT " + groupColumns + ", " + kSums
                                             + " FROM rollup_dim WHERE dim = ? AND day BETWEEN ? AND ?"
                                               " GROUP BY " + groupColumns);
    st.bind(0, dims.isEmpty() ? qint64(kAllDimensions) : qint64(dims.first()));
    st.bind(1, *filter.fromDay);
    st.bind(2, *filter.toDay);
    GroupRows out;
    readRows(st, 1, withDay, out);
    if (dims.isEmpty()) {
        for (auto &row : out.rows)
            row.ids.clear();
    }
    return out;
}

namespace {

constexpr char kSumColumns[] =
    "events, requests, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens, reasoning_tokens, cost,"
    " unpriced_events, unpriced_tokens, estimated_events, reported_cost, computed_cost";

// The rollup rows that cover [from, to]: whole calendar months from rollup_month and the
// partial months at either end from rollup_day. Without daily detail a year-long filtered
// view reads about twelve rows per tuple instead of 365.
struct RollupSpan
{
    qint64 headFrom = 1, headTo = 0;   // days before the first whole month
    qint64 monthFrom = 1, monthTo = 0; // first days of the whole months
    qint64 tailFrom = 1, tailTo = 0;   // days after the last whole month
};

RollupSpan spanOf(qint64 from, qint64 to, bool dailyDetail)
{
    RollupSpan span;
    const qint64 firstWhole = from == utc::firstDayOfMonth(from) ? from : utc::lastDayOfMonth(from) + 1;
    const qint64 lastWhole = to == utc::lastDayOfMonth(to) ? to : utc::firstDayOfMonth(to) - 1;
    if (dailyDetail || firstWhole > lastWhole) {
        span.headFrom = from;
        span.headTo = to;
        return span;
    }
    span.headFrom = from;
    span.headTo = firstWhole - 1;
    span.monthFrom = firstWhole;
    span.monthTo = utc::firstDayOfMonth(lastWhole);
    span.tailFrom = lastWhole + 1;
    span.tailTo = to;
    return span;
}

QByteArray spanSource()
{
    return QByteArray("(SELECT day, tuple_id, ") + kSumColumns
           + " FROM rollup_day WHERE day BETWEEN ?1 AND ?2 OR day BETWEEN ?5 AND ?6"
             " UNION ALL SELECT month AS day, tuple_id, " + kSumColumns
           + " FROM rollup_month WHERE month BETWEEN ?3 AND ?4) r";
}

} // namespace

SummaryQuery::GroupRows SummaryQuery::readTupleRollup(const EventFilter &filter, const QList<Grouping> &groupBy)
{
    const QList<Dimension> dims = dimensionGroupings(groupBy);
    const bool withDay = needsDay(groupBy);
    const bool dailyDetail = std::any_of(groupBy.begin(), groupBy.end(), [](const Grouping &g) { return g.key == GroupKey::Day; });
    QByteArrayList columns;
    for (const Dimension d : dims)
        columns << "t." + dimensionColumn(d).toLatin1();
    if (withDay)
        columns << "r.day";
    const QByteArray groupColumns = columns.join(", ");
    QByteArray sql = "SELECT " + (columns.isEmpty() ? QByteArray() : groupColumns + ", ") + kSums + " FROM "
                     + spanSource() + " JOIN dim_tuples t ON t.id = r.tuple_id WHERE "
                     + tupleCondition(m_workspace.dimensions(), filter, "t");
    if (!columns.isEmpty())
        sql += " GROUP BY " + groupColumns;
    SqliteStatement st(m_workspace.db(), sql);
    const RollupSpan span = spanOf(*filter.fromDay, *filter.toDay, dailyDetail);
    const qint64 bounds[] = {span.headFrom, span.headTo, span.monthFrom, span.monthTo, span.tailFrom, span.tailTo};
    for (int i = 0; i < 6; ++i)
        st.bind(i, bounds[i]);
    GroupRows out;
    readRows(st, int(dims.size()), withDay, out);
    // An ungrouped sum over no rows still yields one all-NULL row: drop it.
    if (columns.isEmpty() && !out.rows.isEmpty() && out.rows.first().totals.events == 0)
        out.rows.clear();
    return out;
}

SummaryResult SummaryQuery::run(const EventFilter &filter, const QList<Grouping> &groupBy)
{
    SummaryResult result;
    result.fromDay = *filter.fromDay;
    result.toDay = *filter.toDay;
    result.groupBy = groupBy;
    const GroupRows rows = canUseDimensionRollup(filter, groupBy) ? readDimensionRollup(filter, groupBy)
                                                                  : readTupleRollup(filter, groupBy);
    DimensionCatalog &dims = m_workspace.dimensions();
    QHash<QStringList, qsizetype> index;
    for (const auto &row : rows.rows) {
        result.totals += row.totals;
        QStringList key;
        int idIndex = 0;
        for (const Grouping &g : groupBy) {
            if (g.key == GroupKey::Day)
                key << utc::formatDate(row.day);
            else if (g.key == GroupKey::Month)
                key << utc::formatMonth(row.day);
            else
                key << dims.valueText(row.ids.at(idIndex++));
        }
        if (groupBy.isEmpty())
            continue;
        const auto found = index.constFind(key);
        if (found == index.constEnd()) {
            index.insert(key, result.groups.size());
            result.groups.append(SummaryGroup{key, row.totals});
        } else {
            result.groups[*found].totals += row.totals;
        }
    }
    const bool timeFirst = !groupBy.isEmpty() && isCalendar(groupBy.first());
    std::sort(result.groups.begin(), result.groups.end(), [timeFirst](const SummaryGroup &a, const SummaryGroup &b) {
        if (timeFirst && a.key.first() != b.key.first())
            return a.key.first() < b.key.first();
        if (a.totals.costNano != b.totals.costNano)
            return a.totals.costNano > b.totals.costNano;
        return a.key < b.key;
    });
    return result;
}

std::optional<qint64> SummaryQuery::firstDay()
{
    SqliteStatement st(m_workspace.db(), "SELECT min(day) FROM rollup_dim WHERE dim = -1 AND events > 0");
    if (st.step() && !st.isNull(0))
        return st.int64(0);
    return std::nullopt;
}

std::optional<qint64> SummaryQuery::lastDay()
{
    SqliteStatement st(m_workspace.db(), "SELECT max(day) FROM rollup_dim WHERE dim = -1 AND events > 0");
    if (st.step() && !st.isNull(0))
        return st.int64(0);
    return std::nullopt;
}

} // namespace costline
