#include "focusimporter.h"

#include "csvimportloop.h"
#include "focusrow.h"

#include <QFile>

namespace costline {

ImportResult FocusImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return r;
    }
    return importDevice(&file, path, options);
}

ImportResult FocusImporter::importDevice(QIODevice *device, const QString &displayName, const ImportOptions &options)
{
    // A source switched to another cost basis keeps it when its file is imported again.
    const QString source = options.sourceName.isEmpty() ? QStringLiteral("focus") : options.sourceName;
    FocusColumns columns(CostBasisStore(m_workspace).basisOf(source));
    return importCsvEvents(
        m_workspace, device, displayName, options, QStringLiteral("focus"),
        [&columns](const QList<QByteArrayView> &header) { return columns.resolve(header); },
        [&columns](const QList<QByteArrayView> &fields, const QByteArray &raw, UsageEvent *event) {
            return columns.read(fields, raw, event);
        });
}

} // namespace costline
