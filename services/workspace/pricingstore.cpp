#include "pricingstore.h"

#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>

#include <sqlite3.h>

namespace costline {

QList<PriceEntry> PricingStore::entries() const
{
    SqliteStatement st(m_workspace.db(),
                       "SELECT id, provider, model_pattern, effective_from_ms, input_per_mtok,"
                       " cached_input_per_mtok, cache_write_per_mtok, output_per_mtok, reasoning_per_mtok,"
                       " per_request_nano, per_unit_nano, unit, batch_discount_bp, origin, catalog"
                       " FROM pricing ORDER BY id");
    QList<PriceEntry> out;
    while (st.step()) {
        PriceEntry e;
        e.id = st.int64(0);
        e.provider = st.text(1);
        e.modelPattern = st.text(2);
        e.effectiveFromMs = st.int64(3);
        e.inputPerMTok = st.optionalInt64(4);
        e.cachedInputPerMTok = st.optionalInt64(5);
        e.cacheWritePerMTok = st.optionalInt64(6);
        e.outputPerMTok = st.optionalInt64(7);
        e.reasoningPerMTok = st.optionalInt64(8);
        e.perRequestNano = st.int64(9);
        e.perUnitNano = st.int64(10);
        e.unit = st.text(11);
        e.batchDiscountBasisPoints = int(st.int64(12));
        e.origin = st.text(13) == QLatin1String("catalog") ? PriceEntry::Origin::Catalog
                                                          : PriceEntry::Origin::User;
        e.catalog = st.text(14);
        out.append(e);
    }
    return out;
}

bool PricingStore::upsert(const PriceEntry &e, QString *error)
{
    SqliteStatement st(m_workspace.db(),
                       "INSERT INTO pricing(provider, model_pattern, effective_from_ms, input_per_mtok,"
                       " cached_input_per_mtok, cache_write_per_mtok, output_per_mtok, reasoning_per_mtok,"
                       " per_request_nano, per_unit_nano, unit, batch_discount_bp, origin, catalog, created_ms)"
                       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                       " ON CONFLICT(provider, model_pattern, effective_from_ms, origin) DO UPDATE SET"
                       " input_per_mtok = excluded.input_per_mtok,"
                       " cached_input_per_mtok = excluded.cached_input_per_mtok,"
                       " cache_write_per_mtok = excluded.cache_write_per_mtok,"
                       " output_per_mtok = excluded.output_per_mtok,"
                       " reasoning_per_mtok = excluded.reasoning_per_mtok,"
                       " per_request_nano = excluded.per_request_nano, per_unit_nano = excluded.per_unit_nano,"
                       " unit = excluded.unit, batch_discount_bp = excluded.batch_discount_bp,"
                       " catalog = excluded.catalog");
    st.bind(0, e.provider);
    st.bind(1, e.modelPattern);
    st.bind(2, e.effectiveFromMs);
    st.bindOptional(3, e.inputPerMTok);
    st.bindOptional(4, e.cachedInputPerMTok);
    st.bindOptional(5, e.cacheWritePerMTok);
    st.bindOptional(6, e.outputPerMTok);
    st.bindOptional(7, e.reasoningPerMTok);
    st.bind(8, e.perRequestNano);
    st.bind(9, e.perUnitNano);
    st.bind(10, e.unit);
    st.bind(11, qint64(e.batchDiscountBasisPoints));
    st.bind(12, originName(e.origin));
    st.bind(13, e.catalog);
    st.bind(14, QDateTime::currentMSecsSinceEpoch());
    if (st.exec())
        return true;
    *error = st.error();
    return false;
}

bool PricingStore::remove(qint64 id)
{
    SqliteStatement st(m_workspace.db(), "DELETE FROM pricing WHERE id = ?");
    st.bind(0, id);
    return st.exec() && sqlite3_changes(m_workspace.db()) > 0;
}

int PricingStore::upsertAll(const QList<PriceEntry> &entries, QString *error)
{
    int written = 0;
    for (const PriceEntry &e : entries) {
        if (!upsert(e, error))
            return -1;
        ++written;
    }
    return written;
}

} // namespace costline
