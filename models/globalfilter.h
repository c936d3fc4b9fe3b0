#pragma once

#include "analysis/dayrange.h"
#include "core/dimension.h"
#include "workspace/eventfilter.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace costline {

// What the global filter bar has chosen: a day range (from a preset or custom) and, per
// dimension, the values to keep. Every tab reads the same filter.
struct GlobalFilter
{
    DatePreset preset = DatePreset::Last30Days;
    DayRange range;
    QMap<Dimension, QStringList> where;

    EventFilter toEventFilter() const;
    // The same filter narrowed to one more dimension value (a drill-down).
    GlobalFilter narrowedTo(Dimension dim, const QString &value) const;
    bool operator==(const GlobalFilter &) const = default;
};

// The dimensions the filter bar offers pickers for, in their on-screen order.
QList<Dimension> globalFilterDimensions();
// "Provider", "API key", ...: a dimension as a column header or label reads.
// "Team": in the interface language; dimensionLabelSource() gives the English text
// (CSV headers stay English whatever the interface says).
QString dimensionLabel(Dimension dim);
const char *dimensionLabelSource(Dimension dim);
// A dimension value for display: "(not set)" where the event carried none.
QString dimensionValueText(const QString &value);

} // namespace costline
