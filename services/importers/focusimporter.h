#pragma once

#include "importresult.h"

class QIODevice;

namespace costline {

class Workspace;

// Imports a FOCUS billing export (cloud and AI: FOCUS 1.0–1.2 and the AI-token draft
// columns) into a workspace, one event per row with BilledCost as its reported cost.
class FocusImporter final
{
public:
    explicit FocusImporter(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options);
    ImportResult importDevice(QIODevice *device, const QString &displayName, const ImportOptions &options);

private:
    Workspace &m_workspace;
};

} // namespace costline
