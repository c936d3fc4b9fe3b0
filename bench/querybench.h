#pragma once

#include <QList>
#include <QString>

namespace costline::bench {

struct QueryFigure
{
    QString name;
    double medianMs = 0;
    double p95Ms = 0;
};

// Times the summaries the tabs run, over the whole data range, `runs` times each.
QList<QueryFigure> measureQueries(const QString &workspacePath, int runs);

} // namespace costline::bench
