#pragma once

#include <QString>

namespace costline {
class Workspace;
}

namespace costline::bench {

// Writes `events` rows of a usage CSV shaped like a real organisation's traffic (a few
// thousand dimension combinations, a year of days, most rows priced from the catalogue)
// and returns false if the file cannot be written.
bool writeUsageCsv(const QString &path, qint64 events, int days);

// The price entries the generated models are priced with.
void seedPricing(Workspace &workspace);

} // namespace costline::bench
