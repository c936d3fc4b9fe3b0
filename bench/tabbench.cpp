#include "tabbench.h"

#include "allocation/allocationstore.h"
#include "allocation/allocator.h"
#include "analysis/dayrange.h"
#include "analysis/overviewquery.h"
#include "budgets/budgetevaluator.h"
#include "budgets/budgetstore.h"
#include "economics/economics.h"
#include "forecast/forecast.h"
#include "health/healthquery.h"
#include "models/eventsmodel.h"
#include "signals/signaldetector.h"
#include "widgets/driverstab.h"
#include "workspace/eventquery.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <QDateTime>

namespace costline::bench {
namespace {

// DESIGN §8: every Overview and Cost drivers query, and the first page of Usage events.
constexpr double kQueryTargetMs = 50;
constexpr double kFirstPageTargetMs = 20;
// The Forecast tab's growth scenario as it opens.
constexpr double kDefaultGrowthPct = 10;

EventFilter presetFilter(DatePreset preset, qint64 lastDay, const QMap<Dimension, QStringList> &where = {})
{
    const DayRange range = *presetRange(preset, lastDay);
    return EventFilter{range.fromDay, range.toDay, where};
}

struct TabContext
{
    Workspace &ws;
    int runs;
    qint64 lastDay;
    EventFilter filter;       // the default: last 30 days
    EventFilter narrowFilter; // last 90 days, one team
};

FigureSection overview(const TabContext &c)
{
    FigureSection s{QStringLiteral("Overview (last 30 days)"), {}};
    s.figures << timeRuns(QStringLiteral("budget bars"), c.runs, [&] {
        BudgetEvaluator(c.ws).evaluate(BudgetStore(c.ws).list(), SummaryQuery(c.ws).lastDay().value_or(c.lastDay));
    }, kQueryTargetMs);
    HealthRequest readiness{*c.filter.fromDay, *c.filter.toDay, QDateTime::currentMSecsSinceEpoch(), {}};
    s.figures << timeRuns(QStringLiteral("readiness"), c.runs, [&] { HealthQuery(c.ws).run(readiness); });
    s.figures << timeRuns(QStringLiteral("whole load: KPIs, trend, donut, models, movers"), c.runs,
                          [&] { OverviewQuery(c.ws).run(c.filter); });
    SummaryQuery summary(c.ws);
    const DayRange previous = previousPeriod(DayRange{*c.filter.fromDay, *c.filter.toDay});
    const EventFilter before{previous.fromDay, previous.toDay, {}};
    const Grouping provider{GroupKey::Dim, Dimension::Provider};
    s.figures << timeRuns(QStringLiteral("  KPIs: previous period"), c.runs, [&] { summary.run(before, {}); }, kQueryTargetMs);
    s.figures << timeRuns(QStringLiteral("  KPIs + daily trend by provider"), c.runs,
                          [&] { summary.run(c.filter, {Grouping{GroupKey::Day, Dimension::Provider}, provider}); }, kQueryTargetMs);
    s.figures << timeRuns(QStringLiteral("  provider donut"), c.runs, [&] { summary.run(c.filter, {provider}); }, kQueryTargetMs);
    s.figures << timeRuns(QStringLiteral("  top models"), c.runs,
                          [&] { summary.run(c.filter, {Grouping{GroupKey::Dim, Dimension::Model}}); }, kQueryTargetMs);
    s.figures << timeRuns(QStringLiteral("  movers (5 dimensions, 2 periods)"), c.runs, [&] {
        for (const Dimension dim : OverviewQuery::moverDimensions())
            DriversQuery(c.ws).run(c.filter, dim);
    }, kQueryTargetMs);
    s.figures << timeRuns(QStringLiteral("whole load, team=team-3, last 90 days"), c.runs,
                          [&] { OverviewQuery(c.ws).run(c.narrowFilter); });
    return s;
}

FigureSection drivers(const TabContext &c)
{
    FigureSection s{QStringLiteral("Cost drivers (last 30 days against the 30 before)"), {}};
    for (const Dimension dim : DriversTab::driverDimensions())
        s.figures << timeRuns(QStringLiteral("by %1").arg(dimensionName(dim)), c.runs,
                              [&] { DriversQuery(c.ws).run(c.filter, dim); }, kQueryTargetMs);
    s.figures << timeRuns(QStringLiteral("by model, team=team-3, last 90 days"), c.runs,
                          [&] { DriversQuery(c.ws).run(c.narrowFilter, Dimension::Model); }, kQueryTargetMs);
    return s;
}

FigureSection usageEvents(const TabContext &c)
{
    FigureSection s{QStringLiteral("Usage events (the tab's first page)"), {}};
    EventPageRequest request;
    request.filter = c.filter;
    request.limit = EventsModel::kPageSize;
    s.figures << timeRuns(QStringLiteral("first page, last 30 days"), c.runs, [&] { EventQuery(c.ws).page(request); },
                          kFirstPageTargetMs);
    request.filter = c.narrowFilter;
    s.figures << timeRuns(QStringLiteral("first filtered page, team=team-3, 90 days"), c.runs,
                          [&] { EventQuery(c.ws).page(request); }, kFirstPageTargetMs);
    return s;
}

// What the Forecast tab asks for once its pickers are filled: the growth case and the
// traffic move it proposes (half of the top model onto the next).
ForecastRequest forecastRequest(Workspace &ws, const EventFilter &filter)
{
    ForecastRequest request;
    request.monthDay = filter.toDay;
    request.filter = filter;
    request.scenarios << Scenario{Scenario::Kind::Growth, kDefaultGrowthPct, {}, {}, 0};
    const ForecastResult base = ForecastQuery(ws).run(request);
    if (base.byModel.size() >= 2)
        request.scenarios << Scenario{Scenario::Kind::MoveTraffic, 0, base.byModel.at(0).key.model, base.byModel.at(1).key.model, 50};
    return request;
}

FigureSection otherTabs(const TabContext &c)
{
    FigureSection s{QStringLiteral("Other tabs (last 30 days)"), {}};
    s.figures << timeRuns(QStringLiteral("Cost signals: detection"), c.runs, [&] {
        const qint64 asOf = qMin(*c.filter.toDay, SummaryQuery(c.ws).lastDay().value_or(*c.filter.toDay));
        SignalDetector(c.ws).detect(asOf, QDateTime::currentMSecsSinceEpoch());
    });
    const ForecastRequest forecast = forecastRequest(c.ws, c.filter);
    s.figures << timeRuns(QStringLiteral("Forecast: growth and traffic move"), c.runs, [&] { ForecastQuery(c.ws).run(forecast); });
    s.figures << timeRuns(QStringLiteral("Allocation: showback, rules, preview"), c.runs, [&] {
        Allocator allocator(c.ws);
        allocator.showback(c.filter);
        AllocationStore(c.ws).rules();
        allocator.preview(c.filter);
    });
    HealthRequest health{*c.filter.fromDay, *c.filter.toDay, QDateTime::currentMSecsSinceEpoch(), {}};
    s.figures << timeRuns(QStringLiteral("Data health: every check"), c.runs, [&] { HealthQuery(c.ws).run(health); });
    s.figures << timeRuns(QStringLiteral("Unit economics by feature"), c.runs,
                          [&] { EconomicsQuery(c.ws).run(c.filter, Dimension::Feature); });
    return s;
}

} // namespace

QList<FigureSection> measureTabQueries(const QString &workspacePath, int runs)
{
    QString error;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    if (!workspace)
        qFatal("cannot open %s: %s", qPrintable(workspacePath), qPrintable(error));
    const qint64 lastDay = *SummaryQuery(*workspace).lastDay();
    const TabContext context{*workspace, runs, lastDay, presetFilter(DatePreset::Last30Days, lastDay),
                             presetFilter(DatePreset::Last90Days, lastDay, {{Dimension::Team, {QStringLiteral("team-3")}}})};
    return {overview(context), drivers(context), usageEvents(context), otherTabs(context)};
}

} // namespace costline::bench
