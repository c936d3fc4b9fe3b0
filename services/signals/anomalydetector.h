#pragma once

#include "core/money.h"
#include "signal.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace costline {

class Workspace;

// What an anomaly is about: {"tenant": "acme"} or {"model": "gpt-4o", "tenant": "acme"}.
using AnomalyScope = QMap<QString, QString>;

struct AnomalySettings
{
    int windowDays = 28;      // trailing window the baseline is taken from
    int scanDays = 30;        // recent days examined
    double thresholdPct = 100; // a day must exceed its baseline by this much
    QHash<QString, double> tenantThresholdPct; // per-tenant overrides, for the tenant and its models
    qint64 minMoneyAtStakeNano = 2'000'000'000; // a run of days worth less than this is noise
    double minRobustZ = 4.0;
};

// Daily cost per tenant, model, team, feature and tenant × model against a robust
// baseline: the median of the trailing window scaled by the weekday's own median (so a
// busy Monday is not an anomaly), with the spread from the median absolute deviation.
// Consecutive anomalous days of one scope make one signal.
class AnomalyDetector final
{
public:
    AnomalyDetector(Workspace &workspace, AnomalySettings settings)
        : m_workspace(workspace), m_settings(std::move(settings))
    {
    }

    QList<Signal> detect(qint64 asOfDay);

    // The detection on one scope's daily series (day → nano-USD; missing days are zero).
    // A scope with a tenant is judged against that tenant's own threshold.
    static QList<Signal> detectSeries(const AnomalyScope &scope, const QMap<qint64, qint64> &costByDay, qint64 asOfDay,
                                      const AnomalySettings &settings);

private:
    Workspace &m_workspace;
    AnomalySettings m_settings;
};

} // namespace costline
