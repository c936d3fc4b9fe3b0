#include "recordimporter.h"

#include "core/csvreader.h"
#include "workspace/quarantinestore.h"
#include "workspace/sourcestore.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QFile>

namespace costline {
namespace {

ImportResult failure(const QString &error)
{
    ImportResult r;
    r.error = error;
    return r;
}

} // namespace

ImportResult importCsvRecords(Workspace &workspace, const QString &path, const ImportOptions &options,
                              const QString &kind, const std::function<QString(const QList<QByteArrayView> &)> &header,
                              const RecordWriter &write)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    CsvReader reader(&file);
    if (!reader.next())
        return failure(QStringLiteral("%1 is empty: a %2 CSV starts with a header row").arg(path, kind));
    if (const QString why = header(reader.fields()); !why.isEmpty())
        return failure(QStringLiteral("%1: %2; nothing was imported").arg(path, why));
    QString error;
    if (!workspace.begin(&error))
        return failure(QStringLiteral("%1: %2").arg(path, error));
    const qint64 sourceId = SourceStore(workspace).ensure(options.sourceName.isEmpty() ? kind : options.sourceName, kind);
    if (sourceId < 0 || !QuarantineStore(workspace).forgetFile(sourceId, path)) {
        workspace.rollback();
        return failure(QStringLiteral("%1: the workspace failed: %2; nothing was imported").arg(path, sqliteError(workspace.db())));
    }
    ImportResult result;
    while (reader.next()) {
        if (reader.fields().size() == 1 && reader.fields().first().trimmed().isEmpty())
            continue;
        QString reason = reader.recordError();
        if (reason.isEmpty())
            reason = write(reader.fields());
        if (reason.isEmpty()) {
            ++result.inserted;
            continue;
        }
        if (options.strict
            || !QuarantineStore(workspace).add(sourceId, path, reader.lineNumber(), reason, reader.rawRecord(), &error)) {
            workspace.rollback();
            return failure(QStringLiteral("%1 line %2: %3; nothing was imported").arg(path).arg(reader.lineNumber()).arg(reason));
        }
        if (result.firstReasons.size() < 3)
            result.firstReasons << QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reason);
        ++result.quarantined;
    }
    if (sourceId < 0 || !workspace.commit(&error)) {
        workspace.rollback();
        return failure(QStringLiteral("%1: saving failed: %2; nothing was imported").arg(path, error));
    }
    result.ok = true;
    return result;
}

} // namespace costline
