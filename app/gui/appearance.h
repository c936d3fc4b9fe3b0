#pragma once

#include "preferences.h"

namespace costline {

// Light, dark or the system's palette for the whole application. Charts and cards follow
// palette changes themselves (ChartView re-themes on QEvent::PaletteChange).
void applyTheme(Preferences::Theme theme);

} // namespace costline
