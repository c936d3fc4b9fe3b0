#pragma once

#include "core/dimension.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

#include <optional>

namespace costline {

class DimensionCatalog;

// Which events a query covers: an inclusive UTC day range and, per dimension, the values
// to keep (values of one dimension are alternatives; dimensions all apply).
struct EventFilter
{
    std::optional<qint64> fromDay;
    std::optional<qint64> toDay;
    QMap<Dimension, QStringList> where;

    bool hasWhere() const { return !where.isEmpty(); }
};

// SQL condition on dim_tuples (aliased `alias`) for the filter's dimension values, with
// the interned ids written in as integers. "1" when there is no condition; "0" when a
// value is unknown to the workspace, so nothing matches.
QByteArray tupleCondition(DimensionCatalog &dims, const EventFilter &filter, const QByteArray &alias);

} // namespace costline
