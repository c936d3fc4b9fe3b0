#include "pricingstore.h"

#include "auditedwrite.h"
#include "priceentryjson.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace costline {
namespace {

constexpr char kSelect[] =
    "SELECT id, provider, model_pattern, effective_from_ms, input_per_mtok, cached_input_per_mtok, cache_write_per_mtok,"
    " output_per_mtok, reasoning_per_mtok, per_request_nano, per_unit_nano, unit, batch_discount_bp, origin, catalog"
    " FROM pricing";

PriceEntry readEntry(const SqliteStatement &st)
{
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
    e.origin = st.text(13) == QLatin1String("catalog") ? PriceEntry::Origin::Catalog : PriceEntry::Origin::User;
    e.catalog = st.text(14);
    return e;
}

QStringList sortedNames(const QSet<QString> &names)
{
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list;
}

} // namespace

QList<PriceEntry> PricingStore::entries() const
{
    SqliteStatement st(m_workspace.db(), QByteArray(kSelect) + " ORDER BY id");
    QList<PriceEntry> out;
    while (st.step())
        out.append(readEntry(st));
    return out;
}

std::optional<PriceEntry> PricingStore::find(qint64 id) const
{
    SqliteStatement st(m_workspace.db(), QByteArray(kSelect) + " WHERE id = ?");
    st.bind(0, id);
    return st.step() ? std::optional<PriceEntry>(readEntry(st)) : std::nullopt;
}

std::optional<PriceEntry> PricingStore::findSame(const PriceEntry &e) const
{
    SqliteStatement st(m_workspace.db(), QByteArray(kSelect) + " WHERE provider = ? AND model_pattern = ?"
                                                               " AND effective_from_ms = ? AND origin = ?");
    st.bind(0, e.provider);
    st.bind(1, e.modelPattern);
    st.bind(2, e.effectiveFromMs);
    st.bind(3, originName(e.origin));
    return st.step() ? std::optional<PriceEntry>(readEntry(st)) : std::nullopt;
}

bool PricingStore::write(const PriceEntry &e, QString *error)
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

bool PricingStore::upsert(const PriceEntry &e, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
    const std::optional<PriceEntry> before = findSame(e);
    const QJsonObject after = priceAuditJson(e);
    if (before && priceAuditJson(*before) == after)
        return audited.commit(QList<AuditChange>{}, error);
    if (!write(e, error))
        return false;
    return audited.commit({before ? QStringLiteral("pricing.change") : QStringLiteral("pricing.add"), priceAuditObject(e),
                           before ? QJsonValue(priceAuditJson(*before)) : QJsonValue(), after},
                          error);
}

int PricingStore::upsertAll(const QList<PriceEntry> &entries, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return -1;
    QJsonArray before;
    QJsonArray after;
    QSet<QString> catalogues;
    for (const PriceEntry &e : entries) {
        const std::optional<PriceEntry> previous = findSame(e);
        const QJsonObject next = priceAuditJson(e);
        if (previous && priceAuditJson(*previous) == next)
            continue;
        if (!write(e, error))
            return -1;
        if (previous)
            before.append(priceAuditJson(*previous));
        after.append(next);
        catalogues.insert(e.catalog.isEmpty() ? originName(e.origin) : e.catalog);
    }
    QList<AuditChange> changes;
    if (!after.isEmpty())
        changes << AuditChange{QStringLiteral("pricing.import"),
                               QStringLiteral("catalogue:") + sortedNames(catalogues).join(QLatin1Char(',')),
                               before.isEmpty() ? QJsonValue() : QJsonValue(before), after};
    return audited.commit(changes, error) ? int(entries.size()) : -1;
}

bool PricingStore::remove(qint64 id, QString *error)
{
    QString why;
    AuditedWrite audited(m_workspace);
    const std::optional<PriceEntry> before = audited.begin(&why) ? find(id) : std::nullopt;
    SqliteStatement st(m_workspace.db(), "DELETE FROM pricing WHERE id = ?");
    st.bind(0, id);
    if (before && st.exec()
        && audited.commit({QStringLiteral("pricing.remove"), priceAuditObject(*before), priceAuditJson(*before), {}}, &why))
        return true;
    if (error)
        *error = why.isEmpty() ? st.error() : why;
    return false;
}

} // namespace costline
