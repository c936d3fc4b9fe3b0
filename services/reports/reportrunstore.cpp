#include "reportrunstore.h"

#include "focusexport.h"
#include "reportbuilder.h"
#include "reportrenderer.h"
#include "workspace/auditedwrite.h"
#include "workspace/exportrecord.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

namespace costline {
namespace {

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

constexpr char kSelectRuns[] = "SELECT id, kind, parameters, format, generated_ms, generated_by, file, sha256 FROM report_runs";

ReportRun readRun(const SqliteStatement &st)
{
    return ReportRun{st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.text(5), st.text(6), st.text(7)};
}

QJsonObject runAuditJson(const ReportRun &run)
{
    return QJsonObject{{QStringLiteral("kind"), run.kind},       {QStringLiteral("parameters"), run.parameters},
                       {QStringLiteral("format"), run.format},   {QStringLiteral("generated_by"), run.generatedBy},
                       {QStringLiteral("file"), run.file},       {QStringLiteral("sha256"), run.sha256}};
}

QString runAuditObject(const ReportRun &run)
{
    return QStringLiteral("report_run:%1 %2").arg(run.id).arg(run.kind);
}

} // namespace

bool ReportRunStore::record(const ReportRun &run, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
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
    ReportRun recorded = run;
    recorded.id = sqlite3_last_insert_rowid(m_workspace.db());
    return audited.commit({QStringLiteral("report.run"), runAuditObject(recorded), {}, runAuditJson(recorded), run.generatedAtMs}, error);
}

std::optional<ReportRun> ReportRunStore::find(qint64 id) const
{
    SqliteStatement st(m_workspace.db(), QByteArray(kSelectRuns) + " WHERE id = ?");
    st.bind(0, id);
    return st.step() ? std::optional<ReportRun>(readRun(st)) : std::nullopt;
}

bool ReportRunStore::remove(qint64 id, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
    const std::optional<ReportRun> run = find(id);
    if (!run) {
        *error = QStringLiteral("No written report has id %1; see 'costline-cli report runs'.").arg(id);
        return false;
    }
    SqliteStatement st(m_workspace.db(), "DELETE FROM report_runs WHERE id = ?");
    st.bind(0, id);
    if (!st.exec()) {
        *error = QStringLiteral("Cannot remove the report run: %1").arg(st.error());
        return false;
    }
    // The file goes only while it is still the one written: a file changed or replaced since
    // is someone else's now.
    const bool unchanged = QFileInfo::exists(run->file) && fileSha256(run->file) == run->sha256;
    QJsonObject before = runAuditJson(*run);
    before.insert(QStringLiteral("file_deleted"), unchanged);
    if (!audited.commit({QStringLiteral("report.delete"), runAuditObject(*run), before, {}}, error))
        return false;
    if (!unchanged || QFile::remove(run->file))
        return true;
    *error = QStringLiteral("The report was taken off the list but %1 could not be deleted; delete it by hand.").arg(run->file);
    return false;
}

QList<ReportRun> ReportRunStore::list(int limit)
{
    SqliteStatement st(m_workspace.db(), QByteArray(kSelectRuns) + " ORDER BY generated_ms DESC, id DESC LIMIT ?");
    st.bind(0, qint64(limit));
    QList<ReportRun> runs;
    while (st.step())
        runs << readRun(st);
    return runs;
}

std::optional<ReportRun> runReport(Workspace &ws, const ReportRequest &request, ReportFormat format,
                                   const QString &outPath, QPageSize::PageSizeId pageSize, QString *error)
{
    const bool pdf = format == ReportFormat::Pdf;
    if (!writeReport(ws, request, pdf, outPath, pageSize, error))
        return std::nullopt;
    ReportRun run{0, request.kind, request.parameters(), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"),
                  request.nowMs, request.generatedBy, QFileInfo(outPath).absoluteFilePath(), fileSha256(outPath)};
    // A report that cannot be recorded in the trail does not leave the building.
    if (!ReportRunStore(ws).record(run, error)) {
        QFile::remove(outPath);
        return std::nullopt;
    }
    return run;
}

} // namespace costline
