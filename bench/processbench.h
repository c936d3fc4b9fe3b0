#pragma once

#include "benchtiming.h"

namespace costline::bench {

// Launches the real `costline` beside this program, offscreen, on the workspace `runs`
// times: wall time from process start until it reports the first paint of the Overview
// with its data.
Figure measureStartup(const QString &workspacePath, int runs);

// Runs `costline-scroll-probe` on the workspace: the peak resident memory of a Usage events
// table scrolled from the newest event to the oldest.
Figure measureScrollRss(const QString &workspacePath);

} // namespace costline::bench
