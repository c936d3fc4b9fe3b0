#pragma once

#include "tabavailability.h"

class QWidget;

namespace costline {

class TabPage;

// The tab page for Forecast, Unit economics, Allocation and Data health; nullptr for any
// other tab. Data health scores every capability until it is told the plan's
// (HealthTab::setEnabledCapabilities).
TabPage *createAnalysisTab(Tab tab, QWidget *parent);

} // namespace costline
