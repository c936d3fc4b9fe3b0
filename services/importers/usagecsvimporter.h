#pragma once

#include "importresult.h"

class QIODevice;

namespace costline {

class Workspace;

// Imports a Costline usage CSV (DESIGN §4) into a workspace in one transaction.
// Bad rows are quarantined with file, line and reason and the good rows land; with
// `strict` one bad row aborts the file and nothing is imported. A header without a
// required column imports nothing.
class UsageCsvImporter final
{
public:
    explicit UsageCsvImporter(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options);
    ImportResult importDevice(QIODevice *device, const QString &displayName, const ImportOptions &options);

private:
    Workspace &m_workspace;
};

} // namespace costline
