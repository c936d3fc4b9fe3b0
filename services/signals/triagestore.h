#pragma once

#include "signal.h"

#include <QHash>

namespace costline {

class Workspace;

// Triage decisions and first-detection times, kept by signal id in the workspace.
class TriageStore final
{
public:
    explicit TriageStore(Workspace &workspace) : m_workspace(workspace) {}

    // Fills state, note and first detection into signals seen before, and records the
    // ones seen for the first time at `nowMs`.
    void apply(QList<Signal> &found, qint64 nowMs);
    bool setState(const QString &signalId, Signal::State state, const QString &note, qint64 nowMs, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace costline
