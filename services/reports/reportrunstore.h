#pragma once

#include "reportrequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;

// A report that was written: kept so finance can show what was sent, when, and that the
// file is unchanged (its SHA-256).
struct ReportRun
{
    qint64 id = 0;
    QString kind;
    QString parameters;
    QString format; // "pdf" | "csv"
    qint64 generatedAtMs = 0;
    QString generatedBy;
    QString file;
    QString sha256; // hex
};

class ReportRunStore final
{
public:
    explicit ReportRunStore(Workspace &workspace) : m_workspace(workspace) {}

    // Records the run, and the run in the audit trail, in one transaction.
    bool record(const ReportRun &run, QString *error);
    QList<ReportRun> list(int limit = 200);
    std::optional<ReportRun> find(qint64 id) const;
    // Takes the run off the list (recorded in the audit trail) and deletes its file while the
    // file is still the one written (same SHA-256); a file changed since stays. False and
    // *error when there is no such run or the file could not be deleted.
    bool remove(qint64 id, QString *error);

private:
    Workspace &m_workspace;
};

enum class ReportFormat { Pdf, Csv };

// Builds the report, writes it in the format, hashes the file and records the run.
// nullopt and *error ("what, what to do") when the period is empty or the file cannot be written.
std::optional<ReportRun> runReport(Workspace &workspace, const ReportRequest &request, ReportFormat format,
                                   const QString &outPath, QPageSize::PageSizeId pageSize, QString *error);

} // namespace costline
