#include "repricer.h"

#include "core/utctime.h"
#include "dimensioncatalog.h"
#include "eventtotals.h"
#include "ingestsession.h"
#include "pricing/costcalculator.h"
#include "pricing/pricingmatcher.h"
#include "pricingstore.h"
#include "rollupaccumulator.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QHash>

namespace costline {
namespace {

constexpr int kBatchSize = 20'000;

// What pricing needs to know of a tuple, looked up once per tuple.
struct TupleInfo
{
    DimensionTuple tuple;
    QString provider;
    QString model;
    QByteArray operation;
    QList<int> candidates;
};

struct Batch
{
    qint64 lastId = -1;
    int rows = 0;
};

class BatchRepricer
{
public:
    BatchRepricer(Workspace &workspace)
        : m_workspace(workspace), m_matcher(PricingStore(workspace).entries()),
          m_select(workspace.db(), QByteArray("SELECT ") + kStoredEventColumns + " FROM events WHERE id > ? ORDER BY id LIMIT ?"),
          m_update(workspace.db(), "UPDATE events SET computed_cost = ?, price_id = ? WHERE id = ?")
    {
    }

    // Reprices the events after `after`; false on a database error.
    bool runBatch(qint64 after, Batch *batch, qint64 *changed, QString *error)
    {
        m_select.bind(0, after);
        m_select.bind(1, qint64(kBatchSize));
        while (m_select.step()) {
            batch->lastId = m_select.int64(0);
            ++batch->rows;
            if (!reprice(changed, error))
                return false;
        }
        m_select.reset();
        return m_rollups.flush(m_workspace.db(), error);
    }

private:
    const TupleInfo &info(qint64 tupleId)
    {
        auto found = m_tuples.find(tupleId);
        if (found != m_tuples.end())
            return *found;
        DimensionCatalog &dims = m_workspace.dimensions();
        TupleInfo t;
        t.tuple = dims.tuple(tupleId);
        t.provider = dims.valueText(Dimension::Provider, t.tuple.id(Dimension::Provider));
        t.model = dims.valueText(Dimension::Model, t.tuple.id(Dimension::Model));
        t.operation = dims.valueText(Dimension::Operation, t.tuple.id(Dimension::Operation)).toUtf8();
        t.candidates = m_matcher.candidates(t.provider, t.model);
        return *m_tuples.insert(tupleId, t);
    }

    bool reprice(qint64 *changed, QString *error)
    {
        const qint64 id = m_select.int64(0);
        const TupleInfo &t = info(m_select.int64(1));
        UsageEvent e = storedEvent(m_select);
        e.dim(Dimension::Operation) = t.operation;
        const std::optional<qint64> oldComputed = m_select.optionalInt64(10);
        const qint64 oldPriceId = m_select.int64(11);
        const PriceEntry *price = m_matcher.matchIn(t.candidates, e.timestampMs);
        const std::optional<qint64> computed = price ? computeCostNano(*price, e) : std::nullopt;
        const qint64 priceId = price && computed ? price->id : 0;
        if (computed == oldComputed && priceId == oldPriceId)
            return true;
        m_update.bindOptional(0, computed);
        m_update.bindOptional(1, priceId > 0 ? std::optional<qint64>(priceId) : std::nullopt);
        m_update.bind(2, id);
        if (!m_update.exec()) {
            *error = m_update.error();
            return false;
        }
        const qint64 day = utc::dayOf(e.timestampMs);
        const qint64 tupleId = m_select.int64(1);
        m_rollups.apply(day, tupleId, t.tuple, eventTotals(e, oldComputed), true);
        m_rollups.apply(day, tupleId, t.tuple, eventTotals(e, computed), false);
        ++*changed;
        return true;
    }

    Workspace &m_workspace;
    PricingMatcher m_matcher;
    SqliteStatement m_select;
    SqliteStatement m_update;
    RollupAccumulator m_rollups;
    QHash<qint64, TupleInfo> m_tuples;
};

} // namespace

RepriceResult Repricer::run(const Progress &progress)
{
    RepriceResult result;
    SqliteStatement count(m_workspace.db(), "SELECT count(*) FROM events");
    const qint64 total = count.step() ? count.int64(0) : 0;
    BatchRepricer repricer(m_workspace);
    qint64 after = -1;
    for (;;) {
        Batch batch;
        if (!m_workspace.begin(&result.error))
            return result;
        if (!repricer.runBatch(after, &batch, &result.changed, &result.error) || !m_workspace.commit(&result.error)) {
            m_workspace.rollback();
            return result;
        }
        result.examined += batch.rows;
        after = batch.lastId;
        if (batch.rows < kBatchSize)
            break;
        if (progress && !progress(result.examined, total)) {
            result.cancelled = true;
            result.error = QStringLiteral("re-pricing cancelled after %1 of %2 events; the totals are exact for what "
                                          "was re-priced; run it again to finish")
                               .arg(result.examined)
                               .arg(total);
            return result;
        }
    }
    if (progress)
        progress(total, total);
    result.ok = true;
    return result;
}

} // namespace costline
