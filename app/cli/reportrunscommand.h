#pragma once

#include "cliapp.h"

namespace costline::cli {

// `costline-cli report runs`: the reports written, newest first, with their SHA-256 — the
// Reports tab's list.
int runReportRuns(const QStringList &args, Io io);
// `costline-cli report delete ID`: takes a written report off the list and deletes its file
// while it is unchanged; recorded in the audit trail.
int runReportDelete(const QStringList &args, Io io);

} // namespace costline::cli
