#include "benchreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

namespace costline::bench {
namespace {

double rate(qint64 rows, double seconds)
{
    return seconds > 0 ? double(rows) / seconds : 0;
}

} // namespace

void printReport(QTextStream &out, qint64 events, const IngestFigures &ingest, const QList<QueryFigure> &queries)
{
    out << "Costline benchmark, " << events << " events, " << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " cores\n\n";
    out << "ingest: import csv          " << qRound64(rate(ingest.rows, ingest.costlineSeconds)) << " rows/s ("
        << QString::number(ingest.costlineSeconds, 'f', 2) << " s)\n";
    out << "ingest: raw sqlite3 upsert  " << qRound64(rate(ingest.rows, ingest.rawSeconds)) << " rows/s ("
        << QString::number(ingest.rawSeconds, 'f', 2) << " s)\n";
    out << "ingest ratio (target >= 0.6) " << QString::number(ingest.rawSeconds / ingest.costlineSeconds, 'f', 2) << '\n';
    out << "workspace bytes per event (target <= 100) "
        << QString::number(double(ingest.workspaceBytes) / double(qMax<qint64>(1, ingest.rows)), 'f', 1) << "\n\n";
    out << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("query"), -44).arg(QStringLiteral("median ms"), 10).arg(QStringLiteral("p95 ms"), 10);
    for (const QueryFigure &q : queries)
        out << QStringLiteral("%1 %2 %3\n").arg(q.name, -44).arg(q.medianMs, 10, 'f', 2).arg(q.p95Ms, 10, 'f', 2);
}

bool writeJsonReport(const QString &path, qint64 events, const IngestFigures &ingest, const QList<QueryFigure> &queries)
{
    QJsonArray queryArray;
    for (const QueryFigure &q : queries)
        queryArray.append(QJsonObject{{QStringLiteral("name"), q.name}, {QStringLiteral("median_ms"), q.medianMs},
                                      {QStringLiteral("p95_ms"), q.p95Ms}});
    const QJsonObject root{
        {QStringLiteral("events"), events},
        {QStringLiteral("machine"), QSysInfo::prettyProductName()},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("ingest_rows_per_s"), rate(ingest.rows, ingest.costlineSeconds)},
        {QStringLiteral("raw_upsert_rows_per_s"), rate(ingest.rows, ingest.rawSeconds)},
        {QStringLiteral("ingest_ratio"), ingest.rawSeconds / ingest.costlineSeconds},
        {QStringLiteral("bytes_per_event"), double(ingest.workspaceBytes) / double(qMax<qint64>(1, ingest.rows))},
        {QStringLiteral("queries"), queryArray},
    };
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

} // namespace costline::bench
