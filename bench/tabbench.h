#pragma once

#include "benchtiming.h"

namespace costline::bench {

// Times what each tab asks its worker for when it loads, through the same service calls
// the tabs make: the default filter (last 30 days up to the newest data) and, for Overview
// and Cost drivers, a narrowed one (one team over 90 days). `runs` timed runs each.
QList<FigureSection> measureTabQueries(const QString &workspacePath, int runs);

} // namespace costline::bench
