#include "dimensioncatalog.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace costline {
namespace {

constexpr char kTupleColumns[] =
    "source_id, provider_id, model_id, operation_id, api_key_id, tenant_id, customer_id,"
    " project_id, team_id, feature_id, workflow_id, environment_id";

} // namespace

DimensionCatalog::DimensionCatalog(sqlite3 *db) : m_db(db) {}

DimensionCatalog::~DimensionCatalog() = default;

void DimensionCatalog::loadDimension(Dimension dim)
{
    if (dim == Dimension::Source)
        return loadSources();
    SqliteStatement st(m_db, "SELECT id, value FROM dim_values WHERE dim = ?");
    st.bind(0, qint64(dim));
    auto &ids = m_ids[size_t(dim)];
    while (st.step())
        ids.insert(st.bytes(1), st.int64(0));
    m_loaded[size_t(dim)] = true;
}

qint64 DimensionCatalog::intern(Dimension dim, const QByteArray &value)
{
    if (value.isEmpty())
        return 0;
    if (!m_loaded[size_t(dim)])
        loadDimension(dim);
    auto &ids = m_ids[size_t(dim)];
    const auto found = ids.constFind(value);
    if (found != ids.constEnd())
        return *found;
    if (!m_insertValue)
        m_insertValue = std::make_unique<SqliteStatement>(m_db, "INSERT INTO dim_values(dim, value) VALUES(?, ?)");
    m_insertValue->bind(0, qint64(dim));
    m_insertValue->bind(1, QByteArrayView(value));
    if (!m_insertValue->exec())
        return -1;
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    ids.insert(QByteArray(value.constData(), value.size()), id);
    if (m_textsLoaded)
        m_texts.insert(id, QString::fromUtf8(value));
    return id;
}

void DimensionCatalog::loadTuples()
{
    SqliteStatement st(m_db, QByteArray("SELECT id, ") + kTupleColumns + " FROM dim_tuples");
    while (st.step()) {
        DimensionTuple t{};
        for (int i = 0; i < kDimensionCount; ++i)
            t[size_t(i)] = st.int64(i + 1);
        m_tupleIds.insert(t, st.int64(0));
        m_tuples.insert(st.int64(0), t);
    }
    m_tuplesLoaded = true;
}

qint64 DimensionCatalog::internTuple(const DimensionTuple &tuple)
{
    if (!m_tuplesLoaded)
        loadTuples();
    const auto found = m_tupleIds.constFind(tuple);
    if (found != m_tupleIds.constEnd())
        return *found;
    if (!m_insertTuple)
        m_insertTuple = std::make_unique<SqliteStatement>(
            m_db, QByteArray("INSERT INTO dim_tuples(") + kTupleColumns + ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < kDimensionCount; ++i)
        m_insertTuple->bind(i, tuple[size_t(i)]);
    if (!m_insertTuple->exec())
        return -1;
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    m_tupleIds.insert(tuple, id);
    m_tuples.insert(id, tuple);
    return id;
}

void DimensionCatalog::loadSources()
{
    SqliteStatement st(m_db, "SELECT id, name FROM sources");
    auto &ids = m_ids[size_t(Dimension::Source)];
    ids.clear();
    m_sourceNames.clear();
    while (st.step()) {
        ids.insert(st.bytes(1), st.int64(0));
        m_sourceNames.insert(st.int64(0), st.text(1));
    }
    // Not marked loaded: a source added since is found by reading the table again.
}

QList<qint64> DimensionCatalog::findValues(Dimension dim, const QStringList &values)
{
    if (!m_loaded[size_t(dim)])
        loadDimension(dim);
    QList<qint64> ids;
    for (const QString &value : values) {
        // An empty value asks for events where the dimension is not set (stored as id 0).
        if (value.isEmpty()) {
            ids.append(0);
            continue;
        }
        const auto found = m_ids[size_t(dim)].constFind(value.toUtf8());
        if (found != m_ids[size_t(dim)].constEnd())
            ids.append(*found);
    }
    return ids;
}

void DimensionCatalog::loadTexts()
{
    SqliteStatement st(m_db, "SELECT id, value FROM dim_values");
    while (st.step())
        m_texts.insert(st.int64(0), st.text(1));
    m_textsLoaded = true;
}

QString DimensionCatalog::valueText(Dimension dim, qint64 id)
{
    if (id == 0)
        return {};
    if (dim == Dimension::Source) {
        if (!m_sourceNames.contains(id))
            loadSources();
        return m_sourceNames.value(id);
    }
    if (!m_textsLoaded)
        loadTexts();
    return m_texts.value(id);
}

DimensionTuple DimensionCatalog::tuple(qint64 tupleId)
{
    if (!m_tuplesLoaded)
        loadTuples();
    return m_tuples.value(tupleId);
}

QStringList DimensionCatalog::values(Dimension dim)
{
    if (!m_loaded[size_t(dim)])
        loadDimension(dim);
    QStringList out;
    for (auto it = m_ids[size_t(dim)].cbegin(); it != m_ids[size_t(dim)].cend(); ++it)
        out << QString::fromUtf8(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

void DimensionCatalog::forgetUncommitted()
{
    for (auto &ids : m_ids)
        ids.clear();
    m_loaded.fill(false);
    m_tupleIds.clear();
    m_tuples.clear();
    m_tuplesLoaded = false;
    m_texts.clear();
    m_textsLoaded = false;
    m_sourceNames.clear();
}

} // namespace costline
