#include "accesslogimporter.h"

#include "accesslogline.h"
#include "workspace/quarantinestore.h"
#include "workspace/sourcestore.h"
#include "workspace/workspace.h"

#include <QFile>

namespace costline {
namespace {

constexpr qint64 kMaxLineBytes = 1024 * 1024;
constexpr qsizetype kRawKeptBytes = 4096;
constexpr qint64 kProgressEveryLines = 5'000;
const QString kKind = QStringLiteral("audit-log");

ImportResult failure(const QString &error)
{
    ImportResult r;
    r.error = error;
    return r;
}

// The next line without its line end; a line longer than kMaxLineBytes is read to its end
// and returned cut, with *tooLong set.
QByteArray nextLine(QIODevice *device, bool *tooLong)
{
    QByteArray line = device->readLine(kMaxLineBytes);
    // Stopped short of a line end with more to read: the limit cut it.
    *tooLong = !line.endsWith('\n') && !device->atEnd();
    while (*tooLong && !device->atEnd() && !device->readLine(kMaxLineBytes).endsWith('\n')) {
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

ImportResult AccessLogImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2; check the path and its permissions").arg(path, file.errorString()));
    return importDevice(&file, path, options);
}

bool AccessLogImporter::importLine(qint64 sourceId, const QByteArray &line, bool tooLong, const QString &file,
                                   qint64 lineNumber, const ImportOptions &options, ImportResult *result, QString *error)
{
    AccessEvent event;
    const QString reason = tooLong ? QStringLiteral("the line is longer than 1 MiB") : readAccessLogLine(line, &event);
    if (reason.isEmpty()) {
        switch (AccessEventStore(m_workspace).upsert(sourceId, event, error)) {
        case AccessEventStore::Written::Inserted:
            ++result->inserted;
            return true;
        case AccessEventStore::Written::Replaced:
            ++result->updated;
            return true;
        case AccessEventStore::Written::Failed:
            return false;
        }
    }
    if (options.strict) {
        *error = QStringLiteral("%1 line %2: %3").arg(file).arg(lineNumber).arg(reason);
        return false;
    }
    if (m_firstReasons.size() < 3)
        m_firstReasons << QStringLiteral("line %1: %2").arg(lineNumber).arg(reason);
    ++result->quarantined;
    return QuarantineStore(m_workspace).add(sourceId, file, lineNumber, reason, line.left(kRawKeptBytes), error);
}

ImportResult AccessLogImporter::importDevice(QIODevice *device, const QString &displayName, const ImportOptions &options)
{
    QString error;
    if (!m_workspace.begin(&error))
        return failure(QStringLiteral("%1: %2").arg(displayName, error));
    const qint64 sourceId = SourceStore(m_workspace).ensure(options.sourceName.isEmpty() ? kKind : options.sourceName, kKind);
    m_firstReasons.clear();
    ImportResult result;
    qint64 lineNumber = 0;
    while (sourceId > 0 && !device->atEnd()) {
        bool tooLong = false;
        const QByteArray line = nextLine(device, &tooLong);
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        if (!importLine(sourceId, line, tooLong, displayName, lineNumber, options, &result, &error)) {
            m_workspace.rollback();
            return failure(error + QStringLiteral("; nothing was imported"));
        }
        if (options.progress && lineNumber % kProgressEveryLines == 0 && !options.progress(device->pos(), device->size())) {
            m_workspace.rollback();
            ImportResult cancelled = failure(QStringLiteral("import cancelled; nothing was imported"));
            cancelled.cancelled = true;
            return cancelled;
        }
    }
    if (sourceId <= 0 || !m_workspace.commit(&error)) {
        m_workspace.rollback();
        return failure(QStringLiteral("%1: saving failed: %2; nothing was imported").arg(displayName, error));
    }
    result.ok = result.inserted + result.updated > 0 || result.quarantined == 0;
    if (!result.ok)
        result.error = QStringLiteral("%1: no line is a gateway access record (%2 quarantined; %3); see "
                                      "docs/gateway-access-log.md for the format and 'costline-cli quarantine list' for every line")
                           .arg(displayName)
                           .arg(result.quarantined)
                           .arg(m_firstReasons.join(QStringLiteral("; ")));
    return result;
}

} // namespace costline
