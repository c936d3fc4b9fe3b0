#pragma once

#include "core/usagetotals.h"
#include "dimensioncatalog.h"

#include <QHash>
#include <QString>

struct sqlite3;

namespace costline {

// rollup_dim.dim of the rows that sum every event of a day.
constexpr int kAllDimensions = -1;

// Collects the rollup deltas of a transaction in memory and writes them as additive
// upserts, so the rollups move by exactly what the events moved, in the same transaction.
class RollupAccumulator final
{
public:
    // Adds (or, with subtract, removes) one event's contribution.
    void apply(qint64 day, qint64 tupleId, const DimensionTuple &tuple, const UsageTotals &totals,
               bool subtract);
    qsizetype pendingKeys() const { return m_byTuple.size(); }
    // Writes and clears the pending deltas; false and *error on a database error.
    bool flush(sqlite3 *db, QString *error);
    void clear();

private:
    struct TupleKey
    {
        qint64 day;
        qint64 tupleId;
        bool operator==(const TupleKey &) const = default;
        friend size_t qHash(const TupleKey &k, size_t seed = 0) { return qHashMulti(seed, k.day, k.tupleId); }
    };
    struct DimKey
    {
        int dim;
        qint64 valueId;
        qint64 day;
        bool operator==(const DimKey &) const = default;
        friend size_t qHash(const DimKey &k, size_t seed = 0) { return qHashMulti(seed, k.dim, k.valueId, k.day); }
    };

    struct Pending
    {
        DimensionTuple tuple;
        UsageTotals totals;
    };
    bool flushDimensions(sqlite3 *db, QString *error);
    bool flushMonths(sqlite3 *db, QString *error);

    // Only the (day, tuple) deltas are kept per event; the per-dimension deltas are
    // derived from them at flush, which is far fewer hash updates per event.
    QHash<TupleKey, Pending> m_byTuple;
};

} // namespace costline
