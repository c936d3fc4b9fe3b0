#include "reportbench.h"

#include "benchdata.h"
#include "core/utctime.h"
#include "importers/usagecsvimporter.h"
#include "reports/reportrunstore.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFile>

namespace costline::bench {
namespace {

constexpr double kChargebackTargetMs = 3000;

std::unique_ptr<Workspace> monthWorkspace(const QDir &dir, qint64 events, qint64 firstDay, qint64 lastDay)
{
    const QString csv = dir.filePath(QStringLiteral("bench-month.csv"));
    if (!writeUsageCsv(csv, events, firstDay, int(lastDay - firstDay + 1)))
        qFatal("cannot write %s", qPrintable(csv));
    const QString path = dir.filePath(QStringLiteral("bench-month.costline"));
    QFile::remove(path);
    QString error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error));
    seedWorkspace(*workspace);
    const ImportResult result = UsageCsvImporter(*workspace).importFile(csv, {});
    if (!result.ok)
        qFatal("import failed: %s", qPrintable(result.error));
    QFile::remove(csv);
    return workspace;
}

} // namespace

Figure measureChargebackPdf(const QDir &dir, qint64 events, int runs)
{
    const qint64 firstDay = utc::firstDayOfMonth(utc::firstDayOfMonth(utc::todayUtc()) - 1);
    const qint64 lastDay = utc::lastDayOfMonth(firstDay);
    auto workspace = monthWorkspace(dir, events, firstDay, lastDay);
    const QString pdf = dir.filePath(QStringLiteral("chargeback.pdf"));
    const ReportRequest request{QStringLiteral("chargeback"), firstDay, lastDay, {}, 0, QStringLiteral("costline-bench"),
                                QDateTime::currentMSecsSinceEpoch()};
    return timeRuns(QStringLiteral("chargeback PDF, %1 events in %2").arg(events).arg(utc::formatMonth(firstDay)), runs, [&] {
        QString error;
        if (!runReport(*workspace, request, ReportFormat::Pdf, pdf, QPageSize::A4, &error))
            qFatal("chargeback failed: %s", qPrintable(error));
    }, kChargebackTargetMs);
}

} // namespace costline::bench
