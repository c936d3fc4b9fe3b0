#pragma once

#include "core/exactamount.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace costline {

class Workspace;

// Which cost column of a billing export (FOCUS) is an event's reported cost. Billed cost is
// what the invoice charges (a prepaid commitment lands on its purchase day); effective cost
// spreads purchases over the usage they cover (the amortised view); list and contracted
// cost price the usage before discounts and at the negotiated rates.
enum class CostBasis { Billed, Effective, List, Contracted };

QStringList costBasisNames();                                     // billed, effective, list, contracted
QString costBasisName(CostBasis basis);                           // "effective"
QString costBasisColumn(CostBasis basis);                         // "EffectiveCost", as FOCUS names it
std::optional<CostBasis> costBasisFromName(const QString &name); // either spelling, any case
// The event label that keeps a row's exact amount on the basis ("effective_cost").
QString costBasisLabel(CostBasis basis);

// The exact amount of an event on a basis, read from its labels; nullopt where the row has
// no amount on that basis (a null in the file), which leaves the event unpriced on it, as
// the file's own sum of that column leaves it out.
std::optional<ExactAmount> costOnBasis(const QJsonObject &labels, CostBasis basis);

struct SourceCostBasis
{
    QString source;
    CostBasis basis = CostBasis::Billed;
};

// A source's cost basis, kept in its settings. Sources that never chose one are billed.
class CostBasisStore final
{
public:
    explicit CostBasisStore(Workspace &workspace) : m_workspace(workspace) {}

    CostBasis basisOf(const QString &source) const;
    bool setBasis(qint64 sourceId, CostBasis basis);
    // Every source whose events carry billing-export cost columns (FOCUS imports), with
    // its basis: what a report names as the basis its totals use.
    QList<SourceCostBasis> exportSources() const;

private:
    Workspace &m_workspace;
};

// "aws-focus: EffectiveCost; azure: BilledCost", or "" without export sources.
QString describeCostBases(const QList<SourceCostBasis> &sources);

} // namespace costline
