#pragma once

#include <QString>

namespace costline {
class Workspace;
}

namespace costline::bench {

// Writes `events` rows of a usage CSV shaped like a real organisation's traffic (a few
// thousand dimension combinations, most rows priced from the catalogue), spread evenly over
// `days` days from `firstDay`, and returns false if the file cannot be written.
bool writeUsageCsv(const QString &path, qint64 events, qint64 firstDay, int days);

// The price entries the generated models are priced with, two budgets, allocation rules (one
// applied, one pending) and a shared cost pool.
void seedWorkspace(Workspace &workspace);

} // namespace costline::bench
