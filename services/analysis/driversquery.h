#pragma once

#include "core/dimension.h"
#include "core/usagetotals.h"
#include "dayrange.h"
#include "workspace/eventfilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// One value of the driver dimension in the current and the previous period.
struct DriverRow
{
    QString value; // "" where the dimension is not set
    UsageTotals current;
    UsageTotals previous;

    qint64 deltaNano() const { return current.costNano - previous.costNano; }
    // Change against the previous cost in percent; none when there was no previous cost.
    std::optional<double> deltaPercent() const;
};

struct DriversResult
{
    Dimension dim = Dimension::Provider;
    DayRange current;
    DayRange previous;
    UsageTotals currentTotals;
    UsageTotals previousTotals;
    QList<DriverRow> rows; // biggest absolute change first

    // Share of the current period's cost in percent (0 when the period cost nothing).
    double sharePercent(const DriverRow &row) const;
};

// What moved the money: per value of one dimension, the cost in a period and in the
// previous period of equal length, sorted by the absolute change. Reads rollups only.
class DriversQuery final
{
public:
    explicit DriversQuery(Workspace &workspace) : m_workspace(workspace) {}

    // The filter's day range (which must be set) is the current period.
    DriversResult run(const EventFilter &filter, Dimension dim);

private:
    Workspace &m_workspace;
};

// Orders driver rows: largest |delta| first, then larger current cost, then by value.
void sortByAbsoluteDelta(QList<DriverRow> &rows);

} // namespace costline
