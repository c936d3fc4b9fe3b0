#include "eventexport.h"

#include "workspace/exportrecord.h"
#include "workspace/summaryquery.h"

#include <QSaveFile>

namespace costline {
namespace {

constexpr int kExportPageSize = 5000;

} // namespace

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            quoted << QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            quoted << field;
        }
    }
    return quoted.join(QLatin1Char(','));
}

qint64 EventCsvExport::expectedRows(const EventPageRequest &request)
{
    // The rollups know the count of a day range; a text match is only known by reading.
    if (!request.text.trimmed().isEmpty() || !request.filter.fromDay || !request.filter.toDay)
        return 0;
    return SummaryQuery(m_workspace).run(request.filter, {}).totals.events;
}

EventExportResult EventCsvExport::write(EventPageRequest request, const QString &path, const QStringList &headers,
                                        const Cells &cells, const Progress &progress)
{
    EventExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    const qint64 total = expectedRows(request);
    file.write(csvRecord(headers).toUtf8() + "\r\n");
    request.limit = kExportPageSize;
    request.after.reset();
    EventQuery query(m_workspace);
    for (;;) {
        const EventPage page = query.page(request);
        QByteArray chunk;
        for (const EventRow &row : page.rows)
            chunk += csvRecord(cells(row)).toUtf8() + "\r\n";
        file.write(chunk);
        result.rows += page.rows.size();
        if (progress && !progress(result.rows, total)) {
            file.cancelWriting();
            result.cancelled = true;
            return result;
        }
        if (!page.next)
            break;
        request.after = page.next;
    }
    if (!file.commit()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    QJsonObject details = filterAuditJson(request.filter);
    if (!request.text.trimmed().isEmpty())
        details.insert(QStringLiteral("text"), request.text.trimmed());
    result.ok = recordExport(m_workspace, QStringLiteral("events"), path, result.rows, details, &result.error);
    return result;
}

} // namespace costline
