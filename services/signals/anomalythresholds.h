#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace costline {

class Workspace;
struct AnomalySettings;

// A tenant's own anomaly threshold: its days (and its days on each model) are anomalies
// when they exceed the baseline by this much, whatever the workspace's threshold is.
struct TenantThreshold
{
    QString tenant;
    double pct = 0;
};

// The anomaly thresholds kept in the workspace: one for all spend (signals.threshold_pct,
// 100 % when unset) and one per tenant (signals.threshold_pct.tenant.NAME). The app's
// Cost signals tab and `costline-cli signals threshold` both read and write them here.
class AnomalyThresholds final
{
public:
    static constexpr double kDefaultPct = 100;
    static constexpr double kMaxPct = 100'000;

    explicit AnomalyThresholds(Workspace &workspace) : m_workspace(workspace) {}

    // The workspace's own threshold; nullopt when it uses kDefaultPct.
    std::optional<double> workspacePct() const;
    // Every tenant with a threshold of its own, by name.
    QList<TenantThreshold> tenants() const;
    // The tenants with usage in the workspace, by name: the ones a threshold can be set for.
    QStringList knownTenants() const;

    // Each writes in its own transaction; false and *error (what, and what to do) when the
    // percentage is out of range, the tenant unknown or has none to clear, or the workspace
    // cannot be written.
    bool setWorkspacePct(double pct, QString *error);
    bool clearWorkspacePct(QString *error);
    bool setTenantPct(const QString &tenant, double pct, QString *error);
    bool clearTenantPct(const QString &tenant, QString *error);

    // Fills the workspace's and the tenants' thresholds into `settings`.
    void applyTo(AnomalySettings &settings) const;

    // Why `pct` cannot be a threshold, empty when it can.
    static QString rangeError(double pct);

private:
    bool write(const QString &key, const std::optional<double> &pct, QString *error);

    Workspace &m_workspace;
};

} // namespace costline
