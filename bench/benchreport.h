#pragma once

#include "benchtiming.h"
#include "ingestbench.h"

#include <QTextStream>

namespace costline::bench {

struct BenchRun
{
    qint64 events = 0;
    int days = 0;
    IngestFigures ingest;
    QList<FigureSection> sections;
};

// Prints the figures as a table, each against its DESIGN target, and writes them as JSON.
void printReport(QTextStream &out, const BenchRun &run);
bool writeJsonReport(const QString &path, const BenchRun &run);

} // namespace costline::bench
