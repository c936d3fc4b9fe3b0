#include "overviewquery.h"

#include <algorithm>

namespace costline {

QList<SummaryGroup> topWithOther(const QList<SummaryGroup> &groups, int keep, const QString &otherKey)
{
    if (groups.size() <= keep + 1)
        return groups;
    QList<SummaryGroup> out = groups.mid(0, keep);
    SummaryGroup other{QStringList{otherKey}, {}};
    for (qsizetype i = keep; i < groups.size(); ++i)
        other.totals += groups.at(i).totals;
    out.append(other);
    return out;
}

QList<Dimension> OverviewQuery::moverDimensions()
{
    return {Dimension::Model, Dimension::Team, Dimension::Tenant, Dimension::Feature, Dimension::Project};
}

QList<Mover> OverviewQuery::findMovers(const EventFilter &filter)
{
    QList<Mover> movers;
    DriversQuery drivers(m_workspace);
    for (const Dimension dim : moverDimensions()) {
        const DriversResult result = drivers.run(filter, dim);
        for (qsizetype i = 0; i < qMin<qsizetype>(kMovers, result.rows.size()); ++i) {
            if (result.rows.at(i).deltaNano() != 0)
                movers.append(Mover{dim, result.rows.at(i)});
        }
    }
    std::stable_sort(movers.begin(), movers.end(), [](const Mover &a, const Mover &b) {
        return qAbs(a.row.deltaNano()) > qAbs(b.row.deltaNano());
    });
    return movers.mid(0, kMovers);
}

OverviewData OverviewQuery::run(const EventFilter &filter)
{
    OverviewData data;
    data.current = DayRange{*filter.fromDay, *filter.toDay};
    data.previous = previousPeriod(data.current);
    SummaryQuery summary(m_workspace);
    EventFilter previousFilter = filter;
    previousFilter.fromDay = data.previous.fromDay;
    previousFilter.toDay = data.previous.toDay;
    data.previousTotals = summary.run(previousFilter, {}).totals;
    const Grouping day{GroupKey::Day, Dimension::Provider};
    const Grouping provider{GroupKey::Dim, Dimension::Provider};
    const SummaryResult daily = summary.run(filter, {day, provider});
    data.currentTotals = daily.totals;
    data.dailyByProvider = daily.groups;
    data.byProvider = summary.run(filter, {provider}).groups;
    const SummaryResult models = summary.run(filter, {Grouping{GroupKey::Dim, Dimension::Model}});
    data.byModel = topWithOther(models.groups, kTopModels, QString::fromLatin1(kOtherKey));
    data.movers = findMovers(filter);
    return data;
}

} // namespace costline
