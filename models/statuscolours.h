#pragma once

#include <QColor>
#include <QPalette>

namespace costline {

// The colours of a rise in cost (bad news) and a fall (good news), one pair per palette:
// the dark pair is lighter so small text keeps its contrast on a dark background.
QColor costRiseColour(const QPalette &palette);
QColor costFallColour(const QPalette &palette);

} // namespace costline
