#include "dailyseries.h"

#include "core/utctime.h"
#include "workspace/summaryquery.h"

namespace costline {
namespace {

EventFilter withRange(EventFilter filter, qint64 fromDay, qint64 toDay)
{
    filter.fromDay = fromDay;
    filter.toDay = toDay;
    return filter;
}

DailySeries emptySeries(qint64 fromDay, qint64 toDay)
{
    DailySeries s;
    s.fromDay = fromDay;
    s.costNano.fill(0, qMax<qint64>(0, toDay - fromDay + 1));
    return s;
}

void addDay(DailySeries &series, const QString &dayText, qint64 costNano)
{
    const auto day = utc::parseDate(dayText.toUtf8());
    if (day && *day >= series.fromDay && *day <= series.toDay())
        series.costNano[*day - series.fromDay] += costNano;
}

} // namespace

qint64 DailySeries::at(qint64 day) const
{
    return day >= fromDay && day <= toDay() ? costNano.at(day - fromDay) : 0;
}

qint64 DailySeries::sum(qint64 firstDay, qint64 lastDay) const
{
    qint64 total = 0;
    for (qint64 d = qMax(firstDay, fromDay); d <= qMin(lastDay, toDay()); ++d)
        total += costNano.at(d - fromDay);
    return total;
}

QList<qint64> DailySeries::upTo(qint64 day) const
{
    if (day < fromDay)
        return {};
    return costNano.mid(0, qMin<qint64>(costNano.size(), day - fromDay + 1));
}

DailySeries readDailyCost(Workspace &workspace, const EventFilter &filter, qint64 fromDay, qint64 toDay)
{
    DailySeries series = emptySeries(fromDay, toDay);
    if (toDay < fromDay)
        return series;
    const SummaryResult r = SummaryQuery(workspace).run(withRange(filter, fromDay, toDay), {Grouping{GroupKey::Day}});
    for (const SummaryGroup &g : r.groups)
        addDay(series, g.key.value(0), g.totals.costNano);
    return series;
}

QMap<ModelKey, DailySeries> readDailyCostByModel(Workspace &workspace, const EventFilter &filter, qint64 fromDay,
                                                 qint64 toDay)
{
    QMap<ModelKey, DailySeries> out;
    if (toDay < fromDay)
        return out;
    const QList<Grouping> groupBy{Grouping{GroupKey::Dim, Dimension::Provider}, Grouping{GroupKey::Dim, Dimension::Model},
                                  Grouping{GroupKey::Day}};
    const SummaryResult r = SummaryQuery(workspace).run(withRange(filter, fromDay, toDay), groupBy);
    for (const SummaryGroup &g : r.groups) {
        const ModelKey key{g.key.value(0), g.key.value(1)};
        auto it = out.find(key);
        if (it == out.end())
            it = out.insert(key, emptySeries(fromDay, toDay));
        addDay(*it, g.key.value(2), g.totals.costNano);
    }
    return out;
}

QMap<ModelKey, UsageTotals> readModelTotals(Workspace &workspace, const EventFilter &filter, qint64 fromDay,
                                            qint64 toDay)
{
    QMap<ModelKey, UsageTotals> out;
    const QList<Grouping> groupBy{Grouping{GroupKey::Dim, Dimension::Provider}, Grouping{GroupKey::Dim, Dimension::Model}};
    const SummaryResult r = SummaryQuery(workspace).run(withRange(filter, fromDay, toDay), groupBy);
    for (const SummaryGroup &g : r.groups)
        out.insert(ModelKey{g.key.value(0), g.key.value(1)}, g.totals);
    return out;
}

} // namespace costline
