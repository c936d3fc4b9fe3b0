#include "rollupaccumulator.h"

#include "core/utctime.h"
#include "sqlitestatement.h"

namespace costline {
namespace {

constexpr char kSumColumns[] =
    "events, requests, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens,"
    " reasoning_tokens, cost, unpriced_events, unpriced_tokens, estimated_events, reported_cost,"
    " computed_cost";

QByteArray upsertSql(const QByteArray &table, const QByteArray &keyColumns, int keyCount)
{
    QByteArray sql = "INSERT INTO " + table + "(" + keyColumns + ", " + kSumColumns + ") VALUES(";
    for (int i = 0; i < keyCount + UsageTotals::kFieldCount; ++i)
        sql += i == 0 ? "?" : ",?";
    sql += ") ON CONFLICT(" + keyColumns + ") DO UPDATE SET ";
    const QByteArrayList sums = QByteArray(kSumColumns).split(',');
    for (int i = 0; i < sums.size(); ++i) {
        const QByteArray column = sums.at(i).trimmed();
        sql += (i == 0 ? "" : ", ") + column + " = " + column + " + excluded." + column;
    }
    return sql;
}

void bindTotals(SqliteStatement &st, int first, const UsageTotals &totals)
{
    for (int i = 0; i < UsageTotals::kFieldCount; ++i)
        st.bind(first + i, totals.field(i));
}

} // namespace

void RollupAccumulator::apply(qint64 day, qint64 tupleId, const DimensionTuple &tuple,
                              const UsageTotals &totals, bool subtract)
{
    Pending &pending = m_byTuple[TupleKey{day, tupleId}];
    pending.tuple = tuple;
    if (subtract)
        pending.totals -= totals;
    else
        pending.totals += totals;
}

bool RollupAccumulator::flush(sqlite3 *db, QString *error)
{
    SqliteStatement dayUpsert(db, upsertSql("rollup_day", "day, tuple_id", 2));
    // A row whose events dropped to zero (an event moved to another day or tuple) goes.
    SqliteStatement dayPrune(db, "DELETE FROM rollup_day WHERE day = ? AND tuple_id = ? AND events = 0");
    for (auto it = m_byTuple.cbegin(); it != m_byTuple.cend(); ++it) {
        if (it->totals.isZero())
            continue;
        dayUpsert.bind(0, it.key().day);
        dayUpsert.bind(1, it.key().tupleId);
        bindTotals(dayUpsert, 2, it->totals);
        if (!dayUpsert.exec()) {
            *error = dayUpsert.error();
            return false;
        }
        if (it->totals.events < 0) {
            dayPrune.bind(0, it.key().day);
            dayPrune.bind(1, it.key().tupleId);
            dayPrune.exec();
        }
    }
    if (!flushDimensions(db, error) || !flushMonths(db, error))
        return false;
    clear();
    return true;
}

bool RollupAccumulator::flushMonths(sqlite3 *db, QString *error)
{
    QHash<TupleKey, UsageTotals> byMonth;
    for (auto it = m_byTuple.cbegin(); it != m_byTuple.cend(); ++it)
        byMonth[TupleKey{utc::firstDayOfMonth(it.key().day), it.key().tupleId}] += it->totals;
    SqliteStatement upsert(db, upsertSql("rollup_month", "month, tuple_id", 2));
    SqliteStatement prune(db, "DELETE FROM rollup_month WHERE month = ? AND tuple_id = ? AND events = 0");
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        if (it->isZero())
            continue;
        upsert.bind(0, it.key().day);
        upsert.bind(1, it.key().tupleId);
        bindTotals(upsert, 2, *it);
        if (!upsert.exec()) {
            *error = upsert.error();
            return false;
        }
        if (it->events < 0) {
            prune.bind(0, it.key().day);
            prune.bind(1, it.key().tupleId);
            prune.exec();
        }
    }
    return true;
}

bool RollupAccumulator::flushDimensions(sqlite3 *db, QString *error)
{
    QHash<DimKey, UsageTotals> byDim;
    for (auto it = m_byTuple.cbegin(); it != m_byTuple.cend(); ++it) {
        const qint64 day = it.key().day;
        byDim[DimKey{kAllDimensions, 0, day}] += it->totals;
        for (int d = 0; d < kDimensionCount; ++d)
            byDim[DimKey{d, it->tuple[size_t(d)], day}] += it->totals;
    }
    SqliteStatement dimUpsert(db, upsertSql("rollup_dim", "dim, value_id, day", 3));
    SqliteStatement dimPrune(db, "DELETE FROM rollup_dim WHERE dim = ? AND value_id = ? AND day = ? AND events = 0");
    for (auto it = byDim.cbegin(); it != byDim.cend(); ++it) {
        if (it->isZero())
            continue;
        dimUpsert.bind(0, qint64(it.key().dim));
        dimUpsert.bind(1, it.key().valueId);
        dimUpsert.bind(2, it.key().day);
        bindTotals(dimUpsert, 3, *it);
        if (!dimUpsert.exec()) {
            *error = dimUpsert.error();
            return false;
        }
        if (it->events < 0) {
            dimPrune.bind(0, qint64(it.key().dim));
            dimPrune.bind(1, it.key().valueId);
            dimPrune.bind(2, it.key().day);
            dimPrune.exec();
        }
    }
    return true;
}

void RollupAccumulator::clear()
{
    m_byTuple.clear();
}

} // namespace costline
