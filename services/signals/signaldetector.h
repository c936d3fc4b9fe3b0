#pragma once

#include "anomalydetector.h"
#include "signal.h"

#include <QList>

namespace costline {

class Workspace;

// Runs every detector for one evaluation day and returns the signals with their triage
// state: anomalies first, then the other kinds, each by money at stake.
class SignalDetector final
{
public:
    explicit SignalDetector(Workspace &workspace) : m_workspace(workspace) {}

    QList<Signal> detect(qint64 asOfDay, qint64 nowMs);
    // Thresholds from the workspace settings (signals.threshold_pct, signals.threshold_pct.tenant.NAME,
    // signals.min_money_at_stake in USD), defaults otherwise.
    AnomalySettings anomalySettings() const;

private:
    Workspace &m_workspace;
};

} // namespace costline
