#include "anomalythresholds.h"

#include "anomalydetector.h"
#include "workspace/auditedwrite.h"
#include "workspace/dimensioncatalog.h"
#include "workspace/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QJsonObject>

#include <algorithm>

namespace costline {
namespace {

const QString kWorkspaceKey = QStringLiteral("signals.threshold_pct");
const QString kTenantPrefix = QStringLiteral("signals.threshold_pct.tenant.");

std::optional<double> readPct(const QString &text)
{
    bool ok = false;
    const double pct = text.toDouble(&ok);
    return ok && AnomalyThresholds::rangeError(pct).isEmpty() ? std::optional<double>(pct) : std::nullopt;
}

} // namespace

QString AnomalyThresholds::rangeError(double pct)
{
    if (pct > 0 && pct <= kMaxPct)
        return {};
    return QStringLiteral("a threshold is a percentage above the baseline, more than 0 and at most %1 (e.g. 150)")
        .arg(kMaxPct, 0, 'f', 0);
}

std::optional<double> AnomalyThresholds::workspacePct() const
{
    return readPct(m_workspace.setting(kWorkspaceKey));
}

QList<TenantThreshold> AnomalyThresholds::tenants() const
{
    QList<TenantThreshold> out;
    SqliteStatement st(m_workspace.db(), "SELECT substr(key, ?), value FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key");
    st.bind(0, qint64(kTenantPrefix.size() + 1));
    st.bind(1, qint64(kTenantPrefix.size()));
    st.bind(2, kTenantPrefix);
    while (st.step()) {
        if (const auto pct = readPct(st.text(1)))
            out << TenantThreshold{st.text(0), *pct};
    }
    return out;
}

QStringList AnomalyThresholds::knownTenants() const
{
    QStringList tenants = m_workspace.dimensions().values(Dimension::Tenant);
    tenants.removeAll(QString());
    return tenants;
}

bool AnomalyThresholds::setWorkspacePct(double pct, QString *error)
{
    if (const QString why = rangeError(pct); !why.isEmpty()) {
        *error = why;
        return false;
    }
    return write(kWorkspaceKey, pct, error);
}

bool AnomalyThresholds::clearWorkspacePct(QString *error)
{
    return write(kWorkspaceKey, std::nullopt, error);
}

bool AnomalyThresholds::setTenantPct(const QString &tenant, double pct, QString *error)
{
    if (const QString why = rangeError(pct); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!knownTenants().contains(tenant)) {
        *error = QStringLiteral("tenant '%1' has no usage in this workspace; check the name against the tenants "
                                "the workspace knows (costline-cli summary --by tenant)")
                     .arg(tenant);
        return false;
    }
    return write(kTenantPrefix + tenant, pct, error);
}

bool AnomalyThresholds::clearTenantPct(const QString &tenant, QString *error)
{
    const QList<TenantThreshold> own = tenants();
    if (std::none_of(own.cbegin(), own.cend(), [&tenant](const TenantThreshold &t) { return t.tenant == tenant; })) {
        *error = QStringLiteral("tenant '%1' has no threshold of its own to clear; it already follows the workspace's")
                     .arg(tenant);
        return false;
    }
    return write(kTenantPrefix + tenant, std::nullopt, error);
}

void AnomalyThresholds::applyTo(AnomalySettings &settings) const
{
    settings.thresholdPct = workspacePct().value_or(kDefaultPct);
    for (const TenantThreshold &t : tenants())
        settings.tenantThresholdPct.insert(t.tenant, t.pct);
}

bool AnomalyThresholds::write(const QString &key, const std::optional<double> &pct, QString *error)
{
    AuditedWrite audited(m_workspace);
    if (!audited.begin(error))
        return false;
    const QString before = m_workspace.setting(key);
    SqliteStatement st(m_workspace.db(), pct ? QByteArray("INSERT INTO settings(key, value) VALUES(?, ?)"
                                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                                             : QByteArray("DELETE FROM settings WHERE key = ?"));
    st.bind(0, key);
    const QString after = pct ? QString::number(*pct, 'g', 10) : QString();
    if (pct)
        st.bind(1, after);
    if (!st.exec()) {
        *error = QStringLiteral("the threshold could not be saved: %1").arg(st.error());
        return false;
    }
    const auto threshold = [](const QString &value) {
        return value.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{QStringLiteral("threshold_pct"), value}});
    };
    QList<AuditChange> changes;
    if (before != after)
        changes << AuditChange{QStringLiteral("signal.threshold"), QStringLiteral("setting:") + key, threshold(before), threshold(after)};
    return audited.commit(changes, error);
}

} // namespace costline
