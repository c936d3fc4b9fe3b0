#include "driversquery.h"
#include "core/percent.h"

#include "workspace/summaryquery.h"

#include <QHash>

#include <algorithm>

namespace costline {

std::optional<double> DriverRow::deltaPercent() const
{
    if (previous.costNano == 0)
        return std::nullopt;
    return percentChange(previous.costNano, current.costNano);
}

double DriversResult::sharePercent(const DriverRow &row) const
{
    return percentOf(row.current.costNano, currentTotals.costNano);
}

void sortByAbsoluteDelta(QList<DriverRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const DriverRow &a, const DriverRow &b) {
        const qint64 da = qAbs(a.deltaNano());
        const qint64 db = qAbs(b.deltaNano());
        if (da != db)
            return da > db;
        if (a.current.costNano != b.current.costNano)
            return a.current.costNano > b.current.costNano;
        return a.value < b.value;
    });
}

DriversResult DriversQuery::run(const EventFilter &filter, Dimension dim)
{
    DriversResult result;
    result.dim = dim;
    result.current = DayRange{*filter.fromDay, *filter.toDay};
    result.previous = previousPeriod(result.current);
    EventFilter previousFilter = filter;
    previousFilter.fromDay = result.previous.fromDay;
    previousFilter.toDay = result.previous.toDay;
    const QList<Grouping> groupBy{Grouping{GroupKey::Dim, dim}};
    SummaryQuery summary(m_workspace);
    const SummaryResult now = summary.run(filter, groupBy);
    const SummaryResult before = summary.run(previousFilter, groupBy);
    result.currentTotals = now.totals;
    result.previousTotals = before.totals;
    QHash<QString, qsizetype> index;
    for (const SummaryGroup &g : now.groups) {
        index.insert(g.key.first(), result.rows.size());
        result.rows.append(DriverRow{g.key.first(), g.totals, {}});
    }
    for (const SummaryGroup &g : before.groups) {
        const auto found = index.constFind(g.key.first());
        if (found != index.constEnd()) {
            result.rows[*found].previous = g.totals;
        } else {
            index.insert(g.key.first(), result.rows.size());
            result.rows.append(DriverRow{g.key.first(), {}, g.totals});
        }
    }
    sortByAbsoluteDelta(result.rows);
    return result;
}

} // namespace costline
