#pragma once

#include <QByteArray>
#include <QString>

namespace costline::test {

// A seeded usage CSV (DESIGN §4) for tests that need a file big enough to take a while:
// event ids e<firstId>.. e<firstId + rows - 1>, spread over 60 days from 2026-01-01 with a
// handful of providers, models, teams and customers; most rows carry a reported cost,
// the rest are left to pricing. Another seed gives the same ids different contents (a
// revision of the same events, moved to other days).
struct UsageCsvSpec
{
    quint32 seed = 1;
    int firstId = 0;
    int rows = 1000;
};

QByteArray usageCsv(const UsageCsvSpec &spec);
// Writes usageCsv(spec) to path; false when the file cannot be written.
bool writeUsageCsv(const QString &path, const UsageCsvSpec &spec);

} // namespace costline::test
