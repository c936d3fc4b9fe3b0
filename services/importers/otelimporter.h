#pragma once

#include "importresult.h"

#include <QJsonObject>

namespace costline {

class IngestSession;
class Workspace;

// Imports OpenTelemetry GenAI spans from OTLP/JSON (one export request, or one per line
// as the file exporter writes them): each span with GenAI usage becomes an event keyed by
// trace and span id. Reads current and older attribute names.
class OtelImporter final
{
public:
    explicit OtelImporter(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options);
    // The file's bytes already read; `displayName` names it in messages and the quarantine.
    ImportResult importData(const QByteArray &bytes, const QString &displayName, const ImportOptions &options);

private:
    // False when the session failed; bad spans are quarantined.
    bool importRequest(IngestSession &session, const QJsonObject &request, const QString &file, qint64 *spanNumber,
                       const ImportOptions &options, QString *error);

    Workspace &m_workspace;
};

} // namespace costline
