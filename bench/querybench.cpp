#include "querybench.h"

#include "workspace/eventquery.h"
#include "workspace/summaryquery.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

namespace costline::bench {
namespace {

QueryFigure time(const QString &name, int runs, const std::function<void()> &query)
{
    query(); // warm the page cache: figures are for a workspace in use
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        query();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {name, ms.at(ms.size() / 2), ms.at(qMin(ms.size() - 1, qsizetype(double(ms.size()) * 0.95)))};
}

QList<Grouping> by(const QString &names)
{
    QList<Grouping> groupings;
    for (const QString &n : names.split(QLatin1Char(',')))
        groupings << *groupingFromName(n);
    return groupings;
}

} // namespace

QList<QueryFigure> measureQueries(const QString &workspacePath, int runs)
{
    QString error;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::ExistingOnly, &error);
    SummaryQuery summary(*workspace);
    const EventFilter all{summary.firstDay(), summary.lastDay(), {}};
    QList<QueryFigure> figures;
    for (const QString &grouping : {QStringLiteral("model"), QStringLiteral("team,day"), QStringLiteral("tenant")})
        figures << time(QStringLiteral("summary --by %1").arg(grouping), runs, [&] { summary.run(all, by(grouping)); });
    EventFilter filtered = all;
    filtered.where[Dimension::Team] = {QStringLiteral("team-3")};
    figures << time(QStringLiteral("summary --by model --where team=team-3"), runs,
                    [&] { summary.run(filtered, by(QStringLiteral("model"))); });
    EventQuery events(*workspace);
    figures << time(QStringLiteral("events first page (200)"), runs, [&] { events.page(all, std::nullopt, 200); });
    figures << time(QStringLiteral("events first page, team=team-3"), runs, [&] { events.page(filtered, std::nullopt, 200); });
    return figures;
}

} // namespace costline::bench
