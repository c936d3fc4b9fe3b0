#pragma once

#include "licensing/licence.h"

#include <QString>

#include <optional>

namespace costline {

// The tabs of the main window, in seed order.
enum class Tab { Overview, CostDrivers, CostSignals, UsageEvents, Forecast, UnitEconomics, Allocation, DataHealth, Reports, Count };

// The English name, as --tab and the settings know it ("Cost drivers").
QString tabName(Tab tab);
// The name on the tab, in the interface language ("Kostentreiber").
QString tabTitle(Tab tab);
// Case-insensitive, English or translated: "cost drivers", "Usage Events", ...
std::optional<Tab> tabFromName(const QString &name);
// What the tab shows, for its empty state while it is not built or not in the plan.
QString tabDescription(Tab tab);

// The capability that opens a tab (DESIGN §6).
QString tabEntitlement(Tab tab);

// The one place that decides whether a tab's feature can be used: the licence's
// entitlements (everything in the demo workspace). Capabilities inside tabs ask here too.
class TabAvailability final
{
public:
    void setEntitlements(const Entitlements &entitlements) { m_entitlements = entitlements; }
    const Entitlements &entitlements() const { return m_entitlements; }

    bool isAvailable(Tab tab) const;
    bool allows(const QString &entitlement) const { return m_entitlements.allows(entitlement); }
    // Why a tab is locked, and which plan includes it; empty when available.
    QString lockedReason(Tab tab) const;
    // The same for a capability inside a tab ("PDF reports are included in ...").
    QString lockedCapabilityReason(const QString &entitlement) const;

private:
    Entitlements m_entitlements;
};

} // namespace costline
