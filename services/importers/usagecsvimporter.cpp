#include "usagecsvimporter.h"

#include "core/csvreader.h"
#include "usagecsvrow.h"
#include "workspace/ingestsession.h"

#include <QFile>

namespace costline {
namespace {

constexpr qint64 kProgressEveryRows = 20'000;

ImportResult failure(const QString &error)
{
    ImportResult r;
    r.error = error;
    return r;
}

bool isBlankRecord(const QList<QByteArrayView> &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

ImportResult UsageCsvImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return importDevice(&file, path, options);
}

ImportResult UsageCsvImporter::importDevice(QIODevice *device, const QString &displayName,
                                            const ImportOptions &options)
{
    CsvReader reader(device);
    if (!reader.next())
        return failure(QStringLiteral("%1 is empty: a usage CSV starts with a header row").arg(displayName));
    UsageCsvColumns columns;
    if (const QString why = columns.resolve(reader.fields()); !why.isEmpty())
        return failure(QStringLiteral("%1: %2; nothing was imported").arg(displayName, why));

    IngestSession session(m_workspace, options.sourceName.isEmpty() ? QStringLiteral("csv") : options.sourceName,
                          QStringLiteral("csv"));
    QString error;
    if (!session.begin(&error))
        return failure(QStringLiteral("%1: %2").arg(displayName, error));
    session.forgetQuarantined(displayName);
    qint64 rows = 0;
    const qint64 total = device->size();
    while (reader.next()) {
        if (isBlankRecord(reader.fields()))
            continue;
        UsageEvent event;
        QString reason = reader.recordError();
        if (reason.isEmpty())
            reason = columns.read(reader.fields(), &event);
        if (reason.isEmpty())
            session.add(std::move(event), &reason);
        if (session.databaseFailed())
            return failure(QStringLiteral("%1 line %2: the workspace failed: %3; nothing was imported")
                               .arg(displayName)
                               .arg(reader.lineNumber())
                               .arg(reason));
        if (!reason.isEmpty()) {
            if (options.strict) {
                session.rollback();
                return failure(QStringLiteral("%1 line %2: %3; --strict: nothing was imported")
                                   .arg(displayName)
                                   .arg(reader.lineNumber())
                                   .arg(reason));
            }
            session.quarantine(displayName, reader.lineNumber(), reason, reader.rawRecord());
        }
        if (++rows % kProgressEveryRows == 0 && options.progress
            && !options.progress(reader.bytesConsumed(), total)) {
            session.rollback();
            ImportResult r = failure(QStringLiteral("import of %1 cancelled; nothing was imported").arg(displayName));
            r.cancelled = true;
            return r;
        }
    }
    if (!reader.deviceError().isEmpty()) {
        session.rollback();
        return failure(QStringLiteral("reading %1 failed: %2; nothing was imported").arg(displayName, reader.deviceError()));
    }
    if (!session.commit(&error))
        return failure(QStringLiteral("%1: saving failed: %2; nothing was imported").arg(displayName, error));
    if (options.progress)
        options.progress(total, total);
    ImportResult result;
    result.ok = true;
    result.inserted = session.inserted();
    result.updated = session.updated();
    result.quarantined = session.quarantined();
    result.firstReasons = session.firstQuarantineReasons();
    return result;
}

} // namespace costline
