#include "benchdata.h"
#include "benchreport.h"
#include "core/utctime.h"
#include "ingestbench.h"
#include "processbench.h"
#include "querybench.h"
#include "reportbench.h"
#include "tabbench.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace costline;
using namespace costline::bench;

namespace {

const QStringList kParts = {QStringLiteral("ingest"), QStringLiteral("queries"), QStringLiteral("tabs"),
                            QStringLiteral("startup"), QStringLiteral("scroll"), QStringLiteral("chargeback")};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Costline benchmark: ingest against raw sqlite3, bytes per event, every tab's queries, start-up to the "
        "populated Overview, memory while scrolling every event, the chargeback PDF of a month."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("events"), QStringLiteral("events to generate (default 1000000)"), QStringLiteral("N"), QStringLiteral("1000000")},
        {QStringLiteral("days"), QStringLiteral("days they span (default 365)"), QStringLiteral("D"), QStringLiteral("365")},
        {QStringLiteral("month-events"), QStringLiteral("events in the chargeback month (default: --events)"), QStringLiteral("N")},
        {QStringLiteral("dir"), QStringLiteral("scratch folder (default: a temporary one)"), QStringLiteral("DIR")},
        {QStringLiteral("json"), QStringLiteral("write the figures here as JSON"), QStringLiteral("FILE"),
         QStringLiteral("costline-bench.json")},
        {QStringLiteral("runs"), QStringLiteral("timed runs per query (default 21)"), QStringLiteral("N"), QStringLiteral("21")},
        {QStringLiteral("launches"), QStringLiteral("timed launches of the app (default 7)"), QStringLiteral("N"), QStringLiteral("7")},
        {QStringLiteral("parts"),
         QStringLiteral("what to measure (default all: %1); without ingest, --dir must hold bench.costline from a run before")
             .arg(kParts.join(QLatin1Char(','))),
         QStringLiteral("LIST"), kParts.join(QLatin1Char(','))},
    });
}

IngestFigures generateAndIngest(const QDir &dir, qint64 events, int days, QTextStream &out)
{
    const QString csv = dir.filePath(QStringLiteral("bench-usage.csv"));
    out << "generating " << events << " events..." << Qt::endl;
    if (!writeUsageCsv(csv, events, utc::todayUtc() - days, days))
        qFatal("cannot write %s", qPrintable(csv));
    out << "importing..." << Qt::endl;
    const QString raw = dir.filePath(QStringLiteral("raw.sqlite"));
    const IngestFigures ingest = measureIngest(csv, dir.filePath(QStringLiteral("bench.costline")), raw);
    QFile::remove(csv);
    QFile::remove(raw);
    return ingest;
}

} // namespace

int main(int argc, char *argv[])
{
    // The chargeback PDF lays out text, which needs a GUI application; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const QStringList parts = parser.value(QStringLiteral("parts")).split(QLatin1Char(','));
    BenchRun run;
    run.events = parser.value(QStringLiteral("events")).toLongLong();
    run.days = parser.value(QStringLiteral("days")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTemporaryDir temp;
    const QDir dir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path());
    const QString workspace = dir.filePath(QStringLiteral("bench.costline"));
    QTextStream out(stdout);
    if (parts.contains(QStringLiteral("ingest")))
        run.ingest = generateAndIngest(dir, run.events, run.days, out);
    if (parts.contains(QStringLiteral("queries")))
        run.sections << measureQueries(workspace, runs);
    if (parts.contains(QStringLiteral("tabs")))
        run.sections << measureTabQueries(workspace, runs);
    FigureSection appSection{QStringLiteral("Desktop app and reports"), {}};
    if (parts.contains(QStringLiteral("startup")))
        appSection.figures << measureStartup(workspace, parser.value(QStringLiteral("launches")).toInt());
    if (parts.contains(QStringLiteral("scroll"))) {
        out << "scrolling every event..." << Qt::endl;
        appSection.figures << measureScrollRss(workspace);
    }
    if (parts.contains(QStringLiteral("chargeback"))) {
        const qint64 monthEvents = parser.isSet(QStringLiteral("month-events"))
                                       ? parser.value(QStringLiteral("month-events")).toLongLong() : run.events;
        out << "generating and importing " << monthEvents << " events in one month..." << Qt::endl;
        appSection.figures << measureChargebackPdf(dir, monthEvents, qMin(runs, 5));
    }
    if (!appSection.figures.isEmpty())
        run.sections << appSection;
    printReport(out, run);
    if (!writeJsonReport(parser.value(QStringLiteral("json")), run))
        qWarning("cannot write %s", qPrintable(parser.value(QStringLiteral("json"))));
    return 0;
}
