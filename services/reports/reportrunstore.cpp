#include "reportrunstore.h"

#include "focusexport.h"
#include "reportbuilder.h"
#include "reportrenderer.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace costline {
namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("Cannot write %1 (%2): check the folder exists and is writable.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeFocusFile(Workspace &ws, const ReportRequest &request, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1 (%2): check the folder exists and is writable.").arg(path, file.errorString());
        return false;
    }
    if (!writeFocusCsv(ws, request, &file, error))
        return false;
    if (!file.commit()) {
        *error = QStringLiteral("Cannot write %1 (%2): check the disk has room.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeReport(Workspace &ws, const ReportRequest &request, bool pdf, const QString &path, QPageSize::PageSizeId pageSize,
                 QString *error)
{
    if (!reportHasPdf(request.kind) && pdf) {
        *error = QStringLiteral("The %1 is a CSV file for other FinOps tools and has no PDF; write it as CSV.")
                     .arg(reportTitle(request.kind));
        return false;
    }
    if (request.kind == QLatin1String("focus"))
        return writeFocusFile(ws, request, path, error);
    QString buildError;
    const Report report = buildReport(ws, request, &buildError);
    if (!buildError.isEmpty()) {
        *error = buildError;
        return false;
    }
    return pdf ? writePdf(report, path, pageSize, error) : writeBytes(path, renderCsv(report), error);
}

} // namespace

bool ReportRunStore::record(const ReportRun &run, QString *error)
{
    SqliteStatement st(m_workspace.db(), "INSERT INTO report_runs(kind, parameters, format, generated_ms, generated_by,"
                                         " file, sha256) VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.bind(0, run.kind);
    st.bind(1, run.parameters);
    st.bind(2, run.format);
    st.bind(3, run.generatedAtMs);
    st.bind(4, run.generatedBy);
    st.bind(5, run.file);
    st.bind(6, run.sha256);
    if (!st.exec()) {
        *error = QStringLiteral("Cannot record the report run: %1").arg(st.error());
        return false;
    }
    return true;
}

QList<ReportRun> ReportRunStore::list(int limit)
{
    SqliteStatement st(m_workspace.db(), "SELECT id, kind, parameters, format, generated_ms, generated_by, file, sha256"
                                         " FROM report_runs ORDER BY generated_ms DESC, id DESC LIMIT ?");
    st.bind(0, qint64(limit));
    QList<ReportRun> runs;
    while (st.step())
        runs << ReportRun{st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.text(5), st.text(6), st.text(7)};
    return runs;
}

std::optional<ReportRun> runReport(Workspace &ws, const ReportRequest &request, ReportFormat format,
                                   const QString &outPath, QPageSize::PageSizeId pageSize, QString *error)
{
    const bool pdf = format == ReportFormat::Pdf;
    if (!writeReport(ws, request, pdf, outPath, pageSize, error))
        return std::nullopt;
    ReportRun run{0, request.kind, request.parameters(), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"),
                  request.nowMs, request.generatedBy, QFileInfo(outPath).absoluteFilePath(), sha256Of(outPath)};
    if (!ReportRunStore(ws).record(run, error))
        return std::nullopt;
    return run;
}

} // namespace costline
