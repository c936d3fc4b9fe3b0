#pragma once

#include "importresult.h"

#include <QByteArray>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace costline {

class Workspace;

// Imports a gateway's audit/access log in JSON lines (docs/gateway-access-log.md) as access
// and policy events: one transaction per file, bad lines quarantined with file, line and
// reason (or the whole file refused with strict). A non-empty file of which no line could
// be read fails, with its quarantined lines kept and the first reasons named.
class AccessLogImporter final
{
public:
    explicit AccessLogImporter(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options);
    ImportResult importDevice(QIODevice *device, const QString &displayName, const ImportOptions &options);

private:
    // One line: stored, quarantined, or false when the import must stop (*error says why).
    bool importLine(qint64 sourceId, const QByteArray &line, bool tooLong, const QString &file, qint64 lineNumber,
                    const ImportOptions &options, ImportResult *result, QString *error);

    Workspace &m_workspace;
    QStringList m_firstReasons;
};

} // namespace costline
