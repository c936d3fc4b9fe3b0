#include "fileimport.h"

#include "accesslogimporter.h"
#include "focusimporter.h"
#include "invoiceimporter.h"
#include "otelimporter.h"
#include "outcomesimporter.h"

namespace costline {

QStringList fileImportKinds()
{
    return {QStringLiteral("focus"), QStringLiteral("otel"), QStringLiteral("outcomes"), QStringLiteral("invoice"),
            QStringLiteral("audit-log")};
}

std::optional<ImportResult> importFileOfKind(Workspace &workspace, const QString &kind, const QString &path,
                                             const ImportOptions &options)
{
    if (kind == QLatin1String("focus"))
        return FocusImporter(workspace).importFile(path, options);
    if (kind == QLatin1String("otel"))
        return OtelImporter(workspace).importFile(path, options);
    if (kind == QLatin1String("outcomes"))
        return OutcomesImporter(workspace).importFile(path, options);
    if (kind == QLatin1String("invoice"))
        return InvoiceImporter(workspace).importFile(path, options);
    if (kind == QLatin1String("audit-log"))
        return AccessLogImporter(workspace).importFile(path, options);
    return std::nullopt;
}

} // namespace costline
