#pragma once

#include "core/dimension.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>

struct sqlite3;

namespace costline {
class SqliteStatement;
}

namespace costline {

// Units of other metered quantities are interned like a dimension but are not one.
constexpr Dimension kUnitDimension = Dimension::Count;

// The interned value ids of one event's dimensions, indexed by Dimension.
struct DimensionTuple
{
    std::array<qint64, kDimensionCount> ids{};

    qint64 &operator[](size_t i) { return ids[i]; }
    qint64 operator[](size_t i) const { return ids[i]; }
    qint64 id(Dimension dim) const { return ids[size_t(dim)]; }
    bool operator==(const DimensionTuple &) const = default;
    friend size_t qHash(const DimensionTuple &t, size_t seed = 0)
    {
        return qHashRange(t.ids.begin(), t.ids.end(), seed);
    }
};

// Interns dimension values and dimension tuples to small integer ids, with in-memory
// caches so that ingest touches the tables only for values it has never seen.
class DimensionCatalog final
{
public:
    explicit DimensionCatalog(sqlite3 *db);
    ~DimensionCatalog();

    // Id of a value, created when new; 0 for an empty value. -1 on a database error.
    // `value` may be a raw view into a reader's buffer: the catalogue keeps its own copy.
    qint64 intern(Dimension dim, const QByteArray &value);
    qint64 internTuple(const DimensionTuple &tuple);

    // Lookups that never create: the ids of existing values (unknown values are skipped;
    // "" gives 0, "not set", so a filter can select unattributed events). A tuple's source
    // id is a row of the sources table, not an interned value: these read source names there.
    QList<qint64> findValues(Dimension dim, const QStringList &values);
    QString valueText(Dimension dim, qint64 id);
    DimensionTuple tuple(qint64 tupleId);
    // Every known value of a dimension, sorted (for filter pickers).
    QStringList values(Dimension dim);

    // Drops every cache; called after a rollback, since the ids it made are gone.
    void forgetUncommitted();

private:
    void loadDimension(Dimension dim);
    void loadTuples();
    void loadTexts();
    void loadSources();

    sqlite3 *m_db;
    std::unique_ptr<SqliteStatement> m_insertValue;
    std::unique_ptr<SqliteStatement> m_insertTuple;
    std::array<QHash<QByteArray, qint64>, kDimensionCount + 1> m_ids;
    std::array<bool, kDimensionCount + 1> m_loaded{};
    QHash<DimensionTuple, qint64> m_tupleIds;
    QHash<qint64, DimensionTuple> m_tuples;
    bool m_tuplesLoaded = false;
    QHash<qint64, QString> m_texts;
    bool m_textsLoaded = false;
    QHash<qint64, QString> m_sourceNames; // read again on a miss: sources are added by name elsewhere
};

} // namespace costline
