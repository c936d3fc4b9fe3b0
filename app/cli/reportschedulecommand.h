#pragma once

#include "cliapp.h"

namespace costline::cli {

// `costline-cli report schedule add|list|remove ...`: the workspace's report schedules.
int runReportSchedule(const QStringList &args, Io io);
// `costline-cli report run-due`: writes every scheduled report that is due now, for cron
// and systemd timers; exit 1 when any of them failed.
int runReportRunDue(const QStringList &args, Io io);

} // namespace costline::cli
