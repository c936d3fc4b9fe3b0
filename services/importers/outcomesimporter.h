#pragma once

#include "importresult.h"

namespace costline {

class Workspace;

// Imports business outcomes (DESIGN §4: timestamp, outcome_id, kind, trace_id, feature,
// customer, value_usd) for unit economics. An outcome_id seen before is replaced.
class OutcomesImporter final
{
public:
    explicit OutcomesImporter(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options);

private:
    Workspace &m_workspace;
};

} // namespace costline
