#include "querybench.h"

#include "workspace/eventquery.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

namespace costline::bench {
namespace {

constexpr double kQueryTargetMs = 50;
constexpr double kFirstPageTargetMs = 20;

QList<Grouping> by(const QString &names)
{
    QList<Grouping> groupings;
    for (const QString &n : names.split(QLatin1Char(',')))
        groupings << *groupingFromName(n);
    return groupings;
}

} // namespace

FigureSection measureQueries(const QString &workspacePath, int runs)
{
    QString error;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    if (!workspace)
        qFatal("cannot open %s: %s", qPrintable(workspacePath), qPrintable(error));
    SummaryQuery summary(*workspace);
    const EventFilter all{summary.firstDay(), summary.lastDay(), {}};
    FigureSection section{QStringLiteral("costline-cli summary over every day, Usage events"), {}};
    for (const QString &grouping : {QStringLiteral("model"), QStringLiteral("team,day"), QStringLiteral("tenant")})
        section.figures << timeRuns(QStringLiteral("summary --by %1").arg(grouping), runs,
                                    [&] { summary.run(all, by(grouping)); }, kQueryTargetMs);
    EventFilter filtered = all;
    filtered.where[Dimension::Team] = {QStringLiteral("team-3")};
    section.figures << timeRuns(QStringLiteral("summary --by model --where team=team-3"), runs,
                                [&] { summary.run(filtered, by(QStringLiteral("model"))); }, kQueryTargetMs);
    EventQuery events(*workspace);
    section.figures << timeRuns(QStringLiteral("events first page (200)"), runs,
                                [&] { events.page(all, std::nullopt, 200); }, kFirstPageTargetMs);
    section.figures << timeRuns(QStringLiteral("events first filtered page, team=team-3"), runs,
                                [&] { events.page(filtered, std::nullopt, 200); }, kFirstPageTargetMs);
    return section;
}

} // namespace costline::bench
