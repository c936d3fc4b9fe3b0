#pragma once

#include <QString>

namespace costline {

class Workspace;

// Business outcomes for a demo workspace, derived from its events so that unit economics
// has something to divide by: resolved tickets, reviewed pull requests, qualified leads
// (with revenue), answered questions and delivered reports, each for a share of the traces
// of its feature. One in ten carries no trace id and joins by feature and customer instead.
// Deterministic: the same events give the same outcomes. None is dated after `nowMs`.
bool addDemoOutcomes(Workspace &workspace, qint64 nowMs, QString *error);

} // namespace costline
