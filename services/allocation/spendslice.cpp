#include "spendslice.h"

#include "core/utctime.h"
#include "workspace/dimensioncatalog.h"
#include "workspace/sourcestore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QStringBuilder>

namespace costline {
namespace {

// Event ids are (timestamp ms << 20) | sequence, so a day range is an id range.
constexpr int kEventIdShift = 20;

void fillDims(Workspace &workspace, const QHash<qint64, QString> &sources, qint64 tupleId, SpendSlice &s)
{
    DimensionCatalog &dims = workspace.dimensions();
    const DimensionTuple t = dims.tuple(tupleId);
    s.dims[size_t(Dimension::Source)] = sources.value(t.id(Dimension::Source));
    for (int d = 1; d < kDimensionCount; ++d)
        s.dims[size_t(d)] = dims.valueText(Dimension(d), t.id(Dimension(d)));
}

QByteArray rollupSql(const QByteArray &condition)
{
    return "SELECT r.tuple_id, '', sum(r.cost), sum(r.input_tokens + r.output_tokens), sum(r.requests), 0,"
           " sum(r.unpriced_events) FROM rollup_day r JOIN dim_tuples t ON t.id = r.tuple_id"
           " WHERE r.day BETWEEN ?1 AND ?2 AND " + condition + " GROUP BY r.tuple_id";
}

QByteArray eventSql(const QByteArray &condition, bool withLabels)
{
    const QByteArray labels = withLabels ? "coalesce(e.labels, '')" : "''";
    return "SELECT e.tuple_id, " + labels + ", sum(coalesce(e.reported_cost, e.computed_cost, 0)),"
           " sum(coalesce(e.input_tokens, 0) + coalesce(e.output_tokens, 0)), sum(coalesce(e.requests, 0)),"
           " sum(CASE WHEN u.value LIKE 'gpu%sec%' THEN coalesce(e.quantity, 0) ELSE 0 END),"
           " sum(e.reported_cost IS NULL AND e.computed_cost IS NULL)"
           " FROM events e JOIN dim_tuples t ON t.id = e.tuple_id LEFT JOIN dim_values u ON u.id = e.unit_id"
           " WHERE e.id BETWEEN ?3 AND ?4 AND " + condition + " GROUP BY 1, 2";
}

} // namespace

QString SpendSlice::value(const QString &field) const
{
    if (field.startsWith(QLatin1String("label.")))
        return labels.value(field.mid(6));
    const auto dim = dimensionFromName(field);
    return dim ? dims[size_t(*dim)] : QString();
}

QList<SpendSlice> readSlices(Workspace &workspace, const EventFilter &filter, const SliceOptions &options)
{
    QHash<qint64, QString> sources;
    for (const SourceInfo &s : SourceStore(workspace).list())
        sources.insert(s.id, s.name);
    const QByteArray condition = tupleCondition(workspace.dimensions(), filter, "t");
    const bool raw = options.withLabels || options.withGpu;
    SqliteStatement st(workspace.db(), raw ? eventSql(condition, options.withLabels) : rollupSql(condition));
    if (raw) {
        st.bind(2, (*filter.fromDay * kMsPerDay) << kEventIdShift);
        st.bind(3, (((*filter.toDay + 1) * kMsPerDay) << kEventIdShift) - 1);
    } else {
        st.bind(0, *filter.fromDay);
        st.bind(1, *filter.toDay);
    }
    QList<SpendSlice> out;
    while (st.step()) {
        SpendSlice s;
        fillDims(workspace, sources, st.int64(0), s);
        const QJsonObject labels = QJsonDocument::fromJson(st.bytes(1)).object();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            s.labels.insert(it.key(), it.value().toVariant().toString());
        s.costNano = st.int64(2);
        s.tokens = st.int64(3);
        s.requests = st.int64(4);
        s.gpuSecondsNano = st.int64(5);
        s.unpricedEvents = st.int64(6);
        out << s;
    }
    return out;
}

} // namespace costline
