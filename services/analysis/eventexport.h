#pragma once

#include "workspace/eventquery.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace costline {

class Workspace;

struct EventExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 rows = 0;
};

// Writes every event a request covers to a CSV file, page by page so memory stays flat
// whatever the count. The file appears only when complete (written aside, then renamed).
class EventCsvExport final
{
public:
    using Cells = std::function<QStringList(const EventRow &)>;
    // Rows written so far and the expected total (0 when unknown); false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit EventCsvExport(Workspace &workspace) : m_workspace(workspace) {}

    EventExportResult write(EventPageRequest request, const QString &path, const QStringList &headers,
                            const Cells &cells, const Progress &progress = {});

private:
    qint64 expectedRows(const EventPageRequest &request);

    Workspace &m_workspace;
};

// One CSV record (RFC 4180 quoting), without the line end.
QString csvRecord(const QStringList &fields);

} // namespace costline
