#include "analysistabs.h"

#include "widgets/allocationtab.h"
#include "widgets/economicstab.h"
#include "widgets/forecasttab.h"
#include "widgets/healthtab.h"

namespace costline {

TabPage *createAnalysisTab(Tab tab, QWidget *parent)
{
    switch (tab) {
    case Tab::Forecast:
        return new ForecastTab(parent);
    case Tab::UnitEconomics:
        return new EconomicsTab(parent);
    case Tab::Allocation:
        return new AllocationTab(parent);
    case Tab::DataHealth:
        return new HealthTab(parent);
    default:
        return nullptr;
    }
}

} // namespace costline
