#pragma once

#include "costbasis.h"

#include <QString>

namespace costline {

class Workspace;

struct CostBasisChange
{
    bool ok = false;
    QString error;     // what failed, and what to do
    qint64 events = 0; // the source's events that carry cost columns
    qint64 changed = 0;
    qint64 withoutAmount = 0; // rows with no amount on the basis (a null): unpriced on it
};

// Makes `basis` the cost basis of a billing-export source and moves every one of its events'
// reported cost to that basis, from the exact amounts kept beside each event, with the rollups
// moved by the same deltas: one transaction, no re-import. The amounts are carried below a
// nano-dollar as on import, so the source's total on the new basis is its file's own sum.
CostBasisChange switchCostBasis(Workspace &workspace, const QString &source, CostBasis basis);

} // namespace costline
