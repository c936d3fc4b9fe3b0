#pragma once

#include "core/dimension.h"

#include <QHash>
#include <QList>
#include <QString>

namespace costline {

class Workspace;

// One outcome and what it was joined to.
struct JoinedOutcome
{
    qint64 day = 0;
    QString key;             // the grouping value it counts for
    bool traced = false;     // joined by trace id
    qint64 tracedCostNano = 0;
    qint64 valueNano = 0;
};

// Reads the outcomes of the days and joins each to events by trace id, else falls back to
// its own feature / customer (workflow has no fallback: outcomes do not carry one).
QList<JoinedOutcome> joinOutcomes(Workspace &workspace, qint64 fromDay, qint64 toDay, Dimension by);

} // namespace costline
