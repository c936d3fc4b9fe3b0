#pragma once

#include <QString>

#include <optional>

namespace costline {

// The tabs of the main window, in seed order.
enum class Tab { Overview, CostDrivers, CostSignals, UsageEvents, Forecast, UnitEconomics, Allocation, DataHealth, Reports, Count };

QString tabName(Tab tab);
// Case-insensitive: "cost drivers", "Usage Events", ...
std::optional<Tab> tabFromName(const QString &name);
// What the tab shows, for its empty state while it is not built or not in the plan.
QString tabDescription(Tab tab);

// The one place that decides whether a tab's feature can be used. The licence will drive
// it (plans and entitlements); until then every tab is available.
class TabAvailability final
{
public:
    bool isAvailable(Tab tab) const;
    // Why a tab is locked, and which plan includes it; empty when available.
    QString lockedReason(Tab tab) const;
};

} // namespace costline
