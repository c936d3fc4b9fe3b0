#pragma once

#include "commandline.h"

namespace costline::cli {

// `signals threshold list|set|clear [--tenant T] [--pct N]`: the anomaly thresholds kept in
// the workspace, the same ones the Cost signals tab sets.
int runSignalsThreshold(CommandLine &cl, Workspace &workspace, Io io);

} // namespace costline::cli
