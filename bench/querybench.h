#pragma once

#include "benchtiming.h"

namespace costline::bench {

// Times the CLI's summaries over the whole data range and the first page of Usage events,
// `runs` times each.
FigureSection measureQueries(const QString &workspacePath, int runs);

} // namespace costline::bench
