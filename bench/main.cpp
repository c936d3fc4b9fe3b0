#include "benchdata.h"
#include "benchreport.h"
#include "ingestbench.h"
#include "querybench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace costline::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Costline benchmark: ingest against raw sqlite3, summary queries, size."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("events to generate (default 1000000)"), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("days they span (default 365)"), QStringLiteral("D"), QStringLiteral("365")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("scratch folder (default: a temporary one)"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("write the figures here as JSON"), QStringLiteral("FILE"),
                      QStringLiteral("costline-bench.json")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("timed runs per query (default 21)"), QStringLiteral("N"), QStringLiteral("21")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    QTemporaryDir temp;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path());
    QTextStream out(stdout);
    const QString csv = dir.filePath(QStringLiteral("bench-usage.csv"));
    out << "generating " << events << " events..." << Qt::endl;
    if (!writeUsageCsv(csv, events, parser.value(QStringLiteral("days")).toInt()))
        qFatal("cannot write %s", qPrintable(csv));
    const QString workspace = dir.filePath(QStringLiteral("bench.costline"));
    const IngestFigures ingest = measureIngest(csv, workspace, dir.filePath(QStringLiteral("raw.sqlite")));
    const QList<QueryFigure> queries = measureQueries(workspace, parser.value(QStringLiteral("runs")).toInt());
    printReport(out, events, ingest, queries);
    writeJsonReport(parser.value(QStringLiteral("json")), events, ingest, queries);
    return 0;
}
