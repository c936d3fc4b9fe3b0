#include "summaryquery.h"

#include "core/utctime.h"
#include "dimensioncatalog.h"
#include "rollupaccumulator.h"
#include "rollupspan.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QHash>

#include <algorithm>
#include <array>

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

// Plain range reads of the span's parts, the rows of the kept tuples only, each row with
// the sign it counts with. No join and no GROUP BY: a join per rollup row and SQLite's
// sorter cost several times the sums, which are added up in memory instead.
class SpanStatement
{
public:
    SpanStatement(const RollupSpan &span, const QByteArray &keptIds)
        : m_keep(keptIds.isEmpty() ? QByteArray() : " AND tuple_id IN (" + keptIds + ')')
    {
        for (const RollupSpan::Days &days : span.added)
            addPart("rollup_day", "day", "1", days);
        for (const RollupSpan::Days &days : span.removed)
            addPart("rollup_day", "day", "-1", days);
        addPart("rollup_month", "month", "1", span.months);
    }

    QByteArray sql() const { return m_parts.join(" UNION ALL "); }
    const QList<qint64> &bounds() const { return m_bounds; }

private:
    void addPart(const char *table, const char *dayColumn, const char *sign, const RollupSpan::Days &days)
    {
        if (days.isEmpty())
            return;
        m_parts << QByteArray("SELECT tuple_id, ") + dayColumn + ", " + sign + ", " + kSumColumns + " FROM " + table
                       + " WHERE " + dayColumn + " BETWEEN ? AND ?" + m_keep;
        m_bounds << days.from << days.to;
    }

    QByteArray m_keep;
    QByteArrayList m_parts;
    QList<qint64> m_bounds;
};

// A group's value ids, then the day when grouped by time.
struct GroupKeyIds
{
    std::array<qint64, SummaryQuery::kMaxGroupings + 1> ids{};

    qint64 &day() { return ids.back(); }
    qint64 day() const { return ids.back(); }
    bool operator==(const GroupKeyIds &) const = default;
    friend size_t qHash(const GroupKeyIds &key, size_t seed = 0) { return qHashRange(key.ids.begin(), key.ids.end(), seed); }
};

// The value ids of the grouping dimensions of every tuple the filter keeps.
QHash<qint64, GroupKeyIds> keptTuples(Workspace &workspace, const QList<Dimension> &dims, const QByteArray &condition)
{
    QByteArray sql = "SELECT t.id";
    for (const Dimension d : dims)
        sql += ", t." + dimensionColumn(d).toLatin1();
    SqliteStatement st(workspace.db(), sql + " FROM dim_tuples t WHERE " + condition);
    QHash<qint64, GroupKeyIds> tuples;
    while (st.step()) {
        GroupKeyIds ids{};
        for (int i = 0; i < int(dims.size()); ++i)
            ids.ids[size_t(i)] = st.int64(i + 1);
        tuples.insert(st.int64(0), ids);
    }
    return tuples;
}

} // namespace

SummaryQuery::GroupRows SummaryQuery::readTupleRollup(const EventFilter &filter, const QList<Grouping> &groupBy)
{
    const QList<Dimension> dims = dimensionGroupings(groupBy);
    const bool withDay = needsDay(groupBy);
    const bool dailyDetail = std::any_of(groupBy.begin(), groupBy.end(), [](const Grouping &g) { return g.key == GroupKey::Day; });
    const QHash<qint64, GroupKeyIds> tuples =
        keptTuples(m_workspace, dims, tupleCondition(m_workspace.dimensions(), filter, "t"));
    GroupRows out;
    if (tuples.isEmpty())
        return out;
    QByteArrayList keptIds; // none: every tuple is kept
    if (filter.hasWhere()) {
        for (auto it = tuples.keyBegin(); it != tuples.keyEnd(); ++it)
            keptIds << QByteArray::number(*it);
    }
    const SpanStatement span(rollupSpanOf(*filter.fromDay, *filter.toDay, dailyDetail), keptIds.join(','));
    if (span.bounds().isEmpty())
        return out;
    SqliteStatement st(m_workspace.db(), span.sql());
    for (int i = 0; i < span.bounds().size(); ++i)
        st.bind(i, span.bounds().at(i));
    QHash<GroupKeyIds, UsageTotals> sums;
    while (st.step()) {
        const auto tuple = tuples.constFind(st.int64(0));
        if (tuple == tuples.constEnd())
            continue;
        GroupKeyIds key = *tuple;
        // A month's row and the days taken away from it must meet in one group.
        key.day() = !withDay ? 0 : dailyDetail ? st.int64(1) : utc::firstDayOfMonth(st.int64(1));
        const qint64 sign = st.int64(2);
        UsageTotals &totals = sums[key];
        for (int f = 0; f < UsageTotals::kFieldCount; ++f)
            totals.field(f) += sign * st.int64(3 + f);
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it->isZero()) // only events outside the range: the group has none
            continue;
        const auto &ids = it.key().ids;
        out.rows.append(GroupRows::Row{QList<qint64>(ids.begin(), ids.begin() + dims.size()), it.key().day(), *it});
    }
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
                key << dims.valueText(g.dim, row.ids.at(idIndex++));
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
