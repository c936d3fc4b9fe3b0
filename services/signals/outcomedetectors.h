#pragma once

#include "signal.h"

#include <QList>

namespace costline {

class Workspace;

// Signals that weigh spend against the outcomes it feeds (the outcomes imported for unit
// economics, joined to usage as Unit economics joins them).

// Stale work: a workflow or feature that kept spending over the last 14 days (at least half
// of what it spent in the 14 days before) yet fed no outcome in them, after feeding some in
// the 14 days before. Judged only when some outcome arrived in the last 14 days, so a late
// outcomes import is not read as every job gone stale.
QList<Signal> staleWorkSignals(Workspace &workspace, qint64 asOfDay, qint64 minMoneyAtStakeNano);

// Runaway cost: a feature whose cost over the last 28 days grew more than
// kOutgrowthFlagPts points faster than its outcomes against the 28 days before (the flag
// Unit economics shows). Money at stake: the last 28 days' cost beyond their outcomes at the
// earlier cost per outcome.
QList<Signal> runawayCostSignals(Workspace &workspace, qint64 asOfDay, qint64 minMoneyAtStakeNano);

} // namespace costline
