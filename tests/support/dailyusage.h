#pragma once

#include "core/usageevent.h"
#include "workspace/workspace.h"

#include <functional>

namespace costline::test {

// One event a day from `first` to `last` (day numbers) through the real ingest, at 01:00
// UTC, each with `costNano` reported, provider openai and model m; `label` may set more
// dimensions per day. False with *error when the ingest refuses one.
bool ingestDailyCost(Workspace &workspace, qint64 first, qint64 last, qint64 costNano,
                     const std::function<void(qint64 day, UsageEvent &event)> &label, QString *error);

} // namespace costline::test
