#include "benchreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

namespace costline::bench {
namespace {

constexpr double kIngestRatioTarget = 0.6;
constexpr double kBytesPerEventTarget = 100;

double rate(qint64 rows, double seconds)
{
    return seconds > 0 ? double(rows) / seconds : 0;
}

double ingestRatio(const IngestFigures &ingest)
{
    return ingest.costlineSeconds > 0 ? ingest.rawSeconds / ingest.costlineSeconds : 0;
}

double bytesPerEvent(const IngestFigures &ingest)
{
    return double(ingest.workspaceBytes) / double(qMax<qint64>(1, ingest.rows));
}

QString verdict(bool met)
{
    return met ? QStringLiteral("ok") : QStringLiteral("MISS");
}

QString targetText(const Figure &f)
{
    return f.below ? QStringLiteral("< %1 %2").arg(*f.below).arg(f.unit) : QString();
}

void printIngest(QTextStream &out, const IngestFigures &ingest)
{
    out << "ingest: import csv          " << qRound64(rate(ingest.rows, ingest.costlineSeconds)) << " rows/s ("
        << QString::number(ingest.costlineSeconds, 'f', 2) << " s)\n";
    out << "ingest: raw sqlite3 upsert  " << qRound64(rate(ingest.rows, ingest.rawSeconds)) << " rows/s ("
        << QString::number(ingest.rawSeconds, 'f', 2) << " s)\n";
    out << "ingest ratio (target >= 0.6) " << QString::number(ingestRatio(ingest), 'f', 2) << "  "
        << verdict(ingestRatio(ingest) >= kIngestRatioTarget) << '\n';
    out << "workspace bytes per event (target <= 100) " << QString::number(bytesPerEvent(ingest), 'f', 1) << "  "
        << verdict(bytesPerEvent(ingest) <= kBytesPerEventTarget) << '\n';
}

} // namespace

void printReport(QTextStream &out, const BenchRun &run)
{
    const IngestFigures &ingest = run.ingest;
    out << "Costline benchmark, " << run.events << " events over " << run.days << " days, "
        << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores\n\n";
    if (ingest.rows > 0)
        printIngest(out, ingest);
    for (const FigureSection &section : run.sections) {
        out << '\n' << section.title << '\n';
        out << QStringLiteral("  %1 %2 %3 %4\n").arg(QString(), -46).arg(QStringLiteral("median"), 10).arg(QStringLiteral("p95"), 10)
                   .arg(QStringLiteral("target"), 12);
        for (const Figure &f : section.figures) {
            if (!f.error.isEmpty()) {
                out << QStringLiteral("  %1 %2\n").arg(f.name, -46).arg(f.error);
                continue;
            }
            const QString p95 = f.p95 < 0 ? QString() : QString::number(f.p95, 'f', 2);
            out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                       .arg(f.name, -46)
                       .arg(QString::number(f.median, 'f', 2) + QLatin1Char(' ') + f.unit, 10)
                       .arg(p95, 10)
                       .arg(targetText(f), 12)
                       .arg(f.below ? verdict(!f.missed()) : QString());
        }
    }
    out.flush();
}

bool writeJsonReport(const QString &path, const BenchRun &run)
{
    QJsonArray sections;
    for (const FigureSection &section : run.sections) {
        QJsonArray figures;
        for (const Figure &f : section.figures) {
            QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("unit"), f.unit}, {QStringLiteral("median"), f.median}};
            if (f.p95 >= 0)
                o.insert(QStringLiteral("p95"), f.p95);
            if (!f.error.isEmpty())
                o.insert(QStringLiteral("error"), f.error);
            if (f.below) {
                o.insert(QStringLiteral("target_below"), *f.below);
                o.insert(QStringLiteral("met"), !f.missed());
            }
            figures.append(o);
        }
        sections.append(QJsonObject{{QStringLiteral("title"), section.title}, {QStringLiteral("figures"), figures}});
    }
    const IngestFigures &ingest = run.ingest;
    const QJsonObject root{
        {QStringLiteral("events"), run.events},
        {QStringLiteral("days"), run.days},
        {QStringLiteral("machine"), QSysInfo::prettyProductName()},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("ingest_rows_per_s"), rate(ingest.rows, ingest.costlineSeconds)},
        {QStringLiteral("raw_upsert_rows_per_s"), rate(ingest.rows, ingest.rawSeconds)},
        {QStringLiteral("ingest_ratio"), ingestRatio(ingest)},
        {QStringLiteral("bytes_per_event"), bytesPerEvent(ingest)},
        {QStringLiteral("sections"), sections},
    };
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

} // namespace costline::bench
