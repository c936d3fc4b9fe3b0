#pragma once

#include "ingestbench.h"
#include "querybench.h"

#include <QTextStream>

namespace costline::bench {

// Prints the figures as a table and writes them as JSON beside it.
void printReport(QTextStream &out, qint64 events, const IngestFigures &ingest, const QList<QueryFigure> &queries);
bool writeJsonReport(const QString &path, qint64 events, const IngestFigures &ingest, const QList<QueryFigure> &queries);

} // namespace costline::bench
