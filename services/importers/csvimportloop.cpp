#include "csvimportloop.h"

#include "core/csvreader.h"
#include "workspace/ingestsession.h"

#include <QIODevice>

namespace costline {
namespace {

constexpr qint64 kProgressEveryRows = 20'000;

ImportResult failure(const QString &error, bool cancelled = false)
{
    ImportResult r;
    r.error = error;
    r.cancelled = cancelled;
    return r;
}

bool isBlankRecord(const QList<QByteArrayView> &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

ImportResult importCsvEvents(Workspace &workspace, QIODevice *device, const QString &displayName,
                             const ImportOptions &options, const QString &kind, const CsvHeaderReader &readHeader,
                             const CsvRowReader &readRow)
{
    CsvReader reader(device);
    if (!reader.next())
        return failure(QStringLiteral("%1 is empty: a %2 file starts with a header row").arg(displayName, kind));
    if (const QString why = readHeader(reader.fields()); !why.isEmpty())
        return failure(QStringLiteral("%1: %2; nothing was imported").arg(displayName, why));
    IngestSession session(workspace, options.sourceName.isEmpty() ? kind : options.sourceName, kind);
    QString error;
    if (!session.begin(&error))
        return failure(QStringLiteral("%1: %2").arg(displayName, error));
    session.forgetQuarantined(displayName);
    qint64 rows = 0;
    while (reader.next()) {
        if (isBlankRecord(reader.fields()))
            continue;
        UsageEvent event;
        const QByteArray raw = reader.rawRecord();
        QString reason = reader.recordError();
        if (reason.isEmpty())
            reason = readRow(reader.fields(), raw, &event);
        if (reason.isEmpty())
            session.add(std::move(event), &reason);
        if (session.databaseFailed())
            return failure(QStringLiteral("%1 line %2: the workspace failed: %3; nothing was imported")
                               .arg(displayName).arg(reader.lineNumber()).arg(reason));
        if (!reason.isEmpty() && options.strict) {
            session.rollback();
            return failure(QStringLiteral("%1 line %2: %3; --strict: nothing was imported").arg(displayName).arg(reader.lineNumber()).arg(reason));
        }
        if (!reason.isEmpty())
            session.quarantine(displayName, reader.lineNumber(), reason, raw);
        if (++rows % kProgressEveryRows == 0 && options.progress && !options.progress(reader.bytesConsumed(), device->size())) {
            session.rollback();
            return failure(QStringLiteral("import of %1 cancelled; nothing was imported").arg(displayName), true);
        }
    }
    if (!reader.deviceError().isEmpty()) {
        session.rollback();
        return failure(QStringLiteral("reading %1 failed: %2; nothing was imported").arg(displayName, reader.deviceError()));
    }
    if (!session.commit(&error))
        return failure(QStringLiteral("%1: saving failed: %2; nothing was imported").arg(displayName, error));
    ImportResult result;
    result.ok = true;
    result.inserted = session.inserted();
    result.updated = session.updated();
    result.quarantined = session.quarantined();
    result.firstReasons = session.firstQuarantineReasons();
    return result;
}

} // namespace costline
