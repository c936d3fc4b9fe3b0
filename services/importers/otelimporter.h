#pragma once

#include "importresult.h"

namespace costline {

class IngestSession;
class OtelSpans;
class Workspace;

// Imports GenAI spans from OTLP/JSON (one export request, or one per line as the file
// exporter writes them) in the OpenTelemetry GenAI, OpenLLMetry and OpenInference
// dialects. Each model call becomes an event keyed by trace and span id, counted once
// however many spans around it repeat its usage (see OtelSpans). A file in which no span
// carries usage imports nothing and says why, span by span kind.
class OtelImporter final
{
public:
    explicit OtelImporter(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options);
    // The file's bytes already read; `displayName` names it in messages and the quarantine.
    ImportResult importData(const QByteArray &bytes, const QString &displayName, const ImportOptions &options);

private:
    // False when the import must stop (*error says why); bad spans are quarantined.
    bool importSpans(IngestSession &session, const OtelSpans &spans, const QString &file,
                     const ImportOptions &options, ImportResult *result, QString *error);

    Workspace &m_workspace;
};

} // namespace costline
