#pragma once

#include "benchtiming.h"

#include <QDir>

namespace costline::bench {

// Generates `events` events in last calendar month, imports them into a workspace of their
// own in `dir` and times the chargeback pack for that month as PDF, `runs` times.
Figure measureChargebackPdf(const QDir &dir, qint64 events, int runs);

} // namespace costline::bench
