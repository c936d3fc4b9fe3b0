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
    // Thresholds from the workspace (AnomalyThresholds, and signals.min_money_at_stake in
    // USD), defaults otherwise.
    AnomalySettings anomalySettings() const;
    // The analyst's own threshold (the desktop Preferences) in place of signals.threshold_pct;
    // 0 keeps the workspace's. Per-tenant thresholds still win for their tenants.
    void setThresholdPct(double pct) { m_thresholdPct = pct; }

private:
    Workspace &m_workspace;
    double m_thresholdPct = 0;
};

} // namespace costline
