#include "costbasisswitch.h"

#include "core/money.h"
#include "core/utctime.h"
#include "eventtotals.h"
#include "ingestsession.h"
#include "rollupaccumulator.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QJsonDocument>

namespace costline {
namespace {

constexpr qsizetype kFlushThreshold = 200'000;

class BasisMover
{
public:
    BasisMover(Workspace &workspace, CostBasis basis)
        : m_workspace(workspace), m_basis(basis),
          m_update(workspace.db(), "UPDATE events SET reported_cost = ?, labels = coalesce(?, labels) WHERE id = ?")
    {
    }

    // Moves one event (the select's current row) to the basis; false on a database error.
    bool move(const SqliteStatement &st, CostBasisChange *change, QString *error)
    {
        QJsonObject labels = QJsonDocument::fromJson(st.bytes(13)).object();
        UsageEvent e = storedEvent(st);
        QByteArray newLabels;
        const QString billedLabel = costBasisLabel(CostBasis::Billed);
        if (!labels.contains(billedLabel)) {
            if (!e.reportedCostNano || !labels.contains(costBasisLabel(CostBasis::Effective)))
                return true; // not a billing-export row
            // Imported before the exact amounts were kept, on the billed basis: keep that amount.
            labels.insert(billedLabel, Money::fromNano(*e.reportedCostNano).toDecimalString());
            newLabels = QJsonDocument(labels).toJson(QJsonDocument::Compact);
        }
        const auto amount = costOnBasis(labels, m_basis);
        ++change->events;
        change->withoutAmount += amount ? 0 : 1;
        const std::optional<qint64> stored = amount ? std::optional<qint64>(m_carry.store(*amount)) : std::nullopt;
        const bool moved = stored != e.reportedCostNano;
        if (!moved && newLabels.isEmpty())
            return true;
        m_update.bindOptional(0, stored);
        newLabels.isEmpty() ? m_update.bindNull(1) : m_update.bind(1, newLabels);
        m_update.bind(2, st.int64(0));
        if (!m_update.exec()) {
            *error = m_update.error();
            return false;
        }
        const DimensionTuple tuple = m_workspace.dimensions().tuple(st.int64(1));
        const qint64 day = utc::dayOf(e.timestampMs);
        const std::optional<qint64> computed = st.optionalInt64(10);
        m_rollups.apply(day, st.int64(1), tuple, eventTotals(e, computed), true);
        e.reportedCostNano = stored;
        m_rollups.apply(day, st.int64(1), tuple, eventTotals(e, computed), false);
        change->changed += moved ? 1 : 0;
        return m_rollups.pendingKeys() < kFlushThreshold || m_rollups.flush(m_workspace.db(), error);
    }

    bool finish(QString *error) { return m_rollups.flush(m_workspace.db(), error); }

private:
    Workspace &m_workspace;
    CostBasis m_basis;
    SqliteStatement m_update;
    RollupAccumulator m_rollups;
    SubNanoCarry m_carry;
};

qint64 sourceIdOf(Workspace &workspace, const QString &source, QString *kind)
{
    SqliteStatement st(workspace.db(), "SELECT id, kind FROM sources WHERE name = ?");
    st.bind(0, source);
    if (!st.step())
        return 0;
    *kind = st.text(1);
    return st.int64(0);
}

bool moveEvents(Workspace &workspace, qint64 sourceId, CostBasis basis, CostBasisChange *change, QString *error)
{
    BasisMover mover(workspace, basis);
    // In event order, as the import carries amounts in file order: the source's total on
    // any basis is its exact sum, rounded once.
    SqliteStatement st(workspace.db(), QByteArray("SELECT ") + kStoredEventColumns
                                           + ", labels FROM events WHERE labels IS NOT NULL"
                                             " AND tuple_id IN (SELECT id FROM dim_tuples WHERE source_id = ?) ORDER BY id");
    st.bind(0, sourceId);
    while (st.step()) {
        if (!mover.move(st, change, error))
            return false;
    }
    if (!st.error().isEmpty()) {
        *error = st.error();
        return false;
    }
    return mover.finish(error);
}

} // namespace

CostBasisChange switchCostBasis(Workspace &workspace, const QString &source, CostBasis basis)
{
    CostBasisChange change;
    QString kind;
    const qint64 sourceId = sourceIdOf(workspace, source, &kind);
    if (sourceId <= 0) {
        change.error = QStringLiteral("no source named '%1'; 'costline-cli source list' shows the workspace's sources").arg(source);
        return change;
    }
    if (kind != QLatin1String("focus")) {
        change.error = QStringLiteral("'%1' is a %2 source: its events carry one cost each; a cost basis applies to "
                                      "FOCUS billing exports (costline-cli import focus FILE --source NAME)").arg(source, kind);
        return change;
    }
    if (!workspace.begin(&change.error))
        return change;
    QString error;
    if (!CostBasisStore(workspace).setBasis(sourceId, basis) || !moveEvents(workspace, sourceId, basis, &change, &error)
        || !workspace.commit(&error)) {
        workspace.rollback();
        change.error = QStringLiteral("changing the cost basis of '%1' failed: %2; nothing was changed").arg(source, error);
        return change;
    }
    change.ok = true;
    return change;
}

} // namespace costline
